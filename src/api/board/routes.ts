import { renderBoardPackHtml } from '../../reports/index.js';
import {
  buildBoardPack,
  getBoardMeeting,
  listBoardMeetings,
  raiseBoardAction,
  recordActionStatus,
  recordBoardMeeting,
  type ServiceContext,
} from '../../services/index.js';
import { z } from 'zod';
import { printPdf } from '../pdfPrinting.js';
import { defineRoute, type FileDownload, type RouteDefinition } from '../route.js';
import {
  actionBody,
  actionParams,
  created,
  meetingBody,
  meetingList,
  meetingPage,
  meetingParams,
  meetingsQuery,
  statusBody,
  statusResult,
} from './schemas.js';

async function packFile(ctx: ServiceContext, meeting: number, format: 'html' | 'pdf'): Promise<FileDownload> {
  const pack = await buildBoardPack(ctx, { meeting });
  const html = renderBoardPackHtml(pack);
  const fileName = `board-pack-${pack.meeting.date}-${pack.meeting.board}.${format}`;
  if (format === 'html') {
    return { fileName, mediaType: 'text/html; charset=utf-8', content: Buffer.from(html, 'utf8'), inline: true };
  }
  return { fileName, mediaType: 'application/pdf', content: await printPdf(html) };
}

const TAG = 'Board';

/** Board meetings, the actions log and board packs: for signed-in people only. */
export const boardRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/board/meetings',
    operationId: 'listBoardMeetings',
    summary: 'Board meetings (Performance Group, oversight board), newest first',
    tag: TAG,
    access: 'signed-in',
    query: meetingsQuery,
    response: meetingList,
    handler: (ctx, { query }) => listBoardMeetings(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/board/meetings',
    operationId: 'recordBoardMeeting',
    summary: 'Record a board meeting with who came',
    tag: TAG,
    access: 'signed-in',
    body: meetingBody,
    response: created,
    handler: (ctx, { body }) => recordBoardMeeting(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/board/meetings/:meetingId',
    operationId: 'getBoardMeeting',
    summary: 'A meeting: its attendees and the actions log as at the meeting',
    tag: TAG,
    access: 'signed-in',
    params: meetingParams,
    response: meetingPage,
    handler: (ctx, { params }) => getBoardMeeting(ctx, { meeting: params.meetingId }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/board/meetings/:meetingId/actions',
    operationId: 'raiseBoardAction',
    summary: 'Raise an action at a meeting; it stays on the log until done or dropped',
    tag: TAG,
    access: 'signed-in',
    params: meetingParams,
    body: actionBody,
    response: created,
    handler: (ctx, { params, body }) => raiseBoardAction(ctx, { meeting: params.meetingId, ...body }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/board/meetings/:meetingId/actions/:actionId/status',
    operationId: 'recordBoardActionStatus',
    summary: "Record an action's status at a meeting of its board, with a note",
    tag: TAG,
    access: 'signed-in',
    params: actionParams,
    body: statusBody,
    response: statusResult,
    handler: (ctx, { params, body }) =>
      recordActionStatus(ctx, { meeting: params.meetingId, action: params.actionId, ...body }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/board/meetings/:meetingId/pack.html',
    operationId: 'getBoardPackHtml',
    summary: 'The board pack for a meeting as a self-contained HTML document, exceptions first',
    tag: TAG,
    access: 'signed-in',
    params: meetingParams,
    download: true,
    response: z.unknown(),
    handler: (ctx, { params }) => packFile(ctx, params.meetingId, 'html'),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/board/meetings/:meetingId/pack.pdf',
    operationId: 'getBoardPackPdf',
    summary: 'The board pack for a meeting as an A4 PDF',
    tag: TAG,
    access: 'signed-in',
    params: meetingParams,
    download: true,
    response: z.unknown(),
    handler: (ctx, { params }) => packFile(ctx, params.meetingId, 'pdf'),
  }),
];
