import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { renderBoardPackHtml } from '../../reports/index.js';
import { buildBoardPack } from './buildBoardPack.js';

describeWithDemoData("a board pack's count of the reviewed quarter's milestones", (ctx) => {
  it('counts "No update" as a status of its own, so the statuses add up to every milestone due and carried forward', async () => {
    const pack = await buildBoardPack(ctx(), { meeting: 1 });
    const [plan] = pack.plans;
    const counts = plan?.quarterCounts;
    expect(counts?.quarter).toBe(pack.comparison.quarter);
    expect(counts?.total).toBe((counts?.due ?? 0) + (counts?.carriedForward ?? 0));
    expect(counts?.statuses.reduce((n, s) => n + s.count, 0)).toBe(counts?.total);
    expect(counts?.statuses.at(-1)?.label).toBe('No update');
    const unreported = plan?.milestones.filter((m) => m.noUpdateForQuarter === true).length;
    expect(counts?.statuses.at(-1)?.count).toBe(unreported);
  });

  it('shows the counts on the cover with their total, and "No update for" the quarter in the tracker', async () => {
    const pack = await buildBoardPack(ctx(), { meeting: 1 });
    const html = renderBoardPackHtml(pack);
    const total = pack.plans.reduce((n, p) => n + (p.quarterCounts?.total ?? 0), 0);
    expect(html).toContain(`<h3 id="quarter-summary">Milestones on the ${pack.comparison.quarter} update</h3>`);
    expect(html).toContain(
      `<tr><th scope="row"><strong>Total</strong></th><td class="num"><strong>${total}</strong></td></tr>`,
    );
    expect(html).toMatch(/<th scope="row">– No update<\/th><td class="num">\d+<\/td>/);
    const missing = pack.plans.flatMap((p) => p.milestones).filter((m) => m.noUpdateForQuarter === true);
    if (missing.length > 0) expect(html).toContain(`No update for ${pack.comparison.quarter}`);
  });

  it('lists its parts in the contents with a slot for each page number the printing fills in', async () => {
    const html = renderBoardPackHtml(await buildBoardPack(ctx(), { meeting: 1 }));
    for (const id of ['summary-heading', 'exceptions', 'actions', 'tracker']) {
      expect(html).toContain(`<a href="#${id}">`);
      expect(html).toContain(`<span class="page" data-page-of="${id}"></span>`);
      expect(html).toContain(`id="${id}"`);
    }
  });
});
