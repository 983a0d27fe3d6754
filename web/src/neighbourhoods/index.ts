// What the rest of the app may use of neighbourhoods: its page.
export { NeighbourhoodsPage } from './NeighbourhoodsPage.js';
