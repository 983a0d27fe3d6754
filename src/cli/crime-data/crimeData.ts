import { Command, InvalidArgumentError } from 'commander';
import type { CrimeDataSource } from '../../domain/crime-data/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import type * as services from '../../services/index.js';
import { formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let listCrimeCategoryMappings: typeof services.listCrimeCategoryMappings;
let mapCrimeCategory: typeof services.mapCrimeCategory;
async function loadServices(): Promise<void> {
  ({ listCrimeCategoryMappings } = await import('../../services/crime-data/listCrimeCategoryMappings.js'));
  ({ mapCrimeCategory } = await import('../../services/crime-data/mapCrimeCategory.js'));
}

const SOURCES: readonly CrimeDataSource[] = ['mps-historic', 'mps-recent', 'police-uk'];

function parseSource(text: string): CrimeDataSource {
  const source = SOURCES.find((known) => known === text);
  if (source === undefined) throw new InvalidArgumentError(`the source must be one of ${SOURCES.join(', ')}.`);
  return source;
}

/**
 * The names a mapping is for: "Major / Minor" is an MPS pair (split at the first " / ", since minor
 * names such as "Theft/Taking of M/V" hold slashes without spaces); anything else a police.uk crime
 * type. MPS names the taxonomy has never seen go under mps-recent unless --source says otherwise.
 */
export function mappingNames(
  text: string,
  source?: CrimeDataSource,
): { source: CrimeDataSource; major?: string; minor?: string; crimeType?: string } {
  const at = text.indexOf(' / ');
  const chosen = source ?? (at < 0 ? 'police-uk' : 'mps-recent');
  if (chosen === 'police-uk') return { source: chosen, crimeType: text.trim() };
  if (at < 0) {
    const message = 'MPS names are written "Major / Minor", such as "Burglary / Burglary - Residential".';
    throw new BluelampProblem('invalid-input', message, 'names');
  }
  return { source: chosen, major: text.slice(0, at).trim(), minor: text.slice(at + 3).trim() };
}

function listCommand(output: Output): Command {
  return new Command('list')
    .description('every source name the taxonomy maps (MPS major / minor of both vintages, police.uk crime types)')
    .option('--source <source>', 'one source only: mps-historic, mps-recent or police-uk', parseSource)
    .option('--json', 'print JSON')
    .hook('preAction', loadServices)
    .action(async (options: { source?: CrimeDataSource; json?: boolean }) => {
      const all = await withContext((ctx) => listCrimeCategoryMappings(ctx));
      const mappings = options.source === undefined ? all : all.filter((m) => m.source === options.source);
      printListing(output, options.json, { mappings }, ({ mappings: rows }) =>
        formatTable(
          ['Source', 'Name', 'Category', 'Category name'],
          rows.map((m) => [
            m.source,
            m.crimeType ?? `${m.major ?? ''} / ${m.minor ?? ''}`,
            m.categoryCode,
            m.categoryName,
          ]),
        ),
      );
    });
}

function setCommand(output: Output): Command {
  return new Command('set')
    .description(
      'map a source name onto a taxonomy category (audited): "Major / Minor" for MPS, a crime type for police.uk',
    )
    .argument('<names>', '"Major / Minor" (MPS) or a police.uk crime type')
    .argument('<category>', 'the taxonomy category code, such as burglary-residential')
    .option('--source <source>', 'mps-historic, mps-recent or police-uk (default: from the names)', parseSource)
    .option('--reason <text>', 'why, for the audit trail')
    .option('--json', 'print JSON')
    .hook('preAction', loadServices)
    .action(
      async (
        names: string,
        category: string,
        options: { source?: CrimeDataSource; reason?: string; json?: boolean },
      ) => {
        const input = { ...mappingNames(names, options.source), categoryCode: category, reason: options.reason };
        const result = await withContext((ctx) => mapCrimeCategory(ctx, input));
        printListing(
          output,
          options.json,
          result,
          (r) => `${names.trim()} now maps to ${r.categoryCode} (${r.sources.join(', ')}).`,
        );
      },
    );
}

/** `bluelamp crime-data …`: the taxonomy's mappings of source names. */
export function crimeDataCommand(output: Output): Command {
  const mappings = new Command('mappings')
    .description('how the names of crime data sources map onto the taxonomy')
    .addCommand(listCommand(output))
    .addCommand(setCommand(output));
  return new Command('crime-data').description('crime data: the taxonomy mappings').addCommand(mappings);
}
