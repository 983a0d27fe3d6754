import { Document, Packer } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { QuarterlyReport } from '../../domain/publishing/index.js';
import { chapterBlocks } from './docxMilestones.js';
import { blankFooter, blankHeader, pageFooter, pageHeader } from './docxParts.js';
import { annex, contents, cover, introduction, overview } from './docxSections.js';
import { PAGE, reportStyles } from './docxStyles.js';

/**
 * The report as a Word document, for forces that edit and circulate it in Word: the HTML's
 * content in the same order, with Word heading styles (navigation pane, table of contents), A4
 * pages, a page header and numbered footer after the cover, and each chart as a table of its
 * figures, so nothing needs a browser to draw it. The table of contents is written with its entries
 * and page numbers, so it reads right without Word updating its fields (and in LibreOffice).
 */
export async function renderQuarterlyDocx(report: QuarterlyReport): Promise<Buffer> {
  const title = `${report.plan.title}: progress update`;
  const document = new Document({
    title: `${title}, ${report.quarter.title}`,
    creator: report.plan.owner,
    lastModifiedBy: 'Bluelamp',
    description: `Progress on the milestones of ${report.plan.title} (version ${report.plan.version}) in ${report.quarter.title}.`,
    styles: reportStyles(),
    // Lays the pages out as Word would, so the table of contents is written with its page numbers.
    pageNumbers: estimatePageNumbers,
    sections: [
      {
        properties: { page: PAGE, titlePage: true },
        headers: { default: pageHeader(title, report.quarter.code), first: blankHeader() },
        footers: { default: pageFooter(report.plan.owner), first: blankFooter() },
        children: [
          ...cover(report),
          ...contents(),
          ...introduction(report),
          ...overview(report),
          ...report.chapters.flatMap(chapterBlocks),
          ...annex(report),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
