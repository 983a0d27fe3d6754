import type { IsoDate } from '../domain/calendar/index.js';
import type { Store } from '../store/index.js';

/** What every use case is given: where the data lives and what day it is. */
export interface ServiceContext {
  readonly store: Store;
  readonly today: () => IsoDate;
  readonly version: string;
}

export function systemToday(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}
