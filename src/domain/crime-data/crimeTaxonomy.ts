/**
 * Bluelamp's own crime categories, and how the categories of each data source map onto them.
 *
 * The categories form a forest: "all crime" is one tree, anti-social behaviour (not a crime)
 * stands beside it. A source's category maps to exactly one Bluelamp category, which may be a
 * leaf (an MPS minor category) or a parent (a broad police.uk crime type), so series from
 * different sources and vintages of names add up on the same tree. The mappings are data, so a
 * force can load its own; checkTaxonomy says what is wrong with one.
 */

/**
 * Where a category name comes from: police.uk, or one of the MPS's two vintages of names —
 * 'mps-historic' for the MPS's own classification in the borough files to early 2019 ("Major
 * Category" / "Minor Category", with the minor categories renamed in the 2019 file), and
 * 'mps-recent' for the Home Office groups of the files since 2019 ("MajorText" / "MinorText",
 * in title case and later in capitals). See mpsCategoryNames.ts for how files are matched to them.
 */
export type CrimeDataSource = 'mps-historic' | 'mps-recent' | 'police-uk';

const CRIME_DATA_SOURCES: readonly CrimeDataSource[] = ['mps-historic', 'mps-recent', 'police-uk'];

export interface CrimeCategory {
  /** Lower-case words joined by hyphens: "burglary-residential". */
  readonly code: string;
  readonly name: string;
  /** Null for the root of a tree. */
  readonly parentCode: string | null;
  readonly description?: string;
}

/**
 * A category as a source names it: an MPS file by major and minor category, police.uk by crime
 * type. Names are compared as nameKey compares them.
 */
export interface CrimeSourceKey {
  readonly source: CrimeDataSource;
  readonly major?: string;
  readonly minor?: string;
  readonly crimeType?: string;
}

export interface CrimeCategoryMapping extends CrimeSourceKey {
  readonly categoryCode: string;
}

export interface CrimeTaxonomy {
  readonly categories: readonly CrimeCategory[];
  readonly mappings: readonly CrimeCategoryMapping[];
}

/** One thing wrong with a taxonomy, with the path to it ("mappings[12].categoryCode"). */
export interface CrimeTaxonomyProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * A name as Bluelamp compares it: case, surrounding and repeated white space, and "&" against
 * "and" make no difference ("Other Fraud & Forgery" = "other fraud and forgery").
 */
export function nameKey(name: string): string {
  return name.toLowerCase().replaceAll('&', ' and ').replace(/\s+/g, ' ').trim();
}

function sourceKeyText(key: CrimeSourceKey): string {
  const part = (value: string | undefined): string => (value === undefined ? '' : nameKey(value));
  return [key.source, part(key.major), part(key.minor), part(key.crimeType)].join('\u0000');
}

/** "mps-historic Burglary / Burglary in a Dwelling" or "police-uk Burglary", for messages. */
function describeSourceKey(key: CrimeSourceKey): string {
  const names = [key.major, key.minor, key.crimeType].filter((name) => name !== undefined);
  return `${key.source} ${names.join(' / ')}`;
}

interface TaxonomyIndex {
  readonly byCode: ReadonlyMap<string, CrimeCategory>;
  readonly byKey: ReadonlyMap<string, CrimeCategory>;
  readonly children: ReadonlyMap<string, readonly CrimeCategory[]>;
}

// A taxonomy is read-only data, so its index can be kept for as long as the taxonomy lives.
const indexes = new WeakMap<CrimeTaxonomy, TaxonomyIndex>();

function indexOf(taxonomy: CrimeTaxonomy): TaxonomyIndex {
  const known = indexes.get(taxonomy);
  if (known !== undefined) return known;
  const byCode = new Map<string, CrimeCategory>();
  const children = new Map<string, CrimeCategory[]>();
  for (const category of taxonomy.categories) {
    if (!byCode.has(category.code)) byCode.set(category.code, category);
    if (category.parentCode === null) continue;
    const siblings = children.get(category.parentCode) ?? [];
    siblings.push(category);
    children.set(category.parentCode, siblings);
  }
  const byKey = new Map<string, CrimeCategory>();
  for (const mapping of taxonomy.mappings) {
    const category = byCode.get(mapping.categoryCode);
    const key = sourceKeyText(mapping);
    if (category !== undefined && !byKey.has(key)) byKey.set(key, category);
  }
  const index = { byCode, byKey, children };
  indexes.set(taxonomy, index);
  return index;
}

/** The Bluelamp category a source's category maps to, or null when the taxonomy has no mapping for it. */
export function categoryFor(taxonomy: CrimeTaxonomy, key: CrimeSourceKey): CrimeCategory | null {
  return indexOf(taxonomy).byKey.get(sourceKeyText(key)) ?? null;
}

/** The category with this code, or null. */
export function categoryByCode(taxonomy: CrimeTaxonomy, code: string): CrimeCategory | null {
  return indexOf(taxonomy).byCode.get(code) ?? null;
}

/**
 * The codes of every category below this one (children, their children…), parents before their
 * children and siblings in the taxonomy's order; not the category itself. Empty for a leaf or an
 * unknown code.
 */
export function descendants(taxonomy: CrimeTaxonomy, code: string): string[] {
  const { children } = indexOf(taxonomy);
  const found: string[] = [];
  const seen = new Set<string>([code]);
  const visit = (parent: string): void => {
    for (const child of children.get(parent) ?? []) {
      if (seen.has(child.code)) continue;
      seen.add(child.code);
      found.push(child.code);
      visit(child.code);
    }
  };
  visit(code);
  return found;
}

/** The codes from this category up to the root of its tree, the category itself first. */
export function ancestry(taxonomy: CrimeTaxonomy, code: string): string[] {
  const { byCode } = indexOf(taxonomy);
  const path: string[] = [];
  let current = byCode.get(code);
  while (current !== undefined && !path.includes(current.code)) {
    path.push(current.code);
    current = current.parentCode === null ? undefined : byCode.get(current.parentCode);
  }
  return path;
}

const CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkCategories(taxonomy: CrimeTaxonomy, problems: CrimeTaxonomyProblem[]): void {
  const codes = new Set(taxonomy.categories.map((category) => category.code));
  const firstAt = new Map<string, number>();
  taxonomy.categories.forEach((category, index) => {
    const path = `categories[${index}]`;
    const earlier = firstAt.get(category.code);
    if (!CODE_PATTERN.test(category.code)) {
      problems.push({ path: `${path}.code`, message: `"${category.code}" is not lower-case words joined by hyphens` });
    }
    if (earlier !== undefined) {
      problems.push({
        path: `${path}.code`,
        message: `"${category.code}" is already the code of categories[${earlier}]`,
      });
    } else firstAt.set(category.code, index);
    if (category.name.trim() === '') problems.push({ path: `${path}.name`, message: 'is required' });
    if (category.parentCode !== null && !codes.has(category.parentCode)) {
      problems.push({ path: `${path}.parentCode`, message: `"${category.parentCode}" is not the code of a category` });
    }
  });
}

function checkCycles(taxonomy: CrimeTaxonomy, problems: CrimeTaxonomyProblem[]): void {
  const parentOf = new Map(taxonomy.categories.map((category) => [category.code, category.parentCode]));
  const reported = new Set<string>();
  taxonomy.categories.forEach((category, index) => {
    const chain: string[] = [];
    let current: string | null | undefined = category.code;
    while (current !== null && current !== undefined && !chain.includes(current)) {
      chain.push(current);
      current = parentOf.get(current);
    }
    if (current !== category.code || reported.has(category.code)) return;
    chain.forEach((code) => reported.add(code));
    const loop = [...chain, category.code].join(' → ');
    problems.push({ path: `categories[${index}].parentCode`, message: `the parents form a loop: ${loop}` });
  });
}

/** Which names a source's key must give: MPS files name major and minor, police.uk a crime type. */
function keyShapeProblem(key: CrimeSourceKey): string | null {
  const given = (value: string | undefined): boolean => value !== undefined && value.trim() !== '';
  if (!CRIME_DATA_SOURCES.includes(key.source)) return `source must be one of ${CRIME_DATA_SOURCES.join(', ')}`;
  if (key.source === 'police-uk') {
    if (!given(key.crimeType)) return 'a police-uk mapping needs a crimeType';
    if (key.major !== undefined || key.minor !== undefined) return 'a police-uk mapping names a crimeType only';
    return null;
  }
  if (!given(key.major) || !given(key.minor)) return `an ${key.source} mapping needs a major and a minor category`;
  if (key.crimeType !== undefined) return `an ${key.source} mapping names a major and a minor category only`;
  return null;
}

function checkMappings(taxonomy: CrimeTaxonomy, problems: CrimeTaxonomyProblem[]): void {
  const codes = new Set(taxonomy.categories.map((category) => category.code));
  const firstAt = new Map<string, number>();
  taxonomy.mappings.forEach((mapping, index) => {
    const path = `mappings[${index}]`;
    const shape = keyShapeProblem(mapping);
    if (shape !== null) problems.push({ path, message: shape });
    if (!codes.has(mapping.categoryCode)) {
      problems.push({
        path: `${path}.categoryCode`,
        message: `"${mapping.categoryCode}" is not the code of a category`,
      });
    }
    const key = sourceKeyText(mapping);
    const earlier = firstAt.get(key);
    if (earlier === undefined) firstAt.set(key, index);
    else problems.push({ path, message: `${describeSourceKey(mapping)} is already mapped by mappings[${earlier}]` });
  });
  checkMpsVintagesAgree(taxonomy, problems);
}

/**
 * MPS names are looked up across both vintages at once (mpsCategoryNames.ts), so a pair of
 * names both vintages map must mean the same category in each.
 */
function checkMpsVintagesAgree(taxonomy: CrimeTaxonomy, problems: CrimeTaxonomyProblem[]): void {
  const firstAt = new Map<string, number>();
  taxonomy.mappings.forEach((mapping, index) => {
    if (mapping.source === 'police-uk' || mapping.major === undefined || mapping.minor === undefined) return;
    const key = `${nameKey(mapping.major)}|${nameKey(mapping.minor)}`;
    const earlier = firstAt.get(key);
    if (earlier === undefined) {
      firstAt.set(key, index);
      return;
    }
    const other = taxonomy.mappings[earlier];
    if (other === undefined || other.categoryCode === mapping.categoryCode || other.source === mapping.source) return;
    problems.push({
      path: `mappings[${index}].categoryCode`,
      message:
        `${describeSourceKey(mapping)} maps to "${mapping.categoryCode}" but mappings[${earlier}] (${other.source}) ` +
        `maps the same names to "${other.categoryCode}": MPS names are looked up across vintages, so they must agree`,
    });
  });
}

/**
 * Everything wrong with a taxonomy: codes that repeat or are malformed, parents that do not
 * exist or that loop, mappings to unknown categories, mappings without the names their source
 * needs, a source's category mapped twice (names compared as nameKey compares them), and an MPS
 * pair of names that two vintages map to different categories.
 */
export function checkTaxonomy(taxonomy: CrimeTaxonomy): CrimeTaxonomyProblem[] {
  const problems: CrimeTaxonomyProblem[] = [];
  checkCategories(taxonomy, problems);
  checkCycles(taxonomy, problems);
  checkMappings(taxonomy, problems);
  return problems;
}
