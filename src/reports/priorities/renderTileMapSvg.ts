import { formatNumber, roundTo } from '../../domain/measures/statistics/index.js';
import { isNoFiguresVerdict, type PriorityTile, type PriorityTileMap } from '../../domain/priorities/index.js';

/**
 * The tile map as a self-contained SVG, for the web page, downloads and printed reports alike.
 * Every square carries its borough's letters, its change and a symbol for its verdict, so the
 * map reads in black and white and to people who cannot tell the colours apart; the chosen
 * boroughs have a heavy outline. No map tiles or fonts are fetched from anywhere. The map is a
 * group, not an image, because its squares are links; each link is named by its <title>, which
 * starts with the borough and its change.
 */
const TILE = 76;
const GAP = 6;
const MARGIN = 8;
const LEGEND_ROW = 26;

const STYLES = {
  positive: { fill: '#00703c', text: '#ffffff', symbol: '✓', words: 'Significant improvement' },
  negative: { fill: '#d4351c', text: '#ffffff', symbol: '✗', words: 'Significant deterioration' },
  neutral: { fill: '#f3f2f1', text: '#0b0c0c', symbol: '○', words: 'No significant change' },
  // No figure is no verdict: a borough without counts is never drawn as "no significant change".
  unfigured: { fill: '#ffffff', text: '#0b0c0c', symbol: '–', words: 'No figures: no verdict' },
} as const;

const unfigured = (tile: PriorityTile): boolean => isNoFiguresVerdict(tile.verdictLabel);

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function changeText(tile: PriorityTile): string {
  if (unfigured(tile)) return 'no figures';
  if (tile.changePercent === null) return 'no earlier count';
  const rounded = roundTo(tile.changePercent, 0);
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${formatNumber(Math.abs(rounded), 0)}%`;
}

function styleOf(tile: PriorityTile) {
  return unfigured(tile) ? STYLES.unfigured : STYLES[tile.tone];
}

function tileSvg(tile: PriorityTile, href: string): string {
  const x = MARGIN + tile.column * (TILE + GAP);
  const y = MARGIN + tile.row * (TILE + GAP);
  const style = styleOf(tile);
  const outline = tile.chosen ? `stroke="#0b0c0c" stroke-width="5"` : `stroke="#b1b4b6" stroke-width="1"`;
  const inset = tile.chosen ? 2.5 : 0.5;
  const priority = tile.chosen ? `, a local priority${tile.qualifier === null ? '' : ` (${tile.qualifier})`}` : '';
  const verdict = unfigured(tile)
    ? `${tile.verdictLabel.toLowerCase()}, so no verdict`
    : tile.verdictLabel.toLowerCase();
  const title = `${tile.boroughName}${priority}: ${unfigured(tile) ? verdict : `${changeText(tile)}, ${verdict}`}`;
  const textAttributes = `fill="${style.text}" text-anchor="middle" font-family="Arial, Helvetica, sans-serif"`;
  return [
    `<a href="${escapeXml(href)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="${x + inset}" y="${y + inset}" width="${TILE - 2 * inset}" height="${TILE - 2 * inset}" fill="${style.fill}" ${outline}/>`,
    `<text x="${x + TILE / 2}" y="${y + 24}" ${textAttributes} font-size="15" font-weight="bold">${tile.abbreviation}</text>`,
    `<text x="${x + TILE / 2}" y="${y + 44}" ${textAttributes} font-size="13">${escapeXml(changeText(tile))}</text>`,
    `<text x="${x + TILE / 2}" y="${y + 64}" ${textAttributes} font-size="13" aria-hidden="true">${style.symbol}</text>`,
    `</a>`,
  ].join('');
}

function legendSvg(top: number): string {
  const entries = [...Object.values(STYLES)].map((style, index) => {
    const y = top + index * LEGEND_ROW;
    return (
      `<rect x="${MARGIN}" y="${y}" width="20" height="20" fill="${style.fill}" stroke="#b1b4b6"/>` +
      `<text x="${MARGIN + 10}" y="${y + 15}" fill="${style.text}" text-anchor="middle" font-size="11" font-family="Arial, Helvetica, sans-serif">${style.symbol}</text>` +
      `<text x="${MARGIN + 30}" y="${y + 15}" font-size="14" fill="#0b0c0c" font-family="Arial, Helvetica, sans-serif">${style.words}</text>`
    );
  });
  const y = top + entries.length * LEGEND_ROW;
  entries.push(
    `<rect x="${MARGIN + 2.5}" y="${y + 2.5}" width="15" height="15" fill="#ffffff" stroke="#0b0c0c" stroke-width="5"/>` +
      `<text x="${MARGIN + 30}" y="${y + 15}" font-size="14" fill="#0b0c0c" font-family="Arial, Helvetica, sans-serif">Heavy outline: the borough chose it as a local priority</text>`,
  );
  return entries.join('');
}

/** Where a square leads: the borough's scorecard for the map's year, on the web app and the public site alike. */
function scorecardLink(map: PriorityTileMap, tile: PriorityTile): string {
  return `/priorities/${map.year}/boroughs/${tile.boroughCode}`;
}

export function renderTileMapSvg(map: PriorityTileMap): string {
  const width = Math.max(2 * MARGIN + map.grid.columns * (TILE + GAP) - GAP, 420);
  const gridHeight = 2 * MARGIN + map.grid.rows * (TILE + GAP) - GAP;
  const height = gridHeight + (Object.keys(STYLES).length + 1) * LEGEND_ROW + MARGIN;
  const label = `${map.category.name} by borough, ${map.period.current} against ${map.period.previous}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="tile-map-title" aria-describedby="tile-map-desc">`,
    `<title id="tile-map-title">${escapeXml(label)}</title>`,
    `<desc id="tile-map-desc">${escapeXml(map.sentence)}</desc>`,
    ...map.tiles.map((tile) => tileSvg(tile, scorecardLink(map, tile))),
    legendSvg(gridHeight),
    `</svg>`,
  ].join('\n');
}
