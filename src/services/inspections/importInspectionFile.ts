import { BluelampProblem } from '../../domain/errors.js';
import { checkInspection, type InspectionDocument } from '../../domain/inspections/index.js';
import {
  describeIngestProblem,
  IngestError,
  readInspectionCsvFiles,
  readInspectionWorkbook,
  type InspectionTablesResult,
} from '../../ingest/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { recordInspection } from './recordInspection.js';

/** A report as a workbook, or as its CSV files (one per table, told apart by name). */
export type InspectionFileInput =
  | { readonly format: 'xlsx'; readonly fileName: string; readonly content: Buffer }
  | { readonly format: 'csv'; readonly files: readonly { readonly fileName: string; readonly content: Buffer }[] };

export interface ImportedInspection {
  readonly id: number;
  readonly key: string;
  readonly pillars: number;
  readonly components: number;
  /** Every finding, recommendations included. */
  readonly findings: number;
}

/** How many problems a message spells out; the rest are counted. */
const SHOWN = 5;

function notLoaded(problems: readonly string[], field: string | undefined): BluelampProblem {
  const more = problems.length > SHOWN ? ` (and ${problems.length - SHOWN} more problems)` : '';
  return new BluelampProblem(
    'invalid-input',
    `The inspection was not loaded: ${problems.slice(0, SHOWN).join('; ')}${more}.`,
    field,
  );
}

async function readFiles(input: InspectionFileInput): Promise<InspectionTablesResult> {
  try {
    return input.format === 'xlsx'
      ? await readInspectionWorkbook(input.content, input.fileName)
      : readInspectionCsvFiles(input.files);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    throw notLoaded(error.problems.map(describeIngestProblem), input.format === 'xlsx' ? 'content' : 'files');
  }
}

function counts(document: InspectionDocument): Omit<ImportedInspection, 'id' | 'key'> {
  const recommendations = document.findings.reduce((sum, f) => sum + (f.recommendations?.length ?? 0), 0);
  return {
    pillars: document.pillars.length,
    components: document.pillars.reduce((sum, pillar) => sum + pillar.components.length, 0),
    findings: document.findings.length + recommendations,
  };
}

/**
 * Loads an inspection report from a workbook or CSV files: all of it or none of it, every problem
 * named by file, row and column. A report whose key is already loaded is a conflict.
 */
export async function importInspectionFile(
  ctx: ServiceContext,
  input: InspectionFileInput,
): Promise<ImportedInspection> {
  authorise(ctx, 'inspections.edit');
  const { document, locate } = await readFiles(input);
  const problems = checkInspection(document);
  if (problems.length > 0) {
    const placed = problems.map(({ path, message }) => describeIngestProblem({ ...locate(path), message }));
    throw notLoaded(placed, undefined);
  }
  const { id, key } = await recordInspection(ctx, document);
  return { id, key, ...counts(document) };
}
