import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { BOARD_OWNERS, BOARD_REPORTS, BOARD_VISIBILITIES, PAPER_KINDS } from '../../domain/board/boards.js';
import { BluelampProblem } from '../../domain/errors.js';
import type { BoardView } from '../../services/index.js';
import type * as services from '../../services/index.js';
import { formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

// Loaded just before a command runs, so that building the program stays quick.
let listBoards: typeof services.listBoards;
let addBoard: typeof services.addBoard;
let editBoard: typeof services.editBoard;
let saveMeetingPaper: typeof services.saveMeetingPaper;
let addMeetingPaperFile: typeof services.addMeetingPaperFile;
async function loadServices(): Promise<void> {
  ({ listBoards } = await import('../../services/board/listBoards.js'));
  ({ addBoard, editBoard } = await import('../../services/board/saveBoard.js'));
  ({ saveMeetingPaper } = await import('../../services/board/saveMeetingPaper.js'));
  ({ addMeetingPaperFile } = await import('../../services/board/addMeetingPaperFile.js'));
}

function meetingId(text: string): number {
  if (!/^\d{1,9}$/.test(text))
    throw new BluelampProblem('invalid-input', `--meeting must be a meeting number, not "${text}".`);
  return Number(text);
}

function boardsText(value: { boards: BoardView[] }): string {
  return formatTable(
    ['Key', 'Board', 'Whose', 'Papers', 'Reports', 'Reviews risks'],
    value.boards.map((b) => [
      b.key,
      b.name,
      b.ownerLabel,
      b.visibility === 'public' ? 'Public' : 'Internal',
      b.reportLabels.join(', '),
      b.reviewsRisks ? 'Yes' : 'No',
    ]),
  );
}

interface BoardOptions {
  key: string;
  name?: string;
  owner?: string;
  visibility?: string;
  report?: string[];
  reviewsRisks?: boolean;
}

function boardOptions(command: Command, required: boolean): Command {
  const owner = new Option('--owner <owner>', 'whose board it is').choices(BOARD_OWNERS);
  const visibility = new Option('--visibility <visibility>', 'public papers or internal').choices(BOARD_VISIBILITIES);
  return command
    .requiredOption('--key <key>', 'the board key, e.g. audit-panel')
    .option('--name <name>', 'what the board is called')
    .addOption(required ? owner.makeOptionMandatory() : owner)
    .addOption(required ? visibility.makeOptionMandatory() : visibility)
    .addOption(new Option('--report <reports...>', 'the reports that go to it').choices(BOARD_REPORTS))
    .option('--reviews-risks', 'it reviews the risk register')
    .option('--no-reviews-risks', 'it does not review risks');
}

function boardCommands(output: Output): Command[] {
  return [
    new Command('boards')
      .description('every board: whose it is, public or internal, its reports, whether it reviews risks')
      .option('--json', 'print JSON')
      .hook('preAction', loadServices)
      .action(async (o: { json?: boolean }) => {
        printListing(output, o.json, await withContext((ctx) => listBoards(ctx)), boardsText);
      }),
    boardOptions(new Command('add-board').description('add a board meetings can be recorded for'), true)
      .hook('preAction', loadServices)
      .action(async (o: BoardOptions) => {
        const input = {
          ...o,
          name: o.name ?? '',
          owner: o.owner ?? '',
          visibility: o.visibility ?? '',
          reports: o.report,
        };
        const board = await withContext((ctx) => addBoard(ctx, input));
        output.out(`Added board ${board.key}: ${board.name}.`);
      }),
    boardOptions(new Command('edit-board').description('change a board; options left out keep what it has'), false)
      .hook('preAction', loadServices)
      .action(async (o: BoardOptions) => {
        const board = await withContext(async (ctx) => {
          const held = (await listBoards(ctx)).boards.find((b) => b.key === o.key);
          if (held === undefined) throw new BluelampProblem('not-found', `There is no board "${o.key}".`, 'key');
          const { name = held.name, owner = held.owner, visibility = held.visibility } = o;
          const reviewsRisks = o.reviewsRisks ?? held.reviewsRisks;
          return editBoard(ctx, {
            key: o.key,
            name,
            owner,
            visibility,
            reports: o.report ?? held.reports,
            reviewsRisks,
          });
        });
        output.out(`Changed board ${board.key}: ${board.name}.`);
      }),
  ];
}

function paperCommands(output: Output): Command[] {
  const kind = () => new Option('--kind <kind>', 'which paper').choices(PAPER_KINDS).makeOptionMandatory();
  return [
    new Command('paper')
      .description("write a meeting's agenda, minutes or decisions")
      .requiredOption('--meeting <id>', 'the meeting number')
      .addOption(kind())
      .requiredOption('--text <text>', 'the text; an empty text clears it')
      .hook('preAction', loadServices)
      .action(async (o: { meeting: string; kind: string; text: string }) => {
        const input = { meeting: meetingId(o.meeting), kind: o.kind, text: o.text };
        await withContext((ctx) => saveMeetingPaper(ctx, input));
        output.out(`Wrote the ${o.kind} of meeting ${o.meeting}.`);
      }),
    new Command('attach')
      .description("attach a file (pdf, docx, xlsx, pptx, csv, txt, png, jpg) to a meeting's paper")
      .requiredOption('--meeting <id>', 'the meeting number')
      .addOption(kind())
      .requiredOption('--file <file>', 'the file to attach')
      .hook('preAction', loadServices)
      .action(async (o: { meeting: string; kind: string; file: string }) => {
        const content = fs.readFileSync(o.file);
        const input = { meeting: meetingId(o.meeting), kind: o.kind, fileName: path.basename(o.file), content };
        const file = await withContext((ctx) => addMeetingPaperFile(ctx, input));
        output.out(
          `Attached ${path.basename(o.file)} to the ${o.kind} of meeting ${o.meeting} (SHA-256 ${file.sha256}).`,
        );
      }),
  ];
}

/** Boards as data, and meetings' papers: the board command's further subcommands. */
export function boardsCommands(output: Output): Command[] {
  return [...boardCommands(output), ...paperCommands(output)];
}
