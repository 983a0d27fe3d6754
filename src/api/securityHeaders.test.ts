import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../test/support/demoContext.js';
import { WEB_ROOT } from '../../test/support/webServer.js';
import { buildServer } from './server.js';

describeWithDemoData('security headers', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer(ctx(), { webRoot: WEB_ROOT });
  });
  afterAll(async () => {
    await app.close();
  });

  it('sends a strict content security policy and frame, type and referrer protections on API answers, pages and errors', async () => {
    for (const url of ['/api/health', '/organisation', '/api/organisation/bcus?on=nope', '/api/missing']) {
      const { headers } = await app.inject({ method: 'GET', url });
      const csp = String(headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("style-src 'self'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).not.toContain('unsafe-inline');
      expect(headers['x-content-type-options'], url).toBe('nosniff');
      expect(headers['x-frame-options'], url).toBe('DENY');
      expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
    }
  });

  it('lets browsers keep the built scripts and styles, named by their content, for a year, and asks them to check pages each time', async () => {
    const built = fs.readdirSync(path.join(WEB_ROOT, 'assets'));
    expect(built.some((name) => name.endsWith('.js'))).toBe(true);
    for (const name of built) {
      const { statusCode, headers } = await app.inject({ method: 'GET', url: `/assets/${name}` });
      expect(statusCode, name).toBe(200);
      expect(headers['cache-control'], name).toBe('public, max-age=31536000, immutable');
    }
    for (const url of ['/organisation', '/favicon.svg']) {
      const { headers } = await app.inject({ method: 'GET', url });
      expect(headers['cache-control'], url).not.toContain('immutable');
    }
    const missing = await app.inject({ method: 'GET', url: '/assets/index-0000000.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['cache-control']).not.toBe('public, max-age=31536000, immutable');
  });
});
