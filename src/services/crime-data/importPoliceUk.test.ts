import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { sharedDataFile } from '../../../test/support/sharedData.js';
import {
  listSlices,
  STOP_SEARCH_DIMENSIONS,
  sumStopSearches,
  sumStreetCrimes,
  type Executor,
} from '../../store/index.js';
import { getStopSearchScrutiny } from './getStopSearchScrutiny.js';
import { importPoliceUk } from './importPoliceUk.js';

const SAMPLE = sharedDataFile('police-uk');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-police-uk-'));
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

/**
 * Splits a CSV line on its own terms — a small state machine written for this test, not the
 * loader's reader — so the counts it gives are an independent check.
 */
function fieldsOf(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (quoted && c === '"' && line.charAt(i + 1) === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  return [...fields, field];
}

function rawLines(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l !== '');
}

/** Street crimes by "month|crime type", and searches by "force|month", counted straight from the files. */
function countFromFiles(): { street: Map<string, number>; searches: Map<string, number> } {
  const street = new Map<string, number>();
  const searches = new Map<string, number>();
  for (const name of fs.readdirSync(SAMPLE)) {
    const file = path.join(SAMPLE, name);
    if (name.endsWith('-street.csv')) {
      for (const line of rawLines(file)) {
        const cells = fieldsOf(line);
        const key = `${cells[1]}|${cells[9]}`;
        street.set(key, (street.get(key) ?? 0) + 1);
      }
    }
    const search = /^(\d{4}-\d{2})-(.+)-stop-and-search\.csv$/.exec(name);
    if (search !== null) searches.set(`${search[2]}|${search[1]}`, rawLines(file).length);
  }
  return { street, searches };
}

async function aggregatesChecksum(db: Executor): Promise<string> {
  const hash = createHash('sha256');
  const street = await sumStreetCrimes(db, {
    firstMonth: '0000-01',
    lastMonth: '9999-12',
    by: ['force_code', 'month', 'lsoa_code', 'local_authority', 'crime_type', 'last_outcome'],
  });
  const lines = street.map((r) => JSON.stringify([r.values, r.count]));
  for (const force of ['metropolitan', 'city-of-london']) {
    const searches = await sumStopSearches(db, {
      force,
      firstMonth: '0000-01',
      lastMonth: '9999-12',
      by: STOP_SEARCH_DIMENSIONS,
    });
    lines.push(...searches.map((r) => JSON.stringify([force, r.values, r.count])));
  }
  for (const line of lines.sort()) hash.update(`${line}\n`);
  return hash.digest('hex');
}

describeWithDemoData('loading police.uk files', (ctx) => {
  let firstChecksum = '';

  it('gives per-month, per-crime-type counts equal to counts taken straight from the raw files', async () => {
    const summary = await importPoliceUk(ctx(), { paths: [SAMPLE] });
    expect(summary).toMatchObject({ loaded: 27, refused: 0, skipped: 0, rowsRead: 123_164, rowsLoaded: 123_164 });
    const expected = countFromFiles();
    const loaded = await sumStreetCrimes(ctx().store.db, {
      firstMonth: '2018-04',
      lastMonth: '2018-12',
      by: ['month', 'crime_type'],
    });
    expect(new Map(loaded.map((r) => [`${r.values.month}|${r.values.crime_type}`, r.count]))).toEqual(expected.street);
    for (const [key, count] of expected.searches) {
      const [force = '', month = ''] = key.split('|');
      const held = await sumStopSearches(ctx().store.db, { force, firstMonth: month, lastMonth: month, by: [] });
      expect(held[0]?.count, key).toBe(count);
    }
    firstChecksum = await aggregatesChecksum(ctx().store.db);
  });

  it('counts the City’s rows in other boroughs as out of its area, and its "No Location" rows, without dropping them', async () => {
    const summary = await importPoliceUk(ctx(), { paths: [path.join(SAMPLE, '2018-04-city-of-london-street.csv')] });
    const april = summary.slices[0];
    expect(april?.rowsLoaded).toBe(663);
    expect(april?.noLocation).toBe(36);
    expect(april?.outOfArea).toBeGreaterThan(0);
    const byPlace = await sumStreetCrimes(ctx().store.db, {
      forces: ['city-of-london'],
      firstMonth: '2018-04',
      lastMonth: '2018-04',
      by: ['local_authority'],
    });
    expect(byPlace.reduce((sum, r) => sum + r.count, 0)).toBe(663);
    expect(byPlace.find((r) => r.values.local_authority === 'Camden')?.count).toBeGreaterThan(0);
    const [manifest] = await listSlices(ctx().store.db, { force: 'city-of-london', layout: 'street' });
    expect(manifest).toMatchObject({
      month: '2018-04',
      rowsLoaded: 663,
      rowsNoLocation: 36,
      rowsOutOfArea: april?.outOfArea,
    });
  });

  it('leaves identical aggregates when the same folder is loaded again', async () => {
    await importPoliceUk(ctx(), { paths: [SAMPLE] });
    expect(await aggregatesChecksum(ctx().store.db)).toBe(firstChecksum);
    const slices = await ctx()
      .store.db.selectFrom('police_uk_slices')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    expect(Number(slices?.n)).toBe(27);
  });

  it('refuses a broken slice, keeps what that slice held, and still loads the others', async () => {
    const folder = path.join(scratch, 'mixed');
    fs.mkdirSync(folder, { recursive: true });
    const good = fs.readFileSync(path.join(SAMPLE, '2018-05-city-of-london-street.csv'), 'utf8');
    fs.writeFileSync(path.join(folder, '2018-04-city-of-london-street.csv'), good.slice(0, good.length - 40));
    fs.writeFileSync(path.join(folder, '2018-05-city-of-london-street.csv'), good);
    const summary = await importPoliceUk(ctx(), { paths: [folder] });
    expect(summary.slices.map((s) => s.outcome)).toEqual(['refused', 'loaded']);
    expect(summary.slices[0]?.problems.some((p) => p.fatal && p.message.includes('month'))).toBe(true);
    expect(await aggregatesChecksum(ctx().store.db)).toBe(firstChecksum);
    const log = await ctx()
      .store.db.selectFrom('police_uk_load_log')
      .select(['outcome', 'problems_json'])
      .where('outcome', '=', 'refused')
      .execute();
    expect(log).toHaveLength(1);
  });

  it('scrutinises the Met’s stop and search from what was loaded', async () => {
    const view = await getStopSearchScrutiny(ctx(), { force: 'metropolitan' });
    const expected = [...countFromFiles().searches]
      .filter(([key]) => key.startsWith('metropolitan|'))
      .reduce((s, [, n]) => s + n, 0);
    expect(view).toMatchObject({ firstMonth: '2018-04', lastMonth: '2018-12', searches: expected });
    expect(view.months).toHaveLength(9);
    expect(view.officerDefined.map((g) => g.group)).toContain('Black, Asian and minority ethnic');
    expect(view.objects.map((o) => o.objectOfSearch)).toEqual(
      expect.arrayContaining(['Controlled drugs', 'Offensive weapons']),
    );
    expect(view.population?.year).toBe(2018);
  });

  it('keeps each LSOA of a force whose area is set, and counts a force with none by local authority alone', async () => {
    const folder = path.join(scratch, 'kent');
    fs.mkdirSync(folder, { recursive: true });
    const city = fs.readFileSync(path.join(SAMPLE, '2018-04-city-of-london-street.csv'), 'utf8');
    const kent = path.join(folder, '2018-04-kent-street.csv');
    fs.writeFileSync(kent, city.replaceAll('City of London Police', 'Kent Police'));
    const summary = await importPoliceUk(ctx(), { paths: [kent] });
    expect(summary).toMatchObject({ loaded: 1, rowsLoaded: 663 });
    const april = { firstMonth: '2018-04', lastMonth: '2018-04' };
    const byLsoa = async (force: string) =>
      (await sumStreetCrimes(ctx().store.db, { ...april, forces: [force], by: ['lsoa_code'] })).map(
        (r) => r.values.lsoa_code,
      );
    const expected = new Map<string, number>();
    const lsoas = new Set<string>();
    for (const line of rawLines(kent)) {
      const cells = fieldsOf(line);
      lsoas.add(cells[7] ?? '');
      const authority = /^(.*\S)\s+\d{3}[A-Z]$/.exec(cells[8] ?? '')?.[1] ?? '';
      expected.set(authority, (expected.get(authority) ?? 0) + 1);
    }
    expect(new Set(await byLsoa('city-of-london'))).toEqual(lsoas);
    expect(await byLsoa('kent')).toEqual(['']);
    const byPlace = await sumStreetCrimes(ctx().store.db, { ...april, forces: ['kent'], by: ['local_authority'] });
    expect(new Map(byPlace.map((r) => [r.values.local_authority, r.count]))).toEqual(expected);
  });
});
