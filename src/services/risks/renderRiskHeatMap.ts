import { renderRiskHeatMapSvg } from '../../reports/risks/renderRiskHeatMapSvg.js';
import type { ServiceContext } from '../context.js';
import { listRisks, type RiskFilter } from './listRisks.js';

/** The register's heat map as an SVG file, for the web page, downloads and the command line. */
export async function renderRiskHeatMap(
  ctx: ServiceContext,
  filter: RiskFilter = {},
): Promise<{ readonly fileName: string; readonly svg: string }> {
  const register = await listRisks(ctx, filter);
  const scope = filter.board === undefined || filter.board === '' ? 'all boards' : filter.board;
  const svg = renderRiskHeatMapSvg(register.heatMap, {
    title: `Risk heat map: residual likelihood × impact (${scope})`,
    description: [register.sentence, ...register.scoreNotes].join(' '),
  });
  return { fileName: `risk-heat-map-${scope.replace(/\s+/g, '-')}.svg`, svg };
}
