import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { ServiceContext } from '../../src/services/index.js';
import type { Dialect } from '../../src/store/index.js';
import { closeContexts, openPageAs, openWatchedPage, sharedChromium } from './browser.js';
import { serveWebApp } from './webServer.js';

const VIEWPORT = { width: 1280, height: 900 };

export interface OpenOptions {
  /** Written before each console error, so that a test can tell whose page logged it. */
  readonly tag?: string;
  /** Console errors that are expected and left out, such as the 401 of a refused sign-in. */
  readonly ignore?: RegExp;
}

/** The web app served from the demo data, and Chromium to read it with, for one test file. */
export interface WebAppInChromium {
  /** The address the app answers at; known once the file's tests start. */
  readonly baseUrl: string;
  readonly browser: Browser;
  /** The console and page errors of every page the fixture opened, in order; one array for the file. */
  readonly consoleErrors: string[];
  /** A page at 1280 × 900 in a browser context of its own, watched for errors, at `path` when one is given. */
  readonly open: (path?: string, options?: OpenOptions) => Promise<{ context: BrowserContext; page: Page }>;
  /** A page before each test: the errors of earlier tests are forgotten, so each test answers for its own. */
  readonly freshPage: () => Promise<Page>;
  /** A page at `path` that also counts failed responses (400 and over) as errors. */
  readonly openWatched: (path: string) => Promise<Page>;
  /** A page at `path` signed in through the API as `username` (or read by the public when null); errors say who. */
  readonly openAs: (username: string | null, path: string) => Promise<{ context: BrowserContext; page: Page }>;
  /** The whole page as test-results/<name>-<dialect>.png, for people to look at. */
  readonly screenshot: (page: Page, name: string) => Promise<void>;
}

/**
 * Registers the file's set-up: before its tests, the real server with the built web app on the
 * test store, and the worker's headless Chromium; after them, the server and the file's pages closed. Call it inside the suite; set-up
 * registered before the call (such as data the server should find) runs first. `password` is the
 * one every user the file adds shares, for `openAs`.
 */
export function webAppInChromium(
  ctx: () => ServiceContext,
  dialect: Dialect,
  { password = '' }: { password?: string } = {},
): WebAppInChromium {
  let app: FastifyInstance | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';
  const consoleErrors: string[] = [];
  beforeAll(async () => {
    ({ app, baseUrl } = await serveWebApp(ctx()));
    browser = await sharedChromium();
  }, 120_000);
  afterAll(async () => {
    await closeContexts(browser);
    await app?.close();
  });
  const chromium = (): Browser => {
    if (browser === undefined) throw new Error('Chromium starts before the tests: open pages inside them.');
    return browser;
  };
  const open = async (path?: string, options: OpenOptions = {}) => {
    const context = await chromium().newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const prefix = options.tag === undefined ? '' : `${options.tag}: `;
    page.on('console', (message) => {
      if (message.type() !== 'error' || options.ignore?.test(message.text())) return;
      consoleErrors.push(`${prefix}${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    if (path !== undefined) await page.goto(`${baseUrl}${path}`);
    return { context, page };
  };
  return {
    get baseUrl() {
      return baseUrl;
    },
    get browser() {
      return chromium();
    },
    consoleErrors,
    open,
    freshPage: async () => {
      consoleErrors.length = 0;
      return (await open()).page;
    },
    openWatched: (path) => openWatchedPage(chromium(), `${baseUrl}${path}`, consoleErrors),
    openAs: (username, path) =>
      openPageAs(chromium(), baseUrl, username === null ? null : { username, password }, path, consoleErrors),
    screenshot: async (page, name) => {
      fs.mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: `test-results/${name}-${dialect}.png`, fullPage: true });
    },
  };
}
