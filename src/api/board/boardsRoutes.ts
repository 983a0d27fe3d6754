import { z } from 'zod';
import {
  addBoard,
  addMeetingPaperFile,
  buildBoardPapersView,
  buildMeetingPapersView,
  editBoard,
  getMeetingPaperFile,
  listBoards,
  saveMeetingPaper,
} from '../../services/index.js';
import { openDataRoute } from '../publishing/openDataRoutes.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import {
  boardFields,
  boardList,
  boardParams,
  boardShape,
  meetingParams,
  newBoardBody,
  paperBody,
  paperFileBody,
  paperFileCreated,
  paperFileParams,
  paperList,
  paperParams,
} from './schemas.js';

const TAG = 'Board';

/** Boards as data, and each meeting's agenda, minutes and decisions with their files. */
export const boardsRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/boards',
    operationId: 'listBoards',
    summary: 'Every board: whose it is, public or internal, the reports it receives, whether it reviews risks',
    tag: TAG,
    access: 'signed-in',
    response: boardList,
    handler: (ctx) => listBoards(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/boards',
    operationId: 'addBoard',
    summary: 'Add a board meetings can be recorded for',
    tag: TAG,
    access: 'signed-in',
    body: newBoardBody,
    response: boardShape,
    created: (result) => `/api/boards/${encodeURIComponent(result.key)}`,
    handler: (ctx, { body }) => addBoard(ctx, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/boards/:boardKey',
    operationId: 'editBoard',
    summary: "Change a board's name, owner, visibility, reports or risk review; its key stays",
    tag: TAG,
    access: 'signed-in',
    params: boardParams,
    body: boardFields,
    response: boardShape,
    handler: (ctx, { params, body }) => editBoard(ctx, { key: params.boardKey, ...body }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/board/meetings/:meetingId/papers/:kind',
    operationId: 'saveMeetingPaper',
    summary: "Write a meeting's agenda, minutes or decisions (empty text clears it)",
    tag: TAG,
    access: 'signed-in',
    params: paperParams,
    body: paperBody,
    response: paperList,
    handler: (ctx, { params, body }) =>
      saveMeetingPaper(ctx, { meeting: params.meetingId, kind: params.kind, text: body.text }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/board/meetings/:meetingId/papers/:kind/files',
    operationId: 'addMeetingPaperFile',
    summary: "Attach a file to a meeting's agenda, minutes or decisions (checked as evidence files are)",
    tag: TAG,
    access: 'signed-in',
    params: paperParams,
    body: paperFileBody,
    bodyLimit: 8 * 1024 * 1024,
    response: paperFileCreated,
    handler: (ctx, { params, body }) =>
      addMeetingPaperFile(ctx, {
        meeting: params.meetingId,
        kind: params.kind,
        fileName: body.fileName,
        content: Buffer.from(body.contentBase64, 'base64'),
      }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/board/meetings/:meetingId/papers/files/:fileId',
    operationId: 'getMeetingPaperFile',
    summary: "A file attached to a meeting's papers: public for a public board, signed-in people otherwise",
    tag: TAG,
    access: 'public',
    params: paperFileParams,
    download: true,
    response: z.unknown(),
    handler: (ctx, { params }) => getMeetingPaperFile(ctx, { meeting: params.meetingId, file: params.fileId }),
  }),
  openDataRoute({
    operationId: 'getOpenDataBoardPapers',
    path: '/board-papers',
    summary: 'Every meeting of a public board, newest first, with a link to its papers',
    build: (ctx) => buildBoardPapersView(ctx),
  }),
  openDataRoute({
    operationId: 'getOpenDataMeetingPapers',
    path: '/board-papers/:meetingId',
    summary: "A public board's meeting: its agenda, minutes and decisions, and the files attached",
    params: meetingParams,
    build: (ctx, params) => buildMeetingPapersView(ctx, { meeting: params.meetingId }),
  }),
];
