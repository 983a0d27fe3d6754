import type { BoardPack } from '../../domain/board/index.js';
import { heatMapTableRows } from '../risks/heatMapTable.js';
import { renderRiskHeatMapSvg } from '../risks/renderRiskHeatMapSvg.js';
import { escapeHtml, table } from '../quarterly/htmlParts.js';

const e = escapeHtml;

/**
 * Section 5, in packs for boards that review risks: the heat map of the risks the board oversees
 * (with its table alternative for anyone who cannot read the picture), then each risk with its
 * residual rating and what this meeting said of it.
 */
export function packRisksSection(pack: BoardPack, number: number): string {
  const section = pack.risks;
  if (section === undefined) return '';
  const svg = renderRiskHeatMapSvg(section.heatMap, {
    title: 'Risk heat map: residual likelihood × impact',
    description: section.sentence,
    id: 'pack-risk-heat-map',
  });
  const risks = table(
    'Risks the board oversees, those reviewed at this meeting first',
    ['Ref', 'Risk', 'Owner', 'Residual', 'Treatment', 'Review at this meeting'],
    section.risks.map((r) => [
      `<span class="ref">${e(r.ref)}</span>`,
      e(r.title),
      e(r.owner),
      e(
        `${r.residual.symbol} ${r.residual.score} ${r.residual.ratingLabel} (L${r.residual.likelihood} × I${r.residual.impact})`,
      ),
      e(r.treatment),
      r.reviewNote === null ? '<span class="none">Not reviewed at this meeting</span>' : e(r.reviewNote),
    ]),
    9,
  );
  const notes = [section.source, ...section.scoreNotes].map((note) => `<p class="note">${e(note)}</p>`).join('\n');
  return `<section id="risks" aria-labelledby="risks-heading">
<h2 id="risks-heading">${number} Risks</h2>
<p>${e(section.sentence)} ${section.reviewedHere} reviewed at this meeting.</p>
<figure class="heat-map">${svg}</figure>
${table(
  'Heat map as a table: risks by residual likelihood and impact',
  ['Likelihood', 'Impact 1', 'Impact 2', 'Impact 3', 'Impact 4', 'Impact 5'],
  heatMapTableRows(section.heatMap).map((row) => row.map(e)),
  1,
)}
${section.risks.length === 0 ? '<p class="none">No risks name this board as overseer.</p>' : risks}
${notes}
</section>`;
}
