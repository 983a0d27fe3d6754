import { execFileSync } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import yauzl from 'yauzl';
import { bumpOrganisationVersion, type DatabaseSchema } from '../../src/store/index.js';

/**
 * What the every-output test of the demo needs: an address for every page and file the API
 * serves, a way to read each answer as text (JSON, HTML, CSV, SVG, Word, Excel and PDF alike),
 * what counts as the label of a synthetic value, and a way to change every synthetic value the
 * database holds, so that an output showing one can be found by its changing.
 */

const Q1 = 'plan=met-business-plan-2018-19&quarter=2018-19-Q1';

/** Addresses of the API's pages and files for the demo, by route; the open-data site's come from its own page list. */
export const DEMO_OUTPUT_URLS: readonly string[] = [
  '/api/health',
  '/api/ready',
  '/api/openapi.json',
  '/api/users',
  '/api/session',
  '/api/sso',
  '/api/organisation',
  '/api/organisation/bcus',
  '/api/organisation/boroughs',
  '/api/organisation/units/CN',
  '/api/organisation/units/camden',
  '/api/organisation/units/camden-ward-1',
  '/api/audit?entityType=org_unit&entityId=camden-ward-1',
  '/api/plans',
  '/api/plans/2',
  '/api/plans/1/coverage',
  '/api/plans/1/coverage.csv',
  '/api/plans/2/milestones?due=2018-19-Q1',
  '/api/plans/2/milestones/BP18-05',
  '/api/plans/2/quarters/2018-19-Q2/publication-summary',
  '/api/plans/2/quarters/2018-19-Q1/narratives',
  '/api/plans/3/publication-summary',
  '/api/report-publications/quarterly?plan=met-business-plan-2018-19&quarter=2018-19-Q1',
  '/api/board/meetings/2/pack-publication',
  '/api/plans/2/export?format=csv',
  '/api/plan-template?format=csv',
  '/api/my/updates-due',
  '/api/review-queue',
  '/api/plans/2/reporting-calendar',
  '/api/my-work?on=2018-10-05',
  '/api/search?q=burglary',
  '/api/plans/2/milestones.csv?due=2018-19-Q1',
  '/api/plans/2/milestones.xlsx?due=2018-19-Q1',
  '/api/review-queue.csv',
  '/api/review-queue.xlsx',
  '/api/findings.csv',
  '/api/findings.xlsx',
  '/api/findings/mine',
  '/api/priorities/catalogue/categories',
  '/api/measures',
  '/api/measures/crime-total/observations?area=London',
  '/api/measures/burglary/compare?area=London&period=2018-19%20Q1',
  '/api/measures/crime-total/compare?area=London&period=2017-18',
  '/api/measures/burglary/series?area=London',
  '/api/measures/burglary/boroughs?period=2018-19%20Q1',
  '/api/measures/victim-satisfaction/gaps?group=ethnicity&reference=White&area=London&period=R12%202018-03',
  '/api/observation-template/by-group',
  '/api/resources',
  '/api/plans/1/aims',
  '/api/crime-categories/mappings',
  '/api/police-uk/forces',
  '/api/police-uk/slices',
  '/api/police-uk/forces/metropolitan/compare?category=burglary&from=2018-04&to=2018-12',
  '/api/stop-and-search/metropolitan',
  '/api/stop-and-search/city-of-london',
  '/api/priorities/catalogue',
  '/api/priorities/2018-19',
  '/api/priorities/2018-19/boroughs/havering/history',
  '/api/priorities/2018-19/boroughs/havering',
  '/api/priorities/2018-19/boroughs/havering/evidence',
  '/api/priorities/2018-19/categories/burglary',
  '/api/priorities/2018-19/categories/burglary/tile-map',
  '/api/priorities/2018-19/categories/burglary/tile-map.svg',
  '/api/inspections',
  '/api/inspections/peel-2018-19-met',
  '/api/findings',
  '/api/findings/peel-2018-19-met/PVP-AFI-2',
  '/api/inspections/peel-2018-19-met/readiness?on=2020-10-01',
  '/api/inspections/peel-2018-19-met/comparison',
  '/api/inspection-template',
  '/api/inspections/peel-2018-19-met/export',
  '/api/neighbourhoods/compliance?on=2018-12-31',
  '/api/neighbourhoods/compliance?borough=camden&on=2018-12-31',
  '/api/neighbourhoods/boroughs/camden/wards',
  '/api/neighbourhoods/wards/camden-ward-1?on=2018-12-31',
  '/api/neighbourhoods/deployment.csv?borough=camden',
  '/api/neighbourhoods/abstractions?borough=barnet',
  '/api/neighbourhoods/minimum',
  `/api/report-previews/quarterly?${Q1}&format=html`,
  `/api/report-previews/quarterly?${Q1}&format=docx`,
  `/api/report-previews/quarterly?${Q1}&format=pdf`,
  '/api/reports',
  '/api/board/meetings',
  '/api/boards',
  '/api/board/meetings/1',
  '/api/board/meetings/1/pack.html',
  '/api/board/meetings/1/pack.pdf',
  '/api/board/meetings/3/pack.html',
  '/api/risks',
  '/api/risks/heat-map.svg',
  '/api/risks/SR-1',
];

/** The addresses of one published version of a report, in every format it is written in. */
export function publishedReportUrls(reportKey: string, formats: readonly string[]): string[] {
  const base = `/api/reports/${encodeURIComponent(reportKey)}`;
  return [base, `${base}/versions/1`, ...formats.map((format) => `${base}/versions/1/${format}`)];
}

/** GET routes that show no data of the demo, and why they are not read. */
export const ROUTES_WITHOUT_OUTPUT: Readonly<Record<string, string>> = {
  startSsoSignIn: 'sends the browser to an identity provider, which this server does not have',
  completeSsoSignIn: "the identity provider's return address, which this server does not have",
  getEvidenceFile: 'the demo holds no evidence files',
  getFindingEvidenceFile: "the demo's finding evidence is all links, so there is no file to download",
  getMeetingPaperFile: "the demo's meeting papers are text, with no file attached",
  getNotificationSettings: "each signed-in person's own reminder choices, not the demo's data",
  getCalendarFeed: 'a personal address its holder makes; the demo makes none',
  listApiTokens: "each signed-in person's own API tokens, not the demo's data; the demo makes none",
};

/** A route's address pattern as a test for paths ("/api/plans/:planId" matches "/api/plans/2"). */
export function routePattern(url: string): RegExp {
  const escaped = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

export interface Output {
  readonly status: number;
  /** What a reader sees: JSON as written, HTML and SVG without their tags, Word, Excel and PDF as their text. */
  readonly text: string;
  readonly json: unknown;
}

function zipText(content: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(content, { lazyEntries: true }, (error, zip) => {
      if (error) {
        reject(error);
        return;
      }
      const parts: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        // docProps holds the moment of writing, which is no part of what the file shows.
        if (!entry.fileName.endsWith('.xml') || entry.fileName.startsWith('docProps/')) {
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) {
            reject(streamError);
            return;
          }
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            parts.push(`${entry.fileName}: ${withoutTags(Buffer.concat(chunks).toString('utf8'))}`);
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => {
        resolve(parts.join('\n'));
      });
      zip.readEntry();
    });
  });
}

function withoutTags(markup: string): string {
  return markup
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

function pdfText(content: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: content, encoding: 'utf8' });
}

/** Reads one address as the signed-in caller and gives what its answer shows. */
export async function readOutput(app: FastifyInstance, url: string, cookie: string): Promise<Output> {
  const response = await app.inject({ method: 'GET', url, cookies: { bluelamp_session: cookie } });
  const type = String(response.headers['content-type'] ?? '');
  const body = response.rawPayload;
  if (type.includes('application/json') && !url.includes('download=json')) {
    return { status: response.statusCode, text: body.toString('utf8'), json: response.json<unknown>() };
  }
  if (type.includes('application/pdf')) return { status: response.statusCode, text: pdfText(body), json: null };
  if (type.includes('openxmlformats')) {
    // Word numbers the contents' bookmarks anew on every rendering; the reader never sees them.
    const text = (await zipText(body)).replace(/_Toc\d+/g, '_Toc');
    return { status: response.statusCode, text, json: null };
  }
  const text = body.toString('utf8');
  const markup = type.includes('html') || type.includes('svg');
  return { status: response.statusCode, text: markup ? withoutTags(text) : text, json: null };
}

/** The words that label a synthetic value wherever it is shown as text. */
export const SYNTHETIC_LABEL = /synthetic|generated \(demo\)|generated for the demo|generated wards/i;

function jsonLabelled(value: unknown): boolean {
  if (typeof value === 'string') return SYNTHETIC_LABEL.test(value);
  if (Array.isArray(value)) return value.some(jsonLabelled);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, inner]) => (key === 'synthetic' && inner === true) || jsonLabelled(inner));
  }
  return false;
}

/** Whether an output says it shows synthetic values: a `synthetic: true` in JSON the pages read, or the words. */
export function isLabelled(output: Output): boolean {
  return output.json === null ? SYNTHETIC_LABEL.test(output.text) : jsonLabelled(output.json);
}

/**
 * Changes every value the database marks synthetic: the generated wards' names, posts and
 * abstractions, observations marked synthetic, and counts of the demo's generated crime imports.
 * An output that changes with them shows them.
 */
export async function changeSyntheticValues(db: Kysely<DatabaseSchema>): Promise<void> {
  const generatedWards = db.selectFrom('ward_posts').select('ward_code').where('synthetic', '=', 1);
  await db
    .updateTable('org_units')
    .set({ name: sql<string>`name || ' (changed)'` })
    .where('code', 'in', generatedWards)
    .execute();
  // Servers hold the organisation between requests and read it again only when its version moves.
  await bumpOrganisationVersion(db);
  await db
    .updateTable('ward_posts')
    .set((eb) => ({ actual: eb('actual', '+', 1), establishment: eb('establishment', '+', 2) }))
    .where('synthetic', '=', 1)
    .execute();
  await db
    .updateTable('ward_abstractions')
    .set((eb) => ({ hours: eb('hours', '+', 1) }))
    .where('synthetic', '=', 1)
    .execute();
  await db
    .updateTable('observations')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('synthetic', '=', 1)
    .execute();
  const generatedImports = db.selectFrom('crime_imports').select('id').where('source', '=', 'demo-synthetic');
  await db
    .updateTable('crime_counts')
    .set((eb) => ({ count: eb('count', '+', 1) }))
    .where('import_id', 'in', generatedImports)
    .execute();
}
