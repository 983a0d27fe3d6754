import { allowedFor, everyone, signedIn, type MatrixEntry } from './authorisationOutcomes.js';

/**
 * The rows for boards as data and meeting papers. Demo meetings: 1 to 3 as in boardMatrix.ts,
 * 4 and 5 the Audit Panel (internal), 6 the Police and Crime Committee (public), 7 the London
 * Crime Reduction Board.
 */
export const BOARDS_MATRIX: Record<string, MatrixEntry> = {
  listBoards: { url: '/api/boards', expected: signedIn(200) },
  // The first caller allowed adds the board; the second finds it added.
  addBoard: {
    url: '/api/boards',
    body: { key: 'matrix-board', name: 'Matrix board', owner: 'partnership', visibility: 'internal' },
    expected: { ...allowedFor(['performance', 'admin']), admin: 409 },
  },
  editBoard: {
    url: '/api/boards/london-crime-reduction-board',
    body: { name: 'London Crime Reduction Board', owner: 'partnership', visibility: 'internal' },
    expected: allowedFor(['performance', 'admin']),
  },
  saveMeetingPaper: {
    url: '/api/board/meetings/3/papers/agenda',
    body: { text: 'Matrix agenda' },
    expected: allowedFor(['performance', 'admin']),
  },
  // An empty file: callers who may attach get past the permission check to the file's own 400.
  addMeetingPaperFile: {
    url: '/api/board/meetings/3/papers/minutes/files',
    body: { fileName: 'empty.pdf', contentBase64: '' },
    expected: { ...allowedFor(['performance', 'admin']), performance: 400, admin: 400 },
  },
  // An internal board's meeting: the public is asked to sign in; signed-in callers reach the 404.
  getMeetingPaperFile: { url: '/api/board/meetings/4/papers/files/999', expected: signedIn(404) },
  getOpenDataBoardPapers: { url: '/api/open-data/board-papers', expected: everyone(200) },
  getOpenDataMeetingPapers: { url: '/api/open-data/board-papers/6', expected: everyone(200) },
};
