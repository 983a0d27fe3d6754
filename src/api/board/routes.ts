import {
  getBoardPackPublicationSummary,
  getBoardMeeting,
  listBoardMeetings,
  raiseBoardAction,
  recordActionStatus,
  recordBoardMeeting,
} from '../../services/index.js';
import { z } from 'zod';
import { idKey, isPaged, optionalPageQueryFields } from '../listPages.js';
import { decodeCursor, nextCursorField, pageOf } from '../pagination.js';
import { publicationSummarySchema } from '../publishing/publicationSummarySchema.js';
import { reportFile } from '../reportFile.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import { boardsRoutes } from './boardsRoutes.js';
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

const TAG = 'Board';

/** Tags the meetings' cursors, so another list's cannot be passed off as one. */
const MEETING_LIST = 'board-meetings';

/** Board meetings, the actions log and board packs: for signed-in people only. */
export const boardRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/board/meetings',
    operationId: 'listBoardMeetings',
    summary: 'Board meetings of every board, or of one, newest first',
    tag: TAG,
    access: 'signed-in',
    keptPerCaller: true,
    query: meetingsQuery.extend(optionalPageQueryFields),
    response: meetingList.extend({ next: nextCursorField.optional() }),
    nextCursor: (result) => result.next ?? null,
    // A page is a keyset read on the meeting id in the store, one row more than the limit to know
    // whether there is a next; without a limit every meeting comes back, newest first, as before.
    handler: async (ctx, { query }) => {
      const { limit, cursor, ...filter } = query;
      const request = { limit, cursor };
      if (!isPaged(request)) return listBoardMeetings(ctx, filter);
      const afterId = cursor === undefined ? undefined : decodeCursor(MEETING_LIST, cursor, idKey)[0];
      const found = await listBoardMeetings(ctx, filter, { afterId, limit: request.limit + 1 });
      const page = pageOf(MEETING_LIST, found.meetings, request.limit, (meeting) => [meeting.id]);
      return { meetings: page.items, next: page.next };
    },
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
    created: (result) => `/api/board/meetings/${result.id}`,
    handler: (ctx, { body }) => recordBoardMeeting(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/board/meetings/:meetingId',
    operationId: 'getBoardMeeting',
    summary: 'A meeting: its attendees and the actions log as at the meeting',
    tag: TAG,
    access: 'signed-in',
    keptPerCaller: true,
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
    // An action is read on its meeting's page, which lists the meeting's actions.
    created: (_result, params) => `/api/board/meetings/${params.meetingId}`,
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
    handler: (ctx, { params }) => reportFile(ctx, { kind: 'board-pack', meeting: params.meetingId }, 'html'),
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
    handler: (ctx, { params }) => reportFile(ctx, { kind: 'board-pack', meeting: params.meetingId }, 'pdf'),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/board/meetings/:meetingId/pack-publication',
    operationId: 'getBoardPackPublicationSummary',
    summary:
      "What publishing a meeting's pack would make public: plan versions, first version or correction, counts, missing figures",
    tag: TAG,
    access: 'signed-in',
    keptPerCaller: true,
    params: meetingParams,
    response: publicationSummarySchema,
    handler: (ctx, { params }) => getBoardPackPublicationSummary(ctx, { meeting: params.meetingId }),
  }),
  ...boardsRoutes,
];
