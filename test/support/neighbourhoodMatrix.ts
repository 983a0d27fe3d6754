import { allowedFor, everyone, type MatrixEntry } from './authorisationOutcomes.js';

// Files naming a borough no one has heard of, so that nothing is ever loaded from them.
const POSTS_IN_ATLANTIS = Buffer.from(
  'Borough,Ward,Role,Establishment,Actual,As at\nAtlantis,Harbour,DWO,2,2,2018-12-31\n',
).toString('base64');
const ABSTRACTIONS_IN_ATLANTIS = Buffer.from(
  'Borough,Ward,Role,Date,Hours,Reason\nAtlantis,Harbour,DWO,2018-12-01,8,Court\n',
).toString('base64');

/** Rows of the authorisation matrix for neighbourhood policing: ward posts, abstractions, the minimum. */
export const NEIGHBOURHOOD_MATRIX: Record<string, MatrixEntry> = {
  listNeighbourhoodCompliance: { url: '/api/neighbourhoods/compliance?on=2018-12-31', expected: everyone(200) },
  listBoroughWards: { url: '/api/neighbourhoods/boroughs/camden/wards', expected: everyone(200) },
  getWardProfile: { url: '/api/neighbourhoods/wards/camden-ward-1', expected: everyone(200) },
  getDeploymentCsv: { url: '/api/neighbourhoods/deployment.csv?borough=camden', expected: everyone(200) },
  getAbstractionSummary: { url: '/api/neighbourhoods/abstractions?borough=barnet', expected: everyone(200) },
  getNeighbourhoodMinimum: { url: '/api/neighbourhoods/minimum', expected: everyone(200) },
  setNeighbourhoodMinimum: {
    url: '/api/neighbourhoods/minimum',
    body: { dwo: 2, pcso: 1, reason: 'Authorisation matrix' },
    expected: allowedFor(['performance', 'admin']),
  },
  // Files naming a borough no one has heard of: callers who may load them get past the permission check to the file's 400.
  importWardPosts: {
    url: '/api/neighbourhoods/posts',
    body: {
      fileName: 'posts.csv',
      contentBase64: POSTS_IN_ATLANTIS,
    },
    expected: { ...allowedFor(['performance', 'admin']), performance: 400, admin: 400 },
  },
  importAbstractions: {
    url: '/api/neighbourhoods/abstractions',
    body: {
      fileName: 'abstractions.csv',
      contentBase64: ABSTRACTIONS_IN_ATLANTIS,
    },
    expected: { ...allowedFor(['performance', 'admin']), performance: 400, admin: 400 },
  },
  // Checks write nothing, so callers who may load the files get their problems as data.
  checkWardPosts: {
    url: '/api/neighbourhoods/posts/check',
    body: {
      fileName: 'posts.csv',
      contentBase64: POSTS_IN_ATLANTIS,
    },
    expected: allowedFor(['performance', 'admin']),
  },
  checkAbstractions: {
    url: '/api/neighbourhoods/abstractions/check',
    body: {
      fileName: 'abstractions.csv',
      contentBase64: ABSTRACTIONS_IN_ATLANTIS,
    },
    expected: allowedFor(['performance', 'admin']),
  },
};
