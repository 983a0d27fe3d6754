import { createHash } from 'node:crypto';
import { BluelampProblem } from '../../domain/errors.js';
import type { PublishedReportVersion } from '../../domain/publishing/index.js';
import { chromiumAvailable, hasDocx, printPdf, publishedDocx } from '../../reports/index.js';
import {
  findPublishedReportFile,
  insertPublishedReportFile,
  type PublishedFileFormat,
  type PublishedReportFileRow,
} from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { getPublishedReport } from './reportVersions.js';

export type { PublishedFileFormat };

/** A published version's PDF or Word file, as kept, with the digest it is served under. */
export interface PublishedFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Buffer;
  readonly sha256: string;
}

const MEDIA_TYPES: Record<PublishedFileFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

interface FileKey {
  readonly report: string;
  readonly version: number;
}

function fileOf(row: PublishedReportFileRow): PublishedFile {
  return {
    fileName: `${row.report_key}-v${row.version}.${row.format}`,
    mediaType: MEDIA_TYPES[row.format],
    content: row.content,
    sha256: row.content_sha256,
  };
}

async function renderAndKeep(ctx: ServiceContext, key: FileKey, format: PublishedFileFormat): Promise<PublishedFile> {
  const published = await getPublishedReport(ctx, key);
  const content = format === 'pdf' ? await printPdf(published.html) : await publishedDocx(published);
  if (content === null)
    throw new BluelampProblem('not-found', 'This report is written as HTML and PDF only.', 'format');
  const kept = await insertPublishedReportFile(ctx.store.db, {
    report_key: published.reportKey,
    version: published.version,
    format,
    content,
    content_sha256: createHash('sha256').update(content).digest('hex'),
    rendered_at: new Date().toISOString(),
  });
  return fileOf(kept);
}

// Many first downloads of one file at once wait for one rendering rather than each starting one.
const rendering = new WeakMap<ServiceContext['store'], Map<string, Promise<PublishedFile>>>();

/**
 * A published version as PDF or Word: the file kept since it was published, or, for a version
 * published before files were kept (or without Chromium), rendered once now and kept from then on.
 */
export async function getPublishedFile(
  ctx: ServiceContext,
  key: FileKey,
  format: PublishedFileFormat,
): Promise<PublishedFile> {
  authorise(ctx, 'reports.read');
  const held = await findPublishedReportFile(ctx.store.db, { reportKey: key.report, version: key.version, format });
  if (held !== null) return fileOf(held);
  const pending = rendering.get(ctx.store) ?? new Map<string, Promise<PublishedFile>>();
  rendering.set(ctx.store, pending);
  const name = `${key.report}/${key.version}/${format}`;
  const started = pending.get(name) ?? renderAndKeep(ctx, key, format).finally(() => pending.delete(name));
  pending.set(name, started);
  return started;
}

/**
 * Renders a version's files as it is published, so no reader ever waits for one. Where Chromium
 * is missing or busy the PDF is left to the first download; the publication stands either way.
 */
export async function keepPublishedFiles(
  ctx: ServiceContext,
  version: PublishedReportVersion,
): Promise<PublishedReportVersion> {
  const formats: PublishedFileFormat[] = [
    ...(hasDocx(version.kind) ? (['docx'] as const) : []),
    ...(chromiumAvailable() ? (['pdf'] as const) : []),
  ];
  for (const format of formats) {
    try {
      await getPublishedFile(ctx, { report: version.reportKey, version: version.version }, format);
    } catch (error) {
      if (!(error instanceof BluelampProblem && error.kind === 'unavailable')) throw error;
    }
  }
  return version;
}
