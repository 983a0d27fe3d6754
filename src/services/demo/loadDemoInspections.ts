import type { Transaction } from 'kysely';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import type { DatabaseSchema } from '../../store/index.js';
import { peel2018Met } from '../../../demo/peel2018.js';
import { PEEL_2018_ACTIONS, PEEL_2018_LINKS, PEEL_2018_MOVES } from '../../../demo/peel2018Response.js';
import { INSPECTION_MEASURE_LINKS } from '../../../demo/measures/inspectionMeasures.js';
import type { ServiceContext } from '../context.js';
import { writeFindingAction } from '../inspections/addFindingAction.js';
import { writeDecision } from '../inspections/decideFinding.js';
import { writeFindingMeasure } from '../inspections/linkFindingMeasure.js';
import { writeFindingLink } from '../inspections/linkFindingMilestone.js';
import { writeResponse } from '../inspections/respondToFinding.js';
import { writeInspection } from '../inspections/recordInspection.js';

/**
 * The PEEL 2018/19 Met inspection and the force's (invented) response to it, written through the
 * same steps the API takes, in the demo's transaction and dated as if done in 2019.
 */
export async function loadDemoInspections(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  model: OrganisationModel,
): Promise<{ inspections: number; findingActions: number }> {
  const inspection = peel2018Met.key;
  await writeInspection(ctx, trx, peel2018Met);
  for (const link of PEEL_2018_LINKS) await writeFindingLink(ctx, trx, { inspection, ...link }, link.at);
  // The measures that show whether a finding is fixed, named when the response was planned.
  for (const link of INSPECTION_MEASURE_LINKS) {
    await writeFindingMeasure(ctx, trx, { inspection, ...link }, '2019-09-20T11:00:00.000Z');
  }
  for (const action of PEEL_2018_ACTIONS) await writeFindingAction(ctx, trx, { inspection, ...action }, action.at);
  for (const move of PEEL_2018_MOVES) {
    if ('response' in move) {
      await writeResponse(ctx, trx, { inspection, ...move, state: move.response, model }, move.at);
    } else {
      await writeDecision(ctx, trx, { inspection, ...move }, move.at);
    }
  }
  return { inspections: 1, findingActions: PEEL_2018_ACTIONS.length };
}
