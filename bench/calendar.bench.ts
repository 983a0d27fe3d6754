import { parseDueSpec } from '../src/domain/calendar/index.js';
import type { Benchmark } from './harness.js';

/** The due forms of the 2018-19 business plan, in roughly the proportions it uses them. */
const DUE_TEXTS = [
  'Quarter 3, 2018-19:',
  'Quarter 4, 2018-19:',
  'Quarter 2, 2018-19:',
  'By Quarter 3, 2018-19:',
  'Quarters 2 and 3, 2018-19:',
  'By quarter 4, 2018-19:',
  'Quarter 1, 2019-20:',
  'October 2018',
  '31 March 2019',
];
const BARE_PATTERN = /^(?:By\s+)?Quarter\s+([1-4]),\s+(\d{4})-(\d{2}):?$/i;

export const benchmarks: Benchmark[] = [
  {
    name: 'parse due specs',
    goal: 'under 10× a bare regular expression',
    baseline: { name: 'one regex', run: () => DUE_TEXTS.map((text) => BARE_PATTERN.exec(text)) },
    subject: { name: 'parseDueSpec', run: () => DUE_TEXTS.map((text) => parseDueSpec(text)) },
  },
];
