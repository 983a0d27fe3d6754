import type { IsoDate } from '../../domain/calendar/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from './loadOrganisationModel.js';
import type { DateQuery } from './organisationViews.js';

export interface BoroughListing {
  readonly code: string;
  readonly kind: 'borough' | 'airports';
  readonly name: string;
  readonly gssCode: string | null;
  readonly bcu: { readonly code: string; readonly name: string } | null;
}

/** The 32 boroughs and the airports area, with the BCU each was in on a day. */
export async function listBoroughs(
  ctx: ServiceContext,
  query: DateQuery = {},
): Promise<{ on: IsoDate; boroughs: BoroughListing[] }> {
  authorise(ctx, 'organisation.read');
  const on = query.on ?? ctx.today();
  const model = await loadOrganisationModel(ctx);
  const areas = [...model.unitsOfKind('borough'), ...model.unitsOfKind('airports')];
  const boroughs = areas.map((area) => {
    const bcu = model.bcuOfBoroughOn(area.code, on);
    return {
      code: area.code,
      kind: area.kind as BoroughListing['kind'],
      name: area.name,
      gssCode: area.gssCode,
      bcu: bcu === null ? null : { code: bcu.code, name: bcu.name },
    };
  });
  return { on, boroughs };
}
