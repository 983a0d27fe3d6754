import { BluelampProblem } from '../../domain/errors.js';
import type { MeasureDefinition } from '../../domain/measures/index.js';
import { findMeasureDefinition, type Executor } from '../../store/index.js';

export async function loadMeasure(db: Executor, code: string): Promise<MeasureDefinition> {
  const measure = await findMeasureDefinition(db, code);
  if (measure === undefined) throw new BluelampProblem('not-found', `There is no measure "${code}".`, 'measure');
  return measure;
}
