import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser, listBoards } from '../../../src/services/index.js';

const PASSWORD = 'harbour kettle violet';

/** The cells of the boards table's row for one board, as a screen reader reads them (hidden text too). */
const boardRow = async (page: Page, name: string) =>
  (await page.locator('#boards tbody tr', { hasText: name }).locator('td').allTextContents()).map((t) =>
    t.replace(/\s+/g, ' ').trim(),
  );

describeWithDemoData('adding and changing boards in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect, { password: PASSWORD });
  const { consoleErrors, openAs } = web;

  beforeAll(async () => {
    await addUser(ctx(), { username: 'boards.viewer', role: 'viewer', password: PASSWORD });
    await addUser(ctx(), { username: 'boards.owner', role: 'owner', password: PASSWORD });
    await addUser(ctx(), { username: 'boards.secretary', role: 'performance', password: PASSWORD });
  });

  it('shows people the API does not let change boards no form and no Change links', async () => {
    for (const username of ['boards.viewer', 'boards.owner']) {
      const { context, page } = await openAs(username, '/board');
      await page.locator('#meetings-performance-group').waitFor();
      expect(await page.locator('#boards tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('#board-setup').count()).toBe(0);
      expect(
        await page
          .locator('#boards')
          .getByRole('link', { name: /^Change/ })
          .count(),
      ).toBe(0);
      await context.close();
    }
  });

  it('refuses a board with no name, with the error summary linked to the name field', async () => {
    const { context, page } = await openAs('boards.secretary', '/board');
    await page.getByRole('heading', { level: 2, name: 'Add a board' }).waitFor();
    await page.locator('#board-setup').scrollIntoViewIfNeeded();
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'board-setup-form');
    await page.locator('#board-setup-key').fill('knife-crime-board');
    await page.getByLabel('Partnership').check();
    await page.getByLabel('Internal').check();
    await page.locator('#board-setup-reviewsRisks-no').check();
    await page.getByRole('button', { name: 'Add the board' }).click();
    const summaryLink = page.locator('.govuk-error-summary').getByRole('link', { name: 'Enter the board’s name' });
    await summaryLink.waitFor();
    expect(await summaryLink.getAttribute('href')).toBe('#board-setup-name');
    expect(await page.locator('#board-setup-name-error').innerText()).toContain('Enter the board’s name');
    expect(await page.locator('#board-setup-name').getAttribute('aria-describedby')).toContain(
      'board-setup-name-error',
    );
    expect(await page.title()).toMatch(/^Error: /);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'board-setup-error');
    await summaryLink.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('board-setup-name');
    expect((await listBoards(ctx())).boards.map((b) => b.key)).not.toContain('knife-crime-board');
    await context.close();
  });

  it('shows the API’s refusal of a key already in use on the key field', async () => {
    const { context, page } = await openAs('boards.secretary', '/board');
    await page.getByRole('heading', { level: 2, name: 'Add a board' }).waitFor();
    await page.locator('#board-setup-key').fill('audit-panel');
    await page.locator('#board-setup-name').fill('A second audit panel');
    await page.getByLabel('The force').check();
    await page.getByLabel('Internal').check();
    await page.locator('#board-setup-reviewsRisks-no').check();
    await page.getByRole('button', { name: 'Add the board' }).click();
    await page
      .locator('.govuk-error-summary')
      .getByRole('link', { name: 'There is already a board "audit-panel".' })
      .waitFor();
    expect(await page.locator('#board-setup-key-error').innerText()).toContain('already a board');
    await context.close();
  });

  it('adds a board, which the boards table and the meeting form then list', async () => {
    const { context, page } = await openAs('boards.secretary', '/board');
    await page.getByRole('heading', { level: 2, name: 'Add a board' }).waitFor();
    await page.locator('#board-setup-key').fill('knife-crime-board');
    await page.locator('#board-setup-name').fill('Knife Crime Partnership Board (demo)');
    await page.getByLabel('Partnership').check();
    await page.getByLabel('Public', { exact: true }).check();
    await page.getByLabel('Board pack').check();
    await page.getByLabel('Quarterly progress report').check();
    await page.locator('#board-setup-reviewsRisks-no').check();
    await page.getByRole('button', { name: 'Add the board' }).click();
    await page.getByText('Board “Knife Crime Partnership Board (demo)” added.').waitFor();
    await page.locator('#boards tbody tr', { hasText: 'Knife Crime Partnership Board (demo)' }).waitFor();
    expect(await boardRow(page, 'Knife Crime Partnership Board (demo)')).toEqual([
      'Knife Crime Partnership Board (demo)',
      'Partnership',
      'Public',
      'Quarterly progress report, Board pack',
      'No',
      'Change Knife Crime Partnership Board (demo)',
    ]);
    expect(await page.locator('#meeting').getByLabel('Knife Crime Partnership Board (demo)').count()).toBe(1);
    // The form is blank again, ready for another board.
    expect(await page.locator('#board-setup-key').inputValue()).toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('changes a board’s name, visibility, reports and risk review, and keeps its key and meetings', async () => {
    const { context, page } = await openAs('boards.secretary', '/board');
    await page.locator('#boards').getByRole('link', { name: 'Change MOPAC/MPS Audit Panel' }).click();
    await page.getByRole('heading', { level: 2, name: 'Change MOPAC/MPS Audit Panel' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('board-setup-name');
    expect(await page.locator('#board-setup').innerText()).toContain('Its key, audit-panel, stays the same');
    expect(await page.locator('#board-setup-key').count()).toBe(0);
    const before = (await listBoards(ctx())).boards.find((b) => b.key === 'audit-panel');
    // The form starts from the board as it is.
    expect(await page.locator('#board-setup-name').inputValue()).toBe('MOPAC/MPS Audit Panel');
    expect(await page.locator('#board-setup-reviewsRisks').isChecked()).toBe(before?.reviewsRisks);
    await page.locator('#board-setup-name').fill('MOPAC/MPS Joint Audit Panel (demo)');
    await page.getByLabel('Public', { exact: true }).check();
    await page.getByLabel('Risk register').uncheck();
    await page.getByLabel('Quarterly progress report').check();
    await page.locator('#board-setup-reviewsRisks-no').check();
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'board-setup-change');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('Board “MOPAC/MPS Joint Audit Panel (demo)” changed.').waitFor();
    await page.locator('#boards tbody tr', { hasText: 'Joint Audit Panel' }).waitFor();
    expect(await boardRow(page, 'MOPAC/MPS Joint Audit Panel (demo)')).toEqual([
      'MOPAC/MPS Joint Audit Panel (demo)',
      'The oversight body',
      'Public',
      'Quarterly progress report, Board pack',
      'No',
      'Change MOPAC/MPS Joint Audit Panel (demo)',
    ]);
    // Its meetings are still under it, by the same key, now with the new name.
    expect(await page.locator('#meetings-audit-panel caption').innerText()).toBe('MOPAC/MPS Joint Audit Panel (demo)');
    expect(await page.locator('#meetings-audit-panel tbody tr').count()).toBeGreaterThan(0);
    const after = (await listBoards(ctx())).boards.find((b) => b.key === 'audit-panel');
    expect(after).toMatchObject({
      name: 'MOPAC/MPS Joint Audit Panel (demo)',
      visibility: 'public',
      reviewsRisks: false,
    });
    // Saved, the form goes back to adding a board.
    await page.getByRole('heading', { level: 2, name: 'Add a board' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'board-setup-saved');
    await context.close();
  });

  it('leaves a board as it was when the change is cancelled', async () => {
    const { context, page } = await openAs('boards.secretary', '/board');
    await page.locator('#boards').getByRole('link', { name: 'Change Performance Group' }).click();
    await page.locator('#board-setup-name').fill('Something else');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('heading', { level: 2, name: 'Add a board' }).waitFor();
    expect(await page.locator('#board-setup-name').inputValue()).toBe('');
    expect((await listBoards(ctx())).boards.find((b) => b.key === 'performance-group')?.name).toBe('Performance Group');
    await context.close();
  });

  it('writes nothing to the console but the refusal it asked for', () => {
    expect(consoleErrors.filter((e) => !/\b409\b/.test(e))).toEqual([]);
  });
});
