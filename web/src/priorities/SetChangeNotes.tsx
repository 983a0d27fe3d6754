/**
 * When a borough's set of priorities counts from, said on every page that judges a priority. The
 * rule matches the server's: a set counts from the first full month after it was agreed.
 */
export const IN_FORCE_RULE =
  'A borough counts as choosing a crime only in the months its agreed set was in force, from the first full month after it was agreed: a set agreed on 1 October counts from October, one agreed on 15 October from November. Each month is compared with the same month a year earlier.';

/** "3 of 9 months" beside a priority that the set in force chose for part of the compared months. */
export function partMonths(chosenMonths: number, months: number): string | null {
  return chosenMonths > 0 && chosenMonths < months ? `a priority for ${chosenMonths} of ${months} months` : null;
}

interface ChangeNote {
  readonly boroughCode: string;
  readonly version: number;
  readonly sentence: string;
}

/** The sets that changed within the compared months, or nothing when none did. */
export function SetChangeNotes({ changes }: { changes: readonly ChangeNote[] }) {
  if (changes.length === 0) return null;
  const sets = new Set(changes.map((c) => `${c.boroughCode}-${c.version}`)).size;
  return (
    <div className="govuk-inset-text" data-testid="set-changes">
      <h2 className="govuk-heading-s">
        {sets === 1 ? 'A set of priorities changed' : 'Sets of priorities changed'} within these months
      </h2>
      <ul className="govuk-list govuk-list--bullet">
        {changes.map((change) => (
          <li key={`${change.boroughCode}-${change.version}-${change.sentence}`}>{change.sentence}</li>
        ))}
      </ul>
    </div>
  );
}
