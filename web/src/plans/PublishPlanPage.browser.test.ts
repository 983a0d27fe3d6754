import { expect, it } from 'vitest';
import { businessPlan2018 } from '../../../demo/plans/businessPlan2018.js';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import type { PlanNodeDocument } from '../../../src/domain/plans/index.js';
import { addUser, importPlan } from '../../../src/services/index.js';

const PASSWORD = 'harbour kettle violet';

/** The Business Plan again, with BP18-02 moved from Quarter 3 to Quarter 4. */
function movedHubs(node: PlanNodeDocument): PlanNodeDocument {
  return {
    ...node,
    ...(node.milestones === undefined
      ? {}
      : { milestones: node.milestones.map((m) => (m.ref === 'BP18-02' ? { ...m, due: 'Quarter 4, 2018-19' } : m)) }),
    ...(node.children === undefined ? {} : { children: node.children.map(movedHubs) }),
  };
}

describeWithDemoData('publishing a plan version in Chromium: a confirmation step, then the result', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect, { password: PASSWORD });
  let draftId = 0;

  const versionsOf = async (request: { get: (url: string) => Promise<{ json: () => Promise<unknown> }> }) => {
    const listing = (await (await request.get(`${web.baseUrl}/api/plans?versions=all`)).json()) as {
      plans: { key: string; version: number; state: string }[];
    };
    return listing.plans.filter((p) => p.key === businessPlan2018.key).map((p) => [p.version, p.state]);
  };

  it('shows what version 2 makes public and changes, and going back publishes nothing', async () => {
    await addUser(ctx(), { username: 'plan.publisher', role: 'performance', password: PASSWORD });
    draftId = (await importPlan(ctx(), { ...businessPlan2018, nodes: businessPlan2018.nodes.map(movedHubs) })).id;
    const { context, page } = await web.openAs('plan.publisher', `/plans/${draftId}`);
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await page.getByRole('heading', { name: 'Publish version 2: check what becomes public' }).waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toMatch(/Replaces\s+Version 1, published 2018-07-02/);
    expect(main).toMatch(/90\s+milestones/);
    expect(await page.locator('#by-quarter').innerText()).toMatch(/Total\s+90/);
    const moved = await page.locator('#moved').innerText();
    expect(moved).toContain('BP18-02');
    expect(moved).toMatch(/Quarter 3, 2018-19\s+Quarter 4, 2018-19/);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'publish-plan-confirmation');
    await page.getByRole('link', { name: 'Go back without publishing' }).click();
    await page.getByRole('button', { name: 'Publish version 2' }).waitFor();
    expect(await versionsOf(page.request)).toEqual([
      [1, 'published'],
      [2, 'draft'],
    ]);
    await context.close();
  });

  it('publishes on confirmation and puts focus on the result, where Enter publishes nothing more', async () => {
    const { context, page } = await web.openAs('plan.publisher', `/plans/${draftId}/publish`);
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await page.getByRole('heading', { name: 'Version 2 published' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Version 2 published');
    expect(await page.locator('main button').count()).toBe(0);
    await page.keyboard.press('Enter');
    expect(await versionsOf(page.request)).toEqual([
      [1, 'superseded'],
      [2, 'published'],
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'publish-plan-published');
    await page.goto(`${web.baseUrl}/plans/${draftId}/publish`);
    await page.getByRole('alert').filter({ hasText: 'is already published' }).waitFor();
    expect(await page.getByRole('button', { name: 'Publish version 2' }).count()).toBe(0);
    await context.close();
  });
});
