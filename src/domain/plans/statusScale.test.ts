import { describe, expect, it } from 'vitest';
import { STATUS_CATEGORIES, type StatusCategory, type StatusDefinition } from './planDocument.js';
import { DEFAULT_STATUSES, closesMilestone, findStatus } from './statusScale.js';

describe('closing a milestone', () => {
  it.each<[StatusCategory, boolean]>([
    ['delivered', true],
    ['withdrawn', true],
    ['on-track', false],
    ['delayed', false],
    ['not-started', false],
  ])('a %s status closes the milestone: %s', (category, closes) => {
    expect(closesMilestone(category)).toBe(closes);
  });
});

describe('the default status scale', () => {
  it('uses the labels of the Met quarterly progress update: Delivered, On track and Some delay', () => {
    expect(findStatus(DEFAULT_STATUSES, 'delivered')?.label).toBe('Delivered');
    expect(findStatus(DEFAULT_STATUSES, 'on-track')?.label).toBe('On track');
    expect(findStatus(DEFAULT_STATUSES, 'some-delay')?.label).toBe('Some delay');
  });

  it('gives every status a different code', () => {
    const codes = DEFAULT_STATUSES.map((status) => status.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('has at least one status for every category the tracker asks about', () => {
    for (const category of STATUS_CATEGORIES) {
      expect(DEFAULT_STATUSES.some((status) => status.category === category)).toBe(true);
    }
  });

  it('counts a missed milestone as delayed and still open, not as closed', () => {
    const missed = findStatus(DEFAULT_STATUSES, 'missed');
    expect(missed?.category).toBe('delayed');
    expect(closesMilestone(missed!.category)).toBe(false);
  });

  it('lets only the delivered and withdrawn statuses take a milestone off the list', () => {
    const closing = DEFAULT_STATUSES.filter((status) => closesMilestone(status.category)).map((status) => status.code);
    expect(closing.sort()).toEqual(['delivered', 'withdrawn']);
  });

  it('gives every status a symbol, a label and a one-sentence meaning for the legend', () => {
    for (const status of DEFAULT_STATUSES) {
      expect(status.symbol.trim()).not.toBe('');
      expect(status.label.trim()).not.toBe('');
      expect(status.meaning).toMatch(/^[A-Z].*\.$/);
    }
  });
});

describe('finding a status on a scale', () => {
  const scale: StatusDefinition[] = [
    { code: 'green', label: 'Green', symbol: 'G', meaning: 'Fine.', category: 'on-track' },
    { code: 'done', label: 'Done', symbol: 'D', meaning: 'Done.', category: 'delivered' },
  ];

  it('finds a status by its code on a plan’s own scale', () => {
    expect(findStatus(scale, 'done')).toBe(scale[1]);
  });

  it('finds nothing for a code the scale does not have, even one on the default scale', () => {
    expect(findStatus(scale, 'delivered')).toBeUndefined();
    expect(findStatus([], 'done')).toBeUndefined();
  });
});
