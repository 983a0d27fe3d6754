import type { IsoDate } from '../domain/calendar/index.js';
import type { Actor } from '../domain/accounts/index.js';
import type { Store } from '../store/index.js';

/** What every use case is given: where the data lives, what day it is and who is acting. */
export interface ServiceContext {
  readonly store: Store;
  /** Who is acting: what they may do, and how the audit trail names them. */
  readonly actor: Actor;
  readonly today: () => IsoDate;
  readonly version: string;
}

export function systemToday(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}
