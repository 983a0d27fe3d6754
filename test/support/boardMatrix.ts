import { allowedFor, signedIn, type MatrixEntry } from './authorisationOutcomes.js';

/**
 * The board routes' rows of the authorisation matrix. Demo board meetings: 1 the Performance
 * Group for Quarter 1, 2 the oversight board, 3 the Performance Group for Quarter 2.
 */
export const BOARD_MATRIX: Record<string, MatrixEntry> = {
  listBoardMeetings: { url: '/api/board/meetings', expected: signedIn(200) },
  recordBoardMeeting: {
    url: '/api/board/meetings',
    body: { board: 'performance-group', date: '2019-01-23', title: 'Matrix meeting' },
    expected: allowedFor(['performance', 'admin']),
  },
  getBoardMeeting: { url: '/api/board/meetings/3', expected: signedIn(200) },
  raiseBoardAction: {
    url: '/api/board/meetings/3/actions',
    body: { text: 'Matrix action', owner: 'Chair', due: '2019-01-31' },
    expected: allowedFor(['performance', 'admin']),
  },
  // Action 3 has no status at meeting 3 yet: the first caller allowed records one, the second finds it recorded.
  recordBoardActionStatus: {
    url: '/api/board/meetings/3/actions/3/status',
    body: { status: 'in-progress', note: 'Matrix note' },
    expected: { ...allowedFor(['performance', 'admin']), admin: 409 },
  },
  getBoardPackPublicationSummary: {
    url: '/api/board/meetings/1/pack-publication',
    expected: allowedFor(['performance', 'admin']),
  },
  getBoardPackHtml: { url: '/api/board/meetings/1/pack.html', expected: signedIn(200) },
  // A meeting that does not exist, so the matrix does not print a dozen PDFs: callers who may read get past the permission check to the 404.
  getBoardPackPdf: { url: '/api/board/meetings/999/pack.pdf', expected: signedIn(404) },
};
