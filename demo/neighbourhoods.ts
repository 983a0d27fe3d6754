/**
 * Neighbourhood policing for the demo: London's 629 wards (the number the Police and Crime Plan
 * and the 2018-19 Business Plan give), with their dedicated ward officer (DWO) and PCSO posts
 * and a quarter of abstractions. The documents give the promise (at least 2 DWOs and 1 PCSO in
 * every ward) and the ward total, but not ward names, wards per borough or any ward's staffing,
 * so all of that is generated here from a seeded generator (the same on every load) and marked
 * as generated wherever it is shown. Wards are named "<borough> ward <n>".
 */
import type { IsoDate } from '../src/domain/calendar/index.js';
import type { Abstraction, AbstractionReason, WardPost } from '../src/domain/neighbourhoods/index.js';
import type { Membership, OrgUnit } from '../src/domain/organisation/index.js';
import { apportion, generator } from './seededNumbers.js';

export const DEMO_WARD_TOTAL = 629;

/** The two returns the demo holds: the autumn one, and the year-end one the pages show by default. */
export const DEMO_AS_AT: readonly IsoDate[] = ['2018-09-30', '2018-12-31'];

/** Rough relative sizes, so that large outer boroughs get more wards than small inner ones. */
const WEIGHTS: Readonly<Record<string, number>> = {
  croydon: 24,
  ealing: 23,
  bromley: 22,
  hillingdon: 22,
  'hammersmith-and-fulham': 16,
  islington: 16,
  'kingston-upon-thames': 16,
  'barking-and-dagenham': 17,
  greenwich: 17,
};

const DEFAULT_WEIGHT = 20;

export interface DemoNeighbourhoods {
  readonly wards: OrgUnit[];
  readonly memberships: Membership[];
  readonly posts: WardPost[];
  readonly abstractions: Abstraction[];
}

function wardUnits(boroughs: readonly { code: string; name: string }[]): {
  wards: OrgUnit[];
  memberships: Membership[];
} {
  const counts = apportion(
    DEMO_WARD_TOTAL,
    boroughs.map((b) => WEIGHTS[b.code] ?? DEFAULT_WEIGHT),
  );
  const wards: OrgUnit[] = [];
  const memberships: Membership[] = [];
  boroughs.forEach((borough, index) => {
    for (let n = 1; n <= (counts[index] ?? 0); n += 1) {
      const code = `${borough.code}-ward-${n}`;
      const name = `${borough.name} ward ${n}`;
      wards.push({
        code,
        kind: 'ward',
        name,
        leadCode: null,
        gssCode: null,
        goLive: null,
        pathfinder: false,
        sortOrder: n,
      });
      memberships.push({ unitCode: code, parentCode: borough.code, validFrom: null, validTo: null });
    }
  });
  return { wards, memberships };
}

/**
 * One return's posts. Most wards have the plan's 2 DWOs and 1 PCSO in post; a minority are a PCSO
 * or a DWO short (vacancies, long-term sickness), and the autumn return has a few more gaps than
 * the year-end one. Priority wards carry a third DWO post.
 */
function postsOf(wards: readonly OrgUnit[], asAt: IsoDate, gapScale: number, random: () => number): WardPost[] {
  return wards.flatMap((ward) => {
    const dwoEstablishment = random() < 0.12 ? 3 : 2;
    const pcsoEstablishment = random() < 0.08 ? 2 : 1;
    const dwoDraw = random();
    const dwoGap = dwoDraw < 0.015 * gapScale ? 2 : dwoDraw < 0.06 * gapScale ? 1 : 0;
    const pcsoGap = random() < 0.09 * gapScale ? pcsoEstablishment : 0;
    const post = (role: WardPost['role'], establishment: number, actual: number): WardPost => ({
      wardCode: ward.code,
      role,
      asAt,
      establishment,
      actual: Math.max(0, actual),
      synthetic: true,
    });
    return [
      post('dwo', dwoEstablishment, dwoEstablishment - dwoGap),
      post('pcso', pcsoEstablishment, pcsoEstablishment - pcsoGap),
    ];
  });
}

const REASON_WEIGHTS: [AbstractionReason, number][] = [
  ['aid', 0.4],
  ['training', 0.2],
  ['response-cover', 0.2],
  ['court', 0.15],
  ['other', 0.05],
];

const HOURS = [2, 4, 6, 7.5, 8, 10];

function pick<T>(items: readonly [T, number][], draw: number): T {
  let left = draw;
  for (const [item, weight] of items) {
    if (left < weight) return item;
    left -= weight;
  }
  return items[items.length - 1]?.[0] as T;
}

/** Abstractions in Quarter 3, 2018-19 (October to December 2018), aid to events the most common. */
function abstractionsOf(wards: readonly OrgUnit[], count: number, random: () => number): Abstraction[] {
  const start = Date.UTC(2018, 9, 1);
  return Array.from({ length: count }, () => {
    const ward = wards[Math.floor(random() * wards.length)];
    const date = new Date(start + Math.floor(random() * 92) * 86_400_000).toISOString().slice(0, 10);
    return {
      wardCode: ward?.code ?? '',
      role: random() < 0.75 ? 'dwo' : 'pcso',
      date,
      hours: HOURS[Math.floor(random() * HOURS.length)] ?? 8,
      reason: pick(REASON_WEIGHTS, random()),
      note: null,
      synthetic: true,
    } satisfies Abstraction;
  }).sort((a, b) => a.date.localeCompare(b.date));
}

/** The demo's wards, posts and abstractions for the boroughs given (in the organisation's order). */
export function demoNeighbourhoods(boroughs: readonly { code: string; name: string }[]): DemoNeighbourhoods {
  const random = generator(629);
  const { wards, memberships } = wardUnits(boroughs);
  const posts = [...postsOf(wards, '2018-09-30', 1.4, random), ...postsOf(wards, '2018-12-31', 1, random)];
  return { wards, memberships, posts, abstractions: abstractionsOf(wards, 420, random) };
}
