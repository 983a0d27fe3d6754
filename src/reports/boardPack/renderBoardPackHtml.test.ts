import { describe, expect, it } from 'vitest';
import type { BoardPack, PackMilestone } from '../../domain/board/index.js';
import { ACTION_STATUS_DEFINITIONS } from '../../domain/board/index.js';
import type { ResourceFigure } from '../../domain/measures/index.js';
import { renderBoardPackHtml } from './renderBoardPackHtml.js';

const milestone: PackMilestone = {
  planKey: 'bp',
  ref: 'BP18-06',
  title: 'Complete the <b>uplift</b> & recruit',
  section: 'Violent Crime Task Force',
  due: 'Quarter 2, 2018-19',
  deadline: '2018-09-30',
  leads: ['Met Operations'],
  status: null,
  delayed: false,
  overdue: true,
};

const meeting = { id: 3, board: 'performance-group' as const, date: '2018-10-24' };

const pack: BoardPack = {
  meeting: {
    ...meeting,
    boardLabel: 'Performance Group',
    title: 'Performance Group: Quarter 2 review',
    quarter: '2018-19 Q2',
  },
  attendees: [{ name: 'Deputy Commissioner (demo)', role: 'Chair', attendance: 'attended' }],
  comparison: { quarter: '2018-19 Q2', against: '2017-18 Q2', named: true },
  legend: [{ code: 'delivered', label: 'Delivered', symbol: '✓', category: 'delivered', meaning: 'Done.' }],
  exceptions: {
    milestones: [milestone],
    measures: [
      {
        code: 'burglary',
        name: 'Burglary',
        area: 'London',
        current: { label: '2018-19 Q2', value: 22450 },
        previous: { label: '2017-18 Q2', value: 20786 },
        changePercent: 8.005,
        verdict: 'Significant deterioration',
        sentence: 'Burglary: 22,450 offences, up from 20,786 (+8.0%).',
      },
    ],
    findings: [],
  },
  actions: [
    {
      id: 2,
      text: 'Bring a recovery plan',
      owner: 'Director of Strategy (demo)',
      dueOn: '2018-09-30',
      raisedAt: { id: 1, title: 'Performance Group: Quarter 1 review', date: '2018-07-25' },
      raisedHere: false,
      status: ACTION_STATUS_DEFINITIONS['in-progress'],
      note: 'Draft seen.',
      recordedAt: { id: 3, title: 'Performance Group: Quarter 2 review', date: '2018-10-24' },
      closedHere: false,
      overdue: true,
    },
    {
      id: 1,
      text: 'Say how the task force is judged',
      owner: 'Met Operations (demo)',
      dueOn: '2018-10-19',
      raisedAt: { id: 1, title: 'Performance Group: Quarter 1 review', date: '2018-07-25' },
      raisedHere: false,
      status: ACTION_STATUS_DEFINITIONS.done,
      note: null,
      recordedAt: { id: 3, title: 'Performance Group: Quarter 2 review', date: '2018-10-24' },
      closedHere: true,
      overdue: false,
    },
  ],
  plans: [{ key: 'bp', title: 'Business Plan 2018-19', version: 1, milestones: [milestone] }],
};

const budget: ResourceFigure = {
  measureCode: 'revenue-budget',
  name: 'Revenue budget',
  definition: "The year's forecast resources.",
  unit: 'pounds',
  unitWords: 'pounds',
  areaCode: 'MPS',
  period: 'FY 2018-19',
  periodLabel: '2018-19',
  value: 3_331_000_000,
  status: 'final',
  source: 'Met Business Plan 2018-19',
  asAt: '2018-06-30',
  synthetic: false,
};

describe('the board pack as HTML', () => {
  it('gives byte-identical HTML for the same pack', () => {
    expect(renderBoardPackHtml(pack)).toBe(renderBoardPackHtml(structuredClone(pack)));
  });

  it('puts the exceptions before the actions log and the actions log before the full tracker', () => {
    const html = renderBoardPackHtml(pack);
    const order = ['id="exceptions"', 'id="actions"', 'id="tracker"'].map((marker) => html.indexOf(marker));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('says every status and flag in words beside its symbol, never by colour alone', () => {
    const html = renderBoardPackHtml(pack);
    expect(html).toContain('→ In progress');
    expect(html).toContain('✓ Done');
    expect(html).toContain('<span class="tag overdue">Overdue</span>');
    expect(html).toContain('<span class="tag closed">Closed at this meeting</span>');
    expect(html).toContain('<span class="tag concern">Significant deterioration</span>');
    expect(html).toContain('No update published');
    expect(html).not.toMatch(/color:\s*(red|green)/i);
  });

  it('escapes every piece of text and stands alone, fetching nothing', () => {
    const html = renderBoardPackHtml(pack);
    expect(html).toContain('Complete the &lt;b&gt;uplift&lt;/b&gt; &amp; recruit');
    expect(html).not.toMatch(/<script|<link|src="http/);
  });

  it('says so when a part is empty rather than leaving it out', () => {
    const html = renderBoardPackHtml(pack);
    expect(html).toContain('No inspection finding was past its due date and open at the meeting.');
    expect(html).toContain('+8.0%');
    expect(html).toContain('Board pack for the meeting of 24 October 2018');
  });

  it("says where each measure's figures come from, labels synthetic ones, and gives each licence statement once", () => {
    const [measure] = pack.exceptions.measures;
    if (measure === undefined) throw new Error('the example pack has a measure');
    const attribution = 'Contains public sector information licensed under the Open Government Licence v3.0: MPS data.';
    const html = renderBoardPackHtml({
      ...pack,
      exceptions: {
        ...pack.exceptions,
        measures: [
          { ...measure, source: 'Source: the MPS file.', synthetic: false, attributions: [attribution] },
          { ...measure, code: 'robbery', name: 'Robbery', synthetic: true, attributions: [attribution] },
        ],
      },
    });
    expect(html).toContain('<span class="source">Source: the MPS file.</span>');
    expect(html).toContain(
      '<span class="source synthetic">Synthetic demo figures, made up to show how the service works: not real.</span>',
    );
    expect(html.split(attribution)).toHaveLength(2);
  });

  it('gives no verdict where there are no figures: it names the period with none, never "no deterioration"', () => {
    const noFigures = renderBoardPackHtml({
      ...pack,
      exceptions: {
        ...pack.exceptions,
        measures: [],
        measuresCompared: 0,
        measuresWithoutFigures: [
          { name: 'Burglary', period: '2018-19 Q2' },
          { name: 'Public confidence', period: '2017-18 Q2' },
        ],
      },
    });
    expect(noFigures).not.toContain('No measure shows a significant deterioration');
    expect(noFigures).not.toMatch(/no significant change/i);
    expect(noFigures).toContain(
      'No measure has figures for both 2018-19 Q2 and 2017-18 Q2, so there is no verdict on any.',
    );
    expect(noFigures).toContain('<li>Burglary: no figures for 2018-19 Q2</li>');
    expect(noFigures).toContain('<li>Public confidence: no figures for 2017-18 Q2</li>');
    expect(noFigures).toContain('measures significantly worse than a year before; 2 with no figures to judge');
  });

  it('ends with the resources in £m, each with its period and source, forecasts and synthetic figures marked', () => {
    const reserves = {
      ...budget,
      measureCode: 'reserves',
      name: 'Reserves',
      period: 'FY 2022-23',
      periodLabel: '2022-23',
      value: 64_000_000,
      status: 'provisional' as const,
    };
    const officers = {
      ...budget,
      measureCode: 'police-officers',
      name: 'Police officers',
      unit: 'number' as const,
      unitWords: 'officers',
      value: 30_000,
      synthetic: true,
    };
    const female = {
      ...budget,
      measureCode: 'female-officers-share',
      name: 'Female officers',
      unit: 'percentage' as const,
      unitWords: 'per cent',
      areaCode: 'england-and-wales',
      value: 30,
    };
    const html = renderBoardPackHtml({
      ...pack,
      resources: { finance: [budget, reserves], workforce: [officers, female] },
    });
    expect(html.indexOf('id="resources"')).toBeGreaterThan(html.indexOf('id="tracker"'));
    expect(html).toContain('<a href="#resources">4 Resources</a>');
    expect(html).toContain('<td class="num">£3,331m</td>');
    expect(html).toContain('<span class="source">Source: Met Business Plan 2018-19, as at 30 June 2018</span>');
    expect(html).toContain('Forecast. Source: Met Business Plan 2018-19');
    expect(html).toContain('<td class="num">£64m</td>');
    expect(html).toContain('<span class="source synthetic">Synthetic demo figure. Source:');
    expect(html).toContain('<td>Headcount</td>');
    expect(html).toContain('<strong>Female officers: England and Wales</strong>');
    expect(html).toContain('<td class="num">30.0%</td>');
  });

  it('leaves the resources out of a pack built before they were shown', () => {
    const html = renderBoardPackHtml(pack);
    expect(html).not.toContain('id="resources"');
    expect(html).not.toContain('4 Resources');
  });

  it('limits "none worse" to the measures that had figures to test', () => {
    const html = renderBoardPackHtml({
      ...pack,
      exceptions: { ...pack.exceptions, measures: [], measuresCompared: 3, measuresWithoutFigures: [] },
    });
    expect(html).toContain(
      'Of the 3 measures with figures for both 2018-19 Q2 and 2017-18 Q2, none shows a significant deterioration.',
    );
  });
});
