import fs from 'node:fs';
import path from 'node:path';
import { BluelampProblem } from '../domain/errors.js';
import { formatCount, type Output } from './output.js';

/** A file as the services take it: the name people know it by, without its folders, and its bytes. */
export function readInputFile(file: string): { fileName: string; content: Buffer } {
  return { fileName: path.basename(file), content: fs.readFileSync(file) };
}

/** People keep tables as CSV or as Excel workbooks; the file's extension says which this one is. */
export function spreadsheetFormatOf(file: string): 'csv' | 'xlsx' {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.xlsx') return 'xlsx';
  throw new BluelampProblem('invalid-input', `${file} must be a .csv or .xlsx file.`);
}

/** Writes an exported file and says where it went and how big it is, so a person can check it arrived whole. */
export function writeExport(output: Output, file: string, content: Buffer): void {
  fs.writeFileSync(file, content);
  output.out(`Wrote ${file} (${formatCount(content.length)} bytes).`);
}
