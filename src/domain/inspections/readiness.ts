/**
 * Whether a component is ready to be inspected again, as an inspection liaison lead judges it:
 * nothing overdue (no recommendation past its due day, no action past its deadline), and every
 * finding that needs an answer closed. In between, the work is under way but not finished.
 */
export const READINESS_VERDICTS = ['ready', 'work-outstanding', 'not-ready'] as const;
export type ReadinessVerdict = (typeof READINESS_VERDICTS)[number];

export const READINESS_LABELS: Readonly<Record<ReadinessVerdict, string>> = {
  ready: 'Ready',
  'work-outstanding': 'Work outstanding',
  'not-ready': 'Not ready',
};

export interface ComponentResponse {
  /** Findings needing an answer that are not closed. */
  readonly outstanding: number;
  /** Of those, how many wait for the performance team's decision on submitted evidence. */
  readonly awaitingDecision: number;
  /** Outstanding findings past their due day. */
  readonly overdueFindings: number;
  /** Actions and addressing milestones past their deadline and not delivered. */
  readonly overdueActions: number;
  /** Outstanding findings with neither an action nor a milestone addressing them. */
  readonly withoutAction: number;
}

export interface Readiness {
  readonly verdict: ReadinessVerdict;
  /** Plain sentences saying why, most serious first; empty when ready. */
  readonly reasons: readonly string[];
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function readinessOf(response: ComponentResponse): Readiness {
  const reasons: string[] = [];
  if (response.overdueFindings > 0)
    reasons.push(`${count(response.overdueFindings, 'finding is', 'findings are')} past the due date`);
  if (response.overdueActions > 0)
    reasons.push(`${count(response.overdueActions, 'action is', 'actions are')} overdue`);
  if (response.withoutAction > 0)
    reasons.push(`${count(response.withoutAction, 'finding has', 'findings have')} no action or milestone against it`);
  if (response.awaitingDecision > 0)
    reasons.push(`${count(response.awaitingDecision, 'finding awaits', 'findings await')} a decision on its evidence`);
  const rest = response.outstanding - response.awaitingDecision;
  if (rest > 0) reasons.push(`${count(rest, 'finding is', 'findings are')} still being worked on`);
  const verdict: ReadinessVerdict =
    response.overdueFindings + response.overdueActions > 0
      ? 'not-ready'
      : response.outstanding > 0
        ? 'work-outstanding'
        : 'ready';
  return { verdict, reasons };
}
