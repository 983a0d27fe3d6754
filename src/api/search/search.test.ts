import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import type { Role } from '../../domain/accounts/index.js';
import { saveMilestoneUpdate } from '../../services/index.js';
import { buildServer } from '../server.js';
import { signedInAs } from '../../../test/support/signedIn.js';

/** A word no demo text holds, written into a draft update after the index was built. */
const DRAFT_WORD = 'quokkaborough';

interface Result {
  type: string;
  title: string;
  path: string;
  state: string | null;
  within: string | null;
  snippet: { text: string; match: boolean }[];
}
type Credentials = { cookies: Record<string, string>; headers: Record<string, string> };

describeWithDemoData('searching plans, milestones, updates, findings and board actions', (ctx) => {
  let app: FastifyInstance;
  const sessions = new Map<string, Credentials>();
  const search = async (q: string, who: string | null = null) => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/search?q=${encodeURIComponent(q)}`,
      ...(who === null ? {} : sessions.get(who)),
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ results: Result[] }>().results;
  };

  beforeAll(async () => {
    app = await buildServer(ctx());
    const people: [string, Role, string[]][] = [
      ['search.viewer', 'viewer', []],
      ['search.perf', 'performance', []],
      ['search.cn', 'owner', ['CN']],
      ['search.sw', 'owner', ['SW']],
    ];
    for (const [username, role, scope] of people)
      sessions.set(username, await signedInAs(ctx(), { username, role, scope }));
    // BP18-65 is led by HR and Central North.
    await saveMilestoneUpdate(ctx(), {
      planId: 2,
      ref: 'BP18-65',
      quarter: '2018-19 Q2',
      version: 0,
      statusCode: 'on-track',
      narrative: `Draft: the ${DRAFT_WORD} pilot has not started yet.`,
    });
  });
  afterAll(async () => {
    await app.close();
  });

  it('finds a published milestone by its words, with a link to it and the matched words marked', async () => {
    const results = await search('violent crime task force');
    const milestone = results.find((r) => r.type === 'milestone' && r.title.includes('Violent Crime Task Force'));
    expect(milestone?.path).toMatch(/^\/plans\/2\/milestones\/BP18-\d+$/);
    expect(milestone?.within).toBe('Metropolitan Police Service Business Plan 2018-19');
    expect(milestone?.snippet.some((part) => part.match && /violent/i.test(part.text))).toBe(true);
  });

  it('finds published quarterly updates and inspection findings for the public', async () => {
    const chat = await search('"live chat" evaluation');
    expect(chat.some((r) => r.type === 'update' && r.state === 'published')).toBe(true);
    const findings = (await search('crime data integrity OR investigations')).filter((r) => r.type === 'finding');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]?.path).toMatch(/^\/inspections\/peel-2018-19-met\/findings\//);
  });

  it('shows a draft update written after the index was built only to those who may read it', async () => {
    const found = async (who: string | null) =>
      (await search(DRAFT_WORD, who)).filter((r) => r.type === 'update').map((r) => r.state);
    expect(await found(null)).toEqual([]);
    expect(await found('search.viewer')).toEqual([]);
    expect(await found('search.sw')).toEqual([]);
    expect(await found('search.cn')).toEqual(['draft']);
    expect(await found('search.perf')).toEqual(['draft']);
  });

  it("keeps a draft plan's items and the board's actions from the public, and shows them to staff", async () => {
    const draftPlan = (results: Result[]) => results.filter((r) => r.path.startsWith('/plans/3'));
    expect(draftPlan(await search('olympics'))).toEqual([]);
    expect(draftPlan(await search('olympics', 'search.viewer')).length).toBeGreaterThan(0);
    const actions = (results: Result[]) => results.filter((r) => r.type === 'board-action');
    expect(actions(await search('recovery plan slipping'))).toEqual([]);
    const seen = actions(await search('recovery plan slipping', 'search.viewer'));
    expect(seen[0]?.path).toMatch(/^\/board\/meetings\/\d+$/);
  });

  it('answers queries full of quotes and operators with results or none, never an error', async () => {
    const hostile = [
      '"',
      '"unclosed phrase',
      'OR',
      'crime OR',
      'NEAR(crime task, 2)',
      'crime*',
      "'; drop table plans; --",
      'title:crime',
      '-crime',
      '!!! ::: &&& |||',
      'AND NOT',
      '\\',
      '(((',
      'ünïcödé ✓ 犯罪',
    ];
    for (const q of hostile) await search(q);
    expect((await search('"task force"')).length).toBeGreaterThan(0);
  });

  it('refuses a missing, empty or overlong query and a bad limit with 400', async () => {
    for (const url of ['/api/search', '/api/search?q=', '/api/search?q=%20%20', `/api/search?q=${'a'.repeat(201)}`]) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(400);
    }
    expect((await app.inject({ method: 'GET', url: '/api/search?q=crime&limit=0' })).statusCode).toBe(400);
    expect(
      (await app.inject({ method: 'GET', url: '/api/search?q=crime&limit=3' })).json<{ results: [] }>().results.length,
    ).toBe(3);
  });
});
