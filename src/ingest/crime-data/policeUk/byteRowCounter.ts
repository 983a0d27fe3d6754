/**
 * Counts a plain police.uk line (no quote, every field where the header puts it) straight from its
 * bytes. Only the fields the layout's aggregates need are looked at, a few neighbouring fields at a
 * time (LSOA code and name; crime type and outcome): each such run of fields is recognised by its
 * bytes (ByteValues), and only its first sighting in a file becomes strings. Anything out of the
 * ordinary — the first row, a month that does not match, a wrong field count — is left to the
 * careful path, which reads the line as text and says what is wrong with it.
 */
import { areaStatus, localAuthorityOfLsoa, londonMonthOf, type AreaStatus } from '../../../domain/crime-data/index.js';
import { ByteValues } from './byteValues.js';
import type { LineCommas } from './csvByteLines.js';
import type { SliceAggregator } from './sliceAggregate.js';

/**
 * The distinct values of a run of neighbouring fields, each with what it counts as: the dictionary
 * numbers of the aggregate dimensions it gives (`width` of them), and whatever else `first` notes.
 */
class FieldRun {
  private readonly values = new ByteValues();
  /** Per distinct value, `width` dictionary numbers. */
  readonly ids: number[] = [];

  constructor(
    readonly firstField: number,
    readonly lastField: number,
    readonly width: number,
    private readonly first: (cells: string[]) => readonly number[],
  ) {}

  /** The number of the run's value in `bytes[start, end)`; its first sighting is read as text. */
  value(bytes: Buffer, start: number, end: number): number {
    const found = this.values.find(bytes, start, end);
    if (found !== -1) return found;
    const value = this.values.addLast(bytes, start, end);
    // A plain line has no quote, so its fields are the text between its commas.
    this.ids.push(...this.first(bytes.toString('utf8', start, end).split(',')));
    return value;
  }
}

export class ByteRowCounter {
  private readonly month: Uint8Array;
  private readonly fields: number;
  private readonly runs: FieldRun[];
  /** Street and outcomes: per distinct LSOA code and name, where it puts the row. */
  private readonly areas: AreaStatus[] = [];
  /** Street: per distinct crime type and outcome, the crime type when the taxonomy does not map it. */
  private readonly unmappedTypes: (string | null)[] = [];
  /** Stop and search: per distinct date, whether it falls in the slice's month. */
  private readonly datesInMonth: boolean[] = [];
  private readonly dates: FieldRun | null = null;
  private readonly raw = new Int32Array(3);
  private line: LineCommas = { commas: new Int32Array(0), first: 0, count: 0 };
  private start = 0;
  private end = 0;

  constructor(private readonly aggregator: SliceAggregator) {
    const { context, dictionary } = aggregator;
    const { layout, month } = context.slice;
    this.month = Buffer.from(month, 'utf8');
    const ids = (cells: readonly string[]): number[] => cells.map((cell) => dictionary.id(cell));
    if (layout === 'stop-and-search') {
      this.fields = 15;
      this.dates = new FieldRun(1, 1, 0, ([date = '']) => {
        this.datesInMonth.push(londonMonthOf(date) === month);
        return [];
      });
      const linked = (said: string): string => (said === 'true' || said === 'false' ? said : '');
      this.runs = [
        new FieldRun(0, 0, 1, ids),
        // Gender to outcome linked: the aggregate's order is self-defined, officer-defined, gender, age, …
        new FieldRun(
          6,
          13,
          8,
          ([gender = '', age = '', self = '', officer = '', law = '', object = '', outcome = '', link = '']) =>
            ids([self, officer, gender, age, law, object, outcome, linked(link.trim().toLowerCase())]),
        ),
      ];
      return;
    }
    this.fields = layout === 'street' ? 12 : 10;
    const place = new FieldRun(7, 8, 2, ([code = '', name = '']) => {
      const lsoaCode = code.trim();
      const authority = localAuthorityOfLsoa(name);
      this.areas.push(areaStatus(lsoaCode, authority, context.forceArea));
      return ids([context.lsoaDetail === false ? '' : lsoaCode, authority ?? '']);
    });
    const kind = new FieldRun(9, layout === 'street' ? 10 : 9, layout === 'street' ? 2 : 1, (cells) => {
      const [crimeType = ''] = cells;
      this.unmappedTypes.push(layout === 'street' && !context.knownCrimeTypes.has(crimeType) ? crimeType : null);
      return ids(cells);
    });
    this.runs = [place, kind];
  }

  /** Counts the line; false when it must go the careful way instead (nothing is counted then). */
  count(bytes: Buffer, start: number, end: number, line: LineCommas, lineNumber: number): boolean {
    if (line.count + 1 !== this.fields) return false;
    this.line = line;
    this.start = start;
    this.end = end;
    if (this.dates === null) {
      if (this.aggregator.forceName === null || !this.sameMonth(bytes, this.from(1), this.to(1))) return false;
    } else if (!(this.datesInMonth[this.dates.value(bytes, this.from(1), this.to(1))] as boolean)) return false;
    const { tuple } = this.aggregator;
    let dimension = 0;
    for (let index = 0; index < this.runs.length; index++) {
      const run = this.runs[index] as FieldRun;
      const value = run.value(bytes, this.from(run.firstField), this.to(run.lastField));
      this.raw[index] = value;
      for (let at = 0; at < run.width; at++) tuple[dimension++] = run.ids[value * run.width + at] as number;
    }
    if (this.dates === null) this.place(lineNumber);
    this.aggregator.rowsRead += 1;
    this.aggregator.counts.add(tuple);
    return true;
  }

  /** Where a field of the line being counted starts, and where it ends. */
  private from(field: number): number {
    return field === 0 ? this.start : (this.line.commas[this.line.first + field - 1] as number) + 1;
  }

  private to(field: number): number {
    return field === this.line.count ? this.end : (this.line.commas[this.line.first + field] as number);
  }

  /** Where the row's place puts it, and an unmapped crime type, as the careful path records them. */
  private place(lineNumber: number): void {
    this.aggregator.areaCounts[this.areas[this.raw[0] as number] as AreaStatus] += 1;
    const unmapped = this.unmappedTypes[this.raw[1] as number];
    if (unmapped !== null && unmapped !== undefined) this.aggregator.unmappedCrimeType(unmapped, lineNumber);
  }

  private sameMonth(bytes: Buffer, start: number, end: number): boolean {
    const { month } = this;
    if (end - start !== month.length) return false;
    for (let at = 0; at < month.length; at++) if (bytes[start + at] !== month[at]) return false;
    return true;
  }
}
