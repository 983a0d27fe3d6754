import {
  IMPACT_LABELS,
  impactLabel,
  LIKELIHOOD_LABELS,
  likelihoodLabel,
  RATING_DEFINITIONS,
  RATINGS,
  type HeatMap,
  type HeatMapCell,
  type Rating,
} from '../../domain/risks/index.js';

/**
 * The risk heat map as a self-contained SVG for the web page, downloads and board packs alike:
 * likelihood up the side, impact along the bottom. Every square prints its count, the refs of its
 * risks and its band's symbol, so the map reads in black and white and to people who cannot tell
 * the colours apart; the title and description carry the same facts for screen readers, and the
 * pages put a table beside it. No fonts or images are fetched from anywhere.
 */
const CELL = 96;
const LEFT = 118;
const TOP = 8;
const FONT = 'font-family="Arial, Helvetica, sans-serif"';

const FILLS: Readonly<Record<Rating, { fill: string; text: string }>> = {
  low: { fill: '#cce2d8', text: '#0b0c0c' },
  medium: { fill: '#fff7bf', text: '#0b0c0c' },
  high: { fill: '#fcd6c3', text: '#0b0c0c' },
  'very-high': { fill: '#f6d7d2', text: '#0b0c0c' },
};

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Refs in up to three lines of the square; more than fit are counted rather than cut silently. */
function refLines(refs: readonly string[]): string[] {
  const perLine = 2;
  const lines: string[] = [];
  for (let i = 0; i < refs.length && lines.length < 3; i += perLine) lines.push(refs.slice(i, i + perLine).join(' '));
  const shown = Math.min(refs.length, 3 * perLine);
  if (shown < refs.length) lines[2] = `${refs.slice(4, 5).join('')} +${refs.length - 5} more`;
  return lines;
}

function cellSvg(cell: HeatMapCell, row: number, column: number): string {
  const x = LEFT + column * CELL;
  const y = TOP + row * CELL;
  const band = RATING_DEFINITIONS[cell.rating];
  const colours = FILLS[cell.rating];
  const text = `fill="${colours.text}" text-anchor="middle" ${FONT}`;
  const what =
    cell.count === 0 ? 'no risks' : `${cell.count} ${cell.count === 1 ? 'risk' : 'risks'}: ${cell.refs.join(', ')}`;
  const title = `Likelihood ${cell.likelihood} (${likelihoodLabel(cell.likelihood)}), impact ${cell.impact} (${impactLabel(cell.impact)}), score ${cell.score}, ${band.label.toLowerCase()}: ${what}`;
  const parts = [
    `<g><title>${escapeXml(title)}</title>`,
    `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${colours.fill}" stroke="#0b0c0c" stroke-width="1"/>`,
    `<text x="${x + 6}" y="${y + 16}" fill="${colours.text}" ${FONT} font-size="12" aria-hidden="true">${band.symbol} ${cell.score}</text>`,
  ];
  if (cell.count > 0) {
    parts.push(
      `<text x="${x + CELL / 2}" y="${y + 44}" ${text} font-size="24" font-weight="bold">${cell.count}</text>`,
    );
    refLines(cell.refs).forEach((line, index) => {
      parts.push(
        `<text x="${x + CELL / 2}" y="${y + 62 + index * 13}" ${text} font-size="11">${escapeXml(line)}</text>`,
      );
    });
  }
  parts.push('</g>');
  return parts.join('');
}

function axesSvg(): string {
  const parts: string[] = [];
  LIKELIHOOD_LABELS.forEach((label, index) => {
    const y = TOP + (4 - index) * CELL + CELL / 2;
    parts.push(
      `<text x="${LEFT - 8}" y="${y}" text-anchor="end" ${FONT} font-size="12" fill="#0b0c0c">${index + 1} ${escapeXml(label)}</text>`,
    );
  });
  IMPACT_LABELS.forEach((label, index) => {
    const x = LEFT + index * CELL + CELL / 2;
    parts.push(
      `<text x="${x}" y="${TOP + 5 * CELL + 18}" text-anchor="middle" ${FONT} font-size="12" fill="#0b0c0c">${index + 1} ${escapeXml(label)}</text>`,
    );
  });
  parts.push(
    `<text x="${LEFT + 2.5 * CELL}" y="${TOP + 5 * CELL + 38}" text-anchor="middle" ${FONT} font-size="13" font-weight="bold" fill="#0b0c0c">Impact →</text>`,
  );
  parts.push(
    `<text x="12" y="${TOP + 14}" ${FONT} font-size="13" font-weight="bold" fill="#0b0c0c">↑ Likelihood</text>`,
  );
  return parts.join('\n');
}

function legendSvg(top: number): string {
  return RATINGS.map((rating, index) => {
    const band = RATING_DEFINITIONS[rating];
    const x = 12 + index * 150;
    const range = band.code === 'very-high' ? '20–25' : `${band.from}–${band.to}`;
    return (
      `<rect x="${x}" y="${top}" width="20" height="20" fill="${FILLS[rating].fill}" stroke="#0b0c0c"/>` +
      `<text x="${x + 10}" y="${top + 15}" text-anchor="middle" ${FONT} font-size="12" fill="#0b0c0c">${band.symbol}</text>` +
      `<text x="${x + 26}" y="${top + 15}" ${FONT} font-size="13" fill="#0b0c0c">${band.label} ${range}</text>`
    );
  }).join('\n');
}

export function renderRiskHeatMapSvg(
  map: HeatMap,
  options: { readonly title: string; readonly description: string; readonly id?: string },
): string {
  const id = options.id ?? 'risk-heat-map';
  const width = Math.max(LEFT + 5 * CELL + 8, 612);
  const gridBottom = TOP + 5 * CELL + 48;
  const height = gridBottom + 34;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
    `<title id="${id}-title">${escapeXml(options.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(options.description)}</desc>`,
    ...map.rows.flatMap((row, r) => row.map((cell, c) => cellSvg(cell, r, c))),
    axesSvg(),
    legendSvg(gridBottom),
    '</svg>',
  ].join('\n');
}
