import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import {
  formatInteger,
  formatPercentChange,
  formatProportion,
  formatPValue,
} from '../../domain/measures/statistics/sentences.js';
import type { BoroughScorecard, CategoryScorecard, EvidencePack, PrioritySetList } from '../../services/index.js';
import type * as services from '../../services/index.js';
import { formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let getBoroughScorecard: typeof services.getBoroughScorecard;
let getCategoryScorecard: typeof services.getCategoryScorecard;
let getEvidencePack: typeof services.getEvidencePack;
let getPriorityCatalogue: typeof services.getPriorityCatalogue;
let listPrioritySets: typeof services.listPrioritySets;
let recordPrioritySet: typeof services.recordPrioritySet;
let renderPriorityTileMap: typeof services.renderPriorityTileMap;
async function loadServices(): Promise<void> {
  ({ getBoroughScorecard } = await import('../../services/priorities/getBoroughScorecard.js'));
  ({ getCategoryScorecard } = await import('../../services/priorities/getCategoryScorecard.js'));
  ({ getEvidencePack } = await import('../../services/priorities/getEvidencePack.js'));
  ({ getPriorityCatalogue } = await import('../../services/priorities/getPriorityCatalogue.js'));
  ({ listPrioritySets } = await import('../../services/priorities/listPrioritySets.js'));
  ({ recordPrioritySet } = await import('../../services/priorities/recordPrioritySet.js'));
  ({ renderPriorityTileMap } = await import('../../services/priorities/renderPriorityTileMap.js'));
}

const change = (percent: number | null): string => (percent === null ? 'n/a' : formatPercentChange(percent));

function named(p: { categoryName: string; qualifier: string | null }): string {
  return p.qualifier === null ? p.categoryName : `${p.categoryName} (${p.qualifier})`;
}

function listText(list: PrioritySetList): string {
  const rows = list.sets.map((set) => [
    set.borough.bcu?.code ?? '',
    set.borough.name,
    set.priorities.map(named).join('; '),
  ]);
  const lines = [
    `Local priorities ${list.year}: ${list.sets.length} boroughs`,
    '',
    formatTable(['BCU', 'Borough', 'Local priorities'], rows),
  ];
  if (list.boroughsWithoutSet.length > 0)
    lines.push('', `No set recorded: ${list.boroughsWithoutSet.map((b) => b.name).join(', ')}`);
  lines.push('', `Every borough also has: ${list.standing.map((s) => s.name).join(', ')}`);
  lines.push('', 'Chosen by:', ...list.tally.map((t) => `  ${t.categoryName}: ${t.boroughs}`));
  return lines.join('\n');
}

/** "for 3 of 9 months" when a set changed within the compared months. */
function partly(chosenMonths: number, months: number): string {
  return chosenMonths < months ? `, ${chosenMonths} of ${months} months` : '';
}

/** A set counts from the first full month after it was agreed; each change inside the months is said. */
function changeLines(changes: readonly { sentence: string }[]): string[] {
  return changes.length === 0
    ? []
    : ['', 'Changes of set within these months:', ...changes.map((c) => `  ${c.sentence}`)];
}

function scorecardText(card: CategoryScorecard): string {
  const rows = card.boroughs.map((b) => [
    b.borough.name,
    b.chosen ? `priority${b.qualifier === null ? '' : ` (${b.qualifier})`}${partly(b.chosenMonths, card.months)}` : '',
    formatInteger(b.change.current),
    formatInteger(b.change.previous),
    change(b.change.changePercent),
    b.change.verdictLabel,
  ]);
  const group = (label: string, g: CategoryScorecard['london']) =>
    `${label}: ${formatInteger(g.current)} against ${formatInteger(g.previous)} (${change(g.changePercent)}), ${g.boroughs} boroughs`;
  const lines = [
    `${card.category.name}, ${card.periods.current.label} against ${card.periods.previous.label}`,
    '',
    card.sentence,
    '',
    group('London', card.london),
    group('Priority boroughs', card.chosen),
    group('Other boroughs', card.others),
    ...changeLines(card.changes),
  ];
  if (card.gap !== null) {
    lines.push(
      `Gap: ratio of changes ${card.gap.ratio.toFixed(3)}, 95% interval ${card.gap.interval.lower.toFixed(3)} to ${card.gap.interval.upper.toFixed(3)}, ${formatPValue(card.gap.pValue)}`,
    );
  }
  lines.push(
    '',
    formatTable(
      ['Borough', 'Priority', card.periods.current.label, card.periods.previous.label, 'Change', 'Verdict'],
      rows,
    ),
  );
  return lines.join('\n');
}

function boroughText(card: BoroughScorecard): string {
  const rows = card.priorities.map((p) => [
    `${named(p)}${partly(p.chosenMonths, card.months)}`,
    formatInteger(p.figures.rolling),
    change(p.figures.change.changePercent),
    p.figures.change.verdictLabel,
    change(p.figures.london.changePercent),
  ]);
  // One line per figure: each says its source, so figures from different sources are never merged.
  const standing = card.standing.flatMap((s) =>
    s.figures.length === 0
      ? [[s.name, s.noFigures ?? '', '']]
      : s.figures.map((f) => [
          s.name,
          `${f.sentence}${f.verdictLabel === null ? '' : ` ${f.verdictLabel}.`}`,
          `${f.source.name}${f.source.asAt === null ? '' : `, as at ${f.source.asAt}`}`,
        ]),
  );
  return [
    `${card.set.borough.name} local priorities ${card.year} (version ${card.set.version}), ${card.periods.current.label} against ${card.periods.previous.label}`,
    ...(card.notInForce === null ? [] : ['', card.notInForce]),
    ...changeLines(card.changes),
    '',
    formatTable(['Priority', `Volume, ${card.periods.rolling.label}`, 'Change', 'Verdict', "London's change"], rows),
    '',
    formatTable(['Standing priority', 'Figure', 'Source'], standing),
  ].join('\n');
}

function evidenceText(pack: EvidencePack): string {
  const rows = pack.categories.map((c) =>
    c.counted
      ? [
          c.name,
          c.chosen ? 'chosen' : '',
          formatInteger(c.change.current),
          change(c.change.changePercent),
          c.change.verdictLabel,
          `${c.standing.rank} of ${c.standing.of} by ${c.standing.basis}`,
          c.standing.share === null ? 'n/a' : formatProportion(c.standing.share),
          String(c.signals.length),
        ]
      : [c.name, c.chosen ? 'chosen' : '', 'no counts loaded', '', '', '', '', ''],
  );
  const heading = `Evidence pack: ${pack.borough.name} for ${pack.year}, ${pack.months.label}${pack.synthetic ? ' (synthetic demo counts)' : ''}`;
  return [
    heading,
    '',
    formatTable(['Category', '', 'Last 12 months', 'Change', 'Verdict', 'Rank', 'Share of London', 'Signals'], rows),
  ].join('\n');
}

function parseChoice(text: string): { categoryCode: string; qualifier: string | null } {
  const [categoryCode = '', ...rest] = text.split(':');
  return { categoryCode: categoryCode.trim(), qualifier: rest.length === 0 ? null : rest.join(':').trim() };
}

/** The option every scorecard takes, in the forms all commands read (parsePeriod). */
const PERIOD_OPTION = [
  '--period <period>',
  'the months to judge: a month, quarter, year to date or financial year, e.g. 2018-19 Q1, 2018-19-Q1 or 2018-19 (default: the year so far)',
] as const;

function readingCommands(output: Output): Command[] {
  const year = ['--year <year>', 'the financial year, e.g. 2018-19'] as const;
  return [
    new Command('list')
      .description("every borough's local priorities for a year, with how many chose each category")
      .requiredOption(...year)
      .option('--json', 'print JSON')
      .hook('preAction', loadServices)
      .action(async (o: { year: string; json?: boolean }) => {
        printListing(output, o.json, await withContext((ctx) => listPrioritySets(ctx, o)), listText);
      }),
    new Command('scorecard')
      .description('a category across London: priority boroughs against the others, with the gap tested')
      .requiredOption(...year)
      .requiredOption('--category <code>', 'the crime category, e.g. burglary')
      .option(...PERIOD_OPTION)
      .option('--json', 'print JSON')
      .hook('preAction', loadServices)
      .action(async (o: { year: string; category: string; period?: string; json?: boolean }) => {
        printListing(output, o.json, await withContext((ctx) => getCategoryScorecard(ctx, o)), scorecardText);
      }),
    new Command('borough')
      .description("a borough's scorecard: its priorities and the standing priorities")
      .requiredOption(...year)
      .requiredOption('--borough <code>', 'the borough, e.g. havering')
      .option(...PERIOD_OPTION)
      .option('--json', 'print JSON')
      .hook('preAction', loadServices)
      .action(async (o: { year: string; borough: string; period?: string; json?: boolean }) => {
        printListing(output, o.json, await withContext((ctx) => getBoroughScorecard(ctx, o)), boroughText);
      }),
    new Command('evidence')
      .description("a borough's evidence pack for choosing its priorities")
      .requiredOption(...year)
      .requiredOption('--borough <code>', 'the borough, e.g. havering')
      .option('--json', 'print JSON')
      .hook('preAction', loadServices)
      .action(async (o: { year: string; borough: string; json?: boolean }) => {
        printListing(output, o.json, await withContext((ctx) => getEvidencePack(ctx, o)), evidenceText);
      }),
  ];
}

function recordCommand(output: Output): Command {
  return new Command('record')
    .description("record a borough's priority set for a year (a later set is a new version and needs --reason)")
    .requiredOption('--year <year>', 'the financial year, e.g. 2019-20')
    .requiredOption('--borough <code>', 'the borough, e.g. havering')
    .requiredOption(
      '--priority <priorities...>',
      'each priority as category or category:qualifier, e.g. burglary "robbery:personal property"',
    )
    .requiredOption('--agreed-by <who>', 'who agreed the set')
    .requiredOption('--agreed-on <date>', 'when, e.g. 2019-04-01')
    .option('--source <text>', 'where the set is written down')
    .option('--reason <text>', 'why the set changed (needed for a new version)')
    .hook('preAction', loadServices)
    .action(
      async (o: {
        year: string;
        borough: string;
        priority: string[];
        agreedBy: string;
        agreedOn: string;
        source?: string;
        reason?: string;
      }) => {
        const set = await withContext((ctx) =>
          recordPrioritySet(ctx, {
            boroughCode: o.borough,
            year: o.year,
            priorities: o.priority.map(parseChoice),
            agreedBy: o.agreedBy,
            agreedOn: o.agreedOn,
            source: o.source ?? null,
            reason: o.reason ?? null,
          }),
        );
        output.out(`Recorded ${set.boroughCode} ${set.year}, version ${set.version}.`);
      },
    );
}

function writingCommands(output: Output): Command[] {
  return [
    new Command('tile-map')
      .description('write the London tile map of a category as an SVG file')
      .requiredOption('--year <year>', 'the financial year, e.g. 2018-19')
      .requiredOption('--category <code>', 'the crime category, e.g. burglary')
      .requiredOption('--out <file>', 'where to write the .svg')
      .option(...PERIOD_OPTION)
      .hook('preAction', loadServices)
      .action(async (o: { year: string; category: string; out: string; period?: string }) => {
        const { map, svg } = await withContext((ctx) => renderPriorityTileMap(ctx, o));
        await writeFile(o.out, svg);
        output.out([`Wrote ${o.out}: ${map.tiles.length} boroughs. ${map.sentence}`, ...map.changes].join('\n'));
      }),
    recordCommand(output),
    new Command('catalogue')
      .description('the categories boroughs may choose, and the standing priorities')
      .option('--json', 'print JSON')
      .hook('preAction', loadServices)
      .action(async (o: { json?: boolean }) => {
        printListing(output, o.json, await withContext((ctx) => getPriorityCatalogue(ctx)), (c) =>
          [
            formatTable(
              ['Eligible category', 'Code'],
              c.eligible.map((e) => [e.name, e.code]),
            ),
            '',
            formatTable(
              ['Standing priority', 'Kind', 'Counted from'],
              c.standing.map((s) => [s.name, s.kind, s.categoryCode ?? s.measureCode ?? 'not linked']),
            ),
          ].join('\n'),
        );
      }),
  ];
}

export function prioritiesCommand(output: Output): Command {
  const command = new Command('priorities').description('borough local priorities, scorecards and evidence packs');
  for (const sub of [...readingCommands(output), ...writingCommands(output)]) command.addCommand(sub);
  return command;
}
