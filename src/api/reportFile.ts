import { renderReport, type ReportFormat, type ReportRequest, type ServiceContext } from '../services/index.js';
import type { FileDownload } from './route.js';

/**
 * A report as an HTTP answer: HTML is shown in the browser (sandboxed, without script), other
 * formats are downloads; a published version may be cached for good, anything else never.
 */
export async function reportFile(
  ctx: ServiceContext,
  request: ReportRequest,
  format: ReportFormat,
): Promise<FileDownload> {
  const { fileName, mediaType, content, published } = await renderReport(ctx, request, format);
  return { fileName, mediaType, content, inline: format === 'html', immutable: published };
}
