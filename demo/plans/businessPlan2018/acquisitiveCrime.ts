import type { PlanNodeDocument } from '../../../src/domain/plans/planDocument.js';
import { delivers, contributesTo } from './planLinks.js';

/** Section 3.4, Acquisitive crime. */
export const acquisitiveCrime: PlanNodeDocument = {
  ref: '3.4',
  kind: 'section',
  title: 'Acquisitive crime',
  text: 'Tackle theft, robbery and burglary, including moped-enabled crime and the crimes boroughs choose as local priorities.',
  children: [
    {
      ref: '3.4-moped',
      kind: 'objective',
      title: 'Moped enabled crime',
      text: 'Target prolific offenders, bring them to justice and address why they offend, make the streets hostile to criminals, and prevent scooters being stolen.',
      milestones: [
        {
          ref: 'BP18-38',
          title: 'Days of action in the peak months',
          text: 'May to July is usually the busiest period for this crime, so show operational impact over those months through focused days of action.',
          due: 'Quarter 2, 2018-19',
          leads: ['MetOps'],
        },
        {
          ref: 'BP18-39',
          title: 'Run the "Lock, chain, cover" campaign',
          text: 'Deliver the "Lock, chain, cover" campaign, which warns riders of the risk and aims to stop bikes being stolen.',
          due: 'Quarter 2, 2018-19',
          leads: ['MetOps', 'DMC'],
        },
        {
          ref: 'BP18-40',
          title: 'More bikes and PROSpikes for every BCU',
          text: 'Give each BCU ten new bikes and three PROSpikes to add capacity, with the investment also paying for training in scrambler bikes and manhunts.',
          due: 'By Quarter 3, 2018-19',
          leads: ['MetOps'],
          quantity: 'ten bikes and three PROSpikes per BCU',
        },
        {
          ref: 'BP18-41',
          title: 'Round table with delivery companies',
          text: 'Hold a round table with delivery companies on protecting their riders and gathering intelligence. A way for victims and witnesses to send in phone or GoPro video is being trialled with delivery drivers.',
          due: 'Quarter 2, 2018-19',
          leads: ['MetOps'],
        },
        {
          ref: 'BP18-42',
          title: 'Launch the Buddi monitoring app',
          text: 'Launch Buddi, a mobile phone app through which offenders can be monitored remotely.',
          due: 'Quarter 4, 2018-19',
          leads: ['MetOps', 'FP'],
          links: [contributesTo('RO2')],
        },
      ],
    },
    {
      ref: '3.4-local',
      kind: 'objective',
      title: 'Local borough priorities',
      text: 'MOPAC, the councils and the Met agree local priorities for each borough, with antisocial behaviour a priority everywhere. Burglary and non-domestic violence with injury are the most common, and Greenwich and Waltham Forest each have three priorities.',
      links: [delivers('PS2')],
    },
  ],
};
