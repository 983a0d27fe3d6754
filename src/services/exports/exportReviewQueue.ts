import type { ExportTable } from '../../reports/exports/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { listReviewQueue, type ReviewItem, type ReviewQueue } from '../plans/listReviewQueue.js';
import {
  column,
  exportFile,
  NO_UPDATE_NOTE,
  rowsOf,
  type Column,
  type ExportFile,
  type ExportFormat,
} from './exportFiles.js';

type Row = ReviewItem & { readonly queue: string };

const WAITING = 'Waiting for review';
const APPROVED = 'Approved, waiting for publication';

export const REVIEW_COLUMNS: readonly Column<Row>[] = [
  column('Queue', 24, (item) => item.queue, true),
  column('Plan', 36, (item) => `${item.plan.title} (version ${item.plan.version})`, true),
  column('Ref', 10, (item) => item.milestone.ref),
  column('Milestone', 50, (item) => item.milestone.title, true),
  column('Quarter', 12, (item) => item.update.quarter),
  column('Status given', 16, (item) => item.update.status.label),
  column('Narrative', 70, (item) => item.update.narrative, true),
  column('Revised due', 16, (item) => item.update.revisedDue ?? 'Not revised'),
  column('Reason for revision', 30, (item) => item.update.revisionReason ?? '', true),
  column('Last written', 22, (item) => item.update.updatedAt),
  column('Written by', 20, (item) => item.update.people?.updatedBy ?? ''),
  column('Submitted by', 20, (item) => item.update.people?.submittedBy ?? ''),
];

export function reviewQueueExportTable(queue: ReviewQueue, asAt: string): ExportTable {
  const items: Row[] = [
    ...queue.waiting.map((item) => ({ ...item, queue: WAITING })),
    ...queue.approved.map((item) => ({ ...item, queue: APPROVED })),
  ];
  const quarters = [...new Set(items.map((item) => item.update.quarter))].sort();
  return {
    title: 'Review queue: milestone updates not yet published',
    sheetName: 'Review queue',
    notes: [
      ['Plans', 'Every published plan with an update waiting for review or publication'],
      ['Source', 'Bluelamp review queue: the same updates as the Review updates page, oldest first'],
      ['Quarter', quarters.length === 0 ? 'None: nothing is waiting' : quarters.join(', ')],
      [
        'Not public',
        'These updates are internal until their quarter is published. Do not share them outside the force.',
      ],
      ['No update', `${NO_UPDATE_NOTE} Milestones without an update are not in this queue.`],
      ['As at', asAt],
      ['Waiting for review', String(queue.waiting.length)],
      ['Approved, waiting for publication', String(queue.approved.length)],
    ],
    columns: REVIEW_COLUMNS,
    rows: rowsOf(REVIEW_COLUMNS, items),
  };
}

/** The performance team's review queue as a file: waiting updates first, then approved ones. */
export async function exportReviewQueue(ctx: ServiceContext, format: ExportFormat): Promise<ExportFile> {
  authorise(ctx, 'milestone-updates.review');
  const queue = await listReviewQueue(ctx);
  const asAt = ctx.today();
  return exportFile(reviewQueueExportTable(queue, asAt), `review-queue-${asAt}`, format);
}
