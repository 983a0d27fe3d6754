import type { IsoDate } from '../domain/calendar/index.js';
import type { Store } from '../store/index.js';

/** What every use case is given: where the data lives, what day it is and who is acting. */
export interface ServiceContext {
  readonly store: Store;
  /** Who the audit trail records for writes, e.g. "cli:alice" or "system". */
  readonly actor: string;
  readonly today: () => IsoDate;
  readonly version: string;
}

export function systemToday(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}
