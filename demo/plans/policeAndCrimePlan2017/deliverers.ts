/**
 * Who the Police and Crime Plan says delivers each commitment, where it says so: MOPAC itself
 * (appointing, commissioning, funding, lobbying, overseeing), the Met, or a named partner. Where
 * the plan's words leave it shared or unclear, the commitment is left unmarked rather than guessed.
 */
import type { NodeDeliverer, PlanNodeDocument } from '../../../src/domain/plans/planDocument.js';

const MOPAC: NodeDeliverer = { kind: 'oversight-body', name: 'MOPAC' };
const MPS: NodeDeliverer = { kind: 'force', name: 'Metropolitan Police Service' };
const partner = (name: string): NodeDeliverer => ({ kind: 'partner', name });

const DELIVERERS: Readonly<Record<string, NodeDeliverer>> = {
  // MOPAC's own: it appoints, commissions, funds, lobbies and oversees.
  PS3: MOPAC,
  PS7: MOPAC,
  TM2: MOPAC,
  TM3: MOPAC,
  CJ1: MOPAC,
  CJ2: MOPAC,
  CJ4: MOPAC,
  CY3: MOPAC,
  CY4: MOPAC,
  CY7: MOPAC,
  CY11: MOPAC,
  CY16: MOPAC,
  CY23: MOPAC,
  VW1: MOPAC,
  VW2: MOPAC,
  VW3: MOPAC,
  VW11: MOPAC,
  VW14: MOPAC,
  HC9: MOPAC,
  HC10: MOPAC,
  // The force's: the plan says the MPS does them.
  PS1: MPS,
  PV1: MPS,
  PV2: MPS,
  TM4: MPS,
  TM6: MPS,
  CJ5: MPS,
  CY1: MPS,
  VW8: MPS,
  VW18: MPS,
  HC3: MPS,
  HC7: MPS,
  // Partners the plan names as leading.
  RO3: partner('Ministry of Justice and HM Prison and Probation Service'),
  HC1: partner('Deputy Mayor for Social Integration, Social Mobility and Community Engagement'),
  HC11: partner('Home Office'),
};

/** The plan's nodes with each commitment's deliverer marked, where the plan names one. */
export function withDeliverers(node: PlanNodeDocument): PlanNodeDocument {
  const deliverer = node.kind === 'commitment' ? DELIVERERS[node.ref] : undefined;
  return {
    ...node,
    ...(deliverer === undefined ? {} : { deliverer }),
    ...(node.children === undefined ? {} : { children: node.children.map(withDeliverers) }),
  };
}

/** Refs the table marks, so a test can check each names a commitment of the plan. */
export const MARKED_COMMITMENTS: readonly string[] = Object.keys(DELIVERERS);
