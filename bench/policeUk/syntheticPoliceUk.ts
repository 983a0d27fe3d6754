/**
 * A police.uk-shaped data set of any size, deterministic from a seed: month folders of street
 * and stop-and-search CSVs (and optionally the archive zip), with field distributions like the
 * real files — anti-social behaviour without crime IDs, rows with no location, rows in a
 * neighbouring force's area, locations quoted because they hold commas, ISO timestamps with
 * offsets, empty ethnicity and outcome fields.
 */
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import yazl from 'yazl';
import { POLICE_FORCES, POLICE_UK_LAYOUTS } from '../../src/domain/crime-data/index.js';
import { generator } from '../../demo/seededNumbers.js';

export interface SyntheticOptions {
  readonly folder: string;
  readonly forces?: number;
  readonly firstMonth?: string;
  readonly months?: number;
  /** Street rows in all, spread over forces and months. */
  readonly streetRows: number;
  /** Stop-and-search rows in all; default 1/25 of the street rows. */
  readonly searchRows?: number;
  readonly seed?: number;
  /** Also write everything into this zip, as police.uk's archive holds it. */
  readonly zip?: string;
}

export { generator as seededRandom };

function picker<T>(weighted: readonly (readonly [T, number])[], random: () => number): () => T {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  const cumulative = weighted.map(
    ([value], i) => [value, weighted.slice(0, i + 1).reduce((s, [, w]) => s + w, 0) / total] as const,
  );
  return () => {
    const r = random();
    for (const [value, upTo] of cumulative) if (r < upTo) return value;
    return cumulative[cumulative.length - 1]?.[0] as T;
  };
}

const CRIME_TYPES: readonly (readonly [string, number])[] = [
  ['Anti-social behaviour', 30],
  ['Violence and sexual offences', 26],
  ['Other theft', 7],
  ['Criminal damage and arson', 7],
  ['Public order', 6],
  ['Vehicle crime', 5],
  ['Shoplifting', 5],
  ['Burglary', 5],
  ['Drugs', 2.5],
  ['Other crime', 1.5],
  ['Theft from the person', 1.2],
  ['Robbery', 1.2],
  ['Bicycle theft', 1.1],
  ['Possession of weapons', 0.6],
];

const OUTCOMES: readonly (readonly [string, number])[] = [
  ['Investigation complete; no suspect identified', 30],
  ['Unable to prosecute suspect', 28],
  ['Under investigation', 12],
  ['Status update unavailable', 8],
  ['Awaiting court outcome', 6],
  ['Offender given a caution', 3],
  ['Local resolution', 3],
  ['Court result unavailable', 3],
  ['Further investigation is not in the public interest', 2],
  ['Formal action is not in the public interest', 2],
  ['Action to be taken by another organisation', 2],
  ['Offender given penalty notice', 1],
];

const LONDON_BOROUGHS = [
  'Barking and Dagenham',
  'Barnet',
  'Bexley',
  'Brent',
  'Bromley',
  'Camden',
  'Croydon',
  'Ealing',
  'Enfield',
  'Greenwich',
  'Hackney',
  'Hammersmith and Fulham',
  'Haringey',
  'Harrow',
  'Havering',
  'Hillingdon',
  'Hounslow',
  'Islington',
  'Kensington and Chelsea',
  'Kingston upon Thames',
  'Lambeth',
  'Lewisham',
  'Merton',
  'Newham',
  'Redbridge',
  'Richmond upon Thames',
  'Southwark',
  'Sutton',
  'Tower Hamlets',
  'Waltham Forest',
  'Wandsworth',
  'Westminster',
];

const STREETS = [
  'High Street',
  'Station Road',
  'Church Lane',
  'Park Avenue',
  'Mill Road',
  'Queen Street',
  'Market Place',
];

/** The local authorities each synthetic force polices: London's real boroughs, elsewhere made-up districts. */
export function syntheticAreas(code: string, name: string): string[] {
  if (code === 'metropolitan') return LONDON_BOROUGHS;
  if (code === 'city-of-london') return ['City of London'];
  const word = name.split(' ')[0] ?? code;
  return Array.from({ length: 6 }, (_, i) => `${word} District ${i + 1}`);
}

/** How big each force is, roughly as the real ones compare. */
function forceWeights(codes: readonly string[], random: () => number): number[] {
  const big: Record<string, number> = {
    metropolitan: 17,
    'greater-manchester': 7,
    'west-midlands': 5.5,
    'west-yorkshire': 5,
    'thames-valley': 3.5,
    'city-of-london': 0.1,
  };
  return codes.map((code) => big[code] ?? 1 + random() * 2);
}

function hex64(random: () => number): string {
  let text = '';
  for (let i = 0; i < 8; i++)
    text += Math.floor(random() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return text;
}

function addMonths(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

class CsvFile {
  private readonly stream: fs.WriteStream;
  private buffer: string[] = [];
  private size = 0;

  constructor(file: string, header: readonly string[]) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.stream = fs.createWriteStream(file);
    this.buffer.push(`${header.join(',')}\n`);
  }

  async line(text: string): Promise<void> {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

interface ForcePlan {
  readonly code: string;
  readonly name: string;
  readonly areas: readonly string[];
  readonly neighbour: readonly string[];
  readonly streetRows: number;
  readonly searchRows: number;
}

async function writeStreet(file: string, force: ForcePlan, month: string, random: () => number): Promise<void> {
  const csv = new CsvFile(file, POLICE_UK_LAYOUTS.street);
  const crimeType = picker(CRIME_TYPES, random);
  const outcome = picker(OUTCOMES, random);
  for (let i = 0; i < force.streetRows; i++) {
    const type = crimeType();
    const asb = type === 'Anti-social behaviour';
    const where = random();
    let place = ',,No Location,,';
    if (where >= 0.03) {
      const areas = where < 0.04 && force.neighbour.length > 0 ? force.neighbour : force.areas;
      const area = areas[Math.floor(random() * areas.length)] ?? '';
      const lsoa = Math.floor(random() * 180) + 1;
      const street = STREETS[Math.floor(random() * STREETS.length)] ?? '';
      const location = random() < 0.01 ? `"On or near ${street}, Car Park"` : `On or near ${street}`;
      const code = `E01${String((area.length * 7919 + lsoa * 31) % 1000000).padStart(6, '0')}`;
      const name = `${area} ${String(lsoa).padStart(3, '0')}${'ABCDE'[lsoa % 5] ?? 'A'}`;
      place = `${(-2 + random() * 2).toFixed(6)},${(51 + random() * 3).toFixed(6)},${location},${code},${name}`;
    }
    const id = asb ? '' : hex64(random);
    await csv.line(`${id},${month},${force.name},${force.name},${place},${type},${asb ? '' : outcome()},\n`);
  }
  await csv.close();
}

const SEARCH_PEOPLE: readonly (readonly [string, number])[] = [
  ['White|White - English/Welsh/Scottish/Northern Irish/British', 34],
  ['White|White - Any other White background', 8],
  ['Black|Black/African/Caribbean/Black British - Any other Black/African/Caribbean background', 18],
  ['Black|Black/African/Caribbean/Black British - African', 6],
  ['Asian|Asian/Asian British - Any other Asian background', 10],
  ['Asian|Asian/Asian British - Pakistani', 4],
  ['Other|Other ethnic group - Not stated', 8],
  ['White|', 6],
  ['|', 6],
];
const OBJECTS: readonly (readonly [string, number])[] = [
  ['Controlled drugs|Misuse of Drugs Act 1971 (section 23)', 60],
  ['Offensive weapons|Police and Criminal Evidence Act 1984 (section 1)', 15],
  ['Stolen goods|Police and Criminal Evidence Act 1984 (section 1)', 12],
  ['Article for use in theft|Police and Criminal Evidence Act 1984 (section 1)', 6],
  ['Firearms|Firearms Act 1968 (section 47)', 3],
  ['Offensive weapons|Criminal Justice and Public Order Act 1994 (section 60)', 4],
];
const SEARCH_OUTCOMES: readonly (readonly [string, number])[] = [
  ['A no further action disposal', 70],
  ['Arrest', 14],
  ['Community resolution', 8],
  ['Penalty Notice for Disorder', 3],
  ['Summons / charged by post', 3],
  ['Caution (simple or conditional)', 2],
];

async function writeSearches(file: string, force: ForcePlan, month: string, random: () => number): Promise<void> {
  const csv = new CsvFile(file, POLICE_UK_LAYOUTS['stop-and-search']);
  const person = picker(SEARCH_PEOPLE, random);
  const object = picker(OBJECTS, random);
  const result = picker(SEARCH_OUTCOMES, random);
  const ages = picker(
    [
      ['18-24', 40],
      ['25-34', 25],
      ['10-17', 15],
      ['over 34', 15],
      ['', 5],
    ],
    random,
  );
  for (let i = 0; i < force.searchRows; i++) {
    const day = 1 + Math.floor(random() * 28);
    const hour = Math.floor(random() * 24);
    const when = `${month}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00+00:00`;
    const [officer, self] = person().split('|');
    const [objectOfSearch, legislation] = object().split('|');
    const outcome = result();
    const linked = outcome === 'A no further action disposal' ? '' : random() < 0.55 ? 'True' : 'False';
    const kind = random() < 0.9 ? 'Person search' : 'Person and Vehicle search';
    const gender = random() < 0.9 ? 'Male' : 'Female';
    await csv.line(
      `${kind},${when},False,,${(51 + random()).toFixed(6)},${(-0.5 + random()).toFixed(6)},${gender},${ages()},${self},${officer},${legislation},${objectOfSearch},${outcome},${linked},False\n`,
    );
  }
  await csv.close();
}

/** Writes the data set and answers the files written, in order. */
export async function writeSyntheticPoliceUk(options: SyntheticOptions): Promise<string[]> {
  const random = generator(options.seed ?? 1);
  const forces = POLICE_FORCES.slice(0, options.forces ?? POLICE_FORCES.length);
  const months = Array.from({ length: options.months ?? 12 }, (_, i) => addMonths(options.firstMonth ?? '2018-04', i));
  const weights = forceWeights(
    forces.map((f) => f.code),
    random,
  );
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const searchRows = options.searchRows ?? Math.round(options.streetRows / 25);
  const plans: ForcePlan[] = forces.map((force, i) => {
    const share = (weights[i] ?? 1) / totalWeight / months.length;
    const next = forces[(i + 1) % forces.length] ?? force;
    return {
      ...force,
      areas: syntheticAreas(force.code, force.name),
      neighbour: forces.length > 1 ? syntheticAreas(next.code, next.name).slice(0, 2) : [],
      streetRows: Math.max(1, Math.round(options.streetRows * share)),
      searchRows: Math.max(1, Math.round(searchRows * share)),
    };
  });
  const files: string[] = [];
  for (const month of months) {
    for (const force of plans) {
      const street = path.join(options.folder, month, `${month}-${force.code}-street.csv`);
      await writeStreet(street, force, month, random);
      const searches = path.join(options.folder, month, `${month}-${force.code}-stop-and-search.csv`);
      await writeSearches(searches, force, month, random);
      files.push(street, searches);
    }
  }
  if (options.zip !== undefined) await zipFolder(options.folder, files, options.zip);
  return files;
}

async function zipFolder(folder: string, files: readonly string[], target: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const file of files) zip.addFile(file, path.relative(folder, file).split(path.sep).join('/'));
  zip.end();
  const out = fs.createWriteStream(target);
  zip.outputStream.pipe(out);
  await once(out, 'close');
}
