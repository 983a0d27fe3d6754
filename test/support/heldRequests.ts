import type { BrowserContext, Page } from 'playwright-core';

/**
 * Holds back the page's requests to one API path until `release` is called, so a test can make a
 * list arrive last, the order a slow network can give. The request still reaches the real server.
 */
export async function holdRequests(target: Page | BrowserContext, apiPath: string): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await target.route(
    (url) => url.pathname === apiPath,
    async (route) => {
      await released;
      await route.continue();
    },
  );
  return release;
}
