import type { PlanNodeDocument } from '../../../src/domain/plans/planDocument.js';
import { acquisitiveCrime } from './acquisitiveCrime.js';
import { safeguarding } from './safeguarding.js';
import { seriousViolence } from './seriousViolence.js';

/** Chapter 3, Focusing on what matters most for Londoners: the Control Strategy and its sections. */
export const whatMattersMost: PlanNodeDocument = {
  ref: '3',
  kind: 'chapter',
  title: 'Focusing on what matters most for Londoners',
  children: [
    {
      ref: '3.1',
      kind: 'section',
      title: 'Our Control Strategy',
      text: 'The Control Strategy 2018-21 ranks threats by threat, vulnerability and harm using MoRiLE. It sets eight priorities, with gangs, drugs and the MOPAC local priorities running across them, and is reviewed every six months.',
    },
    seriousViolence,
    safeguarding,
    acquisitiveCrime,
  ],
};
