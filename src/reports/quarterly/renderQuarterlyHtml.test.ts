import { describe, expect, it } from 'vitest';
import type { QuarterlyReport } from '../../domain/publishing/index.js';
import { renderQuarterlyHtml } from './renderQuarterlyHtml.js';

const milestone = {
  ref: 'BP18-05',
  title: 'Set up the task force',
  text: 'Set up and launch the Violent Crime Task Force.',
  due: 'Quarter 1, 2018-19',
  leads: ['Met Operations'],
  reason: 'due' as const,
  status: { code: 'delivered', label: 'Delivered', symbol: '✓', category: 'delivered', meaning: 'Done.' },
  narrative: 'Formed in April <script>alert(1)</script> & working.',
  figures: ['150 officers'],
  slip: null,
};

const report: QuarterlyReport = {
  plan: { key: 'bp', version: 1, title: 'Business Plan 2018-19', owner: 'The force', summary: 'What we will do.' },
  quarter: { code: '2018-19 Q1', title: '2018-19, Quarter 1 (April to June 2018)' },
  asAt: '2018-07-20',
  priorities: [{ title: 'Focus on what matters most', text: null }],
  legend: [
    milestone.status,
    { code: 'some-delay', label: 'Some delay', symbol: '⚠', category: 'delayed', meaning: 'Late.' },
  ],
  headlines: [
    {
      measure: 'All recorded crime',
      sentence: 'All recorded crime rose 4.1%; the rise is significant.',
      verdict: null,
    },
  ],
  charts: [
    { title: 'Crime by month', categories: ['2018-05', '2018-06'], series: [{ name: 'Crimes', values: [10, null] }] },
  ],
  chapters: [
    {
      ref: '3',
      title: 'Serious violence',
      milestones: [],
      sections: [
        {
          ref: '3.2',
          title: 'Violent crime',
          milestones: [
            milestone,
            {
              ...milestone,
              ref: 'BP18-01',
              reason: 'carried-forward',
              status: null,
              narrative: null,
              figures: [],
              slip: 'was due Quarter 4, 2017-18; now due Quarter 2, 2018-19 (2 quarters later). No reason was given.',
            },
          ],
        },
      ],
    },
  ],
  annex: {
    byLead: [{ label: 'Met Operations', counts: { delivered: 1, none: 1 }, total: 2 }],
    byChapter: [{ label: '3 Serious violence', counts: { delivered: 1, none: 1 }, total: 2 }],
  },
  totals: { due: 1, carriedForward: 1, withoutUpdate: 1 },
};

const [headline] = report.headlines;
const [chart] = report.charts;
if (headline === undefined || chart === undefined) throw new Error('the example report has a headline and a chart');

describe('the quarterly report as HTML', () => {
  it('gives byte-identical HTML for the same report', async () => {
    expect(await renderQuarterlyHtml(report)).toBe(await renderQuarterlyHtml(structuredClone(report)));
  });

  it('prints a due milestone in bold with its status as symbol and word, and a carried-forward one with its slip', async () => {
    const html = await renderQuarterlyHtml(report);
    expect(html).toContain('<div class="milestone due" id="part-bp18-05">');
    expect(html).toContain('<span class="status">✓ Delivered</span>');
    expect(html).toContain('<div class="milestone carried-forward" id="part-bp18-01">');
    expect(html).toContain(
      '<p class="slip">Slipped: was due Quarter 4, 2017-18; now due Quarter 2, 2018-19 (2 quarters later). No reason was given.</p>',
    );
    expect(html).toContain('No update published for this quarter');
    expect(html).toContain('⚠ Some delay');
  });

  it('shows the slip of a milestone due this quarter whose deadline moved: was, now, by how much and why', async () => {
    const moved = {
      ...milestone,
      due: 'Quarter 3, 2018-19',
      slip: 'was due Quarter 1, 2018-19; now due Quarter 3, 2018-19 (2 quarters later). Reason: The supplier signed late.',
    };
    const html = await renderQuarterlyHtml({
      ...report,
      chapters: [{ ref: '3', title: 'Serious violence', milestones: [moved], sections: [] }],
    });
    const block = html.slice(
      html.indexOf('id="part-bp18-05"'),
      html.indexOf('</div>', html.indexOf('id="part-bp18-05"')),
    );
    expect(block).toContain('Due Quarter 3, 2018-19 · Lead: Met Operations');
    expect(block).toContain(
      '<p class="slip">Slipped: was due Quarter 1, 2018-19; now due Quarter 3, 2018-19 (2 quarters later). Reason: The supplier signed late.</p>',
    );
  });

  it("lists each heading once in the contents, even when one of the plan's chapters is called Introduction", async () => {
    const html = await renderQuarterlyHtml({
      ...report,
      chapters: [{ ref: '2', title: 'Introduction', milestones: [milestone], sections: [] }],
    });
    const contents = html.slice(html.indexOf('<nav class="contents"'), html.indexOf('</nav>'));
    const entries = [...contents.matchAll(/<a href="[^"]+">([^<]+)<\/a>/g)].map((m) =>
      (m[1] ?? '').replace(/^[\d.]+ /, ''),
    );
    expect(entries).toEqual(['About this update', 'Quarter overview', 'Introduction', 'Annex: milestones by status']);
    expect(new Set(entries).size).toBe(entries.length);
  });

  it('sums the quarter up on the cover, counting the milestones with no update and those that slipped', async () => {
    const html = await renderQuarterlyHtml(report);
    const cover = html.slice(html.indexOf('<header class="cover">'), html.indexOf('</header>'));
    const counts = [...cover.matchAll(/<span class="count">(\d+)<\/span> <span class="what">([^<]+)<\/span>/g)].map(
      (m) => `${m[1] ?? ''} ${m[2] ?? ''}`,
    );
    expect(counts).toEqual([
      '1 due this quarter',
      '1 carried forward from earlier quarters',
      '1 delivered',
      '0 delayed',
      '1 with a deadline moved later',
      '1 with no update published',
    ]);
    expect(cover).toContain('<li>All recorded crime rose 4.1%; the rise is significant.</li>');
  });

  it('escapes every piece of text, so an update cannot inject markup', async () => {
    const html = await renderQuarterlyHtml(report);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Formed in April &lt;script&gt;alert(1)&lt;/script&gt; &amp; working.');
  });

  it('gives the chart a table of its figures, with a gap said in words', async () => {
    const html = await renderQuarterlyHtml(report);
    expect(html).toContain('<caption>Crime by month: the figures</caption>');
    expect(html).toMatch(/<th scope="row">2018-06<\/th><td class="num">Not held<\/td>/);
  });

  it('says beside each figure where it comes from, and gives the licence statements after the figures', async () => {
    const html = await renderQuarterlyHtml({
      ...report,
      headlines: [{ ...headline, source: 'Source: the MPS file.', synthetic: false }],
      charts: [{ ...chart, source: 'Source: the MPS files.', synthetic: false }],
      attributions: ['Contains public sector information licensed under the Open Government Licence v3.0: MPS data.'],
    });
    const sourced =
      '<li>All recorded crime rose 4.1%; the rise is significant.<span class="source">Source: the MPS file.</span></li>';
    expect(html).toContain(sourced);
    const cover = html.slice(html.indexOf('<header class="cover">'), html.indexOf('</header>'));
    expect(cover).toContain(sourced);
    expect(html).toContain('<figcaption>Crime by month<span class="source">Source: the MPS files.</span></figcaption>');
    expect(html).toContain(
      '<p class="attribution">Contains public sector information licensed under the Open Government Licence v3.0: MPS data.</p>',
    );
  });

  it('labels synthetic figures as such, even where their source line is missing', async () => {
    const html = await renderQuarterlyHtml({
      ...report,
      headlines: [{ ...headline, synthetic: true }],
      charts: [{ ...chart, source: 'Synthetic demo figures for the chart.', synthetic: true }],
    });
    expect(html).toContain(
      '<span class="source synthetic">Synthetic demo figures, made up to show how the service works: not real.</span></li>',
    );
    expect(html).toContain('<span class="source synthetic">Synthetic demo figures for the chart.</span>');
  });

  it('renders a report published before sources were shown without a source line', async () => {
    const html = await renderQuarterlyHtml(report);
    expect(html).not.toContain('class="source');
    expect(html).not.toContain('class="attribution"');
  });

  it('prints a chapter’s other progress under its heading, paragraph by paragraph, and names a milestone delivered early', async () => {
    const [chapter] = report.chapters;
    if (chapter === undefined) throw new Error('the example report has a chapter');
    const html = await renderQuarterlyHtml({
      ...report,
      chapters: [
        {
          ...chapter,
          otherProgress: 'Project Servator went pan-London.\n\nCHOGM <policed> in April.',
          milestones: [{ ...milestone, ref: 'BP18-48', reason: 'delivered-early' }],
        },
      ],
      totals: { due: 0, carriedForward: 0, deliveredEarly: 1, withoutUpdate: 0 },
    });
    expect(html).toContain(
      '<div class="other-progress"><h3>Other progress</h3><p>Project Servator went pan-London.</p><p>CHOGM &lt;policed&gt; in April.</p></div>',
    );
    expect(html).toContain('<div class="milestone delivered-early" id=');
    expect(html).toContain('Delivered early: due in a later quarter and closed in this one.');
    expect(html).toContain('1 due in a later quarter was delivered early and is reported here, not counted as due.');
  });
});
