import { formatLongDate } from '../../domain/calendar/index.js';
import type { BoardPack } from '../../domain/board/index.js';
import type { ResourceFigure } from '../../domain/measures/index.js';
import { escapeHtml, table } from '../quarterly/htmlParts.js';

const e = escapeHtml;
const MILLION = 1_000_000;
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const TENTHS = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const AREA_NAMES: Readonly<Record<string, string>> = { 'england-and-wales': 'England and Wales' };

/** Money in £m as the board reads it (£297 stays in pounds); shares to a tenth; counts whole. */
export function resourceValueText(figure: Pick<ResourceFigure, 'unit' | 'value'>): string {
  if (figure.unit === 'pounds')
    return figure.value >= MILLION ? `£${WHOLE.format(figure.value / MILLION)}m` : `£${WHOLE.format(figure.value)}`;
  if (figure.unit === 'percentage') return `${TENTHS.format(figure.value)}%`;
  return WHOLE.format(figure.value);
}

function figureCell(figure: ResourceFigure): string {
  const area = AREA_NAMES[figure.areaCode];
  const name = area === undefined ? figure.name : `${figure.name}: ${area}`;
  const asAt = figure.asAt === null ? '' : `, as at ${formatLongDate(figure.asAt)}`;
  const kind = [
    figure.status === 'provisional' ? 'Forecast. ' : '',
    figure.synthetic ? 'Synthetic demo figure. ' : '',
  ].join('');
  const sourceClass = figure.synthetic ? 'source synthetic' : 'source';
  return `<strong>${e(name)}</strong><span class="${sourceClass}">${e(`${kind}Source: ${figure.source}${asAt}`)}</span>`;
}

const countedAs = (f: ResourceFigure) =>
  f.unitWords === 'full-time equivalents' ? 'Full-time equivalent' : 'Headcount';

/**
 * Section 4: the force's budget, savings, capital and reserves, then its workforce by headcount
 * and full-time equivalent and as shares beside London's population, each figure with its source.
 */
export function packResourcesSection(pack: BoardPack, number: number): string {
  const resources = pack.resources;
  if (resources === undefined) return '';
  const finance = resources.finance.map((f) => [figureCell(f), e(f.periodLabel), e(resourceValueText(f))]);
  const people = resources.workforce.filter((f) => f.unit !== 'percentage');
  const shares = resources.workforce.filter((f) => f.unit === 'percentage');
  const none = (text: string) => `<p class="none">${e(text)}</p>`;
  return `<section id="resources">
<h2>${number} Resources</h2>
<p>The force’s money and people as the documents published them by the meeting. Money is in millions of pounds; a forecast is marked as one.</p>
${finance.length === 0 ? none('No finance figure had been published by the meeting.') : table('Finance', ['Figure', 'Period', 'Amount'], finance, 2)}
${
  people.length === 0
    ? none('No workforce figure had been published by the meeting.')
    : table(
        'Workforce',
        ['Figure', 'Counted as', 'Period', 'Number'],
        people.map((f) => [figureCell(f), e(countedAs(f)), e(f.periodLabel), e(resourceValueText(f))]),
        3,
      )
}
${
  shares.length === 0
    ? ''
    : table(
        'Representativeness',
        ['Figure', 'Period', 'Share'],
        shares.map((f) => [figureCell(f), e(f.periodLabel), e(resourceValueText(f))]),
        2,
      )
}
</section>`;
}
