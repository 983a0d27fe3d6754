import { FINDING_KIND_LABELS, FINDING_STATE_LABELS } from '../../domain/inspections/index.js';
import type { StoredFinding } from '../../store/index.js';

export interface FindingSummary extends StoredFinding {
  readonly kindLabel: string;
  readonly stateLabel: string;
  readonly overdue: boolean;
}

export function findingSummary(finding: StoredFinding, on: string): FindingSummary {
  return {
    ...finding,
    kindLabel: FINDING_KIND_LABELS[finding.kind],
    stateLabel: FINDING_STATE_LABELS[finding.state],
    overdue: finding.dueOn !== null && finding.dueOn < on && finding.state !== 'closed',
  };
}
