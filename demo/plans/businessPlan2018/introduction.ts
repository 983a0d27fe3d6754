import type { PlanNodeDocument } from '../../../src/domain/plans/planDocument.js';
import { contributesTo } from './planLinks.js';

/** Chapter 2, Introduction. */
export const introduction: PlanNodeDocument = {
  ref: '2',
  kind: 'chapter',
  title: 'Introduction',
  children: [
    {
      ref: '2.2',
      kind: 'section',
      title: 'Context and challenges',
      text: "London's population of about 8.8 million is growing quickly, recorded crime rose by 6.4% in 2017-18, and £325 million of savings are needed between 2018-19 and 2021-22.",
    },
    {
      ref: '2.3',
      kind: 'section',
      title: 'Delivering for London',
      text: 'How the Met is organised, changed and held to account to deliver this plan, and how it works with partners and the public.',
      children: [
        {
          ref: '2.3-governance',
          kind: 'objective',
          title: 'Our governance and delivery structure',
          text: "From Quarter 1, 2018-19 the Met is organised as four operational business groups plus Headquarters. Progress is reviewed by the Performance Group, chaired by the Deputy Commissioner, and examined every quarter by MOPAC's Oversight Board.",
        },
        {
          ref: '2.3-transformation',
          kind: 'objective',
          title: 'Our transformation programme',
          text: 'Eleven change programmes in the One Met Model 2020 portfolio modernise the way the Met works, steered by a new Met Strategy to 2025.',
          milestones: [
            {
              ref: 'BP18-01',
              title: 'Adopt and publish the Met Strategy to 2025',
              text: 'Agree and publish the new Met Strategy to 2025, which sets the direction for the Met and steers its future transformation.',
              due: 'Quarter 2, 2018-19',
              leads: ['S&G'],
            },
          ],
        },
        {
          ref: '2.3-mobilising',
          kind: 'objective',
          title: 'Mobilising partners and the public',
          text: 'Involve the public in preventing crime, and become a more accessible, compassionate and joined-up service in which most reported crimes are handled by one officer and the workforce reflects London.',
          links: [contributesTo('better-police-service')],
        },
      ],
    },
  ],
};
