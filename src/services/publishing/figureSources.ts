import type { Executor } from '../../store/index.js';

/**
 * Where the crime figures a published output shows come from, in the words the output prints:
 * the files the counts were loaded from, the statement the Open Government Licence asks of anyone
 * reusing them, and a plain label when any are the demo's made-up numbers.
 */

/** What every output prints beside a figure that is made up: the word "synthetic" is what readers and tests look for. */
export const SYNTHETIC_LABEL = 'Synthetic demo figures, made up to show how the service works: not real.';

export const OGL_STATEMENT = 'Contains public sector information licensed under the Open Government Licence v3.0';

/** Who publishes the files of a kind of crime import, and under what name. */
interface Publication {
  readonly dataset: string;
  readonly publisher: string;
}

const LONDON_DATASTORE = 'the Metropolitan Police Service on the London Datastore';

/** The publication a loaded file belongs to: the MPS's files on the London Datastore, by level; none known otherwise. */
function publicationOf(file: CrimeFile): Publication | undefined {
  if (!file.source.startsWith('mps')) return undefined;
  const level = /ward/i.test(file.fileName) ? 'Ward' : 'Borough';
  return { dataset: `MPS ${level} Level Crime`, publisher: LONDON_DATASTORE };
}

/** The demo's generated counts, which are never mixed with real files. */
const SYNTHETIC_SOURCE = 'demo-synthetic';

export interface CrimeFile {
  readonly source: string;
  readonly fileName: string;
  readonly firstMonth: string;
  readonly lastMonth: string;
}

export interface FigureSource {
  /** "Source: …", or the synthetic label. */
  readonly text: string;
  readonly synthetic: boolean;
  /** The licence statements the files ask for, each naming its dataset and publisher. */
  readonly attributions: readonly string[];
}

/** The crime files loaded whose months overlap the span ("2017-04" to "2018-06"), oldest first. */
export async function crimeFilesCovering(db: Executor, span: { first: string; last: string }): Promise<CrimeFile[]> {
  const rows = await db
    .selectFrom('crime_imports')
    .select(['source', 'file_name', 'first_month', 'last_month'])
    .where('first_month', '<=', span.last)
    .where('last_month', '>=', span.first)
    .orderBy('first_month')
    .orderBy('id')
    .execute();
  const seen = new Set<string>();
  return rows
    .map((row) => ({
      source: row.source,
      fileName: row.file_name,
      firstMonth: row.first_month,
      lastMonth: row.last_month,
    }))
    .filter((file) => {
      const key = `${file.source}|${file.fileName}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The licence statement for each publication the files come from, once each. */
export function attributionsOf(files: readonly CrimeFile[]): string[] {
  const statements = files.flatMap((file) => {
    const publication = publicationOf(file);
    return publication === undefined
      ? []
      : [`${OGL_STATEMENT}: ${publication.dataset}, published by ${publication.publisher}.`];
  });
  return [...new Set(statements)];
}

/** Names joined as a sentence lists them: "a", "a and b", "a, b and c". */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * The source of figures summed from monthly crime counts, in words: the files by name, grouped
 * by who publishes them; the synthetic label when any of the counts are the demo's generated ones.
 */
export function countsSource(files: readonly CrimeFile[]): FigureSource {
  if (files.some((file) => file.source === SYNTHETIC_SOURCE)) {
    return { text: SYNTHETIC_LABEL, synthetic: true, attributions: [] };
  }
  if (files.length === 0) return { text: 'Source: monthly recorded crime counts.', synthetic: false, attributions: [] };
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const publication = publicationOf(file);
    const named = publication === undefined ? '' : ` (${publication.dataset}, published by ${publication.publisher})`;
    const names = groups.get(named) ?? [];
    if (!names.includes(file.fileName)) names.push(file.fileName);
    groups.set(named, names);
  }
  const parts = [...groups].map(([named, names]) => `${listed(names)}${named}`);
  return {
    text: `Source: monthly recorded crime by area, summed from ${listed(parts)}.`,
    synthetic: false,
    attributions: attributionsOf(files),
  };
}
