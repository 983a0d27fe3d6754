import { Readable } from 'node:stream';
import type { Page } from 'playwright-core';
import { beforeEach, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { WARD_FIXTURE_ROWS, wardFixture } from '../../../test/support/mpsCrimeFixtures.js';
import { importMpsBoroughSeries, importWardPosts } from '../../../src/services/index.js';

const POSTS = 'Borough,Ward,Ward code,Role,Establishment,Actual,As at';

/** Camden Town's own rows of the ward fixture, summed over its six months. */
const CAMDEN_TOWN_TOTAL = WARD_FIXTURE_ROWS.filter((r) => r.wardCode === 'E05013652' && r.area === 'Camden').reduce(
  (sum, r) => sum + r.values.reduce((a, b) => a + b, 0),
  0,
);

describeWithDemoData('a ward’s page in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect);
  const { consoleErrors } = web;
  let page: Page;

  beforeEach(async () => {
    page = await web.freshPage();
  });

  it('shows a demo ward’s posts labelled synthetic demo data, and says plainly no ward-level crime figures are loaded', async () => {
    await page.goto(`${web.baseUrl}/neighbourhoods?borough=camden`);
    await page.locator('#wards tbody tr').first().waitFor();
    await page.locator('#wards').getByRole('link', { name: 'Camden ward 1', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Camden ward 1' }).waitFor();
    expect(await page.title()).toBe('Camden ward 1: ward – Bluelamp');
    const posts = await page.getByTestId('ward-posts').innerText();
    expect(posts).toMatch(/Dedicated ward officers\s+\d+ in post of \d+ established\s+synthetic demo data/);
    expect(posts).toMatch(/PCSOs\s+\d+ in post of \d+ established\s+synthetic demo data/);
    expect(await page.locator('.govuk-warning-text').first().innerText()).toContain('synthetic demo data');
    expect(await page.getByTestId('ward-crime-none').innerText()).toContain(
      'No ward-level crime figures loaded for Camden ward 1',
    );
    expect(await page.locator('main').innerText()).not.toMatch(/no change/i);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'ward-without-crime');
    expect(consoleErrors).toEqual([]);
  });

  it('shows a ward of a loaded ward-level file with its months of crime, source and as-at, beside its posts', async () => {
    await importMpsBoroughSeries(ctx(), { fileName: 'mps-ward-level.csv', content: Readable.from([wardFixture()]) });
    await importWardPosts(ctx(), {
      fileName: 'camden-town.csv',
      content: Buffer.from(
        `${POSTS}\nCamden,Camden Town,E05013652,Dedicated ward officer,2,2,2024-10-31\nCamden,Camden Town,E05013652,PCSO,1,0,2024-10-31\n`,
      ),
    });
    await page.goto(`${web.baseUrl}/neighbourhoods/wards/E05013652`);
    await page.getByRole('heading', { level: 1, name: 'Camden Town' }).waitFor();
    expect(await page.locator('.govuk-body-l').innerText()).toContain('A ward of Camden');
    expect(await page.getByTestId('ward-posts').innerText()).toMatch(/Dedicated ward officers\s+2 in post of 2/);
    expect(await page.getByTestId('ward-posts').innerText()).not.toContain('synthetic');
    expect(await page.locator('#ward-crime tbody tr').count()).toBe(7);
    expect(await page.locator('#ward-crime tbody tr').first().innerText()).toMatch(/^May 2024\s+72$/);
    expect(await page.locator('#ward-crime tr.bl-total-row').innerText()).toMatch(
      new RegExp(`All 6 months\\s+${CAMDEN_TOWN_TOTAL}$`),
    );
    expect(await page.getByTestId('ward-crime-source').innerText()).toMatch(
      /^Data: recorded crime counts loaded from ward-level files, as at \d{1,2} \w+ \d{4}\. From mps-ward-level\.csv\.$/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'ward-with-crime');
    expect(consoleErrors).toEqual([]);
  });
});
