/**
 * MPS category names of every vintage, looked up together.
 *
 * The MPS has named its categories three ways: its own classification in the borough files to
 * early 2019 ("Major Category" / "Minor Category": the 2008–2016 names, then renamed minor
 * categories such as "Burglary - Residential" in the 2019 "most recent 24 months" file), and the
 * Home Office groups of the files since 2019 ("MajorText" / "MinorText", in title case and, since
 * the move to CONNECT, in capitals: "RES BURGLARY OF A HOME"). The historic and the 2019 borough
 * files have the same header word for word, so a header cannot say which names a file uses.
 *
 * Rather than guess, a file's names are looked up among the mappings of every MPS vintage at once.
 * That is safe because no pair of names means different things in different vintages (checkTaxonomy
 * refuses a taxonomy where it would). The vintage an import is filed under is then decided by the
 * names its rows use: the vintage most of them come from, and the header only when nothing else
 * tells (a file whose names are all unknown).
 */
import { nameKey, type CrimeDataSource } from './crimeTaxonomy.js';

export type MpsVintage = Extract<CrimeDataSource, 'mps-historic' | 'mps-recent'>;

export const MPS_VINTAGES: readonly MpsVintage[] = ['mps-historic', 'mps-recent'];

export function isMpsVintage(source: string): source is MpsVintage {
  return (MPS_VINTAGES as readonly string[]).includes(source);
}

/** An MPS major and minor category as some vintage names them, and the taxonomy category they mean. */
export interface MpsNameMapping {
  readonly source: MpsVintage;
  readonly major: string;
  readonly minor: string;
  readonly categoryCode: string;
}

export interface MpsCategoryNamePair {
  readonly major: string;
  readonly minor: string;
}

/** "burglary|burglary - residential": a pair of names as Bluelamp compares them. */
export function mpsPairKey(pair: MpsCategoryNamePair): string {
  return `${nameKey(pair.major)}|${nameKey(pair.minor)}`;
}

interface Entry {
  readonly categoryCode: string;
  readonly vintages: Set<MpsVintage>;
}

/** The taxonomy category of any MPS pair of names, whichever vintage it belongs to. */
export class MpsCategoryNames {
  private readonly byKey = new Map<string, Entry>();

  constructor(mappings: Iterable<MpsNameMapping>) {
    for (const mapping of mappings) {
      const key = mpsPairKey(mapping);
      const entry = this.byKey.get(key);
      if (entry === undefined)
        this.byKey.set(key, { categoryCode: mapping.categoryCode, vintages: new Set([mapping.source]) });
      else entry.vintages.add(mapping.source);
    }
  }

  /** The key of each pair as written, so that a file's thousands of rows compare their names once. */
  private readonly keyOfWritten = new Map<string, Map<string, string>>();

  /** The taxonomy category code, or null when no vintage maps the pair. */
  categoryOf(pair: MpsCategoryNamePair): string | null {
    return this.byKey.get(this.keyOf(pair))?.categoryCode ?? null;
  }

  private keyOf(pair: MpsCategoryNamePair): string {
    let minors = this.keyOfWritten.get(pair.major);
    if (minors === undefined) {
      minors = new Map();
      this.keyOfWritten.set(pair.major, minors);
    }
    let key = minors.get(pair.minor);
    if (key === undefined) {
      key = mpsPairKey(pair);
      minors.set(pair.minor, key);
    }
    return key;
  }

  /**
   * The vintage a file's pairs of names belong to: the one that maps the most of them. A pair
   * both vintages share counts for both; a tie, or a file of names no vintage knows, takes the
   * vintage its header suggests.
   */
  vintageOf(pairs: Iterable<MpsCategoryNamePair>, headerSuggests: MpsVintage): MpsVintage {
    const tally = new Map<MpsVintage, number>(MPS_VINTAGES.map((vintage) => [vintage, 0]));
    for (const pair of pairs) {
      for (const vintage of this.byKey.get(this.keyOf(pair))?.vintages ?? []) {
        tally.set(vintage, (tally.get(vintage) ?? 0) + 1);
      }
    }
    const best = Math.max(...tally.values());
    const leaders = MPS_VINTAGES.filter((vintage) => tally.get(vintage) === best);
    return leaders.length === 1 && leaders[0] !== undefined ? leaders[0] : headerSuggests;
  }
}
