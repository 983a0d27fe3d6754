import type { StatusCategory, StatusDefinition } from './planDocument.js';

/**
 * The scale the Met's quarterly progress update uses (delivered, on track, some delay), with
 * the three states every tracker ends up needing as well. The update printed a calendar and a
 * spanner; these symbols are in every common font, so they never show as empty boxes.
 */
export const DEFAULT_STATUSES: readonly StatusDefinition[] = [
  {
    code: 'delivered',
    label: 'Delivered',
    symbol: '✓',
    meaning: 'What the milestone promised has been done.',
    category: 'delivered',
  },
  {
    code: 'on-track',
    label: 'On track',
    symbol: '→',
    meaning: 'Work is under way and expected to finish by the due date.',
    category: 'on-track',
  },
  {
    code: 'some-delay',
    label: 'Some delay',
    symbol: '⚠',
    meaning: 'Work is under way but will finish later than planned.',
    category: 'delayed',
  },
  {
    code: 'not-started',
    label: 'Not started',
    symbol: '○',
    meaning: 'Work has not begun yet.',
    category: 'not-started',
  },
  {
    code: 'missed',
    label: 'Missed',
    symbol: '✗',
    meaning: 'The due date passed without delivery; a revised date is needed.',
    category: 'delayed',
  },
  {
    code: 'withdrawn',
    label: 'Withdrawn',
    symbol: '–',
    meaning: 'The milestone no longer applies and will not be delivered.',
    category: 'withdrawn',
  },
];

/** Delivered and withdrawn milestones leave the quarterly list; everything else carries forward. */
export function closesMilestone(category: StatusCategory): boolean {
  return category === 'delivered' || category === 'withdrawn';
}

export function findStatus(scale: readonly StatusDefinition[], code: string): StatusDefinition | undefined {
  return scale.find((status) => status.code === code);
}
