export * from './searchStore.js';
export * from './searchDetails.js';
export { searchTerms, type SearchTerm } from './searchTerms.js';
