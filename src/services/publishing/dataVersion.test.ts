import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testContext } from '../../../test/support/demoContext.js';
import { createDemoTestDatabase } from '../../../test/support/demoTemplate.js';
import { samplePdf } from '../../../test/support/evidenceSamples.js';
import { GROUP_GAP_FIXTURE as F } from '../../../test/support/groupGapFixtures.js';
import { sharedDataFile } from '../../../test/support/sharedData.js';
import { DIALECTS, type TestDatabase } from '../../../test/support/testStores.js';
import type { Actor } from '../../domain/accounts/index.js';
import { POLICE_UK_LAYOUTS } from '../../domain/crime-data/index.js';
import { migrateToLatest, openStore, type Store } from '../../store/index.js';
import { addMeetingPaperFile } from '../board/addMeetingPaperFile.js';
import { listBoardMeetings } from '../board/listBoardMeetings.js';
import { saveMeetingPaper } from '../board/saveMeetingPaper.js';
import type { ServiceContext } from '../context.js';
import { importMpsBoroughSeries } from '../crime-data/importMpsBoroughSeries.js';
import { importPoliceUk } from '../crime-data/importPoliceUk.js';
import { importObservations } from '../measures/importObservations.js';
import { recordPrioritySet } from '../priorities/recordPrioritySet.js';
import { currentDataVersion } from './dataVersion.js';
import { publishQuarterlyReport } from './publishQuarterlyReport.js';

const PERFORMANCE: Actor = { kind: 'user', username: 'perf', role: 'performance', scope: [] };
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-data-version-'));

function kentSearches(dialect: string): string {
  const row =
    'Person search,2018-04-01T12:00:00+00:00,False,,51.3,0.5,Male,18-24,White - English,White,' +
    'Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,False,False';
  const file = path.join(scratch, dialect, '2018-04-kent-stop-and-search.csv');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, [POLICE_UK_LAYOUTS['stop-and-search'].join(','), row, row].map((l) => `${l}\n`).join(''));
  return file;
}

/** Each kind of write that changes what the public sees, made through its own use case. */
function writes(dialect: string): [string, (ctx: ServiceContext) => Promise<unknown>][] {
  return [
    [
      'publishing a quarterly report',
      (ctx) =>
        publishQuarterlyReport(
          { ...ctx, actor: PERFORMANCE },
          { plan: 'met-business-plan-2018-19', quarter: '2018-19-Q1' },
        ),
    ],
    [
      'loading a measure’s observations',
      (ctx) =>
        importObservations(ctx, {
          fileName: F.fileName,
          format: 'csv',
          content: Buffer.from(`${F.csv}\n`),
          source: F.source,
        }),
    ],
    [
      'loading an MPS recorded-crime file',
      (ctx) =>
        importMpsBoroughSeries(ctx, {
          fileName: 'MPS_Borough_Level_Crime_Historic.csv',
          content: fs.createReadStream(sharedDataFile('mps-borough', 'MPS_Borough_Level_Crime_Historic.csv')),
        }),
    ],
    ['loading a police.uk file', (ctx) => importPoliceUk(ctx, { paths: [kentSearches(dialect)] })],
    [
      'recording a borough’s priorities',
      (ctx) =>
        recordPrioritySet(ctx, {
          boroughCode: 'havering',
          year: '2018-19',
          priorities: [
            { categoryCode: 'burglary', qualifier: null },
            { categoryCode: 'robbery', qualifier: null },
          ],
          agreedBy: 'Havering Council, East Area BCU and MOPAC',
          agreedOn: '2018-10-01',
          source: null,
          reason: 'Robbery rose after the summer',
        }),
    ],
    [
      'writing a board meeting’s papers',
      async (ctx) => {
        const meeting =
          (await listBoardMeetings(ctx, { board: 'police-and-crime-committee' })).meetings.at(-1)?.id ?? 0;
        await saveMeetingPaper({ ...ctx, actor: PERFORMANCE }, { meeting, kind: 'decisions', text: 'Agreed.' });
        return addMeetingPaperFile(ctx, {
          meeting,
          kind: 'decisions',
          fileName: 'decisions.pdf',
          content: samplePdf('Decisions'),
        });
      },
    ],
  ];
}

for (const dialect of DIALECTS) {
  describe(`the open data's version (${dialect})`, () => {
    let database: TestDatabase | undefined;
    let writer: Store | undefined;
    let reader: Store | undefined;
    beforeAll(async () => {
      database = await createDemoTestDatabase(dialect);
      writer = await openStore(database.config);
      await migrateToLatest(writer);
      reader = await openStore(database.config);
    });
    afterAll(async () => {
      await reader?.close();
      await writer?.close();
      await database?.drop();
      fs.rmSync(path.join(scratch, dialect), { recursive: true, force: true });
    });
    const opened = (store: Store | undefined): ServiceContext => {
      if (store === undefined) throw new Error('The test database is not open yet.');
      return testContext(store);
    };

    for (const [kind, write] of writes(dialect)) {
      it(`changes with ${kind}, as another server on the same database sees at once`, async () => {
        const before = await currentDataVersion(opened(reader));
        await write(opened(writer));
        expect(await currentDataVersion(opened(reader))).not.toBe(before);
      });
    }
  });
}
