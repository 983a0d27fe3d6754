import { hydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';

/** Where the server puts the query cache it drew a page from (src/api/publicPages.ts writes it). */
export const SERVER_STATE_ID = 'bl-query-state';

/**
 * Fills the query cache from the data the server drew the page with, so that the page hydrates
 * without asking for it again. The server leaves out when it fetched the data (so that the same
 * data gives the same page and ETag); the data came with the page just now, so it counts as fresh
 * from this moment. The server sends only data it fetched successfully. Answers whether there was any.
 */
export function fillFromServer(queryClient: QueryClient): boolean {
  const text = document.getElementById(SERVER_STATE_ID)?.textContent;
  if (text === undefined || text === null || text === '') return false;
  const state = JSON.parse(text) as DehydratedState;
  const now = Date.now();
  hydrate(queryClient, {
    ...state,
    queries: state.queries.map((query) => ({
      ...query,
      state: { ...query.state, dataUpdatedAt: now },
    })),
  });
  return true;
}
