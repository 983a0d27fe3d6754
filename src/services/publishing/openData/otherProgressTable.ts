import { openDataTable, type OpenDataTable } from '../../../domain/publishing/index.js';
import type { QuarterlyReport } from '../../../domain/publishing/index.js';
import { quarterWords } from './publicContext.js';

/**
 * The quarter's "other progress" on each chapter and section, as the report prints it under the
 * part's heading; no table at all when no part has any, so an empty table never reads as "nothing
 * happened".
 */
export function otherProgressTables(report: QuarterlyReport, quarter: string): OpenDataTable[] {
  const rows = report.chapters.flatMap((chapter) => [
    ...(chapter.otherProgress === undefined
      ? []
      : [{ cells: { part: `${chapter.ref} ${chapter.title}`, narrative: chapter.otherProgress } }]),
    ...chapter.sections.flatMap((section) =>
      section.otherProgress === undefined
        ? []
        : [{ cells: { part: `${section.ref} ${section.title}`, narrative: section.otherProgress } }],
    ),
  ]);
  if (rows.length === 0) return [];
  return [
    openDataTable(
      {
        name: 'other-progress',
        caption: `Other progress in ${quarterWords(quarter)}, by part of the plan`,
        columns: [
          { key: 'part', label: 'Part of the plan' },
          { key: 'narrative', label: 'Other progress', long: true },
        ],
      },
      rows,
    ),
  ];
}
