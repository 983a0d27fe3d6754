import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { renderBoardPackHtml } from '../../reports/boardPack/renderBoardPackHtml.js';
import { listMeetingsOfBoard } from '../../store/index.js';
import { buildBoardPack } from './buildBoardPack.js';

describeWithDemoData('the risk section of a board pack', (ctx) => {
  it('puts the heat map and the risks reviewed at the meeting in the Audit Panel’s pack, with their residual ratings then', async () => {
    const [first, second] = await listMeetingsOfBoard(ctx().store.db, 'audit-panel');
    expect(first).toBeDefined();
    const pack = await buildBoardPack(ctx(), { meeting: first!.id });
    const section = pack.risks;
    expect(section?.risks.map((r) => r.ref).sort()).toEqual(['SR-1', 'SR-2', 'SR-3', 'SR-4']);
    expect(section?.reviewedHere).toBe(3);
    expect(section?.risks.slice(0, 3).every((r) => r.reviewNote !== null)).toBe(true);
    expect(section?.heatMap.rows.flat().reduce((sum, c) => sum + c.count, 0)).toBe(4);
    // SR-1 was lowered at the second meeting; the first meeting's pack keeps the score agreed then.
    expect(section?.risks.find((r) => r.ref === 'SR-1')?.residual.score).toBe(16);
    if (second !== undefined) {
      const later = await buildBoardPack(ctx(), { meeting: second.id });
      expect(later.risks?.risks.find((r) => r.ref === 'SR-1')?.residual).toMatchObject({ score: 12, rating: 'high' });
    }
    const html = renderBoardPackHtml(pack);
    expect(html).toContain('<h2 id="risks-heading">5 Risks</h2>');
    // The contents lists every section the pack holds, numbered on from the tracker.
    expect(html).toContain('<a href="#risks">5 Risks</a>');
    expect(html).toContain('<a href="#commitment-gaps">6 Commitments nothing delivers</a>');
    expect(html).toContain('<h2 id="commitment-gaps-heading">6 Commitments nothing delivers</h2>');
    expect(html).toContain('<title id="pack-risk-heat-map-title">Risk heat map');
    expect(html).toContain('Heat map as a table');
    expect(html).toMatch(/demo author(&#39;|&#x27;|')s reading/);
  });

  it('leaves the section out of packs of boards that do not review risks', async () => {
    const [meeting] = await listMeetingsOfBoard(ctx().store.db, 'performance-group');
    const pack = await buildBoardPack(ctx(), { meeting: meeting!.id });
    expect(pack.risks).toBeUndefined();
    expect(renderBoardPackHtml(pack)).not.toContain('id="risks"');
  });
});
