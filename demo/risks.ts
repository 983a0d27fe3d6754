import type { NewRisk } from '../src/services/risks/addRisk.js';

/**
 * Demo data: a small strategic risk register for MOPAC and the Metropolitan Police Service,
 * overseen by the Audit Panel. The risks come from the reference documents (the vetting backlog
 * PEEL raised as a cause of concern, the savings the business plan says are needed, the demand of
 * public order and counter-terrorism policing, a workforce less diverse than London). The
 * documents give no likelihood or impact scores: every score here is the demo author's reading,
 * and each risk says so wherever it is shown.
 */

export const DEMO_RISK_NOTE =
  "Demo: the likelihood and impact scores are the demo author's reading of the source documents, which give no scores.";

const PLAN = 'met-business-plan-2018-19';
const PEEL = 'peel-2018-19-met';
const AUDIT_PANEL = 'audit-panel';

export const DEMO_RISKS: readonly NewRisk[] = [
  {
    ref: 'SR-1',
    title: 'Vetting backlog leaves officers and staff in post without current vetting',
    owner: 'Director of Professionalism',
    cause:
      'Too many officers and staff are waiting to be vetted or re-vetted; HMICFRS made the size of the backlog a cause of concern in PEEL 2018/19.',
    consequence:
      'People without current clearance may see sensitive information; corruption goes undetected; public trust and the inspectorate’s confidence fall.',
    inherent: { likelihood: 5, impact: 4 },
    residual: { likelihood: 4, impact: 4 },
    treatment: 'treat',
    controls: [
      'Central vetting unit prioritises posts with access to sensitive information',
      'Monthly backlog figure reported to the Performance Group',
    ],
    actions: [
      {
        text: 'Clear the backlog and renew vetting as it falls due',
        owner: 'Director of Professionalism',
        dueOn: '2020-09-30',
      },
      { text: 'Monitor vetting decisions for disparity between groups', owner: 'Vetting unit', dueOn: '2020-03-31' },
    ],
    boards: [AUDIT_PANEL],
    milestones: [],
    findings: [
      { inspection: PEEL, ref: 'ELB-CoC-1' },
      { inspection: PEEL, ref: 'ELB-REC-1' },
      { inspection: PEEL, ref: 'ELB-REC-3' },
    ],
    scoreNote: DEMO_RISK_NOTE,
  },
  {
    ref: 'SR-2',
    title: 'Savings gap: the £325 million of savings needed by 2021-22 is not found',
    owner: 'Chief Finance Officer',
    cause:
      'The business plan says £325 million of savings are needed between 2018-19 and 2021-22 while London’s population and recorded crime grow.',
    consequence: 'Officer numbers or services are cut at short notice; reserves are drawn down; plan commitments slip.',
    inherent: { likelihood: 4, impact: 5 },
    residual: { likelihood: 3, impact: 5 },
    treatment: 'reduce',
    controls: ['Budget scrutiny by Management Board', 'Value for money strategy', 'MOPAC reserves strategy'],
    actions: [
      {
        text: 'Submit the draft budget to the Mayor with the savings identified',
        owner: 'Chief Finance Officer',
        dueOn: '2018-12-31',
      },
    ],
    boards: [AUDIT_PANEL],
    milestones: [
      { plan: PLAN, ref: 'BP18-75' },
      { plan: PLAN, ref: 'BP18-79' },
      { plan: PLAN, ref: 'BP18-82' },
    ],
    findings: [],
    scoreNote: DEMO_RISK_NOTE,
  },
  {
    ref: 'SR-3',
    title: 'Public order and counter-terrorism demand draws officers away from neighbourhoods',
    owner: 'Assistant Commissioner, Met Operations',
    cause:
      'The terror threat level is severe and London polices more than 3,500 public events a year; both call on officers at short notice.',
    consequence:
      'Ward officers are abstracted, local priorities lose attention and overtime rises beyond working time rules.',
    inherent: { likelihood: 4, impact: 4 },
    residual: { likelihood: 3, impact: 4 },
    treatment: 'tolerate',
    controls: [
      'Abstraction of dedicated ward officers recorded and reported',
      'Public order demand planned with the London region partners',
    ],
    actions: [],
    boards: [AUDIT_PANEL],
    milestones: [{ plan: PLAN, ref: 'BP18-18' }],
    findings: [{ inspection: PEEL, ref: 'TWF-AFI-4' }],
    scoreNote: DEMO_RISK_NOTE,
  },
  {
    ref: 'SR-4',
    title: 'The workforce does not come to reflect the London it serves',
    owner: 'Director of Human Resources',
    cause:
      'At 31 March 2019, 18.4% of the workforce who stated an ethnicity were from Black, Asian and minority ethnic groups, against 40.2% of London’s population.',
    consequence:
      'Confidence among under-represented communities stays lower; recruitment targets in the plan are missed.',
    inherent: { likelihood: 4, impact: 3 },
    residual: { likelihood: 3, impact: 3 },
    treatment: 'treat',
    controls: ['Career Development Service for female and BAME staff', 'Recruitment campaign aimed at women'],
    actions: [
      {
        text: 'Report recruitment and retention by group to the Audit Panel each half-year',
        owner: 'Director of Human Resources',
        dueOn: '2019-06-30',
      },
    ],
    boards: [AUDIT_PANEL],
    milestones: [
      { plan: PLAN, ref: 'BP18-61' },
      { plan: PLAN, ref: 'BP18-62' },
    ],
    findings: [],
    scoreNote: DEMO_RISK_NOTE,
  },
];

/** What the demo says the Audit Panel agreed at each of its meetings, in meeting order (our words). */
export const DEMO_RISK_REVIEWS: readonly {
  readonly ref: string;
  /** 0 for the panel's first meeting in the demo, 1 for the next… (reviews for meetings the demo lacks are left out). */
  readonly meeting: number;
  readonly residual: { readonly likelihood: 1 | 2 | 3 | 4 | 5; readonly impact: 1 | 2 | 3 | 4 | 5 };
  readonly note: string;
}[] = [
  {
    ref: 'SR-1',
    meeting: 0,
    residual: { likelihood: 4, impact: 4 },
    note: 'Demo note: the panel asked for the backlog figure every month until it falls.',
  },
  {
    ref: 'SR-2',
    meeting: 0,
    residual: { likelihood: 3, impact: 5 },
    note: 'Demo note: savings plans reviewed; the gap for later years is not yet closed.',
  },
  {
    ref: 'SR-4',
    meeting: 0,
    residual: { likelihood: 3, impact: 3 },
    note: 'Demo note: the panel noted the intake figures and asked for retention by group.',
  },
  {
    ref: 'SR-1',
    meeting: 1,
    residual: { likelihood: 3, impact: 4 },
    note: 'Demo note: backlog falling; likelihood lowered to possible.',
  },
  {
    ref: 'SR-3',
    meeting: 1,
    residual: { likelihood: 3, impact: 4 },
    note: 'Demo note: abstraction figures reviewed; risk tolerated for now.',
  },
];
