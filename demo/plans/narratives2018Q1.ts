/**
 * Demo data: the "other progress" the Quarter 1 2018-19 update on the Met Business Plan 2018-19
 * reported beyond its six milestones, under the parts of the plan it belongs to. Facts (names,
 * numbers, months) are the update's; the words are ours.
 */
import type { QuarterNarrativeDocument } from '../../src/domain/plans/quarterNarratives.js';

const PLAN_KEY = 'met-business-plan-2018-19';
const QUARTER = '2018-19 Q1';

export const narratives2018Q1: QuarterNarrativeDocument[] = [
  {
    planKey: PLAN_KEY,
    nodeRef: '3.2',
    quarter: QUARTER,
    narrative: [
      'Project Servator now deploys across the whole of London. The tactics, developed over five years by the Centre for the Protection of National Infrastructure, were first piloted in Wandsworth and Lambeth in November 2016; since then deployments have produced more than 500 pieces of intelligence and more than 550 searches, working alongside the City of London Police, British Transport Police and the Ministry of Defence Police.',
      'In April 2018 the Met policed the Commonwealth Heads of Government Meeting, which brought more than 2,000 delegates and politicians to London. In May, Exercise Raptor tested the response to a terrorist attack over two days with more than 1,200 people taking part, while the UK threat level stood at severe.',
    ].join('\n\n'),
  },
  {
    planKey: PLAN_KEY,
    nodeRef: '3.3',
    quarter: QUARTER,
    narrative: [
      'The Stalking Threat Assessment Centre opened as a two-year pilot, paid for with more than £4m over two years from the Home Office Police Transformation Fund, which MOPAC secured. The Crime Survey for England and Wales finds that one woman in five and one man in ten experience stalking.',
      'Officers now have a toolkit for applying for sexual risk orders, and phase three of the Spot It to Stop It campaign began. In May an operation against modern slavery stopped more than 80 vehicles at the London Gateway services on the M1 and found three potential victims.',
    ].join('\n\n'),
  },
  {
    planKey: PLAN_KEY,
    nodeRef: '3.4',
    quarter: QUARTER,
    narrative:
      'The "lock, chain, cover" campaign against moped and scooter crime ran in every borough, with more effort in eleven of them: Wandsworth, Lambeth, Westminster, Southwark, Tower Hamlets, Hammersmith and Fulham, Ealing, Haringey, Brent, Camden and Islington. A further 500 officers are being trained in forensic tagging and the PROSpike stinger, bringing those trained in tagging to just under 1,000 across every BCU, roads and transport policing and the Territorial Support Group.',
  },
  {
    planKey: PLAN_KEY,
    nodeRef: '4.0',
    quarter: QUARTER,
    narrative:
      'Two more Basic Command Units went live after the East and Central North pathfinders: South West (Kingston, Merton, Richmond and Wandsworth) in May, and West (Ealing, Hounslow and Hillingdon) in June.',
  },
  {
    planKey: PLAN_KEY,
    nodeRef: '5',
    quarter: QUARTER,
    narrative:
      'In June 2018 a new executive structure took effect, with three business groups: Frontline Policing, Met Operations and Professionalism. E-learning on disclosure went live, to be completed by the end of July 2018.',
  },
];
