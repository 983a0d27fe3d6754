// What the rest of the app may use of neighbourhoods: its pages.
export { NeighbourhoodsPage } from './NeighbourhoodsPage.js';
export { WardPage } from './WardPage.js';
