import { parseIsoDate, parseFinancialYear, type IsoDate } from '../calendar/index.js';
import { POLARITIES, type Polarity } from '../measures/index.js';

/**
 * Borough local priorities. Each year a borough, its council and the force agree the crimes the
 * borough will concentrate on (usually two, sometimes three or more), each a category of the
 * crime taxonomy, perhaps with a qualifier ("focus on under-25s", "moped-enabled"). Beside them
 * stand the standing priorities that apply everywhere without being chosen: anti-social behaviour
 * and the mandatory high-harm crimes. A change during the year is a new version with a reason;
 * earlier versions are kept.
 */
export interface PriorityChoice {
  readonly categoryCode: string;
  readonly qualifier: string | null;
}

export interface PrioritySetInput {
  readonly boroughCode: string;
  /** The financial year, "2018-19". */
  readonly year: string;
  readonly priorities: readonly PriorityChoice[];
  /** Who agreed the set: "Barnet Council, North West BCU and MOPAC". */
  readonly agreedBy: string;
  readonly agreedOn: IsoDate;
  /** Where the set is written down, when it was taken from a document. */
  readonly source: string | null;
  /** Why the set changed; required for every version after the first. */
  readonly reason: string | null;
}

export interface PrioritySet extends PrioritySetInput {
  readonly version: number;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

/** Standing priorities are not chosen: they apply in every borough, every year. */
export const STANDING_PRIORITY_KINDS = ['everywhere', 'high-harm'] as const;
export type StandingPriorityKind = (typeof STANDING_PRIORITY_KINDS)[number];

/**
 * A standing priority and where its figures come from: a crime category counted by borough, or a
 * measure (domestic abuse and hate crime are flags on offences, not categories), and optionally a
 * measure of repeat victimisation, which the plan asks to fall.
 */
export interface StandingPriority {
  readonly code: string;
  readonly name: string;
  readonly kind: StandingPriorityKind;
  readonly categoryCode: string | null;
  readonly measureCode: string | null;
  readonly repeatMeasureCode: string | null;
  /** Sexual violence, domestic abuse and hate crime: more reporting is wanted. */
  readonly polarity: Polarity;
}

export interface PriorityProblem {
  readonly field: string;
  readonly message: string;
}

/** What a priority set is checked against: the data it must agree with. */
export interface PriorityCatalogue {
  readonly boroughs: ReadonlyMap<string, string>;
  /** Category code → name, for the categories a borough may choose. */
  readonly eligible: ReadonlyMap<string, string>;
}

const MAX_QUALIFIER = 120;
const MAX_TEXT = 300;

function checkChoices(choices: readonly PriorityChoice[], catalogue: PriorityCatalogue, problems: PriorityProblem[]) {
  if (choices.length === 0) problems.push({ field: 'priorities', message: 'at least one priority is needed' });
  const seen = new Set<string>();
  choices.forEach((choice, index) => {
    const field = `priorities[${index}]`;
    if (!catalogue.eligible.has(choice.categoryCode)) {
      problems.push({
        field: `${field}.categoryCode`,
        message: `"${choice.categoryCode}" is not a category boroughs may choose`,
      });
    }
    const key = `${choice.categoryCode}\u0000${choice.qualifier ?? ''}`;
    if (seen.has(key)) problems.push({ field, message: 'the same priority is chosen twice' });
    seen.add(key);
    if (choice.qualifier !== null && (choice.qualifier.trim() === '' || choice.qualifier.length > MAX_QUALIFIER)) {
      problems.push({ field: `${field}.qualifier`, message: `must be 1 to ${MAX_QUALIFIER} characters, or none` });
    }
  });
}

function checkText(value: string | null, field: string, required: boolean, problems: PriorityProblem[]) {
  if (value === null || value.trim() === '') {
    if (required) problems.push({ field, message: 'is required' });
  } else if (value.length > MAX_TEXT) problems.push({ field, message: `must be at most ${MAX_TEXT} characters` });
}

/**
 * Every problem with a proposed priority set. `versionsHeld` is how many versions the borough
 * already has for the year: any after the first must say why the set changed.
 */
export function checkPrioritySet(
  input: PrioritySetInput,
  catalogue: PriorityCatalogue,
  versionsHeld: number,
): PriorityProblem[] {
  const problems: PriorityProblem[] = [];
  if (!catalogue.boroughs.has(input.boroughCode)) {
    problems.push({ field: 'boroughCode', message: `"${input.boroughCode}" is not a borough` });
  }
  if (parseFinancialYear(input.year) === null) {
    problems.push({ field: 'year', message: `"${input.year}" is not a financial year such as 2018-19` });
  }
  checkChoices(input.priorities, catalogue, problems);
  checkText(input.agreedBy, 'agreedBy', true, problems);
  if (parseIsoDate(input.agreedOn) === null) {
    problems.push({ field: 'agreedOn', message: `"${input.agreedOn}" is not a date such as 2018-04-01` });
  }
  checkText(input.source, 'source', false, problems);
  if (versionsHeld > 0 && (input.reason === null || input.reason.trim() === '')) {
    problems.push({
      field: 'reason',
      message: `${input.year} already has a set for this borough: a new version needs the reason for the change`,
    });
  } else checkText(input.reason, 'reason', false, problems);
  return problems;
}

const CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every problem with a list of standing priorities, checked against the categories and measures held. */
export function checkStandingPriorities(
  list: readonly StandingPriority[],
  known: { categories: ReadonlySet<string>; measures: ReadonlySet<string> },
): PriorityProblem[] {
  const problems: PriorityProblem[] = [];
  const codes = new Set<string>();
  list.forEach((item, index) => {
    const at = (field: string) => `standing[${index}].${field}`;
    if (!CODE_PATTERN.test(item.code))
      problems.push({ field: at('code'), message: 'must be lower-case words joined by hyphens' });
    if (codes.has(item.code)) problems.push({ field: at('code'), message: `"${item.code}" is listed twice` });
    codes.add(item.code);
    checkText(item.name, at('name'), true, problems);
    if (!STANDING_PRIORITY_KINDS.includes(item.kind))
      problems.push({ field: at('kind'), message: 'must be everywhere or high-harm' });
    if (!POLARITIES.includes(item.polarity)) problems.push({ field: at('polarity'), message: 'is not a polarity' });
    if (item.categoryCode !== null && !known.categories.has(item.categoryCode)) {
      problems.push({ field: at('categoryCode'), message: `"${item.categoryCode}" is not a crime category` });
    }
    for (const [field, code] of [
      ['measureCode', item.measureCode],
      ['repeatMeasureCode', item.repeatMeasureCode],
    ] as const) {
      if (code !== null && !known.measures.has(code))
        problems.push({ field: at(field), message: `"${code}" is not a measure` });
    }
  });
  return problems;
}

/** How many boroughs chose each category, most chosen first (ties by code). */
export function tallyChoices(
  sets: readonly Pick<PrioritySet, 'priorities'>[],
): { categoryCode: string; boroughs: number }[] {
  const counts = new Map<string, number>();
  for (const set of sets) {
    for (const code of new Set(set.priorities.map((p) => p.categoryCode)))
      counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts]
    .map(([categoryCode, boroughs]) => ({ categoryCode, boroughs }))
    .sort((a, b) => b.boroughs - a.boroughs || a.categoryCode.localeCompare(b.categoryCode));
}
