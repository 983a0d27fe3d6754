/**
 * Takes full-page screenshots of a running Bluelamp, for looking at what we build:
 *   npx tsx scripts/screenshot.ts http://localhost:3000/organisation /tmp/organisation.png [width] [height]
 * A height takes only the top of the page, that tall, instead of all of it. With
 * BLUELAMP_SCREENSHOT_USER and BLUELAMP_SCREENSHOT_PASSWORD set, the page is taken signed in.
 */
import { launchChromium } from '../test/support/browser.js';

const [url, file, width = '1280', height] = process.argv.slice(2);
if (url === undefined || file === undefined) {
  process.stderr.write('usage: tsx scripts/screenshot.ts <url> <file.png> [width]\n');
  process.exit(2);
}
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height ?? 900) } });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      process.stderr.write(`console ${message.type()}: ${message.text()}\n`);
  });
  page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
  const username = process.env.BLUELAMP_SCREENSHOT_USER;
  if (username !== undefined) {
    const response = await page.request.post(new URL('/api/session', url).toString(), {
      data: { username, password: process.env.BLUELAMP_SCREENSHOT_PASSWORD ?? '' },
    });
    if (!response.ok()) throw new Error(`Signing in as ${username} failed: ${response.status()}`);
  }
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.screenshot({ path: file, fullPage: height === undefined });
} finally {
  await browser.close();
}
