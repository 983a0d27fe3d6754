import fs from 'node:fs';
import { Command, Option } from 'commander';
import { ACTION_STATUSES, ATTENDANCE_LABELS } from '../../domain/board/boardMeeting.js';
import type { MeetingSummary } from '../../domain/board/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import type { BoardMeetingView } from '../../services/index.js';
import type * as services from '../../services/index.js';
import { formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';
import { boardsCommands } from './boards.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let renderReport: typeof services.renderReport;
let getBoardMeeting: typeof services.getBoardMeeting;
let listBoardMeetings: typeof services.listBoardMeetings;
let raiseBoardAction: typeof services.raiseBoardAction;
let recordActionStatus: typeof services.recordActionStatus;
let recordBoardMeeting: typeof services.recordBoardMeeting;
async function loadServices(): Promise<void> {
  ({ renderReport } = await import('../../services/publishing/renderReport.js'));
  ({ getBoardMeeting } = await import('../../services/board/getBoardMeeting.js'));
  ({ listBoardMeetings } = await import('../../services/board/listBoardMeetings.js'));
  ({ raiseBoardAction } = await import('../../services/board/raiseBoardAction.js'));
  ({ recordActionStatus } = await import('../../services/board/recordActionStatus.js'));
  ({ recordBoardMeeting } = await import('../../services/board/recordBoardMeeting.js'));
}

const FORMATS = ['html', 'pdf'] as const;

function meetingId(text: string): number {
  if (!/^\d{1,9}$/.test(text))
    throw new BluelampProblem('invalid-input', `--meeting must be a meeting number, not "${text}".`);
  return Number(text);
}

function actionId(text: string): number {
  const digits = text.replace(/^A/i, '');
  if (!/^\d{1,9}$/.test(digits))
    throw new BluelampProblem('invalid-input', `--action must be an action number, not "${text}".`);
  return Number(digits);
}

/** "Name|Role|attended" (or apologies): an attendee as typed on the command line. */
function attendeesOf(items: readonly string[] | undefined) {
  return (items ?? []).map((item) => {
    const [name = '', role = '', attendance = 'attended'] = item.split('|');
    return { name, role, attendance };
  });
}

function meetingsText(value: { meetings: MeetingSummary[] }): string {
  if (value.meetings.length === 0) return 'No board meetings are recorded.';
  return formatTable(
    ['Id', 'Date', 'Board', 'Reviews', 'Meeting'],
    value.meetings.map((m) => [String(m.id), m.date, m.boardLabel, m.quarter ?? '', m.title]),
  );
}

function showText(meeting: BoardMeetingView): string {
  const lines = [
    `${meeting.title} (${meeting.boardLabel}), ${meeting.date}${meeting.quarter === null ? '' : `, reviews ${meeting.quarter}`}`,
    '',
    formatTable(
      ['Name', 'Role or organisation', 'Attendance'],
      meeting.attendees.map((a) => [a.name, a.role, ATTENDANCE_LABELS[a.attendance]]),
    ),
    '',
    'Actions log',
  ];
  if (meeting.actions.length === 0) return [...lines, 'No actions are on the log.'].join('\n');
  const rows = meeting.actions.map((a) => [
    `A${a.id}`,
    a.text.length > 60 ? `${a.text.slice(0, 59)}…` : a.text,
    a.owner,
    `${a.dueOn}${a.overdue ? ' (overdue)' : ''}`,
    a.raisedHere ? 'this meeting' : `${a.raisedAt.title} (${a.raisedAt.date})`,
    `${a.status.symbol} ${a.status.label}${a.closedHere ? ', closed here' : ''}`,
  ]);
  return [...lines, formatTable(['No.', 'Action', 'Owner', 'Due', 'Raised at', 'Status'], rows)].join('\n');
}

function readCommands(output: Output): Command[] {
  return [
    new Command('meetings')
      .description('board meetings, newest first')
      .option('--board <board>', 'one board, by its key (see: bluelamp board boards)')
      .option('--json', 'print JSON')
      .hook('preAction', loadServices)
      .action(async (o: { board?: string; json?: boolean }) => {
        printListing(output, o.json, await withContext((ctx) => listBoardMeetings(ctx, o)), meetingsText);
      }),
    new Command('show')
      .description('a meeting: who came, and the actions log as at the meeting')
      .requiredOption('--meeting <id>', 'the meeting number')
      .option('--json', 'print JSON')
      .hook('preAction', loadServices)
      .action(async (o: { meeting: string; json?: boolean }) => {
        const meeting = meetingId(o.meeting);
        printListing(output, o.json, await withContext((ctx) => getBoardMeeting(ctx, { meeting })), showText);
      }),
  ];
}

interface MeetingOptions {
  board: string;
  date: string;
  title: string;
  quarter?: string;
  attendee?: string[];
}

function writeCommands(output: Output): Command[] {
  return [
    new Command('add-meeting')
      .description('record a board meeting and who came')
      .requiredOption('--board <board>', 'which board, by its key (see: bluelamp board boards)')
      .requiredOption('--date <date>', 'the day it met, YYYY-MM-DD')
      .requiredOption('--title <title>', 'what the meeting is called')
      .option('--quarter <quarter>', 'the quarter it reviews, e.g. 2018-19-Q2')
      .option('--attendee <items...>', 'each "Name|Role or organisation|attended" (or apologies)')
      .hook('preAction', loadServices)
      .action(async (o: MeetingOptions) => {
        const input = { ...o, attendees: attendeesOf(o.attendee) };
        const { id } = await withContext((ctx) => recordBoardMeeting(ctx, input));
        output.out(`Recorded meeting ${id}: ${o.title} on ${o.date}.`);
      }),
    new Command('add-action')
      .description('raise an action at a meeting')
      .requiredOption('--meeting <id>', 'the meeting that raises it')
      .requiredOption('--text <text>', 'what is to be done')
      .requiredOption('--owner <owner>', 'who is to do it: a name or a role')
      .requiredOption('--due <date>', 'when it is due, YYYY-MM-DD')
      .hook('preAction', loadServices)
      .action(async (o: { meeting: string; text: string; owner: string; due: string }) => {
        const { id } = await withContext((ctx) => raiseBoardAction(ctx, { ...o, meeting: meetingId(o.meeting) }));
        output.out(`Raised action A${id} at meeting ${o.meeting}, due ${o.due}.`);
      }),
    new Command('action-status')
      .description("record an action's status at a meeting")
      .requiredOption('--meeting <id>', 'the meeting it is recorded at')
      .requiredOption('--action <id>', 'the action number, e.g. A3 or 3')
      .addOption(new Option('--status <status>', 'its status').choices(ACTION_STATUSES).makeOptionMandatory())
      .option('--note <text>', "the board's note")
      .hook('preAction', loadServices)
      .action(async (o: { meeting: string; action: string; status: string; note?: string }) => {
        const input = { ...o, meeting: meetingId(o.meeting), action: actionId(o.action) };
        const result = await withContext((ctx) => recordActionStatus(ctx, input));
        output.out(`Action A${result.action}: ${result.from} → ${result.to} at meeting ${result.meeting}.`);
      }),
  ];
}

function packCommand(output: Output): Command {
  return new Command('pack')
    .description('the board pack for a meeting: exceptions first, the actions log, the full tracker')
    .requiredOption('--meeting <id>', 'the meeting number')
    .addOption(new Option('--format <format>', 'html, or pdf through Chromium').choices(FORMATS).default('html'))
    .requiredOption('--out <file>', 'where to write it')
    .hook('preAction', loadServices)
    .action(async (o: { meeting: string; format: (typeof FORMATS)[number]; out: string }) => {
      const request = { kind: 'board-pack', meeting: meetingId(o.meeting) } as const;
      const pack = await withContext((ctx) => renderReport(ctx, request, o.format));
      fs.writeFileSync(o.out, pack.content);
      output.out(`Wrote ${pack.description} to ${o.out}.`);
    });
}

/** Board meetings, their actions log and the packs prepared for them. */
export function boardCommand(output: Output): Command {
  const command = new Command('board').description('board meetings, the actions log and board packs');
  const commands = [...readCommands(output), ...writeCommands(output), packCommand(output), ...boardsCommands(output)];
  for (const c of commands) command.addCommand(c);
  return command;
}
