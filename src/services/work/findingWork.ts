import type { Actor } from '../../domain/accounts/index.js';
import { scopeCoversIn } from '../../domain/accounts/index.js';
import type { IsoDate } from '../../domain/calendar/index.js';
import { isOutstanding } from '../../domain/inspections/index.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import { listStoredFindings, listStoredInspections, type Executor, type StoredFinding } from '../../store/index.js';
import { urgencyOf, type WorkItem, type WorkKind } from './workItem.js';

/** A long text cut at a word so a title stays one line's worth. */
export function shortened(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // A finding that goes on to list its parts ends in a colon, which reads oddly in a title.
  if (flat.length <= max) return flat.replace(/:$/, '');
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:—-]+$/, '')}…`;
}

function findingItem(kind: WorkKind, finding: StoredFinding, inspectionTitle: string, on: IsoDate): WorkItem {
  return {
    kind,
    key: `finding:${finding.inspectionKey}:${finding.ref}`,
    title: `${finding.ref} ${shortened(finding.text)} (${inspectionTitle})`,
    deadline: finding.dueOn,
    urgency: urgencyOf(finding.dueOn, on),
    path: `/inspections/${encodeURIComponent(finding.inspectionKey)}/findings/${encodeURIComponent(finding.ref)}`,
    comment: null,
  };
}

/**
 * Findings waiting for the person: for an owner, the outstanding findings their units own that
 * are theirs to move on (not those whose evidence is with the performance team); for the
 * performance team, those whose evidence waits for their decision.
 */
export async function findingWork(
  db: Executor,
  input: {
    readonly actor: Actor;
    readonly model: OrganisationModel;
    readonly duties: { readonly responds: boolean; readonly decides: boolean };
    readonly on: IsoDate;
  },
): Promise<WorkItem[]> {
  const { actor, model, duties, on } = input;
  if (!duties.responds && !duties.decides) return [];
  // An inspection's findings need answering from the day its report is published.
  const published = (await listStoredInspections(db)).filter((i) => i.publishedOn <= on);
  const titles = new Map(published.map((i) => [i.key, i.title]));
  const items: WorkItem[] = [];
  for (const finding of await listStoredFindings(db)) {
    const title = titles.get(finding.inspectionKey);
    if (title === undefined || !isOutstanding(finding.kind, finding.state)) continue;
    if (finding.state === 'evidence-submitted') {
      if (duties.decides) items.push(findingItem('finding-to-decide', finding, title, on));
      continue;
    }
    const owner = finding.owner;
    if (duties.responds && owner !== null && scopeCoversIn(model, actor, owner, on)) {
      items.push(findingItem('finding-to-respond', finding, title, on));
    }
  }
  return items;
}
