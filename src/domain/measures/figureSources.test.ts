import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyVintage,
  compareAsAt,
  compareFigureSources,
  headlineReason,
  headlineSource,
  sourceLabel,
  type SourcedPair,
  type VintageValues,
} from './figureSources.js';

const figure = (source: string, asAt: string | null, value: number): VintageValues => ({
  source,
  asAt,
  value,
  numerator: null,
  denominator: null,
  sampleSize: null,
  designEffect: null,
  status: 'final',
  synthetic: false,
});

const pair = (
  kind: 'data' | 'published',
  name: string,
  values: [number | null, number | null],
  options: { asAt?: string | null; synthetic?: boolean } = {},
): SourcedPair => ({
  source: { kind, name, synthetic: options.synthetic ?? false },
  current: { value: values[0], asAt: options.asAt ?? null },
  previous: { value: values[1], asAt: options.asAt ?? null },
});

describe('what loading a figure does to the figures held', () => {
  const plan = figure('Business Plan', '2018-06-30', 827_225);

  it('adds a figure from a source nothing is held from, whatever other sources hold', () => {
    expect(classifyVintage([plan], figure('Annual report', '2017-01-01', 800_000))).toEqual({ kind: 'added' });
  });

  it('keeps an older as-at from the same source as an earlier vintage, naming the newer figure that still shows', () => {
    expect(classifyVintage([plan], figure('Business Plan', '2018-03-31', 826_000))).toEqual({
      kind: 'earlier-vintage',
      newer: { asAt: '2018-06-30', value: 827_225 },
    });
  });

  it('takes a later as-at from the same source as the newer vintage, keeping the older', () => {
    expect(classifyVintage([plan], figure('Business Plan', '2018-09-30', 828_000))).toEqual({
      kind: 'newer-vintage',
      previous: { asAt: '2018-06-30', value: 827_225 },
    });
  });

  it('treats other numbers for the same source and as-at as a revision, and the same numbers as unchanged', () => {
    expect(classifyVintage([plan], figure('Business Plan', '2018-06-30', 827_000))).toEqual({
      kind: 'revised',
      previous: { value: 827_225 },
    });
    expect(classifyVintage([plan], figure('Business Plan', '2018-06-30', 827_225))).toEqual({ kind: 'unchanged' });
  });

  it('never lets an undated figure pass for newer than a dated one of its source', () => {
    expect(classifyVintage([plan], figure('Business Plan', null, 830_000)).kind).toBe('earlier-vintage');
    expect(classifyVintage([figure('Business Plan', null, 1)], figure('Business Plan', '2001-01-01', 2)).kind).toBe(
      'newer-vintage',
    );
  });

  it('compares against the newest of several vintages held', () => {
    const held = [plan, figure('Business Plan', '2019-01-31', 829_000), figure('Business Plan', '2017-06-30', 1)];
    expect(classifyVintage(held, figure('Business Plan', '2018-12-31', 5))).toEqual({
      kind: 'earlier-vintage',
      newer: { asAt: '2019-01-31', value: 829_000 },
    });
  });

  it('never lets an older as-at change which figure of its source shows (property)', () => {
    const date = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const asAt = fc.option(date, { nil: null });
    fc.assert(
      fc.property(fc.array(asAt, { minLength: 1, maxLength: 6 }), asAt, (heldDates, incoming) => {
        const held = [...new Set(heldDates)].map((d, i) => figure('S', d, i));
        const outcome = classifyVintage(held, figure('S', incoming, 999));
        const newest =
          held
            .map((h) => h.asAt)
            .sort(compareAsAt)
            .at(-1) ?? null;
        if (outcome.kind === 'newer-vintage') expect(compareAsAt(incoming, newest)).toBe(1);
        if (compareAsAt(incoming, newest) < 0) {
          // Either a vintage of its own beside the newer, or a correction of the older vintage it repeats.
          const repeats = held.some((h) => h.asAt === incoming);
          expect(outcome.kind).toBe(repeats ? 'revised' : 'earlier-vintage');
        }
      }),
    );
  });
});

describe('which source leads a comparison', () => {
  const data = pair('data', 'loaded counts', [829_210, 773_997], { asAt: '2019-02-01' });
  const plan = pair('published', 'Business Plan', [827_225, 777_458], { asAt: '2018-06-30' });

  it('puts real data first and the published figures beside it', () => {
    expect(headlineSource([plan, data])).toBe(data);
    expect(headlineReason([data, plan])).toMatch(/^Figures computed from the loaded data come first/);
  });

  it("puts a real published figure before the demo's synthetic counts, and says so", () => {
    const synthetic = pair('data', 'loaded counts', [1, 2], { synthetic: true });
    const ordered = [synthetic, plan].sort(compareFigureSources);
    expect(ordered[0]).toBe(plan);
    expect(headlineReason(ordered)).toMatch(/synthetic counts, which are shown beside it/);
  });

  it('leads with a source giving both periods over data that gives only one', () => {
    const partial = pair('data', 'loaded counts', [829_210, null]);
    const ordered = [partial, plan].sort(compareFigureSources);
    expect(ordered).toEqual([plan, partial]);
    expect(headlineReason(ordered)).toBe('The loaded data do not cover both periods, so a published figure leads.');
  });

  it('has no headline when no one source gives both periods', () => {
    expect(headlineSource([pair('published', 'A', [1, null]), pair('published', 'B', [null, 2])])).toBeUndefined();
  });

  it('orders published sources by the newest as-at, the same whatever order they were loaded in (property)', () => {
    const source = fc.record({
      name: fc.string({ minLength: 1, maxLength: 6 }),
      asAt: fc.option(fc.constantFrom('2017-01-01', '2018-06-30', '2019-02-01'), { nil: null }),
      kind: fc.constantFrom<'data' | 'published'>('data', 'published'),
      synthetic: fc.boolean(),
      both: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(source, { minLength: 1, maxLength: 6, selector: (s) => s.name }), (sources) => {
        const pairs = sources.map((s) =>
          pair(s.kind, s.name, [1, s.both ? 1 : null], { asAt: s.asAt, synthetic: s.synthetic }),
        );
        const once = [...pairs].sort(compareFigureSources).map((p) => p.source.name);
        const reversed = [...pairs]
          .reverse()
          .sort(compareFigureSources)
          .map((p) => p.source.name);
        expect(reversed).toEqual(once);
      }),
    );
  });

  it('labels every source with what it is, and the synthetic ones as synthetic', () => {
    expect(sourceLabel({ kind: 'published', name: 'Business Plan', synthetic: false })).toBe(
      'Published: Business Plan',
    );
    expect(sourceLabel({ kind: 'data', name: 'counts', synthetic: true })).toBe(
      'Data: counts (synthetic: generated for the demo)',
    );
  });
});
