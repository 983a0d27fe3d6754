/**
 * Takes full-page screenshots of a running Bluelamp, for looking at what we build:
 *   npx tsx scripts/screenshot.ts http://localhost:3000/organisation /tmp/organisation.png [width]
 */
import { launchChromium } from '../test/support/browser.js';

const [url, file, width = '1280'] = process.argv.slice(2);
if (url === undefined || file === undefined) {
  process.stderr.write('usage: tsx scripts/screenshot.ts <url> <file.png> [width]\n');
  process.exit(2);
}
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      process.stderr.write(`console ${message.type()}: ${message.text()}\n`);
  });
  page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.screenshot({ path: file, fullPage: true });
} finally {
  await browser.close();
}
