import type { PlanNodeDocument } from '../../../src/domain/plans/planDocument.js';

export const commitment = (ref: string, title: string, text: string): PlanNodeDocument => ({
  ref,
  kind: 'commitment',
  title,
  text,
});

export const aim = (chapter: string, n: number, title: string, text: string): PlanNodeDocument => ({
  ref: `${chapter}-aim-${n}`,
  kind: 'aim',
  title,
  text,
});

export const measureArea = (chapter: string, n: number, title: string, text: string): PlanNodeDocument => ({
  ref: `${chapter}-measure-${n}`,
  kind: 'measure-area',
  title,
  text,
});
