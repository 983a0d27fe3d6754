export * from './crimeTaxonomy.js';
