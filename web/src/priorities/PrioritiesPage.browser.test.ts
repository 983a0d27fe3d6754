import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { recordPrioritySet } from '../../../src/services/index.js';
import type { BoroughScorecard, CategoryScorecard, GroupChange } from './priorityTypes.js';

const COUNT = new Intl.NumberFormat('en-GB');

/** "+8.0%" as the pages write a change, with a true minus sign. */
function percent(value: number | null): string {
  if (value === null) return 'no earlier count';
  const text = Math.abs(value).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return value === 0 ? `${text}%` : `${value > 0 ? '+' : '−'}${text}%`;
}

describeWithDemoData('the local priority pages in Chromium', (ctx, dialect) => {
  beforeAll(async () => {
    // A change during the year, so that a scorecard has earlier versions to list.
    await recordPrioritySet(ctx(), {
      boroughCode: 'barnet',
      year: '2018-19',
      priorities: [
        { categoryCode: 'burglary', qualifier: null },
        { categoryCode: 'robbery', qualifier: 'moped-enabled' },
      ],
      agreedBy: 'Barnet Council, its BCU and MOPAC',
      agreedOn: '2018-10-01',
      source: null,
      reason: 'Moped-enabled robbery rose over the summer',
    });
  }, 120_000);

  const web = webAppInChromium(ctx, dialect);
  const { consoleErrors, openWatched: openPage } = web;

  async function api<T>(page: Page, path: string): Promise<T> {
    return (await (await page.request.get(`${web.baseUrl}${path}`)).json()) as T;
  }

  it("lists every borough's priorities for the latest year, with the tally and the standing priorities", async () => {
    const page = await openPage('/priorities');
    await page.waitForURL(/\/priorities\/2018-19$/);
    const rows = page.locator('#priority-sets tbody tr');
    await rows.first().waitFor();
    expect(await page.title()).toBe('Local priorities 2018-19 – Bluelamp');
    expect(await rows.count()).toBe(32);
    for (const borough of ['Greenwich', 'Waltham Forest']) {
      const row = page.locator('#priority-sets tbody tr', { hasText: borough });
      expect(await row.locator('li').count()).toBe(3);
    }
    const burglary = page.locator('#priority-tally tbody tr', { hasText: /^Burglary/ });
    expect(await burglary.innerText()).toMatch(/^Burglary\s+23$/);
    expect(await page.getByTestId('high-harm').locator('li').count()).toBe(5);
    expect(await page.getByText('anti-social behaviour', { exact: false }).count()).toBeGreaterThan(0);
    const nav = page.getByRole('navigation', { name: 'Menu' });
    expect(await nav.getByRole('link', { name: 'Local priorities' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByLabel('Financial year', { exact: true }).inputValue()).toBe('2018-19');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'priorities');
    await burglary.getByRole('link').click();
    await page.waitForURL(/\/priorities\/2018-19\/categories\/burglary$/);
    await page.getByTestId('category-sentence').waitFor();
    await page.close();
  });

  it("shows burglary across London with the API's sentence, groups, tile map and every borough", async () => {
    const page = await openPage('/priorities/2018-19/categories/burglary');
    const scorecard = await api<CategoryScorecard>(page, '/api/priorities/2018-19/categories/burglary');
    await page.getByTestId('category-sentence').waitFor();
    expect(await page.getByTestId('category-sentence').innerText()).toBe(scorecard.sentence);
    expect(scorecard.sentence).toMatch(/^Burglary is a local priority in 23 boroughs/);
    const groups = page.locator('#category-groups tbody tr');
    const expected: [string, GroupChange][] = [
      ['London', scorecard.london],
      ['Priority boroughs', scorecard.chosen],
      ['Other boroughs', scorecard.others],
    ];
    for (const [index, [label, group]] of expected.entries()) {
      expect((await groups.nth(index).innerText()).split(/\t|\n/).map((cell) => cell.trim())).toEqual([
        label,
        String(group.boroughs),
        COUNT.format(group.previous),
        COUNT.format(group.current),
        percent(group.changePercent),
      ]);
    }
    expect(await page.getByTestId('gap-words').innerText()).toMatch(
      /0\.89 \(95% interval 0\.\d\d to 0\.\d\d, p < 0\.001\).*statistically significant/,
    );
    const map = page.getByTestId('tile-map').locator('svg');
    await map.waitFor();
    expect(await map.getAttribute('role')).toBe('group');
    expect(await map.getAttribute('aria-labelledby')).toBe('tile-map-title');
    expect(await map.getAttribute('aria-describedby')).toBe('tile-map-desc');
    expect(await map.locator('a').count()).toBe(32);
    expect(await map.locator('title').first().textContent()).toContain('Burglary by borough');
    expect(await map.textContent()).toContain('Heavy outline: the borough chose it as a local priority');
    expect(await page.getByRole('link', { name: 'Download the map (SVG)' }).getAttribute('href')).toBe(
      '/api/priorities/2018-19/categories/burglary/tile-map.svg',
    );
    const table = page.locator('#category-boroughs tbody tr');
    expect(await table.count()).toBe(32);
    expect(await table.nth(22).locator('td').first().innerText()).toMatch(/^Yes/);
    expect(await table.nth(23).locator('td').first().innerText()).toBe('No');
    expect(await page.getByLabel('Crime', { exact: true }).inputValue()).toBe('burglary');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'priority-category');

    await page.getByLabel('Crime', { exact: true }).selectOption('robbery');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/\/categories\/robbery$/);
    await page.getByRole('heading', { level: 1, name: 'Robbery' }).waitFor();
    await page.close();
  });

  it("shows Havering's scorecard with burglary's tested change beside London's", async () => {
    const page = await openPage('/priorities/2018-19/boroughs/havering');
    const scorecard = await api<BoroughScorecard>(page, '/api/priorities/2018-19/boroughs/havering');
    const burglary = scorecard.priorities.find((p) => p.categoryName === 'Burglary');
    expect(burglary).toBeDefined();
    const row = page.locator('#borough-priorities tbody tr', { hasText: 'Burglary' });
    await row.waitFor();
    expect(await page.locator('h1').innerText()).toBe('Havering');
    const change = burglary!.figures.change;
    const text = await row.innerText();
    expect(text).toContain(COUNT.format(change.current));
    expect(text).toContain(COUNT.format(change.previous));
    expect(text).toContain(percent(change.changePercent));
    expect(await row.locator('.govuk-tag').innerText()).toBe(change.verdictLabel);
    expect(text).toMatch(/London (rose|fell)? ?\(significant\)|No significant difference/);
    // Every standing priority shows each figure with its source and verdict, or why there is none.
    expect(scorecard.standing).toHaveLength(6);
    for (const item of scorecard.standing) {
      const group = await page.locator(`#borough-standing tbody[data-standing="${item.code}"]`).innerText();
      expect(group).toContain(item.name);
      for (const figure of item.figures) {
        expect(group).toContain(figure.sentence);
        expect(group).toContain(figure.source.name);
        expect(group).toContain(figure.verdictLabel ?? 'Not judged: nothing to compare');
      }
      if (item.figures.length === 0) expect(group).toContain(item.noFigures);
      expect(group).toContain(item.repeat?.sentence ?? item.noRepeat);
    }
    const asb = await page.locator('#borough-standing tbody[data-standing="anti-social-behaviour"]').innerText();
    expect(asb).toContain('Change in anti-social behaviour calls: −9.4% in 12 months to April 2018.');
    expect(asb).toContain('Met Business Plan 2018-19');
    expect(asb).toContain('as at 30 June 2018');
    expect(await page.getByText('Agreed by').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'priority-borough');
    await page.getByRole('link', { name: 'Read the evidence pack for Havering' }).click();
    await page.waitForURL(/\/boroughs\/havering\/evidence$/);
    await page.close();
  });

  it("lists a borough's changes during the year with their reasons", async () => {
    const page = await openPage('/priorities/2018-19/boroughs/barnet');
    const changes = page.getByRole('region', { name: 'Changes during the year' });
    await changes.locator('li').first().waitFor();
    expect(await changes.locator('li').count()).toBe(2);
    expect(await changes.locator('li').nth(1).innerText()).toMatch(
      /^Version 2, agreed 1 October 2018: Burglary, Robbery \(moped-enabled\)\.\s*Why it changed: Moped-enabled robbery rose over the summer$/,
    );
    const card = await api<BoroughScorecard>(page, '/api/priorities/2018-19/boroughs/barnet');
    expect(await page.locator('#borough-priorities tbody tr').count()).toBe(card.priorities.length);
    expect(await page.locator('.govuk-summary-list').innerText()).toContain('2 of 2: the set changed during the year');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("says on the robbery scorecard and Barnet's page that Barnet's October set made robbery a priority from October", async () => {
    const note = "Barnet's priorities changed on 1 October 2018: robbery counts as a priority from October 2018.";
    const period = encodeURIComponent('FY 2018-19 YTD 2018-12');
    const page = await openPage(`/priorities/2018-19/categories/robbery?period=${period}`);
    const changes = page.getByTestId('set-changes');
    await changes.waitFor();
    expect(await changes.locator('li').allInnerTexts()).toEqual([note]);
    expect(await page.getByText('from the first full month after it was agreed', { exact: false }).count()).toBe(1);
    const barnet = page.locator('#category-boroughs tbody tr', { hasText: 'Barnet' });
    expect(await barnet.innerText()).toContain('a priority for 3 of 9 months');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'priority-category-set-change');
    await page.goto(`${web.baseUrl}/priorities/2018-19/boroughs/barnet?period=${period}`);
    const boroughChanges = page.getByTestId('set-changes');
    await boroughChanges.waitFor();
    expect(await boroughChanges.locator('li').allInnerTexts()).toContain(note);
    const robbery = page.locator('#borough-priorities tbody tr', { hasText: 'Robbery' });
    expect(await robbery.innerText()).toContain('a priority for 3 of 9 months');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'priority-borough-set-change');
    await page.goto(`${web.baseUrl}/priorities/2018-19/boroughs/barnet?period=2018-19%20Q1`);
    await page.locator('#borough-priorities tbody tr').first().waitFor();
    expect(await page.getByTestId('set-changes').count()).toBe(0);
    expect(await page.locator('#borough-priorities').innerText()).not.toContain('Robbery');
    await page.close();
  });

  it("shows Havering's evidence pack: every candidate crime with a control chart and its figures", async () => {
    const page = await openPage('/priorities/2018-19/boroughs/havering/evidence');
    await page.locator('#evidence-summary tbody tr').first().waitFor();
    expect(await page.locator('#evidence-summary tbody tr').count()).toBe(13);
    expect(await page.locator('.bl-evidence-section').count()).toBe(13);
    // The demo's counts are the real MPS files, so nothing on the page is labelled synthetic.
    expect(await page.getByText('synthetic demo data').count()).toBe(0);
    const burglary = page.locator('#evidence-summary tbody tr', { hasText: /^Burglary/ });
    expect(await burglary.innerText()).toMatch(/Yes.*of 32/s);
    await page.locator('[data-testid="measure-chart"] svg').first().waitFor();
    expect(await page.locator('figure.bl-chart').first().getAttribute('aria-label')).toContain('burglary in Havering');
    const details = page.locator('.bl-evidence-section').first().locator('details');
    await details.locator('summary').click();
    expect(await details.locator('tbody tr').count()).toBe(36);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'priority-evidence');
    await page.close();
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
