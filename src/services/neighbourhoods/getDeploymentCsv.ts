import type { IsoDate } from '../../domain/calendar/index.js';
import { formatCsv } from '../../ingest/index.js';
import { requireBorough } from '../../domain/neighbourhoods/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadComplianceData } from './complianceAccess.js';
import { deploymentRows } from './complianceViews.js';

/**
 * The published deployment table as open data: a borough's wards (or every ward in London), the
 * same columns and cells as the page, in a CSV any spreadsheet opens safely.
 */
export async function getDeploymentCsv(
  ctx: ServiceContext,
  query: { borough?: string | undefined; on?: IsoDate | undefined } = {},
): Promise<{ fileName: string; mediaType: string; content: Buffer }> {
  authorise(ctx, 'neighbourhoods.read');
  const on = query.on ?? ctx.today();
  const data = await loadComplianceData(ctx, on);
  const borough = query.borough === undefined ? null : requireBorough(data.model, query.borough);
  const wards =
    borough === null
      ? data.model.unitsOfKind('borough').flatMap((b) => data.wardsByBorough.get(b.code) ?? [])
      : (data.wardsByBorough.get(borough.code) ?? []);
  const table = deploymentRows(wards);
  return {
    fileName: `ward-deployment-${borough?.code ?? 'london'}-${on}.csv`,
    mediaType: 'text/csv; charset=utf-8',
    content: Buffer.from(formatCsv([table.headers, ...table.rows]), 'utf8'),
  };
}
