import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { allowedFor, CALLERS, signedIn, type Caller, type Outcomes } from '../../test/support/authorisationOutcomes.js';
import { describeWithDemoData } from '../../test/support/demoContext.js';
import { samplePdf } from '../../test/support/evidenceSamples.js';
import type { Role } from '../domain/accounts/index.js';
import { addUpdateEvidence, createApiToken, saveMilestoneUpdate } from '../services/index.js';
import { insertEvidence, listUpdatesOfPlan } from '../store/index.js';
import { buildServer } from './server.js';
import { signedInAs } from '../../test/support/signedIn.js';

/**
 * The reads the route matrix cannot show with one request per route: whose unpublished updates
 * and evidence each caller sees, and who reads the audit trail. BP18-65 is led by HR and Central
 * North, so the owner scoped to Central North leads it and the one scoped to South West does not.
 */
const CALLER_ROLES: readonly [Caller, Role, string[]][] = [
  ['viewer', 'viewer', []],
  ['reviewer', 'reviewer', []],
  ['ownerInScope', 'owner', ['CN']],
  ['ownerOutOfScope', 'owner', ['SW']],
  ['performance', 'performance', []],
  ['admin', 'admin', []],
];
const READS_DRAFTS_OF_BP18_65: Record<Caller, boolean> = {
  anonymous: false,
  viewer: false,
  reviewer: true,
  ownerInScope: true,
  ownerOutOfScope: false,
  performance: true,
  admin: true,
};

describeWithDemoData('unpublished updates, their evidence and the audit trail, for each caller', (ctx) => {
  let app: FastifyInstance;
  let draftEvidence = 0;
  let publishedEvidence = 0;
  const sessions = new Map<Caller, { cookies: Record<string, string>; headers: Record<string, string> }>();

  beforeAll(async () => {
    app = await buildServer(ctx());
    for (const [username, role, scope] of CALLER_ROLES) {
      sessions.set(username, await signedInAs(ctx(), { username, role, scope }));
    }
    const draft = await saveMilestoneUpdate(ctx(), {
      planId: 2,
      ref: 'BP18-65',
      quarter: '2018-19 Q2',
      version: 0,
      statusCode: 'on-track',
      narrative: 'Draft: the pilot has not started yet.',
    });
    const file = { kind: 'file' as const, fileName: 'draft.pdf', content: samplePdf('draft') };
    draftEvidence = (await addUpdateEvidence(ctx(), { ...file, updateId: draft.id, title: 'Draft plan' })).id;
    publishedEvidence = await evidenceOnAPublishedUpdate();
  });
  afterAll(async () => {
    await app.close();
  });

  /** Published updates take no new evidence through the service; the store writes this one as history would hold it. */
  async function evidenceOnAPublishedUpdate(): Promise<number> {
    const updates = await listUpdatesOfPlan(ctx().store.db, 'met-business-plan-2018-19');
    const published = updates.find((update) => update.state === 'published');
    if (published === undefined) throw new Error('The demo holds no published update.');
    const content = samplePdf('published');
    const row = await insertEvidence(ctx().store.db, {
      update_id: published.id,
      kind: 'file',
      title: 'Published evidence',
      url: null,
      file_name: 'published.pdf',
      media_type: 'application/pdf',
      size_bytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      added_at: '2018-07-20T09:00:00.000Z',
      added_by: 'user:performance',
    });
    return row.id;
  }

  async function statusOfEach(url: string): Promise<Outcomes> {
    const outcomes: Partial<Outcomes> = {};
    for (const caller of CALLERS) {
      const response = await app.inject({ method: 'GET', url, ...(sessions.get(caller) ?? {}) });
      outcomes[caller] = response.statusCode;
    }
    return outcomes as Outcomes;
  }

  it('shows the draft of BP18-65 only to reviewers, the team and the owner whose unit leads it', async () => {
    const seen: Partial<Record<Caller, boolean>> = {};
    for (const caller of CALLERS) {
      const response = await app.inject({
        method: 'GET',
        url: '/api/plans/2/milestones/BP18-65',
        ...(sessions.get(caller) ?? {}),
      });
      expect(response.statusCode).toBe(200);
      const { updates } = response.json<{ updates: { state: string; narrative: string }[] }>();
      seen[caller] = updates.some((update) => update.state !== 'published');
      if (!seen[caller]) expect(JSON.stringify(updates)).not.toContain('the pilot has not started');
    }
    expect(seen).toEqual(READS_DRAFTS_OF_BP18_65);
  });

  it("serves a draft's evidence to those who read the draft, and to everyone else it does not exist", async () => {
    expect(await statusOfEach(`/api/evidence/${draftEvidence}`)).toEqual({
      ...signedIn(200),
      viewer: 404,
      ownerOutOfScope: 404,
    });
  });

  it("serves a published update's evidence to every signed-in caller and no one else", async () => {
    expect(await statusOfEach(`/api/evidence/${publishedEvidence}`)).toEqual(signedIn(200));
  });

  it('lets only the performance team and administrators read the audit trail and its accounts', async () => {
    expect(await statusOfEach('/api/audit?entityType=user&entityId=viewer')).toEqual(
      allowedFor(['performance', 'admin']),
    );
  });

  it("reads with each caller's API token exactly what their session cookie reads: the same role and scope", async () => {
    const byToken = new Map<Caller, { headers: Record<string, string> }>();
    for (const [username] of CALLER_ROLES) {
      const { secret } = await createApiToken(ctx(), { username, name: 'Matrix reads' });
      byToken.set(username, { headers: { authorization: `Bearer ${secret}` } });
    }
    for (const url of [
      `/api/evidence/${draftEvidence}`,
      `/api/evidence/${publishedEvidence}`,
      '/api/audit?entityType=user&entityId=viewer',
    ]) {
      const withCookie = await statusOfEach(url);
      const withToken: Partial<Outcomes> = {};
      for (const caller of CALLERS) {
        withToken[caller] = (await app.inject({ method: 'GET', url, ...(byToken.get(caller) ?? {}) })).statusCode;
      }
      expect(withToken, url).toEqual(withCookie);
    }
  });
});
