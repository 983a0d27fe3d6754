import fs from 'node:fs';
import { Command, Option } from 'commander';
import { BluelampProblem } from '../../domain/errors.js';
import { RATINGS } from '../../domain/risks/riskScores.js';
import type { RiskPage, RiskRegister } from '../../services/index.js';
import type * as services from '../../services/index.js';
import { formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

// Loaded just before a command runs, so building the program stays quick.
let listRisks: typeof services.listRisks;
let getRisk: typeof services.getRisk;
let addRisk: typeof services.addRisk;
let editRisk: typeof services.editRisk;
let reviewRisk: typeof services.reviewRisk;
let renderRiskHeatMap: typeof services.renderRiskHeatMap;
async function loadServices(): Promise<void> {
  ({ listRisks, getRisk, addRisk, editRisk, reviewRisk, renderRiskHeatMap } =
    await import('../../services/risks/index.js'));
}

function whole(text: string, option: string, max = 2_147_483_647): number {
  if (!/^\d{1,10}$/.test(text) || Number(text) < 1 || Number(text) > max) {
    throw new BluelampProblem('invalid-input', `${option} must be a whole number from 1 to ${max}, not "${text}".`);
  }
  return Number(text);
}

/** A risk's fields as JSON; the service checks what is in it. */
function readJson(file: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new BluelampProblem('invalid-input', `${file} is not a JSON file: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new BluelampProblem('invalid-input', `${file} must hold one JSON object with the risk's fields.`);
  }
  return parsed as Record<string, unknown>;
}

function registerText(register: RiskRegister): string {
  if (register.risks.length === 0) return 'No risks match.';
  const table = formatTable(
    ['Ref', 'Risk', 'Owner', 'Inherent', 'Residual', 'Treatment', 'Boards', 'Last review'],
    register.risks.map((r) => [
      r.ref,
      r.title.length > 50 ? `${r.title.slice(0, 49)}…` : r.title,
      r.owner,
      `${r.inherent.score} ${r.inherent.ratingLabel}`,
      `${r.residual.score} ${r.residual.ratingLabel}`,
      r.treatment,
      r.boards.join(', '),
      r.lastReviewedOn ?? 'not reviewed',
    ]),
  );
  return [table, '', register.sentence, register.source, ...register.scoreNotes].join('\n');
}

function showText(page: RiskPage): string {
  const r = page.risk;
  const lines = [
    `${r.ref} ${r.title} (version ${r.version})`,
    `Owner: ${r.owner}`,
    `Cause: ${r.cause}`,
    `Consequence: ${r.consequence}`,
    `Inherent: ${r.inherent.text}`,
    `Residual: ${r.residual.text}`,
    `Treatment: ${r.treatmentLabel}`,
    `Overseen by: ${r.boards.join(', ')}`,
    ...(r.scoreNote === null ? [] : [`Note: ${r.scoreNote}`]),
    '',
    'Controls',
    ...(r.controls.length === 0 ? ['None recorded.'] : r.controls.map((c) => `- ${c}`)),
    '',
    'Actions',
    ...(r.actions.length === 0 ? ['None recorded.'] : r.actions.map((a) => `- ${a.text} (${a.owner}, due ${a.dueOn})`)),
    '',
    'Links',
    ...r.milestones.map((m) => `- milestone ${m.plan} ${m.ref}`),
    ...r.findings.map((f) => `- finding ${f.inspection} ${f.ref}`),
    ...(r.milestones.length + r.findings.length === 0 ? ['None.'] : []),
    '',
    'Reviews',
  ];
  const reviews =
    page.reviews.length === 0
      ? ['Not reviewed at a board meeting yet.']
      : [
          formatTable(
            ['Date', 'Meeting', 'Residual', 'Note'],
            page.reviews.map((v) => [
              v.heldOn,
              `${v.meetingTitle} (${v.meetingId})`,
              `${v.residual.score} ${v.residual.ratingLabel}`,
              v.note,
            ]),
          ),
        ];
  const history = formatTable(
    ['Version', 'Change', 'When', 'By', 'Fields changed'],
    page.history.map((h) => [
      String(h.version),
      h.change,
      h.changedAt.slice(0, 16),
      h.changedBy,
      h.changedFields.join(', '),
    ]),
  );
  return [...lines, ...reviews, '', 'History', history, '', page.source].join('\n');
}

function readCommands(output: Output): Command[] {
  return [
    new Command('list')
      .description('the register, highest residual score first, with a summary of the heat map')
      .option('--board <board>', 'only the risks this board oversees, e.g. audit-panel')
      .addOption(new Option('--rating <rating>', 'only this residual band').choices(RATINGS))
      .option('--json', 'print JSON')
      .hook('preAction', loadServices)
      .action(async (o: { board?: string; rating?: string; json?: boolean }) => {
        const filter = { board: o.board, rating: o.rating };
        printListing(output, o.json, await withContext((ctx) => listRisks(ctx, filter)), registerText);
      }),
    new Command('show')
      .description('a risk: its scores, controls, actions, links, board reviews and history')
      .argument('<ref>', 'the risk, e.g. SR-1')
      .option('--json', 'print JSON')
      .hook('preAction', loadServices)
      .action(async (ref: string, o: { json?: boolean }) => {
        printListing(output, o.json, await withContext((ctx) => getRisk(ctx, { ref })), showText);
      }),
    new Command('heat-map')
      .description('write the residual heat map as an SVG file')
      .option('--board <board>', 'only the risks this board oversees')
      .requiredOption('--out <file>', 'where to write it')
      .hook('preAction', loadServices)
      .action(async (o: { board?: string; out: string }) => {
        const { svg } = await withContext((ctx) => renderRiskHeatMap(ctx, { board: o.board }));
        fs.writeFileSync(o.out, svg);
        output.out(`Wrote the risk heat map to ${o.out}.`);
      }),
  ];
}

function writeCommands(output: Output): Command[] {
  return [
    new Command('add')
      .description('put a new risk on the register from a JSON file of its fields (ref, title, owner, …)')
      .requiredOption('--file <file>', 'the JSON file')
      .hook('preAction', loadServices)
      .action(async (o: { file: string }) => {
        const input = readJson(o.file) as unknown as services.NewRisk;
        const { ref } = await withContext((ctx) => addRisk(ctx, input));
        output.out(`Added risk ${ref} at version 1.`);
      }),
    new Command('update')
      .description("replace a risk's fields from a JSON file; refused if it changed since the version you read")
      .argument('<ref>', 'the risk')
      .requiredOption('--file <file>', 'the JSON file of its fields')
      .requiredOption('--expected-version <n>', 'the version you read (risks show)')
      .option('--reason <text>', 'why, for the audit trail')
      .hook('preAction', loadServices)
      .action(async (ref: string, o: { file: string; expectedVersion: string; reason?: string }) => {
        const fields = readJson(o.file) as unknown as services.RiskEdit['fields'];
        const edit = { ref, fields, expectedVersion: whole(o.expectedVersion, '--expected-version'), reason: o.reason };
        const result = await withContext((ctx) => editRisk(ctx, edit));
        output.out(
          result.changed.length === 0
            ? `Nothing changed; ${ref} stays at version ${result.version}.`
            : `Risk ${ref} is now at version ${result.version} (changed: ${result.changed.join(', ')}).`,
        );
      }),
    new Command('review')
      .description("record a board's review of a risk at one of its meetings")
      .argument('<ref>', 'the risk')
      .requiredOption('--meeting <id>', 'the board meeting number')
      .requiredOption('--likelihood <n>', 'residual likelihood agreed, 1–5')
      .requiredOption('--impact <n>', 'residual impact agreed, 1–5')
      .requiredOption('--note <text>', "the board's note")
      .requiredOption('--expected-version <n>', 'the version you read (risks show)')
      .hook('preAction', loadServices)
      .action(
        async (
          ref: string,
          o: { meeting: string; likelihood: string; impact: string; note: string; expectedVersion: string },
        ) => {
          const residual = {
            likelihood: whole(o.likelihood, '--likelihood', 5),
            impact: whole(o.impact, '--impact', 5),
          };
          const input = {
            ref,
            meeting: whole(o.meeting, '--meeting'),
            residual: residual as services.RiskReviewInput['residual'],
            note: o.note,
            expectedVersion: whole(o.expectedVersion, '--expected-version'),
          };
          const result = await withContext((ctx) => reviewRisk(ctx, input));
          output.out(`Recorded the review of ${ref} at meeting ${o.meeting}; it is now at version ${result.version}.`);
        },
      ),
  ];
}

/** The strategic risk register. */
export function risksCommand(output: Output): Command {
  const command = new Command('risks').description('the strategic risk register, its heat map and board reviews');
  for (const c of [...readCommands(output), ...writeCommands(output)]) command.addCommand(c);
  return command;
}
