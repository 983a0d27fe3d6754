import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { samplePdf } from '../../../test/support/evidenceSamples.js';
import { addUser } from '../../../src/services/index.js';

const PASSWORD = 'harbour kettle violet';

const flat = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/\s+/g, ' ');

// Demo meetings: 4 the Audit Panel (internal), 6 the Police and Crime Committee (public).
describeWithDemoData('boards and meeting papers in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect, { password: PASSWORD });
  const { consoleErrors, openAs } = web;

  beforeAll(async () => {
    await addUser(ctx(), { username: 'papers.viewer', role: 'viewer', password: PASSWORD });
    await addUser(ctx(), { username: 'papers.secretary', role: 'performance', password: PASSWORD });
  });

  it('lists every board with whose it is and whether its papers are public, and each board’s meetings', async () => {
    const { context, page } = await openAs('papers.viewer', '/board');
    await page.locator('#boards').waitFor();
    expect(await page.locator('#boards tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^London Assembly Police and Crime Committee\s+London Assembly\s+Public/),
      expect.stringMatching(/^London Crime Reduction Board\s+Partnership\s+Internal/),
      expect.stringMatching(/^MOPAC Oversight Board\s+The oversight body\s+Internal/),
      expect.stringMatching(
        /^MOPAC\/MPS Audit Panel\s+The oversight body\s+Internal\s+Board pack, Risk register\s+Yes/,
      ),
      expect.stringMatching(/^Performance Group\s+The force\s+Internal/),
    ]);
    expect(await page.locator('#meetings-audit-panel tbody tr').count()).toBe(2);
    expect(await page.locator('#meeting').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'boards');
    await context.close();
  });

  it('shows an internal board’s papers and lets the performance team write its decisions and attach a file', async () => {
    const { context, page } = await openAs('papers.secretary', '/board/meetings/4');
    await page.getByRole('heading', { level: 2, name: 'Papers' }).waitFor();
    expect(await flat(page, 'section[aria-labelledby="papers-heading"]')).toContain(
      'This board is internal: its papers are for signed-in people only.',
    );
    expect(await flat(page, 'section[aria-labelledby="papers-heading"]')).toContain('Strategic risk register');
    await page.getByText('Write the decisions').first().click();
    await page.getByLabel('Decisions', { exact: true }).fill('The Panel agreed the revised risk scores.');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'papers-')), 'decisions.pdf');
    fs.writeFileSync(file, samplePdf('Decisions'));
    await page.locator('#paper-decisions-file').setInputFiles(file);
    await page.getByRole('button', { name: 'Save the decisions' }).click();
    await page.getByText('Decisions saved, with decisions.pdf.').waitFor();
    await page.getByRole('link', { name: 'decisions.pdf' }).waitFor();
    expect(await flat(page, 'section[aria-labelledby="papers-heading"]')).toContain(
      'The Panel agreed the revised risk scores.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'board-meeting-papers');
    await context.close();
  });

  it('shows a public board’s papers on the public site, and nothing of an internal board’s', async () => {
    const { context, page } = await openAs(null, '/public/board-papers');
    await page.getByRole('heading', { level: 1, name: 'Board papers' }).waitFor();
    await page.getByRole('link', { name: /Police and Crime Committee: the Police and Crime Plan/ }).click();
    await page.getByRole('heading', { level: 1, name: /Police and Crime Committee/ }).waitFor();
    expect(await page.locator('main').innerText()).toContain('The Committee noted the report');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'public-board-papers');
    await page.goto(`${web.baseUrl}/public/board-papers/4`);
    await page
      .getByText(/no public papers|not found|There are no/i)
      .first()
      .waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Audit Panel');
    await context.close();
    consoleErrors.length = 0;
  });

  it('shows a public board’s meeting page saying its papers are public, with a link to them', async () => {
    const { context, page } = await openAs('papers.viewer', '/board/meetings/6');
    await page.getByRole('link', { name: 'public site' }).waitFor();
    expect(await page.getByRole('link', { name: 'public site' }).getAttribute('href')).toBe('/public/board-papers/6');
    expect(await page.getByText('Write the agenda').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'public-board-meeting');
    await context.close();
    expect(consoleErrors).toEqual([]);
  });
});
