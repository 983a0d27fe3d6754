import type { ReportChapter, ReportSection } from '../../domain/publishing/index.js';
import { listNarrativesOfPlan, type Executor, type PlanContent } from '../../store/index.js';

/** The quarter's published narratives ("other progress") by the ref of their chapter or section. */
export async function publishedNarratives(
  db: Executor,
  planKey: string,
  quarter: string,
): Promise<ReadonlyMap<string, string>> {
  const rows = await listNarrativesOfPlan(db, planKey);
  return new Map(
    rows
      .filter((row) => row.quarter === quarter && row.state === 'published')
      .map((row) => [row.node_ref, row.narrative]),
  );
}

function withText<T extends ReportSection | ReportChapter>(part: T, text: string | undefined): T {
  return text === undefined ? part : { ...part, otherProgress: text };
}

/**
 * Puts each published narrative under its chapter or section. A part with a narrative and no
 * milestone on the quarter's report still gets its heading: its other progress is news too.
 */
export function withOtherProgress(
  content: PlanContent,
  chapters: readonly ReportChapter[],
  narratives: ReadonlyMap<string, string>,
): ReportChapter[] {
  if (narratives.size === 0) return [...chapters];
  const byRef = new Map(chapters.map((chapter) => [chapter.ref, chapter]));
  return content.nodes
    .filter((node) => node.parent_id === null)
    .flatMap((node): ReportChapter[] => {
      const existing = byRef.get(node.ref);
      const sections = content.nodes
        .filter((child) => child.parent_id === node.id)
        .flatMap((child): ReportSection[] => {
          const section = existing?.sections.find((s) => s.ref === child.ref);
          const text = narratives.get(child.ref);
          if (section === undefined && text === undefined) return [];
          return [withText(section ?? { ref: child.ref, title: child.title, milestones: [] }, text)];
        });
      const text = narratives.get(node.ref);
      if (existing === undefined && text === undefined && sections.length === 0) return [];
      return [withText({ ...(existing ?? { ref: node.ref, title: node.title, milestones: [] }), sections }, text)];
    });
}
