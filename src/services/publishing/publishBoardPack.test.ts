import { expect, it } from 'vitest';
import { PUBLIC_ACTOR, type Actor } from '../../domain/accounts/index.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { problemOf } from '../../../test/support/problems.js';
import { publishBoardPack } from './publishBoardPack.js';
import { getPublishedReport } from './reportVersions.js';

const PERFORMANCE: Actor = { kind: 'user', username: 'perf', role: 'performance', scope: [] };

describeWithDemoData('publishing a board pack', (ctx) => {
  it('freezes the pack of the Quarter 1 Performance Group as a public report, which the public could not read before', async () => {
    const version = await publishBoardPack({ ...ctx(), actor: PERFORMANCE }, { meeting: 1 });
    expect(version).toMatchObject({
      reportKey: 'performance-group-2018-07-25-meeting-1',
      kind: 'board-pack',
      version: 1,
      period: 'Performance Group, 25 July 2018',
      asAt: '2018-07-25',
    });
    const published = await getPublishedReport(
      { ...ctx(), actor: PUBLIC_ACTOR },
      { report: version.reportKey, version: 1 },
    );
    expect(published.html).toContain('Exceptions');
    expect(published.html).toContain('Published: open to the public');
    expect(published.html).not.toContain('Internal: for the board');
    expect(published.data).toMatchObject({ meeting: { id: 1, board: 'performance-group' } });
  });

  it('refuses a meeting that does not exist, and the public', async () => {
    expect(await problemOf(publishBoardPack({ ...ctx(), actor: PERFORMANCE }, { meeting: 999 }))).toMatchObject({
      kind: 'not-found',
    });
    expect(await problemOf(publishBoardPack({ ...ctx(), actor: PUBLIC_ACTOR }, { meeting: 2 }))).toMatchObject({
      kind: 'unauthenticated',
    });
  });
});
