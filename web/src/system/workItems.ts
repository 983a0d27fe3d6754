import type { ResponseOf } from '../shared/apiTypes.js';

export type MyWork = ResponseOf<'listMyWork'>;
export type WorkItem = MyWork['items'][number];
export type WorkKind = WorkItem['kind'];

/** The home page's sections, in the order a person works through them. */
export const WORK_SECTIONS: readonly { id: string; title: string; kinds: readonly WorkKind[]; hint: string }[] = [
  {
    id: 'returned',
    title: 'Returned to you',
    kinds: ['update-returned'],
    hint: 'The reviewer asked for changes before these updates can be approved.',
  },
  {
    id: 'to-write',
    title: 'Updates to write',
    kinds: ['update-to-write'],
    hint: 'Milestones your units lead that need an update this quarter. An update is done once it is submitted.',
  },
  {
    id: 'to-review',
    title: 'Waiting for your review',
    kinds: ['update-to-review'],
    hint: 'Updates submitted by their owners, oldest deadline first.',
  },
  {
    id: 'findings',
    title: 'Findings',
    kinds: ['finding-to-respond', 'finding-to-decide'],
    hint: 'Inspection findings waiting for your response or your decision on the evidence.',
  },
  {
    id: 'board-actions',
    title: 'Board actions',
    kinds: ['board-action'],
    hint: 'Open actions from the Performance Group and the oversight board.',
  },
  {
    id: 'to-publish',
    title: 'Ready to publish',
    kinds: ['quarter-to-publish'],
    hint: 'Quarters whose updates have all been approved.',
  },
];

/** GOV.UK tag colours: red for overdue, orange for today, yellow for soon; later is plain grey. */
export const URGENCY_TAGS: Readonly<Record<WorkItem['urgency'], { label: string; className: string } | null>> = {
  overdue: { label: 'Overdue', className: 'govuk-tag--red' },
  'due-today': { label: 'Due today', className: 'govuk-tag--orange' },
  'due-soon': { label: 'Due soon', className: 'govuk-tag--yellow' },
  later: { label: 'Later', className: 'govuk-tag--grey' },
  'no-deadline': null,
};

/** Findings need a word saying which of the two they are. */
export function kindNote(kind: WorkKind): string | null {
  if (kind === 'finding-to-respond') return 'Your response';
  if (kind === 'finding-to-decide') return 'Evidence to decide on';
  return null;
}

/** A day from the address (?on=2018-10-05) shows the page as it stood then, for demonstrations and tests. */
export function dayFromSearch(search: string): string | undefined {
  const on = new URLSearchParams(search).get('on') ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(on) ? on : undefined;
}
