import type { QuarterlyReport, ReportKind } from '../domain/publishing/index.js';

/** Which published kinds have a Word rendering: the quarterly report, which forces edit in Word. */
export function hasDocx(kind: ReportKind): boolean {
  return kind === 'quarterly-progress';
}

/**
 * A published version in Word, rendered from the data frozen with it, so it says what the frozen
 * HTML says; null for a kind that is published as HTML and PDF only.
 */
export async function publishedDocx(version: { kind: ReportKind; data: unknown }): Promise<Buffer | null> {
  return hasDocx(version.kind) ? renderQuarterlyDocx(version.data as QuarterlyReport) : null;
}

/**
 * The quarterly report in Word. The Word writer (docx, about 10 MB once loaded) is loaded on the
 * first document asked for, so a server that is never asked for one does not carry it.
 */
export async function renderQuarterlyDocx(report: QuarterlyReport): Promise<Buffer> {
  const { renderQuarterlyDocx: render } = await import('./quarterly/renderQuarterlyDocx.js');
  return render(report);
}
