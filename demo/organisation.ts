/**
 * The Metropolitan Police Service as its 2018-19 Business Plan describes it: five business
 * groups after the Q1 2018-19 redesign, the lead codes printed beside milestones, and the
 * 12 Basic Command Units with their boroughs and roll-out dates. Names, codes and dates are
 * facts from the plan and the Q1 progress update; nothing here is quoted prose. The force's
 * total is its 32 boroughs and the airports area, as the Met publishes it (inForceTotal).
 */
import { addDays, parsePeriodCode, periodStart, type IsoDate } from '../src/domain/calendar/index.js';
import type { Membership, OrgUnit } from '../src/domain/organisation/index.js';
import { oversightBodyOrganisation } from './oversightBody.js';

type UnitSeed = Partial<OrgUnit> & Pick<OrgUnit, 'code' | 'kind' | 'name'>;

const REDESIGN = '2018-04-01';

const FORCE: UnitSeed = { code: 'MPS', kind: 'force', name: 'Metropolitan Police Service' };

const BUSINESS_GROUPS: UnitSeed[] = [
  { code: 'FP', kind: 'business-group', name: 'Frontline Policing', leadCode: 'FP' },
  { code: 'MetOps', kind: 'business-group', name: 'Met Operations', leadCode: 'MetOps' },
  { code: 'SO', kind: 'business-group', name: 'Specialist Operations', leadCode: 'SO' },
  { code: 'PROF', kind: 'business-group', name: 'Professionalism' },
  { code: 'HQ', kind: 'business-group', name: 'Headquarters' },
];

/** Units that lead milestones or appear in the plan, with the group each sits in. */
const UNITS: (UnitSeed & { parent: string; from?: IsoDate })[] = [
  { code: 'HR', kind: 'unit', name: 'Human Resources and Workforce', leadCode: 'HR', parent: 'HQ' },
  { code: 'DP', kind: 'unit', name: 'Digital Policing', leadCode: 'DP', parent: 'HQ' },
  { code: 'DMC', kind: 'unit', name: 'Directorate of Media and Communications', leadCode: 'DMC', parent: 'HQ' },
  { code: 'S&G', kind: 'unit', name: 'Strategy and Governance', leadCode: 'S&G', parent: 'HQ' },
  {
    code: 'OMM/TD',
    kind: 'unit',
    name: 'One Met Model / Transformation Directorate',
    leadCode: 'OMM/TD',
    parent: 'HQ',
  },
  { code: 'FIN', kind: 'unit', name: 'Commercial and Finance', leadCode: 'Finance', parent: 'HQ' },
  { code: 'EST', kind: 'unit', name: 'Property Services (Estates)', leadCode: 'Estates', parent: 'HQ' },
  { code: 'DPS', kind: 'unit', name: 'Directorate of Professional Standards', leadCode: 'DPS', parent: 'PROF' },
  { code: 'RV', kind: 'unit', name: 'Referencing and Vetting', parent: 'PROF' },
  { code: 'CPIC', kind: 'unit', name: 'Continuous Policing Improvement Command', parent: 'PROF' },
  { code: 'VCTF', kind: 'unit', name: 'Violent Crime Task Force', parent: 'FP' },
  { code: 'TF', kind: 'unit', name: 'Taskforce', parent: 'MetOps' },
  { code: 'FIREARMS', kind: 'unit', name: 'Firearms Command', parent: 'MetOps' },
  { code: 'ROADS', kind: 'unit', name: 'Roads Policing', parent: 'MetOps' },
  { code: 'FORENSICS', kind: 'unit', name: 'Forensic Services', parent: 'MetOps' },
  { code: 'OSS', kind: 'unit', name: 'Operational Support Services', parent: 'MetOps', from: '2018-07-01' },
  { code: 'CTC', kind: 'unit', name: 'Counter Terrorism Command', parent: 'SO' },
  { code: 'SECURITY', kind: 'unit', name: 'Security Command', parent: 'SO' },
  { code: 'PROTECTION', kind: 'unit', name: 'Protection Command', parent: 'SO' },
];

interface BcuSeed {
  code: string;
  name: string;
  goLive: string;
  pathfinder?: boolean;
  boroughs: [slug: string, name: string, gssCode: string][];
}

/** Pathfinders were live by January 2017; SW and WA went live in May and June 2018. */
const BCUS: BcuSeed[] = [
  {
    code: 'EA',
    name: 'East Area',
    goLive: '2017-01',
    pathfinder: true,
    boroughs: [
      ['barking-and-dagenham', 'Barking and Dagenham', 'E09000002'],
      ['havering', 'Havering', 'E09000016'],
      ['redbridge', 'Redbridge', 'E09000026'],
    ],
  },
  {
    code: 'CN',
    name: 'Central North',
    goLive: '2017-01',
    pathfinder: true,
    boroughs: [
      ['camden', 'Camden', 'E09000007'],
      ['islington', 'Islington', 'E09000019'],
    ],
  },
  {
    code: 'SW',
    name: 'South West',
    goLive: '2018-05',
    boroughs: [
      ['kingston-upon-thames', 'Kingston upon Thames', 'E09000021'],
      ['merton', 'Merton', 'E09000024'],
      ['richmond-upon-thames', 'Richmond upon Thames', 'E09000027'],
      ['wandsworth', 'Wandsworth', 'E09000032'],
    ],
  },
  {
    code: 'WA',
    name: 'West Area',
    goLive: '2018-06',
    boroughs: [
      ['ealing', 'Ealing', 'E09000009'],
      ['hounslow', 'Hounslow', 'E09000018'],
      ['hillingdon', 'Hillingdon', 'E09000017'],
    ],
  },
  {
    code: 'CE',
    name: 'Central East',
    goLive: '2018-19 Q3',
    boroughs: [
      ['hackney', 'Hackney', 'E09000012'],
      ['tower-hamlets', 'Tower Hamlets', 'E09000030'],
    ],
  },
  {
    code: 'NE',
    name: 'North East',
    goLive: '2018-19 Q3',
    boroughs: [
      ['newham', 'Newham', 'E09000025'],
      ['waltham-forest', 'Waltham Forest', 'E09000031'],
    ],
  },
  {
    code: 'NW',
    name: 'North West',
    goLive: '2018-19 Q3',
    boroughs: [
      ['barnet', 'Barnet', 'E09000003'],
      ['brent', 'Brent', 'E09000005'],
      ['harrow', 'Harrow', 'E09000015'],
    ],
  },
  {
    code: 'SE',
    name: 'South East',
    goLive: '2018-19 Q3',
    boroughs: [
      ['bexley', 'Bexley', 'E09000004'],
      ['greenwich', 'Greenwich', 'E09000011'],
      ['lewisham', 'Lewisham', 'E09000023'],
    ],
  },
  {
    code: 'NA',
    name: 'North Area',
    goLive: '2018-19 Q4',
    boroughs: [
      ['enfield', 'Enfield', 'E09000010'],
      ['haringey', 'Haringey', 'E09000014'],
    ],
  },
  {
    code: 'SC',
    name: 'Central South',
    goLive: '2018-19 Q4',
    boroughs: [
      ['lambeth', 'Lambeth', 'E09000022'],
      ['southwark', 'Southwark', 'E09000028'],
    ],
  },
  {
    code: 'SA',
    name: 'South Area',
    goLive: '2018-19 Q4',
    boroughs: [
      ['bromley', 'Bromley', 'E09000006'],
      ['croydon', 'Croydon', 'E09000008'],
      ['sutton', 'Sutton', 'E09000029'],
    ],
  },
  {
    code: 'CW',
    name: 'Central West',
    goLive: '2018-19 Q4',
    boroughs: [
      ['hammersmith-and-fulham', 'Hammersmith and Fulham', 'E09000013'],
      ['kensington-and-chelsea', 'Kensington and Chelsea', 'E09000020'],
      ['westminster', 'Westminster', 'E09000033'],
    ],
  },
];

/**
 * The airports area: policed by Aviation Security (SO18), it is in no borough and no BCU, yet its
 * crimes are part of the Met's total. MPS files name it in two ways.
 */
const AIRPORTS: UnitSeed = {
  code: 'airports',
  kind: 'airports',
  name: 'Heathrow and London City airports',
  aliases: ['London Heathrow and London City Airports', 'Aviation Security (SO18)'],
  inForceTotal: true,
};

function goLiveDate(goLive: string): IsoDate {
  const period = parsePeriodCode(goLive);
  if (period === null) throw new Error(`Demo data: "${goLive}" is not a period code`);
  return periodStart(period);
}

function unit(seed: UnitSeed, sortOrder: number): OrgUnit {
  return {
    leadCode: null,
    gssCode: null,
    goLive: null,
    pathfinder: false,
    ...seed,
    sortOrder,
  };
}

function member(
  unitCode: string,
  parentCode: string,
  validFrom: IsoDate | null,
  validTo: IsoDate | null = null,
): Membership {
  return { unitCode, parentCode, validFrom, validTo };
}

function bcuUnitsAndMemberships(): { units: OrgUnit[]; memberships: Membership[] } {
  const units: OrgUnit[] = [];
  const memberships: Membership[] = [];
  BCUS.forEach((bcu, bcuIndex) => {
    const from = goLiveDate(bcu.goLive);
    units.push(
      unit(
        { code: bcu.code, kind: 'bcu', name: bcu.name, goLive: bcu.goLive, pathfinder: bcu.pathfinder ?? false },
        bcuIndex,
      ),
    );
    memberships.push(member(bcu.code, 'FP', from));
    for (const [slug, name, gssCode] of bcu.boroughs) {
      units.push(unit({ code: slug, kind: 'borough', name, gssCode, inForceTotal: true }, 0));
      // Until its BCU went live, a borough was its own command within frontline policing.
      memberships.push(member(slug, 'FP', null, addDays(from, -1)));
      memberships.push(member(slug, bcu.code, from));
    }
  });
  return { units, memberships };
}

export function demoOrganisation(): { units: OrgUnit[]; memberships: Membership[] } {
  const units: OrgUnit[] = [unit(FORCE, 0), ...BUSINESS_GROUPS.map(unit)];
  const memberships: Membership[] = BUSINESS_GROUPS.map((group) => member(group.code, FORCE.code, REDESIGN));
  UNITS.forEach(({ parent, from, ...seed }, index) => {
    units.push(unit(seed, index));
    memberships.push(member(seed.code, parent, from ?? REDESIGN));
  });
  const bcus = bcuUnitsAndMemberships();
  units.push(...bcus.units, unit(AIRPORTS, 100));
  memberships.push(...bcus.memberships, member(AIRPORTS.code, 'SO', null));
  const oversight = oversightBodyOrganisation();
  return { units: [...units, ...oversight.units], memberships: [...memberships, ...oversight.memberships] };
}
