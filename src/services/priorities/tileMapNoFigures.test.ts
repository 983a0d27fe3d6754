import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { getCategoryScorecard } from './getCategoryScorecard.js';
import { getPriorityTileMap } from './getPriorityTileMap.js';
import { renderPriorityTileMap } from './renderPriorityTileMap.js';
import { buildPriorityCategoryView } from '../publishing/openData/priorityPages.js';

const Q1 = { year: '2018-19', category: 'burglary', period: '2018-19 Q1' } as const;

/** The <title> of one borough's square in the map's SVG. */
function squareTitle(svg: string, borough: string): string {
  return new RegExp(`<title>(${borough}[^<]*)</title>`).exec(svg)?.[1] ?? '';
}

describeWithDemoData('a borough with no counts on the priorities tile map', (ctx) => {
  it('says "no figures" for the period on the square, the map and the scorecard, never "no significant change"', async () => {
    // Havering's burglary counts for April to June 2018 go missing, as if its file had never been loaded.
    await ctx()
      .store.db.deleteFrom('crime_counts')
      .where('area_code', '=', 'havering')
      .where('month', '>=', '2018-04')
      .where('month', '<=', '2018-06')
      .execute();
    const map = await getPriorityTileMap(ctx(), Q1);
    const havering = map.tiles.find((t) => t.boroughCode === 'havering');
    expect(havering?.verdictLabel).toBe('No figures for Quarter 1, 2018-19');
    expect(havering?.changePercent).toBeNull();
    const { svg } = await renderPriorityTileMap(ctx(), Q1);
    const title = squareTitle(svg, 'Havering');
    expect(title).toContain('no figures for quarter 1, 2018-19, so no verdict');
    expect(title).not.toMatch(/significant/i);
    const card = await getCategoryScorecard(ctx(), Q1);
    const row = card.boroughs.find((b) => b.borough.code === 'havering');
    expect(row?.change).toMatchObject({ significant: false, verdictLabel: 'No figures for Quarter 1, 2018-19' });
  });

  it('still judges the boroughs that have counts for both periods', async () => {
    const map = await getPriorityTileMap(ctx(), Q1);
    const camden = map.tiles.find((t) => t.boroughCode === 'camden');
    expect(camden?.verdictLabel).not.toMatch(/^No figures/);
    expect(camden?.changePercent).not.toBeNull();
  });

  it('shows the public no figure, not a count of 0, for the period with none, and says what the dash means', async () => {
    await ctx()
      .store.db.deleteFrom('crime_counts')
      .where('area_code', '=', 'havering')
      .where('month', '>=', '2018-04')
      .where('month', '<=', '2019-03')
      .execute();
    const view = await buildPriorityCategoryView(ctx(), { year: '2018-19', category: 'burglary' });
    const row = view.tables[0]?.rows.find((r) => r.borough === 'Havering');
    expect(row?.verdict).toMatch(/^No figures for /);
    expect(row?.current).toBeNull();
    expect(row?.previous).toBeGreaterThan(0);
    expect(view.svg?.caption).toContain('– no figures for a period, so no verdict');
  });
});
