/**
 * The Inspection table: which report this is, one Field | Value pair a row (a header row naming
 * the two columns is optional, as people often leave it out of a two-column sheet).
 */
import type { InspectionDocument } from '../../domain/inspections/index.js';
import { cellText, dateFromCell, listCell, listFromCell } from './inspectionCells.js';
import { INSPECTION_FIELDS, OPTIONAL_FIELDS, type InspectionField } from './inspectionLayout.js';
import type { Report, TableSource } from './tableRows.js';

/** The document without its judgments, findings and comparison. */
export type InspectionHeader = Omit<InspectionDocument, 'pillars' | 'findings' | 'mostSimilarGroup'>;

export interface InspectionSheetResult {
  readonly header: InspectionHeader;
  /** The row each field is on. */
  readonly fieldRows: ReadonlyMap<InspectionField, number>;
}

const FIELD_NAMES = INSPECTION_FIELDS.map(([, name]) => name).join(', ');
const fieldWords = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

function fieldValues(source: TableSource, report: Report): Map<InspectionField, { row: number; value: string }> {
  const values = new Map<InspectionField, { row: number; value: string }>();
  source.records.forEach(({ row, cells }, index) => {
    const [name = '', value = ''] = cells.map(cellText);
    if (name === '' && value === '') return;
    if (index === 0 && fieldWords(name) === 'field') return;
    const field = INSPECTION_FIELDS.find(([, label]) => fieldWords(label) === fieldWords(name))?.[0];
    if (field === undefined)
      report(row, 'Field', `"${name}" is not a field of the inspection; the fields are ${FIELD_NAMES}`);
    else if (values.has(field)) report(row, 'Field', `"${name}" is given twice, also on row ${values.get(field)?.row}`);
    else values.set(field, { row, value });
  });
  return values;
}

/** Reads the Inspection table, reporting a missing field, a blank required one and a date it cannot read. */
export function readInspectionSheet(source: TableSource, report: Report): InspectionSheetResult {
  const values = fieldValues(source, report);
  for (const [field, name] of INSPECTION_FIELDS) {
    const given = values.get(field);
    if (given === undefined && !OPTIONAL_FIELDS.includes(field))
      report(null, 'Field', `the field "${name}" is missing`);
    else if (given?.value === '' && !OPTIONAL_FIELDS.includes(field)) report(given.row, 'Value', `${name} is empty`);
  }
  const value = (field: InspectionField): string => values.get(field)?.value ?? '';
  const published = values.get('publishedOn');
  const publishedOn = dateFromCell(value('publishedOn'));
  if (published !== undefined && published.value !== '' && publishedOn === null) {
    report(published.row, 'Value', `"${published.value}" is not a date; write it as 2019-09-01`);
  }
  const header: InspectionHeader = {
    key: value('key'),
    programme: {
      key: value('programmeKey'),
      name: value('programmeName'),
      year: value('programmeYear'),
      approach: value('approach'),
      mandatoryComponents: listFromCell(value('mandatoryComponents')),
    },
    force: value('force'),
    title: value('title'),
    publishedOn: publishedOn ?? value('publishedOn'),
    source: value('source'),
  };
  return { header, fieldRows: new Map([...values].map(([field, { row }]) => [field, row])) };
}

/** The Inspection table's rows, header row first. */
export function inspectionSheetRows(header: InspectionHeader): string[][] {
  const { programme } = header;
  const values: Readonly<Record<InspectionField, string>> = {
    key: header.key,
    programmeKey: programme.key,
    programmeName: programme.name,
    programmeYear: programme.year,
    approach: programme.approach,
    mandatoryComponents: listCell(programme.mandatoryComponents),
    force: header.force,
    title: header.title,
    publishedOn: header.publishedOn,
    source: header.source,
  };
  return [['Field', 'Value'], ...INSPECTION_FIELDS.map(([field, name]) => [name, values[field]])];
}
