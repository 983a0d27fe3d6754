import type { BoardPack, PackMilestone, PackQuarterCounts } from '../../domain/board/index.js';
import { escapeHtml as e, table } from '../quarterly/htmlParts.js';

/** The label every output gives a milestone on the quarter's update that nobody reported on. */
const NO_UPDATE = 'No update';

interface StatusTotal {
  readonly label: string;
  readonly symbol: string;
  count: number;
}

/** The plans' counts added up status by status, in the order the scales give, "No update" last. */
function addedUp(counts: readonly PackQuarterCounts[]): { statuses: StatusTotal[]; due: number; carried: number } {
  const byLabel = new Map<string, StatusTotal>();
  for (const plan of counts) {
    for (const status of plan.statuses) {
      const held = byLabel.get(status.label) ?? { label: status.label, symbol: status.symbol, count: 0 };
      held.count += status.count;
      byLabel.set(status.label, held);
    }
  }
  const noUpdate = byLabel.get(NO_UPDATE) ?? { label: NO_UPDATE, symbol: '–', count: 0 };
  byLabel.delete(NO_UPDATE);
  return {
    statuses: [...byLabel.values(), noUpdate],
    due: counts.reduce((n, c) => n + c.due, 0),
    carried: counts.reduce((n, c) => n + c.carriedForward, 0),
  };
}

/**
 * The reviewed quarter's milestones by status, for the cover: "No update" is a status of its own,
 * so the total is every milestone due (and carried forward), never only those somebody reported on.
 */
export function quarterSummary(pack: BoardPack): string {
  const counts = pack.plans.flatMap((plan) => (plan.quarterCounts === undefined ? [] : [plan.quarterCounts]));
  const quarter = counts[0]?.quarter;
  if (quarter === undefined) return '';
  const { statuses, due, carried } = addedUp(counts);
  const total = due + carried;
  const rows = statuses.map((s) => [`${e(s.symbol)} ${e(s.label)}`, String(s.count)]);
  rows.push(['<strong>Total</strong>', `<strong>${total}</strong>`]);
  const carriedText = carried === 0 ? '' : `, and ${carried} carried forward from earlier quarters`;
  return `<h3 id="quarter-summary">Milestones on the ${e(quarter)} update</h3>
<p>${due} milestone${due === 1 ? ' was' : 's were'} due in ${e(quarter)}${carriedText}. Each is counted once, by the status published for ${e(quarter)}; those with none are counted as “No update”.</p>
${table(`Milestones on the ${quarter} update, by status`, ['Status', 'Milestones'], rows, 1).replace('<table>', '<table class="quarter-counts">')}`;
}

/** One plan's quarter in a line, under its heading in the tracker. */
export function planQuarterLine(counts: PackQuarterCounts | undefined): string {
  if (counts === undefined) return '';
  const missing = counts.statuses.find((s) => s.label === NO_UPDATE)?.count ?? 0;
  return ` · ${counts.total} on the ${e(counts.quarter)} update, ${missing} with no update`;
}

/**
 * A milestone's status in the tracker: for one on the reviewed quarter's update without an update
 * for it, "No update" for that quarter, with the last status published before it as a note.
 */
export function packStatusCell(m: PackMilestone, quarter: string): string {
  const latest = m.status === null ? null : `${e(`${m.status.symbol} ${m.status.label}`)} (${e(m.status.quarter)})`;
  if (m.noUpdateForQuarter === true) {
    const before = latest === null ? '' : `<span class="note">Last published: ${latest}</span>`;
    return `<span class="status none">${NO_UPDATE} for ${e(quarter)}</span>${before}`;
  }
  return latest === null
    ? '<span class="status none">No update published</span>'
    : `<span class="status">${latest}</span>`;
}

/** The contents with a slot for each part's page number, which the PDF printing fills in. */
export function packContents(moreSections: readonly { id: string; heading: string }[] = []): string {
  const items: [string, string][] = [
    ['summary-heading', 'At a glance'],
    ['exceptions', '1 Exceptions'],
    ['actions', '2 Actions log'],
    ['tracker', '3 Full tracker'],
    ...moreSections.map(({ id, heading }): [string, string] => [id, heading]),
  ];
  const lines = items.map(
    ([id, label]) => `<li><a href="#${id}">${e(label)}</a><span class="page" data-page-of="${id}"></span></li>`,
  );
  return `<nav class="contents" aria-labelledby="contents-heading">
<h2 id="contents-heading" class="first">Contents</h2>
<ul>
${lines.join('\n')}
</ul>
</nav>`;
}
