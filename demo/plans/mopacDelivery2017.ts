/**
 * MOPAC's own delivery of the Police and Crime Plan 2017-21: the commitments the plan says the
 * oversight body will carry out itself (appointing a Victims' Commissioner, lobbying on the Late
 * Night Levy, commissioning victims' services, the London Crime Prevention Fund), as milestones
 * led by MOPAC's units, each naming the commitment it delivers. The plan dates few of them: the
 * June 2017 justice devolution MoU, the £63m for victims' services over 2017-2021 and the LCPF
 * co-commissioning pot from 2018/19. Every other due date is the demo author's reading, and each
 * such milestone says so in its text. Names, sums and dates are from the plan; the words are ours.
 */
import type { MilestoneDocument, PlanDocument, PlanLinkDocument } from '../../src/domain/plans/planDocument.js';

const PCP = 'police-and-crime-plan-2017-21';
const READING = ' (date: demo author’s reading)';

const delivers = (...refs: string[]): PlanLinkDocument[] =>
  refs.map((nodeRef) => ({ type: 'delivers', planKey: PCP, nodeRef }));

function milestone(
  ref: string,
  title: string,
  text: string,
  due: { spec: string; fromPlan: boolean },
  leads: string[],
  links: PlanLinkDocument[],
): MilestoneDocument {
  return { ref, title, text: due.fromPlan ? text : `${text}${READING}`, due: due.spec, leads, links };
}

const planDate = (spec: string) => ({ spec, fromPlan: true });
const reading = (spec: string) => ({ spec, fromPlan: false });

export const mopacDelivery2017: PlanDocument = {
  key: 'mopac-delivery-2017-21',
  title: "MOPAC's delivery of the Police and Crime Plan 2017-21",
  kind: 'delivery-plan',
  owner: "Mayor's Office for Policing and Crime (MOPAC)",
  firstYear: '2017-18',
  lastYear: '2020-21',
  summary:
    'What the oversight body does itself to keep the promises of its Police and Crime Plan, beside what it holds the Met and its partners to account for. A demo delivery plan: the plan dates few of these steps, and every date the demo reads in says so.',
  nodeKinds: [{ key: 'workstream', label: 'Workstream', plural: 'Workstreams' }],
  nodes: [
    {
      ref: 'MD-V',
      kind: 'workstream',
      title: 'Victims at the heart of justice',
      milestones: [
        milestone(
          'MD-01',
          "Appoint London's first Victims' Commissioner",
          "Appoint an independent Victims' Commissioner who reports directly to the Deputy Mayor for Policing and Crime.",
          reading('By Quarter 2, 2017-18'),
          ['MOPAC'],
          delivers('CJ1'),
        ),
        milestone(
          'MD-02',
          "Review of compliance with the Victims' Code",
          "The Victims' Commissioner reviews how far the MPS and partner agencies comply with the Code of Practice for Victims of Crime.",
          reading('By Quarter 4, 2018-19'),
          ['MOPAC-EI'],
          delivers('CJ1'),
        ),
        milestone(
          'MD-03',
          "Commission victims' services worth £63m",
          "Commission services that meet victims' full range of needs, spending £63m between 2017 and 2021.",
          planDate('By Quarter 4, 2020-21'),
          ['MOPAC-CP'],
          delivers('CJ2'),
        ),
        milestone(
          'MD-04',
          "Review the reach of victims' services",
          "Review how far the commissioned victims' services reach London's diverse communities.",
          reading('Quarter 4, 2018-19'),
          ['MOPAC-EI', 'MOPAC-CP'],
          delivers('CJ2'),
        ),
        milestone(
          'MD-05',
          'Memorandum of Understanding on justice devolution',
          'Agree the Memorandum of Understanding that follows the London Criminal Justice Devolution Agreement, with Government and the Boroughs.',
          planDate('By Quarter 1, 2017-18'),
          ['MOPAC'],
          [{ type: 'contributes-to', planKey: PCP, nodeRef: 'CJ7' }],
        ),
      ],
    },
    {
      ref: 'MD-P',
      kind: 'workstream',
      title: 'Prevention funding and commissioning',
      milestones: [
        milestone(
          'MD-06',
          'Keep the London Crime Prevention Fund at £72m',
          'Maintain the London Crime Prevention Fund at £72m for the whole plan period, awarded to Boroughs by need and demand.',
          planDate('By Quarter 4, 2020-21'),
          ['MOPAC-CP'],
          delivers('CY11'),
        ),
        milestone(
          'MD-07',
          'Open the LCPF co-commissioning pot',
          'Ring-fence 30% of the London Crime Prevention Fund for services commissioned across Borough boundaries.',
          planDate('Quarter 1, 2018-19'),
          ['MOPAC-CP'],
          delivers('CY11'),
        ),
        milestone(
          'MD-08',
          'Publish the London Knife Crime Strategy',
          'Produce the London Knife Crime Strategy with the police, partners and communities.',
          reading('By Quarter 2, 2017-18'),
          ['MOPAC-CP'],
          delivers('CY7'),
        ),
        milestone(
          'MD-09',
          'Refresh the VAWG Strategy',
          'Refresh the London Violence Against Women and Girls Strategy with the VAWG sector.',
          reading('By Quarter 3, 2017-18'),
          ['MOPAC-CP'],
          delivers('VW1'),
        ),
        milestone(
          'MD-10',
          'Keep funding the London Safeguarding Children Board',
          "Continue MOPAC's funding of the London Safeguarding Children Board.",
          reading('Quarter 1, 2017-18'),
          ['MOPAC-CP'],
          delivers('CY4'),
        ),
      ],
    },
    {
      ref: 'MD-O',
      kind: 'workstream',
      title: 'Oversight and lobbying',
      milestones: [
        milestone(
          'MD-11',
          'Case for changing the Late Night Levy',
          'Put the case to Government for changing how the Late Night Levy is raised and spent, and for more consistent licensing.',
          reading('By Quarter 4, 2017-18'),
          ['MOPAC'],
          delivers('PS7'),
        ),
        milestone(
          'MD-12',
          'Complaints oversight framework',
          'Set up the framework through which the Deputy Mayor holds the Commissioner to account for handling complaints, under the Policing and Crime Act 2017.',
          reading('By Quarter 4, 2017-18'),
          ['MOPAC-OV'],
          delivers('TM3'),
        ),
        milestone(
          'MD-13',
          'Oversee the EHRC fairness-at-work recommendations',
          "Track the MPS's delivery of the Equality and Human Rights Commission's recommendations on fairness at work.",
          reading('Quarter 2, 2018-19'),
          ['MOPAC-OV'],
          delivers('TM2'),
        ),
        milestone(
          'MD-14',
          'Independent child protection oversight group',
          'Bring together child protection experts and academics to oversee the HMIC child protection recommendations with the College of Policing and the NPCC.',
          reading('By Quarter 3, 2017-18'),
          ['MOPAC-OV'],
          delivers('CY3'),
        ),
        milestone(
          'MD-15',
          'Publish VAWG data by Borough',
          'Publish detailed violence against women and girls data comparing Boroughs and communities.',
          reading('Quarter 4, 2017-18'),
          ['MOPAC-EI'],
          delivers('VW3'),
        ),
      ],
    },
  ],
};
