import { BluelampProblem } from '../../../domain/errors.js';
import {
  openDataTable,
  openDataView,
  shownFigure,
  type OpenDataSvg,
  type OpenDataTable,
  type OpenDataView,
} from '../../../domain/publishing/index.js';
import { shownCount, type PriorityTileMap } from '../../../domain/priorities/index.js';
import { renderTileMapSvg } from '../../../reports/index.js';
import { listPriorityYears } from '../../../store/index.js';
import { authorise } from '../../authorise.js';
import type { ServiceContext } from '../../context.js';
import { getPriorityTileMap } from '../../priorities/getPriorityTileMap.js';
import { listPrioritySets, type PrioritySetList } from '../../priorities/listPrioritySets.js';
import { countsSource, crimeFilesCovering } from '../figureSources.js';
import { asPublic, HOME, PRIORITIES } from './publicContext.js';
import { labelledIfSynthetic, syntheticWarnings } from './syntheticFigures.js';

export function priorityYearPath(year: string): string {
  return `${PRIORITIES.path}/${year}`;
}

export function priorityCategoryPath(year: string, category: string): string {
  return `${priorityYearPath(year)}/categories/${encodeURIComponent(category)}`;
}

/**
 * Where a tile map's counts come from: the crime files covering the priority year and the year
 * before it, which hold every month a scorecard of that year compares.
 */
async function mapSourceNotes(ctx: ServiceContext, map: PriorityTileMap): Promise<string[]> {
  const start = Number(map.year.slice(0, 4));
  const source = countsSource(
    await crimeFilesCovering(ctx.store.db, { first: `${start - 1}-04`, last: `${start + 1}-03` }),
  );
  return source.synthetic ? [] : [source.text, ...source.attributions];
}

function tileTable(map: PriorityTileMap): OpenDataTable {
  const rows = [...map.tiles].sort(
    (a, b) => Number(b.chosen) - Number(a.chosen) || a.boroughName.localeCompare(b.boroughName),
  );
  const table = openDataTable(
    {
      name: 'tile-map',
      caption: `${map.category.name} in every borough, ${map.period.current} against ${map.period.previous}: the boroughs that chose it first`,
      columns: [
        { key: 'borough', label: 'Borough' },
        { key: 'abbreviation', label: 'Letters on the map' },
        { key: 'priority', label: 'Local priority' },
        { key: 'previous', label: map.period.previous, numeric: true },
        { key: 'current', label: map.period.current, numeric: true },
        { key: 'changePercent', label: 'Change (%)', numeric: true },
        { key: 'verdict', label: 'Verdict' },
      ],
    },
    rows.map((tile) => ({
      cells: {
        borough: tile.boroughName,
        abbreviation: tile.abbreviation,
        priority: tile.chosen ? `Yes${tile.qualifier === null ? '' : ` (${tile.qualifier})`}` : 'No',
        previous: shownCount(tile.previous, tile.verdictLabel),
        current: shownCount(tile.current, tile.verdictLabel),
        changePercent: shownFigure(tile.changePercent, 1),
        verdict: tile.verdictLabel,
      },
    })),
  );
  return labelledIfSynthetic(table, map.synthetic);
}

function tileSvg(map: PriorityTileMap): OpenDataSvg {
  return {
    title: `${map.category.name}: London's boroughs`,
    caption:
      'Each square is a borough, placed roughly where it lies in London, with its letters, its change and a symbol for its verdict ' +
      '(✓ significant improvement, ✗ significant deterioration, ○ no significant change, – no figures for a period, so no verdict); a heavy outline marks the boroughs that chose it. ' +
      'Select a square to open that borough’s scorecard. The same figures are in the table below.',
    markup: renderTileMapSvg(map),
    table: 'tile-map',
  };
}

function setTables(list: PrioritySetList): OpenDataTable[] {
  return [
    openDataTable(
      {
        name: 'boroughs',
        caption: `Each borough's local priorities, ${list.year}`,
        columns: [
          { key: 'borough', label: 'Borough' },
          { key: 'bcu', label: 'Basic command unit' },
          { key: 'priorities', label: 'Local priorities' },
          { key: 'count', label: 'How many', numeric: true },
          { key: 'agreedOn', label: 'Agreed on' },
        ],
      },
      [
        ...list.sets.map((set) => ({
          cells: {
            borough: set.borough.name,
            bcu: set.borough.bcu?.name ?? null,
            priorities: set.priorities
              .map((p) => (p.qualifier === null ? p.categoryName : `${p.categoryName} (${p.qualifier})`))
              .join('; '),
            count: set.priorities.length,
            agreedOn: set.agreedOn,
          },
        })),
        ...list.boroughsWithoutSet.map((borough) => ({
          cells: { borough: borough.name, bcu: borough.bcu?.name ?? null, priorities: null, count: 0, agreedOn: null },
        })),
      ],
    ),
    openDataTable(
      {
        name: 'categories',
        caption: 'How many boroughs chose each crime',
        columns: [
          { key: 'category', label: 'Crime' },
          { key: 'boroughs', label: 'Boroughs', numeric: true },
        ],
      },
      list.tally.map((t) => ({
        cells: { category: t.categoryName, boroughs: t.boroughs },
        links: { category: priorityCategoryPath(list.year, t.categoryCode) },
      })),
    ),
  ];
}

async function readYear(ctx: ServiceContext, year: string | undefined): Promise<PrioritySetList> {
  const years = await listPriorityYears(ctx.store.db);
  const chosen = year ?? years[0];
  if (chosen === undefined) throw new BluelampProblem('not-found', 'No local priorities have been recorded yet.');
  if (!years.includes(chosen)) {
    throw new BluelampProblem('not-found', `No local priorities have been recorded for ${chosen}.`, 'year');
  }
  return listPrioritySets(ctx, { year: chosen });
}

/**
 * /public/priorities/:year (and /public/priorities, the latest year): every borough's priorities,
 * how many chose each crime, and the tile map of the crime chosen most, with its table.
 */
export async function buildPrioritiesView(ctx: ServiceContext, input: { year?: string }): Promise<OpenDataView> {
  authorise(ctx, 'priorities.read');
  const reader = asPublic(ctx);
  const list = await readYear(reader, input.year);
  const top = list.tally[0];
  const map =
    top === undefined ? null : await getPriorityTileMap(reader, { year: list.year, category: top.categoryCode });
  return openDataView({
    path: priorityYearPath(list.year),
    title: `Local priorities ${list.year}`,
    lead:
      'Each year every borough, its council and the force agree the crimes the borough will concentrate on. ' +
      `Every borough also has the standing priorities: ${list.standing.map((s) => s.name.toLowerCase()).join(', ')}.`,
    highlights: map === null ? [] : [map.sentence],
    warnings: syntheticWarnings(map?.synthetic === true, 'The crime counts on the map'),
    notes:
      map === null
        ? []
        : [
            `The map shows ${map.category.name.toLowerCase()}, the crime most boroughs chose.`,
            ...(await mapSourceNotes(reader, map)),
          ],
    trail: [HOME],
    links: list.years
      .filter((year) => year !== list.year)
      .map((year) => ({ path: priorityYearPath(year), label: `Local priorities ${year}` })),
    tables: [...setTables(list), ...(map === null ? [] : [tileTable(map)])],
    svg: map === null ? null : tileSvg(map),
  });
}

/** /public/priorities/:year/categories/:category: one crime across London on the tile map, with its table. */
export async function buildPriorityCategoryView(
  ctx: ServiceContext,
  input: { year: string; category: string },
): Promise<OpenDataView> {
  authorise(ctx, 'priorities.read');
  const reader = asPublic(ctx);
  const list = await readYear(reader, input.year);
  const map = await getPriorityTileMap(reader, { year: list.year, category: input.category });
  return openDataView({
    path: priorityCategoryPath(list.year, map.category.code),
    title: `${map.category.name}: local priorities ${list.year}`,
    lead: `${map.category.name} in every London borough, the boroughs that chose it as a local priority against the others.`,
    highlights: [map.sentence],
    warnings: syntheticWarnings(map.synthetic, 'These crime counts'),
    notes: await mapSourceNotes(reader, map),
    trail: [HOME, { path: priorityYearPath(list.year), label: `Local priorities ${list.year}` }],
    tables: [tileTable(map)],
    svg: tileSvg(map),
  });
}

/** Every local-priority page: each year, and each crime some borough chose that year. */
export async function listPriorityPaths(ctx: ServiceContext): Promise<string[]> {
  authorise(ctx, 'priorities.read');
  const reader = asPublic(ctx);
  const years = await listPriorityYears(ctx.store.db);
  const paths: string[] = [];
  for (const year of years) {
    const list = await listPrioritySets(reader, { year });
    paths.push(priorityYearPath(year), ...list.tally.map((t) => priorityCategoryPath(year, t.categoryCode)));
  }
  return paths;
}
