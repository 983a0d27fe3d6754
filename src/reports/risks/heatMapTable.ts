import { likelihoodLabel, type HeatMap } from '../../domain/risks/index.js';

/**
 * The heat map as table rows (likelihood 5 first, impact 1 to 5 across), plain text: each cell
 * its count and refs, so the table says everything the picture does.
 */
export function heatMapTableRows(map: HeatMap): string[][] {
  return map.rows.map((row) => {
    const first = row[0];
    const label = first === undefined ? '' : `${first.likelihood} ${likelihoodLabel(first.likelihood)}`;
    return [label, ...row.map((cell) => (cell.count === 0 ? '0' : `${cell.count}: ${cell.refs.join(', ')}`))];
  });
}
