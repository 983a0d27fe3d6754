/** Small wording helpers shared by the plan pages. */

/** "1 milestone", "90 milestones". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}

/**
 * A node's reference as readers know it ("3.2", "PS1", "S1.1", "BP18-05"), or null when the
 * reference is only a key made of words ("better-police-service", "3.2-vctf", "SAFETY"), which
 * the pages leave out.
 */
export function displayRef(ref: string): string | null {
  return /[a-z]{3,}|[A-Za-z]{4,}/.test(ref) ? null : ref;
}

/** The id of a node's heading on its plan's page, so other pages can link straight to it. */
export function nodeAnchor(ref: string): string {
  return `node-${ref.replace(/[^A-Za-z0-9._-]/g, '-')}`;
}

/** The address of a node on its plan's page. */
export function nodeLink(planId: number, ref: string): { pathname: string; hash: string } {
  return { pathname: `/plans/${planId}`, hash: nodeAnchor(ref) };
}

/** The address of a milestone's own page. */
export function milestoneLink(planId: number, ref: string): string {
  return `/plans/${planId}/milestones/${encodeURIComponent(ref)}`;
}

/** "A commitment", "An objective". */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'An' : 'A'} ${noun}`;
}
