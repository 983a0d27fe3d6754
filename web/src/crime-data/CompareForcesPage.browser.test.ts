import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { POLICE_UK_LAYOUTS } from '../../../src/domain/crime-data/index.js';
import { importPopulation, importPoliceUk } from '../../../src/services/index.js';

/** Burglaries for a force and month, in one of its authorities, and a row with no location. */
function writeStreet(folder: string, force: string, month: string, burglaries: number, authority: string): void {
  const name = force === 'metropolitan' ? 'Metropolitan Police Service' : 'West Midlands Police';
  const rows = Array.from(
    { length: burglaries },
    (_, i) =>
      `x${i},${month},${name},${name},0,51,On or near A Road,E0100000${i % 10},${authority} 00${i % 10}A,Burglary,,`,
  );
  rows.push(`y,${month},${name},${name},,,No Location,,,Burglary,,`);
  const file = path.join(folder, `${month}-${force}-street.csv`);
  fs.writeFileSync(file, [POLICE_UK_LAYOUTS.street.join(','), ...rows, ''].join('\n'));
}

describeWithDemoData('comparing forces in Chromium', (ctx, dialect) => {
  let folder: string;

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-compare-page-'));
    for (const month of ['2018-04', '2018-05']) {
      writeStreet(folder, 'metropolitan', month, 40, 'Camden');
      writeStreet(folder, 'west-midlands', month, 20, 'Birmingham');
    }
    await importPoliceUk(ctx(), { paths: [folder] });
    const populations = 'Area,Year,Population\nwest-midlands,2018,2900000\n';
    await importPopulation(ctx(), { fileName: 'forces.csv', content: Buffer.from(populations) });
  }, 120_000);
  afterAll(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });
  const web = webAppInChromium(ctx, dialect);

  it('shows the Met against its most similar group, with the group rate as sum over sum', async () => {
    const { page } = await web.open();
    await page.goto(`${web.baseUrl}/compare-forces?force=metropolitan&category=burglary&from=2018-04&to=2018-05`);
    const group = page.locator('table', { hasText: 'The force and its most similar group' });
    await group.waitFor();
    expect(await group.locator('tbody tr').first().innerText()).toMatch(
      /Metropolitan Police Service\s+82\s+8,800,000\s+0\.01/,
    );
    expect(await group.locator('tbody tr', { hasText: 'West Midlands Police' }).innerText()).toMatch(/42\s+2,900,000/);
    // Greater Manchester and West Yorkshire have no files and no population: no group rate can be given.
    expect(await group.locator('tr.bl-total-row').innerText()).toMatch(/Most similar group.*\s+124\s+–\s+–/s);
    expect(await page.locator('.govuk-inset-text').innerText()).toContain('recorded 82 crimes of the kind “Burglary”');
    const places = page.locator('table', { hasText: 'Where Metropolitan Police Service recorded them' });
    expect(await places.locator('tr', { hasText: 'No location' }).innerText()).toMatch(/No location\s+2\s+–/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('changes force and crime from the form, keeping the choice in the address', async () => {
    const { page } = await web.open();
    await page.goto(`${web.baseUrl}/compare-forces?force=metropolitan&category=burglary&from=2018-04&to=2018-05`);
    await page.locator('table', { hasText: 'The force and its most similar group' }).waitFor();
    await page.getByLabel('Force', { exact: true }).selectOption('west-midlands');
    await page.getByLabel('Crime', { exact: true }).selectOption('all-crime');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(/force=west-midlands&category=all-crime/);
    await page.getByText('No most similar group is set for this force.').waitFor();
    await page.close();
  });
});
