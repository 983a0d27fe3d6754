import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_ELIGIBLE_CATEGORIES } from '../../../demo/priorities.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { setEligibleCategories } from '../../services/index.js';
import { buildServer } from '../server.js';

interface Choices {
  categories: { code: string; name: string; eligible: boolean }[];
}

describeWithDemoData('the crime categories a catalogue form offers', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer(ctx());
  });
  afterAll(async () => {
    await app.close();
  });

  const choices = async () => {
    const response = await app.inject({ method: 'GET', url: '/api/priorities/catalogue/categories' });
    expect(response.statusCode).toBe(200);
    return response.json<Choices>().categories;
  };

  it('lists every crime category in the taxonomy order, marking exactly the eligible ones', async () => {
    const categories = await choices();
    expect(categories[0]).toEqual({ code: 'all-crime', name: 'All crime', eligible: false });
    expect(
      categories
        .filter((c) => c.eligible)
        .map((c) => c.code)
        .sort(),
    ).toEqual([...DEMO_ELIGIBLE_CATEGORIES].sort());
    expect(categories.find((c) => c.code === 'theft-shops')).toEqual({
      code: 'theft-shops',
      name: 'Shoplifting',
      eligible: true,
    });
    expect(new Set(categories.map((c) => c.code)).size).toBe(categories.length);
  });

  it('follows a change to the eligible list at once', async () => {
    await setEligibleCategories(ctx(), { categories: ['drug-trafficking', 'burglary'], reason: 'Test' });
    const eligible = (await choices()).filter((c) => c.eligible).map((c) => c.code);
    expect(eligible).toEqual(['burglary', 'drug-trafficking']);
  });
});
