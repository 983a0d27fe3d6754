import { BluelampProblem } from '../../domain/errors.js';
import type { EvidenceItem } from '../../domain/inspections/index.js';
import {
  listStoredFindings,
  listStoredInspections,
  type Executor,
  type StoredFinding,
  type StoredInspection,
} from '../../store/index.js';

/** An inspection by key or id, or not-found naming what was asked for. */
export async function findInspection(db: Executor, inspection: string): Promise<StoredInspection> {
  const found = (await listStoredInspections(db)).find((i) => i.key === inspection || String(i.id) === inspection);
  if (found === undefined) {
    throw new BluelampProblem('not-found', `No inspection "${inspection}" is loaded.`, 'inspection');
  }
  return found;
}

/** A finding of an inspection by its ref, with the inspection it belongs to. */
export async function findFinding(
  db: Executor,
  input: { readonly inspection: string; readonly ref: string },
): Promise<{ inspection: StoredInspection; finding: StoredFinding; siblings: StoredFinding[] }> {
  const inspection = await findInspection(db, input.inspection);
  const siblings = await listStoredFindings(db, inspection.id);
  const finding = siblings.find((f) => f.ref === input.ref);
  if (finding === undefined) {
    throw new BluelampProblem('not-found', `${inspection.title} has no finding "${input.ref}".`, 'ref');
  }
  return { inspection, finding, siblings };
}

/** A note, trimmed, with its length checked; null when empty. */
export function checkedNote(note: string | undefined, field = 'note'): string | null {
  const text = note?.trim() ?? '';
  if (text.length > 4000)
    throw new BluelampProblem('invalid-input', `${field} must be at most 4,000 characters.`, field);
  return text === '' ? null : text;
}

/** Evidence items with a title each and, where given, a web address a reader can follow. */
export function checkedEvidence(
  items: readonly { readonly title: string; readonly url?: string | null | undefined }[] | undefined,
): EvidenceItem[] {
  const evidence = (items ?? []).map((item, index) => {
    const title = item.title.trim();
    const url = item.url?.trim() ?? '';
    if (title === '' || title.length > 300) {
      throw new BluelampProblem(
        'invalid-input',
        `evidence[${index}].title must say what the evidence is (1 to 300 characters).`,
        `evidence[${index}].title`,
      );
    }
    if (url !== '' && !/^https?:\/\/\S{1,2000}$/.test(url)) {
      throw new BluelampProblem(
        'invalid-input',
        `evidence[${index}].url must be a web address starting http:// or https://.`,
        `evidence[${index}].url`,
      );
    }
    return { title, url: url === '' ? null : url };
  });
  if (evidence.length > 20)
    throw new BluelampProblem('invalid-input', 'evidence may list at most 20 items.', 'evidence');
  return evidence;
}
