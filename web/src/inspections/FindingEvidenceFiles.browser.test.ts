import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { samplePdf } from '../../../test/support/evidenceSamples.js';
import { addUser } from '../../../src/services/index.js';

const PASSWORD = 'harbour kettle violet';
const FINDING = '/inspections/peel-2018-19-met/findings';

describeWithDemoData('files given as evidence for a finding, in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect, { password: PASSWORD });

  beforeAll(async () => {
    await addUser(ctx(), { username: 'fp.files', role: 'owner', password: PASSWORD, scope: ['FP'] });
  });

  it('lets an owner submit a PDF as evidence, then lists it with its size and a link that downloads it', async () => {
    const { context, page } = await web.openAs('fp.files', `${FINDING}/PVP-AFI-2`);
    const progress = page.locator('#progress');
    await progress.waitFor();
    const pdf = samplePdf('training plan');
    await progress.getByLabel('Evidence submitted').check();
    await progress.getByLabel('What it is').fill('Domestic abuse training plan');
    await progress
      .getByLabel('Or a file (optional)')
      .setInputFiles({ name: 'training-plan.pdf', mimeType: 'application/pdf', buffer: pdf });
    expect(await axeViolations(page)).toEqual([]);
    await progress.screenshot({ path: `/tmp/h8-finding-evidence-form-${dialect}.png` });
    await progress.getByRole('button', { name: 'Record progress' }).click();
    await page
      .locator('.govuk-notification-banner--success', { hasText: 'Evidence submitted for PVP-AFI-2' })
      .waitFor();

    const item = page.locator('#finding-evidence li', { hasText: 'Domestic abuse training plan' });
    await item.waitFor();
    expect((await item.innerText()).replace(/\s+/g, ' ')).toContain('(file: training-plan.pdf, 1 KB)');
    const link = item.getByRole('link', { name: 'Domestic abuse training plan' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/api\/finding-evidence\/\d+$/);
    // The page's own session downloads it, the same bytes that were chosen.
    const download = await page.evaluate(async (address) => {
      const answer = await fetch(address);
      return { status: answer.status, type: answer.headers.get('content-type'), size: (await answer.blob()).size };
    }, href ?? '');
    expect(download).toEqual({ status: 200, type: 'application/pdf', size: pdf.length });
    // The history shows the file with the move it came with.
    expect(
      await page.locator('#finding-history').getByRole('link', { name: 'Domestic abuse training plan' }).count(),
    ).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'finding-evidence-file');
    await page.screenshot({ path: `/tmp/h8-finding-evidence-${dialect}.png`, fullPage: true });
    await context.close();
    expect(web.consoleErrors).toEqual([]);
  });
});
