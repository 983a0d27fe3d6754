export { buildServer, listen, type ServerOptions } from './server.js';
export { routeTable } from './routes.js';
export type { RouteDefinition } from './route.js';
