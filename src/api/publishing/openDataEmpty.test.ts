import { expect, it } from 'vitest';
import { testContext } from '../../../test/support/demoContext.js';
import { describeOnBothDatabases } from '../../../test/support/testStores.js';
import { buildServer } from '../server.js';

describeOnBothDatabases('the public site of a new installation, with nothing loaded', (store) => {
  it('answers its home page in words for the public, not with an error naming a command', async () => {
    const app = await buildServer(testContext(store()));
    try {
      const home = await app.inject({ method: 'GET', url: '/api/open-data' });
      expect(home.statusCode).toBe(200);
      const view = home.json<{ title: string; notes: string[] }>();
      expect(view.title).toBe('Police: plans, performance and accountability');
      expect(view.notes.join(' ')).toContain('Nothing has been published here yet.');
      expect(home.body).not.toContain('bluelamp demo');
    } finally {
      await app.close();
    }
  });
});
