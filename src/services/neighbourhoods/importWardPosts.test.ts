import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { countOrgUnits, countRows } from '../../store/index.js';
import { listAuditHistory } from '../audit/listAuditHistory.js';
import { getOrgUnit } from '../organisation/getOrgUnit.js';
import { getAbstractionSummary } from './getAbstractionSummary.js';
import { importAbstractions } from './importAbstractions.js';
import { importWardPosts } from './importWardPosts.js';
import { listBoroughWards } from './listBoroughWards.js';

const csv = (...lines: string[]) => Buffer.from(`${lines.join('\n')}\n`, 'utf8');
const POSTS = 'Borough,Ward,Ward code,Role,Establishment,Actual,As at';
const ABSTRACTIONS = 'Borough,Ward,Role,Date,Hours,Reason,Note';

describeWithDemoData('loading ward posts and abstractions', (ctx) => {
  async function footprint() {
    const db = ctx().store.db;
    return {
      units: await countOrgUnits(db),
      posts: await countRows(db, 'ward_posts'),
      abstractions: await countRows(db, 'ward_abstractions'),
      imports: await countRows(db, 'neighbourhood_imports'),
      audit: (await listAuditHistory(ctx())).length,
    };
  }

  it('supersedes a ward’s figures, keeps the old ones, and creates a ward the organisation lacked, audited', async () => {
    const result = await importWardPosts(ctx(), {
      fileName: 'camden-2019-03.csv',
      content: csv(
        POSTS,
        'Camden,Camden ward 1,,PCSO,1,0,2018-12-31',
        'camden,Kentish Town,E05000135,Dedicated ward officer,2,2,2018-12-31',
        'Camden,Kentish Town,E05000135,PCSO,1,1,31/12/2018',
      ),
    });
    expect(result).toMatchObject({ rows: 3, added: 2, revised: 1, unchanged: 0 });
    expect(result.wardsCreated).toEqual([{ code: 'E05000135', name: 'Kentish Town', borough: 'camden' }]);
    const camden = await listBoroughWards(ctx(), { borough: 'Camden' });
    const ward1 = camden.wards.find((w) => w.name === 'Camden ward 1');
    expect(ward1).toMatchObject({ status: 'short', complianceText: '1 PCSO short', synthetic: true });
    const kentish = camden.wards.find((w) => w.code === 'E05000135');
    expect(kentish).toMatchObject({ status: 'met', gssCode: 'E05000135', synthetic: false, asAt: '2018-12-31' });
    expect((await getOrgUnit(ctx(), { code: 'E05000135' })).parent).toMatchObject({ code: 'camden' });
    const created = await listAuditHistory(ctx(), { entityType: 'org_unit', entityId: 'E05000135' });
    expect(created.map((e) => [e.action, e.reason])).toEqual([
      ['create', 'Named in the ward posts file camden-2019-03.csv'],
    ]);
    expect(await countRows(ctx().store.db, 'ward_posts')).toBe(629 * 4 + 3);

    const again = await importWardPosts(ctx(), {
      fileName: 'again.csv',
      content: csv(POSTS, 'Camden,kentish town,,PCSO,1,1,2018-12-31'),
    });
    expect(again).toMatchObject({ added: 0, revised: 0, unchanged: 1, wardsCreated: [] });
  });

  it('refuses a file naming a borough that does not exist, and writes nothing at all', async () => {
    const before = await footprint();
    await expect(
      importWardPosts(ctx(), {
        fileName: 'posts.csv',
        content: csv(POSTS, 'Barnet,Brand New Ward,,DWO,2,2,2019-03-31', 'Atlantis,Harbour,,DWO,2,2,2019-03-31'),
      }),
    ).rejects.toThrow(
      'Nothing was loaded. One problem: posts.csv, row 3, column Borough: "Atlantis" is not one of the force\'s boroughs.',
    );
    expect(await footprint()).toEqual(before);
  });

  it('names every bad cell by file, row and column, and a missing column, writing nothing', async () => {
    const before = await footprint();
    await expect(
      importWardPosts(ctx(), {
        fileName: 'bad.csv',
        content: csv(
          POSTS,
          'Barnet,Barnet ward 1,,DWO,two,2,2019-03-31',
          'Barnet,Barnet ward 2,,PCSO,-1,0,2019-03-31',
          'Barnet,Barnet ward 3,,PCSO,1,0,31/02/2019',
        ),
      }),
    ).rejects.toThrow(
      'Nothing was loaded. 3 problems: bad.csv, row 2, column Establishment: "two" is not a whole number; bad.csv, row 3, column Establishment: "-1" is negative; a count of posts is 0 or more; bad.csv, row 4, column As at: "31/02/2019" is not a real date written 2018-12-31 or 31/12/2018.',
    );
    await expect(
      importWardPosts(ctx(), {
        fileName: 'cols.csv',
        content: csv('Borough,Ward,Role,Actual,As at', 'Barnet,W,DWO,2,2019-03-31'),
      }),
    ).rejects.toThrow(
      'Nothing was loaded. One problem: cols.csv, row 1, column Establishment: the Establishment column is missing.',
    );
    await expect(
      importWardPosts(ctx(), {
        fileName: 'clash.csv',
        content: csv(POSTS, 'Barnet,Somewhere,E05000135,DWO,2,2,2019-03-31'),
      }),
    ).rejects.toThrow(
      'clash.csv, row 2, column Ward code: ward code "E05000135" is Kentish Town in Camden, not in Barnet',
    );
    expect(await footprint()).toEqual(before);
  });

  it('loads abstractions once, refuses the same file twice, and refuses a ward that does not exist', async () => {
    const file = csv(
      ABSTRACTIONS,
      'Camden,Kentish Town,DWO,2019-01-12,7.5,Aid to other areas / events,Football',
      'Camden,Camden ward 2,PCSO,2019-01-14,4,Training,',
    );
    const loaded = await importAbstractions(ctx(), { fileName: 'jan.csv', content: file });
    expect(loaded).toEqual({
      fileName: 'jan.csv',
      rows: 2,
      hours: 11.5,
      firstDate: '2019-01-12',
      lastDate: '2019-01-14',
    });
    const january = await getAbstractionSummary(ctx(), { borough: 'camden', from: '2019-01-01', to: '2019-01-31' });
    expect(january.london).toMatchObject({ records: 2, hours: 11.5, byReason: { aid: 7.5, training: 4 } });
    expect(january.synthetic).toBe(false);
    expect(january.wards.find((w) => w.code === 'E05000135')?.hours).toBe(7.5);
    const before = await footprint();
    await expect(importAbstractions(ctx(), { fileName: 'jan-copy.csv', content: file })).rejects.toThrow(
      /^Nothing was loaded: the same abstractions were loaded from jan\.csv at /,
    );
    await expect(
      importAbstractions(ctx(), {
        fileName: 'feb.csv',
        content: csv(ABSTRACTIONS, 'Camden,Nowhere,DWO,2019-02-01,8,Court,', 'Atlantis,X,DWO,2019-02-01,8,Court,'),
      }),
    ).rejects.toThrow(
      'Nothing was loaded. 2 problems: feb.csv, row 2, column Ward: "Nowhere" is not a ward of Camden; load its posts first; feb.csv, row 3, column Borough: "Atlantis" is not one of the force\'s boroughs.',
    );
    expect(await footprint()).toEqual(before);
  });
});
