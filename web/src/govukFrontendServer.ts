/**
 * What the server build has for GOV.UK Frontend's JavaScript (see vite.server.config.ts): the
 * real module reaches for the browser's HTMLElement as it loads, and its components start only in
 * effects, which the server never runs.
 */
export class ServiceNavigation {
  readonly started = false;

  constructor() {
    throw new Error('GOV.UK Frontend components start only in the browser.');
  }
}
