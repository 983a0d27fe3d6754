import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { boroughCodesByName, judgeChange } from '../../domain/measures/index.js';
import { normalisedAreaName } from '../../domain/organisation/index.js';
import { sumStreetCrimes } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { importPoliceUk } from '../crime-data/importPoliceUk.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { getBoroughScorecard } from './getBoroughScorecard.js';

const HEADER =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const MET = 'Metropolitan Police Service';

/** One street-level row as police.uk writes it: anti-social behaviour has no Crime ID and no outcome. */
function row(month: string, lsoa: [code: string, name: string], crimeType: string, n: number): string {
  const asb = crimeType === 'Anti-social behaviour';
  const id = asb ? '' : `${month.replace('-', '')}${String(n).padStart(6, '0')}${lsoa[0]}`;
  const outcome = asb ? '' : 'Investigation complete; no suspect identified';
  return `${id},${month},${MET},${MET},0.181,51.556,"On or near Main Road, Romford",${lsoa[0]},${lsoa[1]},${crimeType},${outcome},`;
}

const HAVERING: [string, string] = ['E01002281', 'Havering 012C'];
const BARKING: [string, string] = ['E01000027', 'Barking and Dagenham 001A'];
const NO_PLACE: [string, string] = ['', ''];

/** [borough's anti-social behaviour, borough's possession of weapons, Barking's anti-social behaviour] per month. */
const PER_MONTH: Record<string, [number, number, number]> = { '2017': [50, 5, 20], '2018': [30, 8, 22] };

function monthFile(month: string): string {
  const [asb, weapons, barking] = PER_MONTH[month.slice(0, 4)] ?? [0, 0, 0];
  const lines = [HEADER];
  for (let n = 0; n < asb; n++) lines.push(row(month, HAVERING, 'Anti-social behaviour', n));
  for (let n = 0; n < weapons; n++) lines.push(row(month, HAVERING, 'Possession of weapons', n));
  for (let n = 0; n < barking; n++) lines.push(row(month, BARKING, 'Anti-social behaviour', n));
  // Rows that must not be counted as Havering's: another crime type, and a report with no place.
  lines.push(row(month, HAVERING, 'Burglary', 1), row(month, NO_PLACE, 'Anti-social behaviour', 1));
  return `${lines.join('\r\n')}\r\n`;
}

const MONTHS = ['2017-04', '2017-05', '2017-06', '2018-04', '2018-05', '2018-06'];
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-standing-'));

beforeAll(() => {
  for (const month of MONTHS) {
    fs.mkdirSync(path.join(folder, month), { recursive: true });
    fs.writeFileSync(path.join(folder, month, `${month}-metropolitan-street.csv`), monthFile(month));
  }
});
afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

/** London boroughs' anti-social behaviour in police.uk files already held (the demo's City of London samples), by year. */
async function heldLondonAsb(ctx: ServiceContext): Promise<{ current: number; previous: number }> {
  const boroughs = boroughCodesByName(await loadOrganisationModel(ctx));
  const total = async (firstMonth: string, lastMonth: string) =>
    (
      await sumStreetCrimes(ctx.store.db, {
        crimeTypes: ['Anti-social behaviour'],
        firstMonth,
        lastMonth,
        by: ['local_authority'],
      })
    )
      .filter((r) => boroughs.has(normalisedAreaName(r.values.local_authority)))
      .reduce((sum, r) => sum + r.count, 0);
  return { current: await total('2018-04', '2018-06'), previous: await total('2017-04', '2017-06') };
}

describeWithDemoData('standing priorities from police.uk street files', (ctx) => {
  let before = { current: 0, previous: 0 };
  beforeAll(async () => {
    before = await heldLondonAsb(ctx());
    const summary = await importPoliceUk(ctx(), { paths: [folder] });
    expect(summary.loaded).toBe(6);
  }, 60_000);

  it("counts Havering's anti-social behaviour and possession of weapons from the street files, judged and sourced", async () => {
    const card = await getBoroughScorecard(ctx(), { year: '2018-19', borough: 'havering', period: '2018-19 Q1' });
    const standing = new Map(card.standing.map((s) => [s.code, s]));
    const policeUk = (code: string) =>
      standing.get(code)?.figures.find((f) => f.source.name.startsWith('police.uk street-level crime'));
    const asb = policeUk('anti-social-behaviour');
    expect(asb).toMatchObject({
      what: 'Anti-social behaviour',
      areaName: 'Havering',
      sameMonths: true,
      current: { label: 'Quarter 1, 2018-19', value: 90 },
      previous: { label: 'Quarter 1, 2017-18', value: 150 },
      verdictLabel: judgeChange({ current: 90, previous: 150 }, 'lower-is-better').verdictLabel,
    });
    expect(asb?.verdictLabel).toBe('Significant improvement');
    expect(asb?.source).toEqual({
      kind: 'data',
      name: 'police.uk street-level crime, Metropolitan Police Service (6 monthly files)',
      asAt: '2018-06-30',
      synthetic: false,
    });
    // London is every borough the files name: this file's Havering and Barking and Dagenham, 156 against 210, and those held before.
    const london = { current: before.current + 156, previous: before.previous + 210 };
    expect(asb?.londonChangePercent).toBeCloseTo(((london.current - london.previous) / london.previous) * 100, 10);
    const weapons = policeUk('weapon-based-crime');
    expect(weapons).toMatchObject({
      what: 'Possession of weapons',
      current: { value: 24 },
      previous: { value: 15 },
      verdictLabel: judgeChange({ current: 24, previous: 15 }, 'lower-is-better').verdictLabel,
    });
    expect(weapons?.sentence).toMatch(/^Possession of weapons in Havering: 24 in Quarter 1, 2018-19, up from 15/);
    expect(standing.get('anti-social-behaviour')?.noFigures).toBeNull();
  });

  it('says police.uk is not compared when the files cover only part of the months, rather than count a fall', async () => {
    const card = await getBoroughScorecard(ctx(), { year: '2018-19', borough: 'havering', period: '2018-19 Q2' });
    const asb = card.standing.find((s) => s.code === 'anti-social-behaviour');
    expect(asb?.figures.some((f) => f.source.name.startsWith('police.uk'))).toBe(false);
    expect(asb?.notes).toEqual([]);
    const half = await getBoroughScorecard(ctx(), {
      year: '2018-19',
      borough: 'havering',
      period: 'FY 2018-19 YTD 2018-07',
    });
    const partial = half.standing.find((s) => s.code === 'anti-social-behaviour');
    expect(partial?.figures.some((f) => f.source.name.startsWith('police.uk'))).toBe(false);
    expect(partial?.notes[0]).toMatch(
      /^police\.uk street files are loaded for only part of the compared months \(none for 2017-07/,
    );
  });
});

describeWithDemoData('standing priorities on the demo scorecard', (ctx) => {
  it("shows London's anti-social behaviour figure from the Met Business Plan 2018-19, with its source and date", async () => {
    const card = await getBoroughScorecard(ctx(), { year: '2018-19', borough: 'havering', period: '2018-19 Q1' });
    const asb = card.standing.find((s) => s.code === 'anti-social-behaviour');
    const plan = asb?.figures.find((f) => f.source.name === 'Met Business Plan 2018-19');
    expect(plan).toMatchObject({
      area: 'london',
      current: { label: '12 months to April 2018', value: -9.4 },
      previous: null,
      sameMonths: false,
      verdictLabel: null,
      source: { kind: 'published', asAt: '2018-06-30', synthetic: false },
    });
    expect(plan?.sentence).toBe(
      'Change in anti-social behaviour calls: −9.4% in 12 months to April 2018. No figure of the year before is loaded from the same source, so no change is judged.',
    );
  });

  it('leaves no standing priority blank: each has figures with sources, or says why not and where they are expected from', async () => {
    const card = await getBoroughScorecard(ctx(), { year: '2018-19', borough: 'havering', period: '2018-19 Q1' });
    for (const row of card.standing) {
      expect(row.figures.length > 0 || row.noFigures !== null, row.code).toBe(true);
      for (const figure of row.figures) expect(figure.source.name, row.code).not.toBe('');
      expect(row.repeat !== null || row.noRepeat !== null, row.code).toBe(true);
    }
    const standing = new Map(card.standing.map((s) => [s.code, s]));
    const sexual = standing.get('sexual-violence')?.figures[0];
    expect(sexual?.source.name).toMatch(/^MPS borough-level crime series/);
    expect(sexual?.sameMonths).toBe(true);
    const knife = standing.get('weapon-based-crime')?.figures.find((f) => f.what === 'Knife crime');
    expect(knife).toMatchObject({
      area: 'london',
      sameMonths: false,
      current: { label: '2017-18', value: 14_680 },
      previous: { label: '2016-17', value: 12_115 },
      verdictLabel: 'Significant deterioration',
    });
    const hate = standing.get('hate-crime')?.figures.map((f) => f.what);
    expect(hate).toContain('Racist hate crime');
    expect(hate).toHaveLength(7);
    const race = standing.get('hate-crime')?.figures.find((f) => f.what === 'Racist hate crime');
    // More reporting is wanted: a fall in racist hate crime reported is the concern, not a success.
    expect(race?.verdictLabel).toBe(
      judgeChange({ current: 16_944, previous: 17_203 }, 'increase-in-reporting-wanted').verdictLabel,
    );
    expect(standing.get('domestic-abuse')?.figures[0]).toMatchObject({
      current: { value: 78_620 },
      verdictLabel: null,
    });
    expect(standing.get('child-sexual-exploitation')?.figures[0]).toMatchObject({ current: { value: 3_235 } });
    expect(standing.get('domestic-abuse')?.repeat).toMatchObject({
      what: 'Domestic abuse against repeat victims',
      current: { value: 25 },
      source: { name: 'Police and Crime Plan 2017-21', asAt: '2017-03-31' },
    });
    expect(standing.get('sexual-violence')?.noRepeat).toBe(
      'No repeat-victimisation figures are loaded: no measure of repeat victimisation is set for it.',
    );
  });
});
