/**
 * Demo data: the Performance Group meeting that reviewed Quarter 1 of 2018-19, the oversight board
 * after it and the Performance Group for Quarter 2, then the meetings of the boards in
 * demo/boards.ts (the Audit Panel twice, the Police and Crime Committee, the London Crime
 * Reduction Board). The first three dates follow the quarterly cycle the documents describe; the
 * later ones are the demo's own reading and their titles say so. The attendees are given by role,
 * and every action and note is invented for the demonstration (and says so).
 */

export interface DemoMeeting {
  readonly key: string;
  readonly board: string;
  readonly date: string;
  readonly title: string;
  readonly quarter: string | null;
  readonly attendees: readonly { name: string; role: string; attendance: 'attended' | 'apologies' }[];
  readonly at: string;
}

export interface DemoBoardAction {
  readonly key: string;
  readonly meeting: string;
  readonly text: string;
  readonly owner: string;
  readonly due: string;
  readonly at: string;
}

export interface DemoActionStatus {
  readonly action: string;
  readonly meeting: string;
  readonly status: 'open' | 'in-progress' | 'done' | 'dropped';
  readonly note: string;
  readonly at: string;
}

const PERFORMANCE_GROUP = [
  { name: 'Deputy Commissioner (demo)', role: 'Chair', attendance: 'attended' },
  { name: 'Director of Strategy and Governance (demo)', role: 'Strategy and Governance', attendance: 'attended' },
  { name: 'Assistant Commissioner, Met Operations (demo)', role: 'Met Operations', attendance: 'attended' },
  { name: 'Assistant Commissioner, Frontline Policing (demo)', role: 'Frontline Policing', attendance: 'apologies' },
  { name: 'Head of Performance (demo)', role: 'Secretariat', attendance: 'attended' },
] as const;

const AUDIT_PANEL = [
  { name: 'Chair of the Audit Panel (demo)', role: 'Independent member, chair', attendance: 'attended' },
  { name: 'Independent member (demo)', role: 'Independent member', attendance: 'attended' },
  { name: 'Chief Finance Officer, MOPAC (demo)', role: 'MOPAC', attendance: 'attended' },
  { name: 'Director of Audit, Risk and Assurance (demo)', role: 'MOPAC and MPS', attendance: 'attended' },
  { name: 'Director of Strategy and Governance (demo)', role: 'Metropolitan Police Service', attendance: 'apologies' },
] as const;

export const DEMO_MEETINGS: readonly DemoMeeting[] = [
  {
    key: 'pg-q1',
    board: 'performance-group',
    date: '2018-07-25',
    title: 'Performance Group: Quarter 1 review',
    quarter: '2018-19 Q1',
    attendees: PERFORMANCE_GROUP,
    at: '2018-07-26T09:00:00.000Z',
  },
  {
    key: 'ob-q1',
    board: 'oversight-board',
    date: '2018-09-13',
    title: 'Oversight board: Quarter 1 progress',
    quarter: '2018-19 Q1',
    attendees: [
      { name: 'Deputy Mayor for Policing and Crime (demo)', role: 'Chair, MOPAC', attendance: 'attended' },
      { name: 'Chief Executive, MOPAC (demo)', role: 'MOPAC', attendance: 'attended' },
      { name: 'Commissioner (demo)', role: 'Metropolitan Police Service', attendance: 'apologies' },
      { name: 'Deputy Commissioner (demo)', role: 'Metropolitan Police Service', attendance: 'attended' },
    ],
    at: '2018-09-14T09:00:00.000Z',
  },
  {
    key: 'pg-q2',
    board: 'performance-group',
    date: '2018-10-24',
    title: 'Performance Group: Quarter 2 review',
    quarter: '2018-19 Q2',
    attendees: PERFORMANCE_GROUP.map((a) =>
      a.attendance === 'apologies' ? { ...a, attendance: 'attended' as const } : a,
    ),
    at: '2018-10-25T09:00:00.000Z',
  },
  {
    key: 'ap-q1',
    board: 'audit-panel',
    date: '2018-09-25',
    title: 'Audit Panel: strategic risks after Quarter 1 (demo date)',
    quarter: '2018-19 Q1',
    attendees: AUDIT_PANEL,
    at: '2018-09-26T09:00:00.000Z',
  },
  {
    key: 'ap-q2',
    board: 'audit-panel',
    date: '2018-12-11',
    title: 'Audit Panel: strategic risks after Quarter 2 (demo date)',
    quarter: '2018-19 Q2',
    attendees: AUDIT_PANEL.map((a) => ({ ...a, attendance: 'attended' as const })),
    at: '2018-12-12T09:00:00.000Z',
  },
  {
    key: 'pcc-q2',
    board: 'police-and-crime-committee',
    date: '2018-11-14',
    title: 'Police and Crime Committee: the Police and Crime Plan at half year (demo date)',
    quarter: '2018-19 Q2',
    attendees: [
      { name: 'Chair of the Committee (demo)', role: 'London Assembly Member', attendance: 'attended' },
      { name: 'Deputy Mayor for Policing and Crime (demo)', role: 'Guest, MOPAC', attendance: 'attended' },
      { name: 'Deputy Commissioner (demo)', role: 'Guest, Metropolitan Police Service', attendance: 'attended' },
    ],
    at: '2018-11-15T09:00:00.000Z',
  },
  {
    key: 'lcrb-q2',
    board: 'london-crime-reduction-board',
    date: '2018-10-30',
    title: 'London Crime Reduction Board: autumn meeting (demo date)',
    quarter: null,
    attendees: [
      { name: 'Mayor of London (demo)', role: 'Chair', attendance: 'attended' },
      { name: 'Deputy Mayor for Policing and Crime (demo)', role: 'MOPAC', attendance: 'attended' },
      { name: 'Commissioner (demo)', role: 'Metropolitan Police Service', attendance: 'attended' },
      { name: 'Senior criminal justice leaders (demo)', role: 'Criminal justice partners', attendance: 'attended' },
    ],
    at: '2018-10-31T09:00:00.000Z',
  },
];

export const DEMO_BOARD_ACTIONS: readonly DemoBoardAction[] = [
  {
    key: 'vctf-measures',
    meeting: 'pg-q1',
    text: 'Say how the Violent Crime Task Force will be judged beyond its arrest counts (demo action).',
    owner: 'Assistant Commissioner, Met Operations (demo)',
    due: '2018-10-19',
    at: '2018-07-26T09:10:00.000Z',
  },
  {
    key: 'q2-recovery',
    meeting: 'pg-q1',
    text: 'Bring a recovery plan for the Quarter 2 milestones that are at risk of slipping (demo action).',
    owner: 'Director of Strategy and Governance (demo)',
    due: '2018-09-30',
    at: '2018-07-26T09:20:00.000Z',
  },
  {
    key: 'live-chat',
    meeting: 'pg-q1',
    text: 'Show the group the Live Chat trial’s evaluation before any wider roll-out (demo action).',
    owner: 'Digital Policing lead (demo)',
    due: '2019-01-31',
    at: '2018-07-26T09:30:00.000Z',
  },
  {
    key: 'ward-minimum',
    meeting: 'ob-q1',
    text: 'Share how every ward will keep two dedicated ward officers and a PCSO through the BCU changes (demo action).',
    owner: 'Deputy Commissioner (demo)',
    due: '2018-12-31',
    at: '2018-09-14T09:10:00.000Z',
  },
  {
    key: 'knife-crime',
    meeting: 'pg-q2',
    text: 'Explain the change in knife crime against the same quarter last year, borough by borough (demo action).',
    owner: 'Head of Performance (demo)',
    due: '2019-01-23',
    at: '2018-10-25T09:10:00.000Z',
  },
];

export const DEMO_ACTION_STATUSES: readonly DemoActionStatus[] = [
  {
    action: 'vctf-measures',
    meeting: 'pg-q2',
    status: 'done',
    note: 'Outcome measures agreed: weapons recovered, repeat victims and violence with injury (demo note).',
    at: '2018-10-25T09:20:00.000Z',
  },
  {
    action: 'q2-recovery',
    meeting: 'pg-q2',
    status: 'in-progress',
    note: 'Draft plan seen; leads to confirm revised dates before it comes back (demo note).',
    at: '2018-10-25T09:25:00.000Z',
  },
];
