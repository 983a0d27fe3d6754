import type { Polarity } from '../measures/index.js';
import { formatNumber, formatPValue, roundTo } from '../measures/statistics/index.js';

/**
 * Sentences in the progress updates' way of reporting local priorities: "Burglary is a local
 * priority in 21 boroughs: it rose 8% across London but 2% where it is a priority." Changes are
 * whole percentages, as the documents print them; the test of the gap always follows, so a gap
 * that may be chance is never reported as success.
 */
export interface PriorityChangeSentenceInput {
  readonly categoryName: string;
  readonly chosenBy: number;
  readonly year: string;
  readonly polarity: Polarity;
  /** Percentage changes; null where there was nothing the year before. */
  readonly london: number | null;
  readonly chosen: number | null;
  readonly others: number | null;
  readonly test: { readonly significant: boolean; readonly pValue: number } | null;
}

function wholePercent(percent: number): number {
  return roundTo(percent, 0);
}

/** "rose 8%", "fell 3%", "stayed level". */
export function movement(percent: number): string {
  const rounded = wholePercent(percent);
  if (rounded === 0) return 'stayed level';
  return `${rounded > 0 ? 'rose' : 'fell'} ${formatNumber(Math.abs(rounded), 0)}%`;
}

/** After "it rose 8% across London", a second change in the same direction needs only its size. */
function secondMovement(percent: number, first: number): string {
  const rounded = wholePercent(percent);
  const firstRounded = wholePercent(first);
  const sameWay = rounded !== 0 && Math.sign(rounded) === Math.sign(firstRounded);
  return sameWay ? `${formatNumber(Math.abs(rounded), 0)}%` : movement(percent);
}

/** Whether the priority boroughs did better than London as a whole, as the polarity reads "better". */
function didBetter(chosen: number, london: number, polarity: Polarity): boolean {
  if (polarity === 'lower-is-better') return chosen < london;
  if (polarity === 'higher-is-better' || polarity === 'increase-in-reporting-wanted') return chosen > london;
  return false;
}

function boroughsWord(count: number): string {
  return count === 1 ? '1 borough' : `${count} boroughs`;
}

function testClause(test: PriorityChangeSentenceInput['test']): string {
  if (test === null) return '';
  return test.significant
    ? ` The gap between the priority boroughs and the others is statistically significant (${formatPValue(test.pValue)}).`
    : ` The gap between the priority boroughs and the others is not statistically significant (${formatPValue(test.pValue)}), so it may be chance.`;
}

export function priorityChangeSentence(input: PriorityChangeSentenceInput): string {
  const { categoryName, chosenBy, london, chosen, others } = input;
  if (london === null) {
    return `${categoryName} is a local priority in ${boroughsWord(chosenBy)} in ${input.year}; there is no earlier count to compare with.`;
  }
  if (chosenBy === 0 || chosen === null) {
    return `No borough chose ${categoryName.toLowerCase()} as a local priority in ${input.year}; it ${movement(london)} across London.`;
  }
  const opening = `${categoryName} is a local priority in ${boroughsWord(chosenBy)}: it ${movement(london)} across London`;
  const connective = didBetter(chosen, london, input.polarity) ? 'but' : 'and';
  const priorityPart = `${connective} ${secondMovement(chosen, london)} where it is a priority`;
  if (others === null)
    return `${opening} ${priorityPart}; every borough chose it, so there is nothing to compare with.`;
  return `${opening} ${priorityPart} (it ${movement(others)} where it is not).${testClause(input.test)}`;
}
