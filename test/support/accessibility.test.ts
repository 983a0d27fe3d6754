import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from './accessibility.js';
import { closeContexts, sharedChromium } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await closeContexts(browser);
});

it('the accessibility check reports a form field with no label', async () => {
  const page = await browser.newPage();
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>t</title></head><body><main><input type="text"></main></body></html>',
  );
  const violations = await axeViolations(page);
  expect(violations.map((violation) => violation.id)).toContain('label');
});
