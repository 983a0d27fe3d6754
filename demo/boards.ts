import type { BoardRecord } from '../src/domain/board/boards.js';

/**
 * Demo data: the boards the force's plan and performance go to in London. The bodies and what
 * they do come from the Police and Crime Plan 2017-21 and the Met's Business Plan 2018-19 (the
 * MOPAC/MPS Audit Panel is independent and scrutinises the strategic risks of MOPAC and the MPS;
 * the London Assembly's Police and Crime Committee examines MOPAC in public; MOPAC convenes the
 * London Crime Reduction Board with the most senior criminal justice leaders). Which are public
 * and which reports go to each is the demo's own choice.
 */
export const DEMO_BOARDS: readonly BoardRecord[] = [
  {
    key: 'performance-group',
    name: 'Performance Group',
    owner: 'force',
    visibility: 'internal',
    reports: ['quarterly-progress-report', 'board-pack'],
    reviewsRisks: false,
  },
  {
    key: 'oversight-board',
    name: 'MOPAC Oversight Board',
    owner: 'oversight-body',
    visibility: 'internal',
    reports: ['quarterly-progress-report', 'board-pack'],
    reviewsRisks: false,
  },
  {
    key: 'audit-panel',
    name: 'MOPAC/MPS Audit Panel',
    owner: 'oversight-body',
    visibility: 'internal',
    reports: ['board-pack', 'risk-register'],
    reviewsRisks: true,
  },
  {
    key: 'police-and-crime-committee',
    name: 'London Assembly Police and Crime Committee',
    owner: 'london-assembly',
    visibility: 'public',
    reports: ['quarterly-progress-report'],
    reviewsRisks: false,
  },
  {
    key: 'london-crime-reduction-board',
    name: 'London Crime Reduction Board',
    owner: 'partnership',
    visibility: 'internal',
    reports: ['quarterly-progress-report'],
    reviewsRisks: false,
  },
];

export interface DemoPaper {
  readonly meeting: string;
  readonly kind: 'agenda' | 'minutes' | 'decisions';
  readonly text: string;
}

/** Papers for some demo meetings, in our own words and marked as demo text. */
export const DEMO_PAPERS: readonly DemoPaper[] = [
  {
    meeting: 'ap-q1',
    kind: 'agenda',
    text: '1. Apologies and declarations of interest.\n2. Strategic risk register: changes since the last meeting.\n3. Internal audit progress.\n4. Actions from previous meetings. (Demo text.)',
  },
  {
    meeting: 'ap-q1',
    kind: 'minutes',
    text: 'The Panel reviewed the strategic risks of MOPAC and the MPS and asked for the treatment of each to be stated as eliminate, tolerate, treat or reduce. (Demo text.)',
  },
  {
    meeting: 'ap-q2',
    kind: 'agenda',
    text: '1. Apologies.\n2. Strategic risk register: risks whose score has risen.\n3. Assurance on the internal control environment. (Demo text.)',
  },
  {
    meeting: 'pcc-q2',
    kind: 'agenda',
    text: '1. Apologies and declarations of interest.\n2. Question and answer session: progress on the Police and Crime Plan at the half year.\n3. The Committee’s work programme. (Demo text.)',
  },
  {
    meeting: 'pcc-q2',
    kind: 'minutes',
    text: 'Members questioned the Deputy Mayor and the Deputy Commissioner on knife crime, ward officer numbers and the use of the quarterly progress report. (Demo text.)',
  },
  {
    meeting: 'pcc-q2',
    kind: 'decisions',
    text: 'The Committee noted the report and agreed to write to the Deputy Mayor asking for the ward officer figures by borough. (Demo text.)',
  },
];
