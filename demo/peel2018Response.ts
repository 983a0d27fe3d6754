/**
 * Demo data: how the force might have answered the PEEL 2018/19 findings in the months after the
 * report. None of this is in the report: the actions, notes and evidence are invented for the
 * demonstration (and say so), except the link from PVP-AFI-2 to business plan milestone BP18-32,
 * which is real: the 2018-19 Business Plan committed to the same review of DVPOs, DVPNs and
 * Clare's Law that the inspectors asked for.
 */

export interface DemoFindingLink {
  readonly ref: string;
  readonly planKey: string;
  readonly milestoneRef: string;
  readonly at: string;
}

export interface DemoFindingAction {
  readonly ref: string;
  readonly title: string;
  readonly text: string;
  readonly due: string;
  readonly leads: readonly string[];
  readonly at: string;
}

export type DemoFindingMove =
  | {
      readonly ref: string;
      readonly response: 'action-planned' | 'in-progress' | 'evidence-submitted';
      readonly note: string;
      readonly evidence?: readonly { title: string; url: string | null }[];
      readonly at: string;
    }
  | {
      readonly ref: string;
      readonly decision: 'close' | 'return' | 'reopen';
      readonly note: string;
      readonly at: string;
    };

export const PEEL_2018_LINKS: readonly DemoFindingLink[] = [
  { ref: 'PVP-AFI-2', planKey: 'met-business-plan-2018-19', milestoneRef: 'BP18-32', at: '2019-09-16T09:30:00.000Z' },
];

export const PEEL_2018_ACTIONS: readonly DemoFindingAction[] = [
  {
    ref: 'PVP-REC-1',
    title: 'Staff the sex offender management teams to the national standard',
    text: 'Agree and fill the extra posts the teams need so that every medium- and low-risk registered sex offender is visited and reviewed as national guidance requires (demo action).',
    due: 'By Quarter 3, 2019-20',
    leads: ['FP'],
    at: '2019-09-20T10:00:00.000Z',
  },
  {
    ref: 'ELB-REC-1',
    title: 'Clear the vetting backlog',
    text: 'Bring every officer and member of staff up to the vetting level their post needs, and renew clearances as they expire (demo action).',
    due: 'By Quarter 2, 2020-21',
    leads: ['RV'],
    at: '2019-09-20T10:15:00.000Z',
  },
  {
    ref: 'ELB-REC-2',
    title: 'Find the vetting status of everyone whose status is unknown',
    text: 'Match the workforce list against the vetting records, vet anyone without current clearance, and keep one central count of enhanced vetting and re-vetting needs (demo action).',
    due: 'By Quarter 4, 2019-20',
    leads: ['RV'],
    at: '2019-09-20T10:20:00.000Z',
  },
  {
    ref: 'PVP-AFI-2',
    title: "Act on the review of DVPOs, DVPNs and Clare's Law",
    text: "Turn the review's recommendations into guidance and training for frontline officers, and track how often the powers are used in each BCU (demo action).",
    due: 'By Quarter 4, 2019-20',
    leads: ['FP'],
    at: '2019-09-20T10:30:00.000Z',
  },
];

export const PEEL_2018_MOVES: readonly DemoFindingMove[] = [
  {
    ref: 'PVP-REC-1',
    response: 'in-progress',
    note: 'Extra posts agreed; recruitment to the teams has started (demo note).',
    at: '2019-10-14T14:00:00.000Z',
  },
  {
    ref: 'ELB-PRIOR-2',
    response: 'evidence-submitted',
    note: 'The annual counter-corruption assessment has been reviewed and now uses the national categories (demo note).',
    evidence: [
      {
        title: 'Counter-corruption strategic assessment 2019, as approved by the professionalism board (demo)',
        url: null,
      },
    ],
    at: '2019-11-04T11:00:00.000Z',
  },
  {
    ref: 'ELB-PRIOR-2',
    decision: 'close',
    note: 'Assessment seen and checked against the national categories (demo note).',
    at: '2019-11-18T16:00:00.000Z',
  },
];
