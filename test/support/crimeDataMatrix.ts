import { allowedFor, everyone, type MatrixEntry } from './authorisationOutcomes.js';

/**
 * Rows of the authorisation matrix for loading and mapping data: observations, the crime taxonomy's
 * mappings, MPS and police.uk files, and the force comparisons' settings.
 */
export const CRIME_DATA_MATRIX: Record<string, MatrixEntry> = {
  // A dry run: callers who may load data learn what the file would do, and nothing is written.
  importObservations: {
    url: '/api/measures/observations',
    body: {
      fileName: 'matrix.csv',
      format: 'csv',
      contentBase64: Buffer.from('Measure,Area,Period,Value\ncrime-total,London,2017-18,1\n').toString('base64'),
      source: 'Authorisation matrix',
      dryRun: true,
    },
    expected: allowedFor(['performance', 'admin']),
  },
  mapCrimeCategory: {
    url: '/api/crime-categories/mappings',
    body: {
      source: 'mps-recent',
      major: 'Burglary',
      minor: 'Burglary - Domestic',
      categoryCode: 'burglary-residential',
    },
    expected: allowedFor(['performance', 'admin']),
  },
  getMeasureSeries: { url: '/api/measures/burglary/series?area=camden', expected: everyone(200) },
  compareBoroughs: { url: '/api/measures/burglary/boroughs?period=2017-18', expected: everyone(200) },
  compareMeasure: { url: '/api/measures/rape/compare?area=London&period=2017-18', expected: everyone(200) },
  // A file with a borough no one has heard of: callers who may load data get past the permission check to the file's 400.
  importMpsBoroughSeries: {
    url: '/api/crime-data/mps-borough',
    body: {
      fileName: 'bad.csv',
      contentBase64: Buffer.from(
        'Borough,Major Category,Minor Category,201501\nAtlantis,Burglary,Burglary in a Dwelling,1\n',
      ).toString('base64'),
      dryRun: true,
    },
    expected: { ...allowedFor(['performance', 'admin']), performance: 400, admin: 400 },
  },
  // Checking writes nothing, so every caller who may load data gets the file's problems as data.
  checkMpsBoroughFile: {
    url: '/api/crime-data/mps-borough/check',
    body: {
      fileName: 'check.csv',
      contentBase64: Buffer.from(
        'Borough,Major Category,Minor Category,201501\nAtlantis,Burglary,Burglary in a Dwelling,1\n',
      ).toString('base64'),
    },
    expected: allowedFor(['performance', 'admin']),
  },
  listCrimeCategoryMappings: { url: '/api/crime-categories/mappings', expected: everyone(200) },
  listPoliceUkForces: { url: '/api/police-uk/forces', expected: everyone(200) },
  listPoliceUkSlices: { url: '/api/police-uk/slices', expected: allowedFor(['performance', 'admin']) },
  compareForces: {
    url: '/api/police-uk/forces/metropolitan/compare?category=burglary&from=2018-04&to=2018-12',
    expected: everyone(200),
  },
  setMostSimilarGroup: {
    url: '/api/police-uk/forces/metropolitan/most-similar-group',
    body: { peers: ['west-midlands', 'greater-manchester', 'west-yorkshire'] },
    expected: allowedFor(['performance', 'admin']),
  },
  setForceArea: {
    url: '/api/police-uk/forces/city-of-london/area',
    body: { localAuthorities: ['City of London'] },
    expected: allowedFor(['performance', 'admin']),
  },
  getStopSearchScrutiny: { url: '/api/stop-and-search/metropolitan', expected: everyone(200) },
  // A file whose header is not police.uk's: callers who may load data get past the permission check to its 400.
  importPoliceUkFile: {
    url: '/api/crime-data/police-uk',
    body: {
      fileName: '2018-04-kent-street.csv',
      contentBase64: Buffer.from('Borough,Count\nA,1\n').toString('base64'),
    },
    expected: { ...allowedFor(['performance', 'admin']), performance: 400, admin: 400 },
  },
  listInspections: { url: '/api/inspections', expected: everyone(200) },
  getInspection: { url: '/api/inspections/peel-2018-19-met', expected: everyone(200) },
  listFindings: { url: '/api/findings?overdue=true&on=2020-10-01', expected: everyone(200) },
  getPriorityCatalogue: { url: '/api/priorities/catalogue', expected: everyone(200) },
};
