export * from './searchSite.js';
export { SEARCH_KINDS, type SearchKind } from '../../store/search/index.js';
