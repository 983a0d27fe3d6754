import { BluelampProblem } from '../../domain/errors.js';
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
