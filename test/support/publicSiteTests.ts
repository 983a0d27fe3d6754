import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ServiceContext } from '../../src/services/index.js';
import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from './accessibility.js';
import { webAppInChromium } from './browserPage.js';
import { describeWithDemoData } from './demoContext.js';
import { renameQuarterOneLead } from './reportCorrections.js';
import { openDataApiPath, tableGrid, type OpenDataView } from '../../src/domain/publishing/index.js';
import { parseCsv, restoreCsvCell } from '../../src/ingest/index.js';
import { listPublicPages, publishBoardPack, publishQuarterlyReport } from '../../src/services/index.js';

/** A cell as the page writes it: numbers grouped in thousands, every digit kept. */
function shown(value: string | number | null): string {
  if (value === null) return '';
  return typeof value === 'number' ? value.toLocaleString('en-GB', { maximumFractionDigits: 20 }) : value;
}

async function viewOf(page: Page, baseUrl: string, path: string): Promise<OpenDataView> {
  return (await (await page.request.get(`${baseUrl}${openDataApiPath(path)}`)).json()) as OpenDataView;
}

/** Every open-data link of the page downloads exactly the view: the JSON is the view, each CSV one of its tables. */
async function expectDownloadsMatch(page: Page, view: OpenDataView): Promise<void> {
  const links = page.locator('a[data-open-data]');
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs).toHaveLength(view.tables.length + 1);
  for (const [index, table] of view.tables.entries()) {
    const csv = await (await page.request.get(hrefs[index] ?? '')).text();
    expect(
      parseCsv(csv).map((r) => r.cells.map(restoreCsvCell)),
      `${view.path} ${table.name}`,
    ).toEqual(tableGrid(table));
  }
  expect(await (await page.request.get(hrefs.at(-1) ?? '')).json()).toEqual(view);
}

/** Each table on the page has the view's headings, as many rows, and the first row's cells as the data gives them. */
async function expectTablesMatch(page: Page, view: OpenDataView): Promise<void> {
  for (const table of view.tables) {
    const region = page.locator(`#table-${table.name}`);
    expect(await region.locator('thead th').allTextContents()).toEqual(table.columns.map((c) => c.label));
    expect(await region.locator('tbody tr').count()).toBe(table.rows.length);
    const first = table.rows[0];
    if (first !== undefined) {
      const cells = await region.locator('tbody tr').first().locator('td').allTextContents();
      expect(cells).toEqual(table.columns.map((c) => shown(first[c.key] ?? null)));
    }
  }
}

/** Tabs from the main content to the page's first CSV link and follows it with Enter: the file is the first table. */
async function expectKeyboardDownload(page: Page, view: OpenDataView): Promise<void> {
  let onLink = false;
  for (let presses = 0; presses < 200 && !onLink; presses += 1) {
    await page.keyboard.press('Tab');
    onLink = await page.evaluate(() => document.activeElement?.getAttribute('data-open-data') === 'csv');
  }
  expect(onLink).toBe(true);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe(`bluelamp-measures-burglary-${view.tables[0]?.name ?? ''}.csv`);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const cells = parseCsv(Buffer.concat(chunks).toString('utf8')).map((r) => r.cells.map(restoreCsvCell));
  expect(cells).toEqual(tableGrid(view.tables[0] ?? { name: '', caption: '', columns: [], rows: [] }));
}

/** Published reports have pages of their own: a quarterly report with a correction, and a board pack. */
async function publishReportsWithPages(ctx: ServiceContext): Promise<void> {
  const plan = { plan: 'met-business-plan-2018-19', quarter: '2018-19-Q1' };
  await publishQuarterlyReport(ctx, plan);
  await renameQuarterOneLead(ctx);
  await publishQuarterlyReport(ctx, { ...plan, note: 'Adds the cover note.' });
  await publishBoardPack(ctx, { meeting: 2 });
}

/**
 * SQLite's walk reads each page as the app draws it; PostgreSQL's reads it as the server draws it,
 * scripts off. What PostgreSQL can change is the data in the view, which both drawings show; the
 * app's own drawing of a view does not depend on the database, and starting the app on every page
 * was most of the walk's time.
 */
async function openServerDrawn(context: BrowserContext, baseUrl: string, path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${baseUrl}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

/**
 * Moves the app in the tab to `path` as its own links do, without loading the page again: the
 * app's router follows the browser's history. Starting the app afresh for each of a hundred
 * pages was most of the walk's time; the start from a server-drawn page is checked page by page
 * on PostgreSQL's walk, and the app taking such a page over in the no-JavaScript tests.
 */
async function visitInApp(tab: Page, path: string): Promise<void> {
  await tab.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/**
 * The page is titled as its view and shows its tables. Accessibility, the drawn charts and the
 * downloads depend on the page and the view, not on the database that filled the view, so they
 * are checked on one database's walk (`whole`).
 */
async function expectPageShowsItsView(page: Page, baseUrl: string, path: string, whole: boolean): Promise<void> {
  const view = await viewOf(page, baseUrl, path);
  await expect.poll(() => page.locator('h1').textContent(), { message: path, timeout: 15_000 }).toBe(view.title);
  await expect.poll(() => page.title(), { message: path }).toBe(`${view.title} – Bluelamp`);
  await expectTablesMatch(page, view);
  if (!whole) return;
  if (view.chart !== null) await page.locator('[data-testid="open-data-chart"] svg').waitFor();
  if (view.svg !== null) await page.locator('[data-testid="open-data-svg"] svg').waitFor();
  expect(await axeViolations(page), path).toEqual([]);
  await expectDownloadsMatch(page, view);
}

/** A context that reads pages as the server draws them, scripts off: PostgreSQL's walk. */
const scriptsOff = (browser: Browser) =>
  browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });

/**
 * The public site's tests in parts, each its own test file, so that the walk over every public
 * page (the suite's longest) spreads across the test workers. Part 1 also holds the site's other
 * tests.
 */
export function describePublicSite(part: number, parts: number): void {
  describeWithDemoData(`the public transparency site in Chromium, part ${part + 1} of ${parts}`, (ctx, dialect) => {
    const web = webAppInChromium(ctx, dialect);
    const { consoleErrors: errors, openWatched } = web;
    let pages: string[];
    let serverDrawn: BrowserContext | undefined;

    beforeAll(async () => {
      await publishReportsWithPages(ctx());
      pages = await listPublicPages(ctx());
      expect(pages).toContain('/public/reports/met-business-plan-2018-19-2018-19-q1');
      if (dialect === 'postgres') serverDrawn = await scriptsOff(web.browser);
    }, 120_000);

    it('has every public page of its part, from the data, titled as its view and showing its tables; on SQLite also accessible, its open data exactly what it shows', async () => {
      expect(pages.length).toBeGreaterThan(30);
      let tab: Page | undefined;
      for (const path of pages.filter((_, index) => index % parts === part)) {
        if (serverDrawn !== undefined) {
          const page = await openServerDrawn(serverDrawn, web.baseUrl, path);
          await expectPageShowsItsView(page, web.baseUrl, path, false);
          await page.close();
          continue;
        }
        if (tab === undefined) tab = await openWatched(path);
        else await visitInApp(tab, path);
        await expectPageShowsItsView(tab, web.baseUrl, path, true);
      }
      await tab?.close();
      expect(errors).toEqual([]);
    }, 600_000);

    if (part !== 0) return;

    it('moves /public/priorities to the latest year, and shows the public sections instead of the service menu', async () => {
      const page = await openWatched('/public/priorities');
      await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/\/public\/priorities\/2018-19$/);
      const navigation = page.getByRole('navigation', { name: 'Public sections' });
      expect(await navigation.getByRole('link').allTextContents()).toEqual([
        'Plans',
        'Progress',
        'Measures',
        'Local priorities',
        'Inspections',
        'Reports',
      ]);
      expect(await navigation.locator('[aria-current="page"]').textContent()).toBe('Local priorities');
      await page.close();
    });

    it('works from the keyboard: the skip link, then tabbing to an open-data link and following it with Enter', async () => {
      const path = '/public/measures/burglary';
      const page = await openWatched(path);
      const view = await viewOf(page, web.baseUrl, path);
      await page.locator('h1', { hasText: view.title }).waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('main-content');
      await expectKeyboardDownload(page, view);
      await page.close();
    });
  });
}
