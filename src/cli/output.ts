/** Writes rows as an aligned plain-text table, the way a terminal user reads a listing. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** A count the way people read one, with thousands separated: 12,345. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-GB');
}

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

export function printJson(output: Output, value: unknown): void {
  output.out(JSON.stringify(value, null, 2));
}

/** Every listing prints JSON with --json and text for people otherwise. */
export function printListing<T>(
  output: Output,
  json: boolean | undefined,
  value: T,
  asText: (value: T) => string,
): void {
  output.out(json === true ? JSON.stringify(value, null, 2) : asText(value));
}

/** Ends a command that worked but found something a person must see to, with its own exit code. */
export class ExitWithCode extends Error {
  override readonly name = 'ExitWithCode';

  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}
