/**
 * A quarter's "other progress" on a chapter or section of a plan: what the part achieved beyond
 * its milestones (a service going force-wide, a big event policed), which the progress report
 * prints under the part's heading. Narratives follow the update workflow (updateWorkflow.ts).
 */

/** The longest narrative the report prints: a few paragraphs, as the Met's own updates have. */
export const NARRATIVE_MAX_LENGTH = 8000;

export interface PlanPartNode {
  readonly id: number;
  readonly parent_id: number | null;
  readonly ref: string;
  readonly title: string;
}

export interface PlanPart {
  readonly ref: string;
  readonly title: string;
  readonly kind: 'chapter' | 'section';
}

/**
 * The parts a narrative may be written for: the plan's chapters (top-level parts) and their
 * sections (the parts directly under them), in the plan's order. Deeper parts have no heading
 * of their own in the report, so a narrative on one would have nowhere to go.
 */
export function narrativeParts(nodes: readonly PlanPartNode[]): PlanPart[] {
  const chapters = new Set(nodes.filter((node) => node.parent_id === null).map((node) => node.id));
  return nodes.flatMap((node): PlanPart[] => {
    if (node.parent_id === null) return [{ ref: node.ref, title: node.title, kind: 'chapter' }];
    return chapters.has(node.parent_id) ? [{ ref: node.ref, title: node.title, kind: 'section' }] : [];
  });
}

export type NarrativeCheck =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** The narrative as it will be kept: trimmed, with paragraphs kept and runs of blank lines closed up. */
export function checkNarrativeText(text: string): NarrativeCheck {
  const cleaned = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  if (cleaned === '') return { ok: false, reason: 'Say what else the part achieved this quarter.' };
  if (cleaned.length > NARRATIVE_MAX_LENGTH) {
    return {
      ok: false,
      reason: `The narrative must be ${NARRATIVE_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer.`,
    };
  }
  return { ok: true, text: cleaned };
}

/** The narrative's paragraphs, as the report prints them. */
export function narrativeParagraphs(text: string): string[] {
  return text.split(/\n\n/).filter((paragraph) => paragraph !== '');
}

/** A narrative as a data set states it: the demo's, or one loaded from a file. */
export interface QuarterNarrativeDocument {
  readonly planKey: string;
  /** The chapter or section it is written on. */
  readonly nodeRef: string;
  readonly quarter: string;
  readonly narrative: string;
}
