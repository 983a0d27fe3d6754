/**
 * The chapters of the Word report: a Heading 1 per chapter on a new page, a Heading 2 per section,
 * and each milestone as a block whose statement is set against a shaded background, in bold when it
 * falls due this quarter, with its status as a symbol and a word.
 */
import { BorderStyle, ShadingType, type FileChild, type Paragraph } from 'docx';
import { narrativeParagraphs } from '../../domain/plans/index.js';
import type { ReportChapter, ReportMilestone } from '../../domain/publishing/index.js';
import { bullet, heading, para, run } from './docxParts.js';
import { COLOURS, STYLE } from './docxStyles.js';
import {
  NO_UPDATE,
  OTHER_PROGRESS,
  chapterHeading,
  dueAndLeadText,
  reasonLineText,
  slipLineText,
  statusText,
} from './reportText.js';

/** The milestone's reference and short title, above its statement. */
function titleLine(m: ReportMilestone): Paragraph {
  return para(
    [run(m.ref, { bold: true, color: COLOURS.secondary }), run(`   ${m.title}`, { color: COLOURS.secondary })],
    {
      style: STYLE.metaLine,
      keepNext: true,
      spacing: { before: 280, after: 60 },
    },
  );
}

/** The milestone as the plan states it: bold when due this quarter, plain when carried forward. */
function statement(m: ReportMilestone): Paragraph {
  const due = m.reason === 'due';
  return para([run(m.text, { bold: due })], {
    style: STYLE.statement,
    spacing: { before: 0, after: 80 },
    indent: { left: 160, right: 80 },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: due ? COLOURS.dueFill : COLOURS.carriedFill },
    border: {
      left: { style: BorderStyle.SINGLE, size: 24, space: 6, color: due ? COLOURS.blue : COLOURS.rule },
    },
  });
}

/** The status in a box, as symbol and word (or that no update was published), then the narrative. */
function progress(m: ReportMilestone): Paragraph {
  const status = statusText(m);
  const box =
    status === null
      ? run(`\u00a0${NO_UPDATE}\u00a0`, {
          color: COLOURS.secondary,
          border: { style: BorderStyle.DASHED, size: 4, space: 0, color: COLOURS.secondary },
        })
      : run(`\u00a0${status}\u00a0`, {
          bold: true,
          border: { style: BorderStyle.SINGLE, size: 4, space: 0, color: COLOURS.text },
        });
  return para([box, ...(m.narrative === null ? [] : [run(`  ${m.narrative}`)])], {
    keepNext: m.figures.length > 0,
    spacing: { before: 60, after: 80 },
  });
}

export function milestoneBlock(m: ReportMilestone): Paragraph[] {
  const meta = para(dueAndLeadText(m), { style: STYLE.metaLine, keepNext: true });
  const reasonLine = reasonLineText(m);
  const carried =
    reasonLine === null ? [] : [para([run(reasonLine, { italics: true })], { style: STYLE.metaLine, keepNext: true })];
  const slip = slipLineText(m);
  const slipped = slip === null ? [] : [para([run(slip, { bold: true })], { keepNext: true })];
  const figures = m.figures.map((f, i) => bullet(f, { keepNext: i < m.figures.length - 1 }));
  return [titleLine(m), statement(m), meta, ...carried, ...slipped, progress(m), ...figures];
}

/** A chapter on a new page: its own milestones, then each section's under a Heading 2. */
export function chapterBlocks(chapter: ReportChapter): FileChild[] {
  return [
    heading(chapterHeading(chapter), 1, { pageBreakBefore: true }),
    ...chapter.milestones.flatMap(milestoneBlock),
    ...otherProgressBlocks(chapter.otherProgress, 2),
    ...chapter.sections.flatMap((s) => [
      heading(s.title, 2),
      ...s.milestones.flatMap(milestoneBlock),
      ...otherProgressBlocks(s.otherProgress, 3),
    ]),
  ];
}

/** A part's "other progress" after its milestones, under a heading a level below the part's. */
function otherProgressBlocks(text: string | undefined, level: 2 | 3): FileChild[] {
  if (text === undefined) return [];
  // Word's third heading level is not in the report's styles; a section's title is bold instead.
  const title =
    level === 2 ? heading(OTHER_PROGRESS, 2) : para([run(OTHER_PROGRESS, { bold: true })], { keepNext: true });
  return [title, ...narrativeParagraphs(text).map((p) => para(p, { spacing: { after: 80 } }))];
}
