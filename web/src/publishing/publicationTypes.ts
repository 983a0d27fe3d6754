import type { ResponseOf } from '../shared/apiTypes.js';

/** What publishing a report or a board pack would make public; both answer the same shape. */
export type PublicationSummary = ResponseOf<'getReportPublicationSummary'>;
