import { formatLongDate } from '../../domain/calendar/index.js';
import {
  ATTENDANCE_LABELS,
  type ActionLogLine,
  type BoardPack,
  type PackMeasure,
  type PackMilestone,
} from '../../domain/board/index.js';
import { el, escapeHtml, table } from '../quarterly/htmlParts.js';
import { REPORT_CSS } from '../quarterly/reportStyles.js';
import { figureSourceText } from '../quarterly/reportText.js';
import { BOARD_PACK_CSS } from './boardPackStyles.js';
import { packContents, packStatusCell, planQuarterLine, quarterSummary } from './packQuarterHtml.js';
import { packResourcesSection } from './packResourcesHtml.js';
import { packRisksSection } from './packRisksHtml.js';
import { packCommitmentGapsSection } from './packCommitmentGapsHtml.js';

const e = escapeHtml;
const none = (text: string) => `<p class="none">${e(text)}</p>`;

function tag(text: string, kind: string): string {
  return `<span class="tag ${kind}">${e(text)}</span>`;
}

function measureBoxText(pack: BoardPack): string {
  const missing = pack.exceptions.measuresWithoutFigures?.length ?? 0;
  const worse = 'measures significantly worse than a year before';
  return missing === 0 ? worse : `${worse}; ${missing} with no figures to judge`;
}

function counts(pack: BoardPack): string {
  const { milestones, measures, findings } = pack.exceptions;
  const overdueActions = pack.actions.filter((a) => a.overdue).length;
  const boxes: [number, string][] = [
    [milestones.length, 'milestones delayed or overdue'],
    [measures.length, measureBoxText(pack)],
    [findings.length, 'inspection findings overdue'],
    [pack.actions.length, `actions on the log, ${overdueActions} overdue`],
  ];
  return `<div class="summary">\n${boxes
    .map(([n, what]) => `<div><span class="count">${n}</span><span class="what">${e(what)}</span></div>`)
    .join('\n')}\n</div>`;
}

function cover(pack: BoardPack, published: boolean): string {
  const { meeting } = pack;
  const reviews = meeting.quarter === null ? '' : ` · reviews ${meeting.quarter}`;
  const attendees = table(
    'Attendance',
    ['Name', 'Role or organisation', 'Attendance'],
    pack.attendees.map((a) => [e(a.name), e(a.role), e(ATTENDANCE_LABELS[a.attendance])]),
    3,
  );
  return `<header class="cover">
<p class="board">${e(meeting.boardLabel)}</p>
<h1>${e(meeting.title)}</h1>
<p class="period">Board pack for the meeting of ${e(formatLongDate(meeting.date))}</p>
<p class="meta">Statuses as at the meeting${e(reviews)} · measures compare ${e(pack.comparison.quarter)} with ${e(pack.comparison.against)}</p>
<p class="classification">${published ? 'Published: open to the public' : 'Internal: for the board'}</p>
</header>
<section id="summary" aria-labelledby="summary-heading">
<h2 id="summary-heading" class="first">At a glance</h2>
${counts(pack)}
${quarterSummary(pack)}
${pack.attendees.length === 0 ? none('No attendance was recorded for this meeting.') : attendees}
</section>`;
}

function statusCell(m: PackMilestone, pack: BoardPack): string {
  return packStatusCell(m, pack.comparison.quarter);
}

function milestoneCell(m: PackMilestone): string {
  return `${e(m.title)}${m.section === null ? '' : `<span class="note">${e(m.section)}</span>`}`;
}

function exceptionMilestones(pack: BoardPack): string {
  const rows = pack.exceptions.milestones.map((m) => [
    `<span class="ref">${e(m.ref)}</span>`,
    milestoneCell(m),
    e(m.due),
    e(m.leads.join(', ')),
    `${statusCell(m, pack)}<span class="why">${m.overdue ? tag('Overdue', 'overdue') : ''} ${m.delayed ? tag('Delayed', 'delayed') : ''}</span>`,
  ]);
  return `<h3 id="exceptions-milestones">1.1 Milestones delayed or overdue</h3>
<p>Milestones whose latest published status is a delay, or whose due date had passed by the meeting without delivery.</p>
${rows.length === 0 ? none('No milestone was delayed or overdue at the meeting.') : table('Milestones delayed or overdue', ['Ref', 'Milestone', 'Due', 'Lead', 'Status'], rows, 5)}`;
}

function percent(value: number | null): string {
  if (value === null) return 'n/a';
  return `${value > 0 ? '+' : ''}${value.toFixed(1)}%`;
}

function measureCell(m: PackMeasure): string {
  const text = figureSourceText(m);
  const source =
    text === null ? '' : `<span class="${m.synthetic === true ? 'source synthetic' : 'source'}">${e(text)}</span>`;
  return `<strong>${e(m.name)}</strong><span class="sentence">${e(m.sentence)}</span>${source}`;
}

/**
 * What an empty list of deteriorations means. It is a verdict only on the measures that had
 * figures to test: with none, the pack says there were no figures rather than that nothing got worse.
 */
function noDeteriorationText(pack: BoardPack): string {
  const compared = pack.exceptions.measuresCompared;
  const { quarter, against } = pack.comparison;
  if (compared === undefined) return 'No measure shows a significant deterioration.';
  if (compared === 0)
    return `No measure has figures for both ${quarter} and ${against}, so there is no verdict on any.`;
  return `Of the ${compared === 1 ? 'one measure' : `${compared} measures`} with figures for both ${quarter} and ${against}, none shows a significant deterioration.`;
}

function withoutFigures(pack: BoardPack): string {
  const missing = pack.exceptions.measuresWithoutFigures ?? [];
  if (missing.length === 0) return '';
  const items = missing.map((m) => `<li>${e(m.name)}: no figures for ${e(m.period)}</li>`).join('\n');
  return `<p>No figure, no verdict: these measures are not judged.</p>\n<ul class="no-figures">\n${items}\n</ul>`;
}

function exceptionMeasures(pack: BoardPack): string {
  const { quarter, against } = pack.comparison;
  const rows = pack.exceptions.measures.map((m) => [
    measureCell(m),
    tag(m.verdict, 'concern'),
    e(m.current.value.toLocaleString('en-GB')),
    e(m.previous.value.toLocaleString('en-GB')),
    e(percent(m.changePercent)),
  ]);
  const attributions = [...new Set(pack.exceptions.measures.flatMap((m) => m.attributions ?? []))];
  return `<h3 id="exceptions-measures">1.2 Measures significantly worse than a year before</h3>
<p>Every measure with London figures for ${e(quarter)} and ${e(against)}, tested for real change; only significant deteriorations are listed. A change the test cannot tell from chance is not shown.</p>
${rows.length === 0 ? none(noDeteriorationText(pack)) : table(`London, ${quarter} against ${against}`, ['Measure', 'Verdict', quarter, against, 'Change'], rows, 2)}
${withoutFigures(pack)}
${attributions.map((text) => `<p class="attribution">${e(text)}</p>`).join('\n')}`;
}

function exceptionFindings(pack: BoardPack): string {
  const rows = pack.exceptions.findings.map((f) => [
    `<span class="ref">${e(f.ref)}</span>`,
    `${e(f.text)}<span class="note">${e(`${f.kind} · ${f.inspection}`)}</span>`,
    e(f.owner ?? 'No owner'),
    e(formatLongDate(f.dueOn)),
    e(f.state),
  ]);
  return `<h3 id="exceptions-findings">1.3 Inspection findings overdue</h3>
${rows.length === 0 ? none('No inspection finding was past its due date and open at the meeting.') : table('Inspection findings overdue', ['Ref', 'Finding', 'Owner', 'Due', 'State'], rows, 5)}`;
}

function actionStatus(a: ActionLogLine): string {
  const status = `<span class="status">${e(`${a.status.symbol} ${a.status.label}`)}</span>`;
  const tags = [a.overdue ? tag('Overdue', 'overdue') : '', a.closedHere ? tag('Closed at this meeting', 'closed') : '']
    .filter((t) => t !== '')
    .join(' ');
  const note =
    a.note === null
      ? ''
      : `<span class="note">${e(a.note)}${a.recordedAt === null ? '' : ` (${e(formatLongDate(a.recordedAt.date))})`}</span>`;
  return `${status}${tags === '' ? '' : `<span class="why">${tags}</span>`}${note}`;
}

function actionsLog(pack: BoardPack): string {
  const rows = pack.actions.map((a) => [
    `<span class="ref">A${a.id}</span>`,
    e(a.text),
    e(a.owner),
    e(formatLongDate(a.dueOn)),
    a.raisedHere
      ? 'This meeting'
      : `${e(a.raisedAt.title)}<span class="note">${e(formatLongDate(a.raisedAt.date))}</span>`,
    actionStatus(a),
  ]);
  return `<section id="actions">
<h2>2 Actions log</h2>
<p>Every action raised at this meeting or an earlier one of the ${e(pack.meeting.boardLabel)} and not closed before it, with its status as at the meeting. An action closed at this meeting is shown once more, with its closing.</p>
${rows.length === 0 ? none('No actions are on the log.') : table('Actions log', ['No.', 'Action', 'Owner', 'Due', 'Raised at', 'Status'], rows, 6)}
</section>`;
}

function legend(pack: BoardPack): string {
  return table(
    'How progress is shown',
    ['Status', 'What it means'],
    pack.legend.map((s) => [`${e(s.symbol)} ${e(s.label)}`, e(s.meaning)]),
    2,
  ).replace('<table>', '<table class="legend">');
}

function tracker(pack: BoardPack): string {
  const plans = pack.plans.map((plan) => {
    const rows = plan.milestones.map((m) => [
      `<span class="ref">${e(m.ref)}</span>`,
      milestoneCell(m),
      e(m.due),
      e(m.leads.join(', ')),
      `${statusCell(m, pack)}${m.overdue ? `<span class="why">${tag('Overdue', 'overdue')}</span>` : ''}`,
    ]);
    return `<h3>${e(plan.title)}</h3>
<p class="plan-meta">${e(plan.key)}, version ${plan.version} · ${plan.milestones.length} milestones${planQuarterLine(plan.quarterCounts)}</p>
${table(`${plan.title}: every milestone`, ['Ref', 'Milestone', 'Due', 'Lead', 'Status'], rows, 5)}`;
  });
  return `<section id="tracker">
<h2>3 Full tracker</h2>
<p>Every milestone of the published business and action plans in force at the meeting, with its latest status published for a quarter that had ended by then.</p>
${legend(pack)}
${plans.length === 0 ? none('No published business or action plan was in force at the meeting.') : plans.join('\n')}
</section>`;
}

/**
 * The pack as one self-contained, print-ready HTML document, marked internal until it is published: the cover with the exceptions
 * counted, then the exceptions, the actions log, the full tracker and the force's resources. Nothing depends on the clock
 * or on chance: the same pack gives the same bytes.
 */
/**
 * The sections a pack has only when its data holds them (packs built before resources were shown
 * have none; risks only for boards that review them), numbered on from the full tracker.
 */
function optionalSections(pack: BoardPack): { id: string; heading: string; html: string }[] {
  const present = [
    { id: 'resources', title: 'Resources', render: packResourcesSection, held: pack.resources !== undefined },
    { id: 'risks', title: 'Risks', render: packRisksSection, held: pack.risks !== undefined },
    {
      id: 'commitment-gaps',
      title: 'Commitments nothing delivers',
      render: packCommitmentGapsSection,
      held: pack.commitmentGaps !== undefined,
    },
  ].filter((section) => section.held);
  return present.map((section, index) => ({
    id: section.id,
    heading: `${index + 4} ${section.title}`,
    html: section.render(pack, index + 4),
  }));
}

export function renderBoardPackHtml(pack: BoardPack, options: { readonly published?: boolean } = {}): string {
  const title = `${pack.meeting.title}, ${formatLongDate(pack.meeting.date)}: board pack`;
  const more = optionalSections(pack);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${REPORT_CSS}${BOARD_PACK_CSS}</style>
</head>
<body>
<main>
${cover(pack, options.published === true)}
${packContents(more.map(({ id, heading }) => ({ id, heading })))}
<section id="exceptions">
<h2>1 Exceptions</h2>
${el('p', 'What needs the board’s attention first, as at the meeting.')}
${exceptionMilestones(pack)}
${exceptionMeasures(pack)}
${exceptionFindings(pack)}
</section>
${actionsLog(pack)}
${tracker(pack)}
${more.map((section) => section.html).join('\n')}
</main>
</body>
</html>
`;
}

/** The pack as it is frozen when published: the same, but marked as open to the public. */
export function renderPublishedBoardPackHtml(pack: BoardPack): string {
  return renderBoardPackHtml(pack, { published: true });
}
