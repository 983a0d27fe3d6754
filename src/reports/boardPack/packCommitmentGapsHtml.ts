import type { BoardPack } from '../../domain/board/index.js';
import type { CommitmentGap, NodeDeliverer } from '../../domain/plans/index.js';
import { escapeHtml, table } from '../quarterly/htmlParts.js';

const e = escapeHtml;

const WHO: Record<NodeDeliverer['kind'], string> = {
  force: 'The force',
  'oversight-body': 'The oversight body itself',
  partner: 'A partner',
};

function whoText(deliverer: NodeDeliverer | null): string {
  if (deliverer === null) return 'Not stated in the plan';
  return deliverer.name === undefined ? WHO[deliverer.kind] : `${WHO[deliverer.kind]} (${deliverer.name})`;
}

function gapRow(gap: CommitmentGap): string[] {
  return [
    `<span class="ref">${e(gap.ref)}</span>`,
    `${e(gap.title)}${gap.chapter === null ? '' : `<span class="note">${e(gap.chapter)}</span>`}`,
    e(whoText(gap.deliverer)),
    gap.chapterLinked
      ? e('Its chapter is linked, but nothing names this commitment')
      : '<span class="none">Nothing in any plan</span>',
  ];
}

/**
 * The police and crime plan's commitments that no milestone or item in any plan names as what it
 * delivers: a linked chapter alone does not count. A flag for the board, not a verdict.
 */
export function packCommitmentGapsSection(pack: BoardPack, number: number): string {
  const section = pack.commitmentGaps;
  if (section === undefined) return '';
  const own = section.gaps.filter((gap) => gap.deliverer?.kind === 'oversight-body').length;
  const sentence =
    section.gaps.length === 0
      ? `Something names every one of the ${section.total} commitments of the ${section.planTitle} as what it delivers.`
      : `${section.gaps.length} of the ${section.total} commitments of the ${section.planTitle} (version ${section.version}) are named by no milestone or item in any plan; ${own} of them are the oversight body’s own to deliver.`;
  const rows = section.gaps.map(gapRow);
  return `<section id="commitment-gaps" aria-labelledby="commitment-gaps-heading">
<h2 id="commitment-gaps-heading">${number} Commitments nothing delivers</h2>
<p>${e(sentence)}</p>
${rows.length === 0 ? '' : table('Commitments no plan names as what it delivers', ['Ref', 'Commitment', 'Who the plan says delivers it', 'What is linked'], rows, 9)}
<p class="note">${e('Source: the published plans’ links to the police and crime plan, as held when the pack was built. A link to a whole chapter is context, not delivery.')}</p>
</section>`;
}
