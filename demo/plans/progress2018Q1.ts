/**
 * Demo data: the Quarter 1 2018-19 progress update on the Met Business Plan 2018-19, covering
 * the six milestones due that quarter. The published update's status symbols were lost from the
 * source text; all six read as delivered from the progress reported. Figures are facts from the
 * update; the narratives are in our own words.
 */
import type { MilestoneUpdateDocument } from '../../src/domain/plans/planDocument.js';

const PLAN_KEY = 'met-business-plan-2018-19';
const QUARTER = '2018-19 Q1';

export const progress2018Q1: MilestoneUpdateDocument[] = [
  {
    planKey: PLAN_KEY,
    milestoneRef: 'BP18-05',
    quarter: QUARTER,
    status: 'delivered',
    narrative:
      "The Violent Crime Task Force was formed at the start of April, paid for with extra money from the Mayor, and works across London. More than 700 officers applied to join. Its 150 ring-fenced officers make up eight proactive teams working from four locations, with the task force's own control and co-ordination centre.",
    figures: [
      '150 ring-fenced officers',
      'more than 700 applications',
      'eight proactive teams',
      'four locations (north east, north west, south east, south west)',
    ],
  },
  {
    planKey: PLAN_KEY,
    milestoneRef: 'BP18-44',
    quarter: QUARTER,
    status: 'delivered',
    narrative:
      'Live Chat was tried on four areas of the website and the evaluation found the trial a success. The MetCC Digital team handled 1,975 chats, and 92% of people surveyed afterwards said they would use it again. The next step is a trial on the home page.',
    figures: ['1,975 chats', '92% would use Live Chat again', 'four areas of the website'],
  },
  {
    planKey: PLAN_KEY,
    milestoneRef: 'BP18-47',
    quarter: QUARTER,
    status: 'delivered',
    narrative:
      'The roll-out to ANPR vehicles is finished, and 1,200 IVMAs are now installed. Each device runs on two 4G networks and gives officers CAD, MetSearch, route mapping and Co-pilot.',
    figures: ['1,200 IVMAs installed', 'two 4G networks per device'],
  },
  {
    planKey: PLAN_KEY,
    milestoneRef: 'BP18-83',
    quarter: QUARTER,
    status: 'delivered',
    narrative:
      'MOPAC has bought Empress State Building for £250 million, within a wider £412 million programme. Between 3,500 and 4,000 officers and staff will be based there, with moves due to begin from September 2019.',
    figures: [
      '£250 million purchase, part of a £412 million programme',
      '3,500 to 4,000 officers and staff to move in',
    ],
  },
  {
    planKey: PLAN_KEY,
    milestoneRef: 'BP18-84',
    quarter: QUARTER,
    status: 'delivered',
    narrative:
      'Works at Charing Cross Police Station have started and contractors are on site. The first phase, the Chandos Street block, is due to finish in September 2018 and the remainder in September 2019.',
    figures: ['phase 1 due September 2018', 'remaining works due September 2019'],
  },
  {
    planKey: PLAN_KEY,
    milestoneRef: 'BP18-85',
    quarter: QUARTER,
    status: 'delivered',
    narrative:
      'Detailed design has begun: consultant design teams are appointed for every one of the 31 BCU building projects. Contractors have been brought in under pre-construction services agreements.',
    figures: ['31 BCU building projects'],
  },
];
