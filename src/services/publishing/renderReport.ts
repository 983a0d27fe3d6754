import { BluelampProblem } from '../../domain/errors.js';
import type { QuarterlyReport } from '../../domain/publishing/index.js';
import {
  printPdf,
  publishedDocx,
  renderBoardPackHtml,
  renderQuarterlyDocx,
  renderQuarterlyHtml,
} from '../../reports/index.js';
import { buildBoardPack } from '../board/buildBoardPack.js';
import type { ServiceContext } from '../context.js';
import { buildQuarterlyReport } from './buildQuarterlyReport.js';
import { previewQuarterlyReport } from './publishQuarterlyReport.js';
import { getPublishedReport } from './reportVersions.js';

export type ReportFormat = 'html' | 'pdf' | 'docx';

/**
 * Which report to render: a plan's quarterly report built now (as anyone who reads plans sees
 * it, or as the performance team previews it before publishing), a meeting's board pack, or one
 * published version exactly as it was frozen.
 */
export type ReportRequest =
  | { readonly kind: 'quarterly'; readonly plan: string; readonly quarter: string; readonly preview?: boolean }
  | { readonly kind: 'board-pack'; readonly meeting: number }
  | { readonly kind: 'published'; readonly report: string; readonly version: number };

export interface RenderedReport {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Buffer;
  /** A published version never changes, so whoever holds a copy may keep it for good. */
  readonly published: boolean;
  /** What was rendered, in words, for a sentence such as "Wrote … to FILE.". */
  readonly description: string;
}

const MEDIA_TYPES: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

interface Rendering {
  readonly name: string;
  readonly description: string;
  readonly published: boolean;
  /** The HTML every format but Word is printed from. */
  readonly html: () => string | Promise<string>;
  /** The Word document, or null where the report is written as HTML and PDF only. */
  readonly docx: () => Promise<Buffer | null>;
}

function quarterlyRendering(report: QuarterlyReport, preview: boolean): Rendering {
  const { due, carriedForward } = report.totals;
  const quarter = report.quarter.code.toLowerCase().replace(' ', '-');
  return {
    name: `${report.plan.key}-${quarter}${preview ? '-preview' : ''}`,
    description: `the ${report.quarter.title} progress report of ${report.plan.title} (${due} milestones due, ${carriedForward} carried forward)`,
    published: false,
    html: () => renderQuarterlyHtml(report),
    docx: () => renderQuarterlyDocx(report),
  };
}

async function renderingOf(ctx: ServiceContext, request: ReportRequest): Promise<Rendering> {
  switch (request.kind) {
    case 'quarterly': {
      const preview = request.preview === true;
      const report = await (preview ? previewQuarterlyReport : buildQuarterlyReport)(ctx, request);
      return quarterlyRendering(report, preview);
    }
    case 'board-pack': {
      const pack = await buildBoardPack(ctx, { meeting: request.meeting });
      const { milestones, measures, findings } = pack.exceptions;
      return {
        name: `board-pack-${pack.meeting.date}-${pack.meeting.board}`,
        description: `the board pack for ${pack.meeting.title} (${milestones.length} milestones, ${measures.length} measures and ${findings.length} findings needing attention; ${pack.actions.length} actions on the log)`,
        published: false,
        html: () => renderBoardPackHtml(pack),
        docx: () => Promise.resolve(null),
      };
    }
    case 'published': {
      const published = await getPublishedReport(ctx, request);
      return {
        name: `${published.reportKey}-v${published.version}`,
        description: `version ${published.version} of ${published.title}`,
        published: true,
        html: () => published.html,
        docx: () => publishedDocx(published),
      };
    }
  }
}

async function contentIn(rendering: Rendering, format: ReportFormat): Promise<Buffer> {
  if (format === 'html') return Buffer.from(await rendering.html(), 'utf8');
  if (format === 'pdf') return printPdf(await rendering.html());
  const docx = await rendering.docx();
  if (docx === null) throw new BluelampProblem('not-found', 'This report is written as HTML and PDF only.', 'format');
  return docx;
}

/**
 * A report in the format asked for: HTML as it is built or was frozen, PDF printed from that HTML
 * by Chromium, or Word from the report's data. Whoever may read the report may render it; the
 * use case that builds or reads it checks that.
 */
export async function renderReport(
  ctx: ServiceContext,
  request: ReportRequest,
  format: ReportFormat,
): Promise<RenderedReport> {
  const rendering = await renderingOf(ctx, request);
  return {
    fileName: `${rendering.name}.${format}`,
    mediaType: MEDIA_TYPES[format],
    content: await contentIn(rendering, format),
    published: rendering.published,
    description: rendering.description,
  };
}
