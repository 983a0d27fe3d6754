import { formatLongDate } from '../../domain/calendar/index.js';
import type { BoardPack } from '../../domain/board/index.js';
import type { PublishedReportVersion } from '../../domain/publishing/index.js';
import { renderPublishedBoardPackHtml } from '../../reports/index.js';
import { authorise } from '../authorise.js';
import { buildBoardPack } from '../board/buildBoardPack.js';
import type { ServiceContext } from '../context.js';
import { keepPublishedFiles } from './publishedFiles.js';
import { publishReportSnapshot } from './reportVersions.js';

/** The stable key of a meeting's pack: "performance-group-2018-07-25-meeting-1". */
export function boardPackKey(pack: BoardPack): string {
  return `${pack.meeting.board}-${pack.meeting.date}-meeting-${pack.meeting.id}`;
}

/** "Performance Group, 25 July 2018": the period a pack is published for. */
export function boardPackPeriod(pack: BoardPack): string {
  return `${pack.meeting.boardLabel}, ${formatLongDate(pack.meeting.date)}`;
}

/**
 * Publishes a meeting's board pack: board papers are internal until the performance team
 * publishes them, and then they are public, frozen like any published report. Publishing again is
 * a correction and needs a note. A request naming the version it expects to create is refused
 * with 409 once that version exists, so a repeated request never publishes another.
 */
export async function publishBoardPack(
  ctx: ServiceContext,
  input: {
    readonly meeting: number;
    readonly note?: string | null | undefined;
    readonly expectedVersion?: number | undefined;
  },
): Promise<PublishedReportVersion> {
  authorise(ctx, 'reports.publish');
  const pack = await buildBoardPack(ctx, { meeting: input.meeting });
  const published = await publishReportSnapshot(ctx, {
    reportKey: boardPackKey(pack),
    kind: 'board-pack',
    title: `${pack.meeting.title}: board pack`,
    period: boardPackPeriod(pack),
    asAt: pack.meeting.date,
    html: renderPublishedBoardPackHtml(pack),
    data: pack,
    note: input.note ?? null,
    expectedVersion: input.expectedVersion,
  });
  // Printed now, so the public is served one kept PDF rather than a print per download.
  return keepPublishedFiles(ctx, published);
}
