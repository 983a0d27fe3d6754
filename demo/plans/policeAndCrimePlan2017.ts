/**
 * The Mayor's Police and Crime Plan 2017-21 as demo data: two ambitions, five chapters, their
 * aims and action areas, and all 90 "We commit to" bullets. Commitment refs (PS1, CJ3, VW12 …)
 * are the IDs assigned in the reference notes; the plan itself does not number them. Names,
 * numbers and dates are facts from the plan; every sentence is a paraphrase.
 */
import type { PlanDocument } from '../../src/domain/plans/planDocument.js';
import { betterCriminalJustice, betterPoliceService } from './policeAndCrimePlan2017/policeAndJustice.js';
import { childrenYoungPeople, vawg } from './policeAndCrimePlan2017/childrenAndWomen.js';
import { hatredExtremism } from './policeAndCrimePlan2017/hatredAndExtremism.js';
import { withDeliverers } from './policeAndCrimePlan2017/deliverers.js';

export const policeAndCrimePlan2017: PlanDocument = {
  key: 'police-and-crime-plan-2017-21',
  title: 'Police and Crime Plan 2017-21',
  kind: 'police-and-crime-plan',
  owner: "Mayor's Office for Policing and Crime (MOPAC)",
  firstYear: '2017-18',
  lastYear: '2020-21',
  summary:
    "The Mayor's four-year plan for policing and crime in London, built around two ambitions, two chapters on the police and criminal justice services and three priorities of high harm. It drops the MOPAC 7 and sets no numerical crime-reduction targets, looking instead for positive progress across a five-theme set of measures.",
  nodeKinds: [
    { key: 'ambition', label: 'Ambition', plural: 'Ambitions' },
    { key: 'chapter', label: 'Chapter', plural: 'Chapters' },
    { key: 'theme', label: 'Theme', plural: 'Themes' },
    { key: 'commitment', label: 'Commitment', plural: 'Commitments' },
    { key: 'aim', label: 'Aim', plural: 'Aims' },
    { key: 'measure-area', label: 'Action area', plural: 'Action areas' },
  ],
  nodes: [
    {
      ref: 'A1',
      kind: 'ambition',
      title: 'A safer city for everyone',
      text: 'Make London safer for every resident, whoever they are and wherever in the city they live.',
    },
    {
      ref: 'A2',
      kind: 'ambition',
      title: 'Extra protection for the most vulnerable',
      text: "Give added protection and support to London's most vulnerable people and places.",
    },
    ...[betterPoliceService, betterCriminalJustice, childrenYoungPeople, vawg, hatredExtremism].map(withDeliverers),
  ],
};
