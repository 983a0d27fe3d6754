import { useState } from 'react';

/** A record as the server holds it: its words, version and workflow state. */
export interface VersionedRecord<T, S> {
  readonly value: T;
  readonly version: number;
  readonly state: S;
}

/**
 * The words a form holds over a record, and the version they were written over. Untouched, the
 * form follows the server, so a refetch shows the latest words. Once typed in, it keeps its words
 * and that version: saving over somebody else's newer one is then a conflict, never an overwrite.
 * An edit lasts while the record stays in the state it was made in, or until the server catches up
 * with the form's own save, so a record sent back by its reviewer opens afresh at its new version.
 */
export function useVersionedEdit<T, S>(server: VersionedRecord<T, S>) {
  const [edit, setEdit] = useState<VersionedRecord<T, S> | null>(null);
  // Ahead of the server: the form's own save, before the refetch that shows it has come back.
  const live = edit !== null && (edit.state === server.state || edit.version > server.version) ? edit : null;
  const value = live === null ? server.value : live.value;
  const version = live === null ? server.version : live.version;
  const change = (next: T) => {
    setEdit({ value: next, version, state: live === null ? server.state : live.state });
  };
  /** Keeps the words typed so far, to be saved next over `saved`: the form's own save, or another's it takes. */
  const rebase = (saved: { version: number; state: S }) => {
    setEdit((held) => ({
      // Words typed while the save was on its way are kept; a stale edit gives way to what was shown.
      value: held === edit || held === null ? value : held.value,
      version: saved.version,
      state: saved.state,
    }));
  };
  return { value, version, change, rebase };
}
