import { parseQuarter, type IsoDate } from '../../domain/calendar/index.js';
import { statusScaleOf } from '../../domain/plans/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { noFiguresSentence } from '../publishing/noFigures.js';
import { boardPackKey, boardPackPeriod } from '../publishing/publishBoardPack.js';
import {
  publicationCounts,
  publicationVersion,
  type PublicationCounts,
  type PublicationSummary,
} from '../publishing/publicationSummary.js';
import { buildBoardPack } from './buildBoardPack.js';
import { trackedPlanRecords } from './packParts.js';

async function countsOfQuarter(ctx: ServiceContext, date: IsoDate, quarterCode: string): Promise<PublicationCounts[]> {
  const quarter = parseQuarter(quarterCode);
  if (quarter === null) return [];
  return (await trackedPlanRecords(ctx, date)).map(({ summary, content, records }) =>
    publicationCounts(
      { key: summary.key, title: summary.title, version: summary.version },
      records,
      quarter,
      statusScaleOf(content.plan),
    ),
  );
}

/**
 * What publishing a meeting's board pack would make public, read before it is published: the
 * pack's title and period, the plan versions it is built on, whether it is a first version or a
 * correction, each plan's counts for the quarter the pack reviews (as the board knew them at the
 * meeting), and the measures it can give no verdict on for want of figures.
 */
export async function getBoardPackPublicationSummary(
  ctx: ServiceContext,
  input: { readonly meeting: number },
): Promise<PublicationSummary> {
  authorise(ctx, 'reports.publish');
  const pack = await buildBoardPack(ctx, { meeting: input.meeting });
  const reportKey = boardPackKey(pack);
  return {
    reportKey,
    title: `${pack.meeting.title}: board pack`,
    period: boardPackPeriod(pack),
    quarter: pack.comparison.quarter,
    plans: pack.plans.map((p) => ({ key: p.key, title: p.title, version: p.version })),
    publication: await publicationVersion(ctx.store.db, reportKey),
    counts: await countsOfQuarter(ctx, pack.meeting.date, pack.comparison.quarter),
    withoutFigures: (pack.exceptions.measuresWithoutFigures ?? []).map((m) => ({
      measure: m.name,
      sentence: noFiguresSentence(m.name, m.period),
    })),
    // A pack of any meeting may be published; what it cannot be is published twice as the same version.
    refusal: null,
  };
}
