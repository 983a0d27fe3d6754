import { useChange } from '../shared/useChange.js';

/** What a change to a finding touches: its page, the tracker, the summary counts, readiness and the plans. */
const TOUCHED = ['finding', 'findings', 'inspection', 'readiness', 'plans', 'plan', 'milestones', 'milestone'];

/** Sends one change to a finding; true when the API took it. */
export function useFindingChange(csrfToken: string, announce: (text: string) => void) {
  const change = useChange(csrfToken, announce, TOUCHED);
  const send = async (method: 'POST' | 'DELETE', path: string, body: unknown, success: string): Promise<boolean> =>
    (await change.send(method, path, body, () => success)) !== null;
  return { ...change, send };
}
