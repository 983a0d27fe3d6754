import { Command } from 'commander';
import type { IsoDate } from '../../domain/calendar/index.js';
import type {
  BcuList,
  BoroughListing,
  OrganisationOverview,
  OrgUnitDetail,
  ServiceContext,
} from '../../services/index.js';
import type * as services from '../../services/index.js';
import { parseDateOption } from '../options.js';
import { formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let getOrganisationOverview: typeof services.getOrganisationOverview;
let getOrgUnit: typeof services.getOrgUnit;
let listBcus: typeof services.listBcus;
let listBoroughs: typeof services.listBoroughs;
let updateOrgUnit: typeof services.updateOrgUnit;
async function loadServices(): Promise<void> {
  ({ getOrganisationOverview } = await import('../../services/organisation/getOrganisationOverview.js'));
  ({ getOrgUnit } = await import('../../services/organisation/getOrgUnit.js'));
  ({ listBcus } = await import('../../services/organisation/listBcus.js'));
  ({ listBoroughs } = await import('../../services/organisation/listBoroughs.js'));
  ({ updateOrgUnit } = await import('../../services/organisation/updateOrgUnit.js'));
}

interface ListingOptions {
  json?: boolean;
  on?: IsoDate;
}

function listing(name: string, description: string): Command {
  return new Command(name)
    .description(description)
    .option('--on <date>', 'describe the organisation as it was on this day (YYYY-MM-DD)', parseDateOption)
    .option('--json', 'print JSON instead of a table')
    .hook('preAction', loadServices);
}

function bcuText(result: BcuList): string {
  const rows = result.bcus.map((bcu) => [
    bcu.code,
    bcu.name,
    `${bcu.goLive?.label ?? ''}${bcu.pathfinder ? ' (pathfinder)' : ''}`,
    bcu.boroughs.map((b) => b.name).join(', '),
  ]);
  const count = result.bcus.reduce((sum, bcu) => sum + bcu.boroughs.length, 0);
  return `${formatTable(['Code', 'BCU', 'Went live', 'Boroughs'], rows)}\n\n${result.bcus.length} BCUs covering ${count} boroughs on ${result.on}.`;
}

function boroughText(result: { boroughs: BoroughListing[] }): string {
  const rows = result.boroughs.map((b) => [
    b.name,
    b.gssCode ?? '',
    b.bcu === null ? '(none)' : `${b.bcu.name} (${b.bcu.code})`,
  ]);
  return formatTable(['Borough', 'ONS code', 'BCU'], rows);
}

function groupText(result: OrganisationOverview): string {
  const rows = result.businessGroups.flatMap((group) => [
    [group.name, group.leadCode ?? ''],
    ...group.units.map((unit) => [`  ${unit.name}`, unit.leadCode ?? '']),
  ]);
  return formatTable(['Business group / unit', 'Lead code'], rows);
}

function unitText(unit: OrgUnitDetail): string {
  const heading = `${unit.name} (${unit.code}), ${unit.kind}; part of ${unit.parent?.name ?? 'nothing'} on ${unit.on}`;
  const rows = unit.history.map((h) => [h.parent.name, h.validFrom ?? '(earliest)', h.validTo ?? '(now)']);
  return rows.length === 0 ? heading : `${heading}\n\n${formatTable(['Part of', 'From', 'To'], rows)}`;
}

/** The dated listings differ only in what they read and how they print it. */
function printDatedListing<T>(
  output: Output,
  read: (ctx: ServiceContext, query: { on?: IsoDate }) => Promise<T>,
  asText: (value: T) => string,
): (options: ListingOptions) => Promise<void> {
  return async (options) => {
    printListing(output, options.json, await withContext((ctx) => read(ctx, { on: options.on })), asText);
  };
}

function unitCommand(output: Output): Command {
  return listing('unit', 'show one unit with its parent, children and history')
    .argument('<code>', 'the unit code, e.g. CN or camden')
    .action(async (code: string, options: ListingOptions) => {
      printListing(
        output,
        options.json,
        await withContext((ctx) => getOrgUnit(ctx, { code, on: options.on })),
        unitText,
      );
    });
}

function setCommand(output: Output): Command {
  return new Command('set')
    .description("change a unit's name or lead code (recorded in the audit trail)")
    .argument('<code>', 'the unit code, e.g. S&G')
    .option('--name <name>', 'the new name')
    .option('--lead-code <code>', 'the new lead code ("" to remove it)')
    .option('--reason <text>', 'why, for the audit trail')
    .hook('preAction', loadServices)
    .action(async (code: string, options: { name?: string; leadCode?: string; reason?: string }) => {
      const unit = await withContext((ctx) => updateOrgUnit(ctx, { code, ...options }));
      output.out(`${unit.code} is now "${unit.name}"${unit.leadCode === null ? '' : ` (lead code ${unit.leadCode})`}.`);
    });
}

export function orgCommand(output: Output): Command {
  return new Command('org')
    .description('the force, its business groups, BCUs and boroughs')
    .addCommand(
      listing('bcus', 'list Basic Command Units and their boroughs').action(
        printDatedListing(output, (ctx, query) => listBcus(ctx, query), bcuText),
      ),
    )
    .addCommand(
      listing('boroughs', 'list boroughs and the airports area with their BCU').action(
        printDatedListing(output, (ctx, query) => listBoroughs(ctx, query), boroughText),
      ),
    )
    .addCommand(
      listing('groups', 'list business groups, their units and lead codes').action(
        printDatedListing(output, (ctx, query) => getOrganisationOverview(ctx, query), groupText),
      ),
    )
    .addCommand(unitCommand(output))
    .addCommand(setCommand(output));
}
