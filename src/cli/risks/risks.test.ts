import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';

describeCliWithDemoData('bluelamp risks', (use) => {
  it('lists the demo register as JSON, filtered by board, with the demo note on the scores', async () => {
    use();
    const listed = await run('risks', 'list', '--board', 'audit-panel', '--json');
    expect(listed.code).toBe(0);
    const register = JSON.parse(listed.out) as {
      risks: { ref: string; residual: { score: number } }[];
      scoreNotes: string[];
    };
    expect(register.risks.map((r) => r.ref).sort()).toEqual(['SR-1', 'SR-2', 'SR-3', 'SR-4']);
    expect(register.risks.find((r) => r.ref === 'SR-2')?.residual.score).toBe(15);
    expect(register.scoreNotes[0]).toMatch(/^Demo: the likelihood and impact scores are the demo author's reading/);
    const text = await run('risks', 'list');
    expect(text.out).toMatch(/SR-1 +Vetting backlog.* +20 Very high +1[26] High +treat +audit-panel/);
  });

  it('adds a risk from a JSON file, updates it at the version read, refuses a stale update and shows its history', async () => {
    use();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-risks-'));
    const file = path.join(folder, 'risk.json');
    const fields = {
      title: 'Custody capacity falls short',
      owner: 'Commander, Custody',
      cause: 'Suites close.',
      consequence: 'Queues at custody.',
      inherent: { likelihood: 3, impact: 3 },
      residual: { likelihood: 2, impact: 3 },
      treatment: 'reduce',
      controls: [],
      actions: [],
      boards: ['audit-panel'],
      milestones: [],
      findings: [{ inspection: 'peel-2018-19-met', ref: 'ELB-CoC-1' }],
      scoreNote: null,
    };
    fs.writeFileSync(file, JSON.stringify({ ref: 'CL-1', ...fields }));
    expect(await run('risks', 'add', '--file', file)).toMatchObject({ code: 0, out: 'Added risk CL-1 at version 1.' });
    fs.writeFileSync(file, JSON.stringify({ ...fields, treatment: 'treat' }));
    const updated = await run('risks', 'update', 'CL-1', '--file', file, '--expected-version', '1');
    expect(updated.out).toBe('Risk CL-1 is now at version 2 (changed: treatment).');
    const stale = await run('risks', 'update', 'CL-1', '--file', file, '--expected-version', '1');
    expect(stale.code).not.toBe(0);
    expect(stale.err).toContain('changed by someone else');
    const shown = await run('risks', 'show', 'CL-1');
    expect(shown.out).toMatch(/Residual: 6 \(medium\): unlikely likelihood × moderate impact/);
    expect(shown.out).toMatch(/- finding peel-2018-19-met ELB-CoC-1/);
    expect(shown.out).toMatch(/2 +edited .* +treatment/);
    const badReview = await run(
      'risks',
      'review',
      'CL-1',
      '--meeting',
      '1',
      '--likelihood',
      '9',
      '--impact',
      '1',
      '--note',
      'n',
      '--expected-version',
      '2',
    );
    expect(badReview.err).toContain('--likelihood must be a whole number from 1 to 5');
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
