import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { openDataApiPath, type OpenDataView } from '../../../src/domain/publishing/index.js';
import { listPublicPages, publishBoardPack, publishQuarterlyReport } from '../../../src/services/index.js';

/** A cell as the page writes it: numbers grouped in thousands, every digit kept. */
function shown(value: string | number | null): string {
  if (value === null) return '';
  return typeof value === 'number' ? value.toLocaleString('en-GB', { maximumFractionDigits: 20 }) : value;
}

/**
 * The public site read in Chromium with JavaScript turned off: every page must be whole as the
 * server sends it. Accessibility depends on the page, not the database, so axe runs on SQLite's
 * pass only, as in the other public-site tests.
 */
describeWithDemoData('the public site without JavaScript', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect);
  let context: BrowserContext;
  let scriptsBlocked: BrowserContext;
  let boardPack = '';
  let quarter = '';
  let meetingPapers = '';

  beforeAll(async () => {
    await publishQuarterlyReport(ctx(), { plan: 'met-business-plan-2018-19', quarter: '2018-19-Q1' });
    await publishBoardPack(ctx(), { meeting: 2 });
    const pages = await listPublicPages(ctx());
    boardPack = pages.find((path) => /^\/public\/reports\/.*board/.test(path)) ?? '';
    quarter = pages.find((path) => /\/progress\/[^/]+$/.test(path)) ?? '';
    meetingPapers = pages.find((path) => /^\/public\/board-papers\/\d+$/.test(path)) ?? '';
  }, 120_000);
  beforeAll(async () => {
    context = await web.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    // axe-core needs script of its own to run, which a context without JavaScript refuses; here
    // the page's own scripts are refused instead, so axe sees the page as the server drew it.
    scriptsBlocked = await web.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await scriptsBlocked.route('**/assets/*.js', (route) => route.abort());
  });
  afterAll(async () => {
    await context.close();
    await scriptsBlocked.close();
  });

  /** axe-core's WCAG 2.2 A and AA findings on the page as the server sends it (none on PostgreSQL's pass). */
  const violations = async (path: string) => {
    if (dialect !== 'sqlite') return [];
    const page = await scriptsBlocked.newPage();
    await page.goto(`${web.baseUrl}${path}`);
    const found = await axeViolations(page);
    await page.close();
    return found;
  };

  const read = async (path: string): Promise<Page> => {
    const page = await context.newPage();
    const response = await page.goto(`${web.baseUrl}${path}`);
    expect(response?.status(), path).toBe(200);
    return page;
  };
  const viewOf = async (page: Page, path: string) =>
    (await (await page.request.get(`${web.baseUrl}${openDataApiPath(path)}`)).json()) as OpenDataView;

  /** The heading, the sentence under it and every table, row for row, as the view holds them. */
  const expectWhole = async (page: Page, view: OpenDataView) => {
    expect(await page.locator('h1').textContent(), view.path).toBe(view.title);
    expect(await page.title()).toBe(`${view.title} – Bluelamp`);
    expect(await page.locator('main .govuk-body-l').first().textContent()).toBe(view.lead);
    for (const table of view.tables) {
      const region = page.locator(`#table-${table.name}`);
      expect(await region.locator('caption').textContent()).toBe(table.caption);
      expect(await region.locator('thead th').allTextContents()).toEqual(table.columns.map((c) => c.label));
      expect(await region.locator('tbody tr').count(), `${view.path} ${table.name}`).toBe(table.rows.length);
      const last = table.rows.at(-1);
      if (last !== undefined) {
        const cells = await region.locator('tbody tr').last().locator('td').allTextContents();
        expect(cells).toEqual(table.columns.map((c) => shown(last[c.key] ?? null)));
      }
    }
  };

  it('shows the burglary measure whole, its sentence and its tables, and it passes axe-core', async () => {
    const path = '/public/measures/burglary';
    const page = await read(path);
    const view = await viewOf(page, path);
    expect(view.tables.length).toBeGreaterThan(0);
    await expectWhole(page, view);
    // Nothing waits for a script: the page says no "Loading", and the chart, drawn by script, gives way to its table.
    expect(await page.locator('[role="status"]').count()).toBe(0);
    expect(view.chart).not.toBeNull();
    expect(await page.locator('#chart-heading').isVisible()).toBe(false);
    expect(await violations(path)).toEqual([]);
    await web.screenshot(page, 'public-burglary-without-javascript');
    await page.close();
  });

  it('shows the home page, the measures, the progress pages and the board papers whole, each passing axe-core', async () => {
    expect(quarter).not.toBe('');
    expect(boardPack).not.toBe('');
    expect(meetingPapers).not.toBe('');
    const paths = ['/public', '/public/measures', '/public/progress', quarter, '/public/reports', boardPack];
    paths.push('/public/board-papers', meetingPapers);
    for (const path of paths) {
      const page = await read(path);
      await expectWhole(page, await viewOf(page, path));
      expect(await violations(path), path).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('shows the accessibility statement, privacy notice and cookies page, linked from every footer and passing axe-core', async () => {
    const home = await read('/public');
    const footer = home.locator('footer');
    for (const [name, title] of [
      ['Accessibility statement', 'Accessibility statement'],
      ['Privacy', 'Privacy notice'],
      ['Cookies', 'Cookies'],
    ] as const) {
      await footer.getByRole('link', { name, exact: true }).click();
      expect(await home.locator('h1').textContent()).toBe(title);
      expect(await home.title()).toBe(`${title} – Bluelamp`);
      expect(await violations(new URL(home.url()).pathname), title).toEqual([]);
      await web.screenshot(home, `public-${name.split(' ')[0]?.toLowerCase() ?? ''}-without-javascript`);
    }
    const cookies = home.getByRole('table', { name: 'Strictly necessary cookies' });
    expect(await cookies.locator('tbody th').allTextContents()).toEqual(['bluelamp_session', 'bluelamp_sso_state']);
    await home.close();
  });

  it('with JavaScript on, takes the drawn page over without asking for its data again, and then moves between pages itself', async () => {
    const { context: withScripts, page } = await web.open();
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/open-data')) asked.push(new URL(request.url()).pathname);
    });
    await page.goto(`${web.baseUrl}/public/measures/burglary`);
    await page.waitForFunction(() => document.body.classList.contains('js-enabled'));
    await page.getByRole('navigation', { name: 'Public sections' }).getByRole('link', { name: 'Inspections' }).click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Inspections');
    // The measure's data came with the page; only the page moved to in the browser was asked for.
    expect(asked).toEqual(['/api/open-data/inspections']);
    expect(web.consoleErrors).toEqual([]);
    await withScripts.close();
  });

  it('answers an unknown public page with "Page not found" and status 404', async () => {
    const page = await context.newPage();
    const response = await page.goto(`${web.baseUrl}/public/measures/no-such-measure`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await page.close();
  });
});
