import fs from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { holdRequests } from '../../../test/support/heldRequests.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { sharedDataFile } from '../../../test/support/sharedData.js';
import { importMpsBoroughSeries, importObservations } from '../../../src/services/index.js';
import type { MeasureComparison, MeasureList, MeasureSeries } from './measureTypes.js';

const FILE = 'MPS_Borough_Level_Crime_Historic.csv';
const COUNT = new Intl.NumberFormat('en-GB');

describeWithDemoData('the measure explorer in Chromium', (ctx, dialect) => {
  beforeAll(async () => {
    await importMpsBoroughSeries(ctx(), {
      fileName: FILE,
      content: fs.createReadStream(sharedDataFile('mps-borough', FILE)),
    });
  }, 120_000);
  const web = webAppInChromium(ctx, dialect);
  const { consoleErrors, open: openPage } = web;

  it('lists every measure with its polarity in words', async () => {
    const { context, page } = await openPage();
    await page.goto(`${web.baseUrl}/measures`);
    await page.locator('#measures tbody tr').first().waitFor();
    const list = (await (await page.request.get(`${web.baseUrl}/api/measures`)).json()) as MeasureList;
    expect(await page.locator('#measures tbody tr').count()).toBe(list.measures.length);
    const burglary = page.locator('#measures tbody tr', { hasText: 'Burglary' });
    expect(await burglary.innerText()).toContain('Lower is better');
    expect(await page.locator('#measures tbody tr', { hasText: 'Rape' }).innerText()).toContain(
      'An increase in reporting is wanted',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Burglary', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Burglary' }).waitFor();
    await context.close();
  });

  it("shows burglary in Camden in 2015-16 with the API's verdict, chart, figures and every borough", async () => {
    const { context, page } = await openPage();
    const api = (await (
      await page.request.get(`${web.baseUrl}/api/measures/burglary/compare?area=camden&period=2015-16`)
    ).json()) as MeasureComparison;
    const series = (await (
      await page.request.get(`${web.baseUrl}/api/measures/burglary/series?area=camden`)
    ).json()) as MeasureSeries;
    // The borough list arrives last, after the figures: the area choice must still show Camden.
    const releaseBoroughs = await holdRequests(page, '/api/organisation/boroughs');
    await page.goto(`${web.baseUrl}/measures/burglary?area=camden&period=2015-16`);
    const sentence = page.getByTestId('verdict-sentence');
    await sentence.waitFor();
    releaseBoroughs();
    expect(await page.title()).toBe('Burglary: measure – Bluelamp');
    expect(api.judgement.sentence).toMatch(/^Burglary: /);
    expect(await sentence.innerText()).toBe(api.judgement.sentence);
    expect(await page.getByTestId('current-value').innerText()).toBe(COUNT.format(api.current.value));
    expect(await page.getByTestId('previous-value').innerText()).toBe(COUNT.format(api.previous.value));
    expect(await page.locator('.bl-verdict').innerText()).toContain(api.judgement.verdictLabel ?? '');
    expect(await page.getByTestId('test-words').innerText()).toMatch(
      /^exact test p (= [\d.]+|< 0\.001), rate ratio \d\.\d\d \(95% interval \d\.\d\d to \d\.\d\d\)$/,
    );
    const area = page.getByLabel('Area', { exact: true });
    await area.locator('option[value="camden"]').waitFor({ state: 'attached' });
    expect(await area.inputValue()).toBe('camden');
    expect(await page.getByLabel('Financial year').inputValue()).toBe('2015-16');

    await page.locator('[data-testid="measure-chart"] svg').first().waitFor();
    expect(await page.locator('figure.bl-chart').getAttribute('aria-label')).toContain('burglary in Camden');

    const toggle = page.getByRole('button', { name: 'Show the figures as a table' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await page.getByRole('button', { name: 'Hide the figures table' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(await page.locator('#monthly-figures tbody tr').count()).toBe(series.months.length);

    await page.locator('#borough-comparison tbody tr').first().waitFor();
    expect(await page.locator('#borough-comparison tbody tr').count()).toBe(32);
    expect(await page.locator('#borough-comparison .bl-interval').count()).toBe(32);
    expect(await page.locator('#borough-comparison .govuk-tag').count()).toBe(32);

    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'measure');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the monthly figures (CSV)' }).click();
    const csv = fs
      .readFileSync((await (await download).path()) ?? '', 'utf8')
      .trim()
      .split('\n');
    expect(csv[0]).toBe('month,value,centre,lower_limit,upper_limit,rolling_12_months,signals');
    expect(csv.length).toBe(series.months.length + 1);
    await context.close();
  });

  it('shows every source of London’s figures side by side, labelled, with the areas its total counts', async () => {
    const { context, page } = await openPage();
    const query = 'area=London&period=2017-18';
    const api = (await (
      await page.request.get(`${web.baseUrl}/api/measures/crime-total/compare?${query}`)
    ).json()) as MeasureComparison;
    const series = (await (
      await page.request.get(`${web.baseUrl}/api/measures/crime-total/series?area=London`)
    ).json()) as MeasureSeries;
    await page.goto(`${web.baseUrl}/measures/crime-total?${query}`);
    await page.locator('#measure-sources tbody tr').first().waitFor();
    expect(api.area.composition).toMatch(/^32 boroughs and /);
    expect(await page.getByTestId('area-composition').innerText()).toBe(api.area.composition);
    expect(await page.getByTestId('series-composition').innerText()).toBe(
      `London's figures count ${api.area.composition}.`,
    );
    expect(await page.getByTestId('headline-label').innerText()).toContain(`Headline figures: ${api.headline.label}`);
    const rows = page.locator('#measure-sources tbody tr');
    expect(await rows.count()).toBe(api.sources.length);
    for (const [index, source] of api.sources.entries()) {
      const text = await rows.nth(index).innerText();
      expect(text).toContain(source.source.label);
      expect(text).toContain('As at');
      if (source.current.value !== null) expect(text).toContain(COUNT.format(source.current.value));
    }
    expect(await page.locator('#measure-sources .govuk-tag', { hasText: 'Headline' }).count()).toBe(1);
    expect(await page.locator('#published-figures tbody tr').count()).toBe(series.published.length);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'measure-sources');
    await context.close();
  });

  it("judges a survey percentage on its effective sample: Camden's public confidence, 74% to 71% of 8,000", async () => {
    await importObservations(ctx(), {
      fileName: 'pas.csv',
      format: 'csv',
      asAt: '2019-04-30',
      content: Buffer.from(
        [
          'Measure,Area,Period,Value,Status,Breakdown,Numerator,Denominator,Sample size,Design effect',
          'public-confidence,Camden,R12 2019-03,71,final,,5680,8000,8000,1.3',
          'public-confidence,Camden,R12 2018-03,74,final,,5920,8000,8000,1.3',
          'public-confidence,London,R12 2019-03,71,final,,5680,8000,8000,1.3',
          'public-confidence,London,R12 2018-03,74,final,,5920,8000,8000,1.3',
          '',
        ].join('\n'),
      ),
    });
    const { context, page } = await openPage();
    const query = `area=camden&period=${encodeURIComponent('R12 2019-03')}`;
    const api = (await (
      await page.request.get(`${web.baseUrl}/api/measures/public-confidence/compare?${query}`)
    ).json()) as MeasureComparison;
    expect(api.judgement.test).toBe('two-proportion');
    await page.goto(`${web.baseUrl}/measures/public-confidence?${query}`);
    const sentence = page.getByTestId('verdict-sentence');
    await sentence.waitFor();
    expect(await sentence.innerText()).toBe(api.judgement.sentence);
    expect(await page.getByTestId('current-value').innerText()).toBe('71.0%');
    expect(await page.getByTestId('current-value-sample').innerText()).toBe(
      'sample 8,000, design effect 1.3, effective sample 6,154',
    );
    expect(await page.getByTestId('change').innerText()).toBe('−3.0 points (95% interval −4.6 to −1.4 points)');
    expect(await page.locator('.bl-verdict .govuk-tag--red').innerText()).toBe('Significant deterioration');
    expect(await page.getByTestId('test-words').innerText()).toBe(
      'two-proportion test on the effective samples, p < 0.001',
    );
    expect(await page.locator('#measure-sources tbody tr').first().innerText()).toContain('−3.0 points');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'measure-proportion');
    await page.screenshot({ path: '/tmp/h1-measure-proportion.png', fullPage: true });

    // The public site's page for the measure quotes the same tested sentence for London.
    await page.goto(`${web.baseUrl}/public/measures/public-confidence`);
    const highlight = page.getByText(/^Public confidence: 71% \(95% interval 69\.9% to 72\.1%\)/);
    await highlight.waitFor();
    expect(await highlight.innerText()).toContain('the difference of −3.0 points (95% interval −4.6 to −1.4 points)');
    expect(await page.locator('main').innerText()).toContain('effective sample 6,154');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/h1-public-proportion.png', fullPage: true });
    await context.close();
  });

  it('changes area and year with the form, keeping them in a shareable URL', async () => {
    const { context, page } = await openPage();
    await page.goto(`${web.baseUrl}/measures/burglary?area=camden&period=2015-16`);
    await page.getByTestId('verdict-sentence').waitFor();
    await page.getByLabel('Area', { exact: true }).selectOption('London');
    await page.getByLabel('Financial year').selectOption('2014-15');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBe('London');
    expect(new URL(page.url()).searchParams.get('period')).toBe('2014-15');
    const api = (await (
      await page.request.get(`${web.baseUrl}/api/measures/burglary/compare?area=London&period=2014-15`)
    ).json()) as MeasureComparison;
    await expect.poll(() => page.getByTestId('verdict-sentence').innerText()).toBe(api.judgement.sentence);
    await context.close();
    expect(consoleErrors).toEqual([]);
  });
});
