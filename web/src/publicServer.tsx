/**
 * The public transparency site drawn on the server: the same App the browser runs, rendered to
 * HTML with the page's data already in its query cache, so a /public page reads completely
 * without JavaScript and the browser then takes it over (main.tsx) without asking again.
 * Built on its own (vite.server.config.ts) with React bundled in, for src/api/publicPages.ts.
 */
import { PassThrough } from 'node:stream';
import { dehydrate, QueryClient, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToPipeableStream } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { App } from './App.js';
import { openDataApiPath, PUBLIC_STATEMENTS } from './publishing/index.js';

/** A query the page makes as it first renders, and the API address that answers it. */
export interface PageQuery {
  readonly queryKey: readonly unknown[];
  readonly apiPath: string;
  /** The page itself: its answer decides the status, the title and any move to another address. */
  readonly main: boolean;
}

/** What the API answered for one of the page's queries. */
export interface PageAnswer {
  readonly queryKey: readonly unknown[];
  readonly status: number;
  readonly body: unknown;
}

export interface RenderedPage {
  readonly html: string;
  readonly title: string;
  /**
   * The query cache as the page was drawn from it, for the browser to start from; null when an
   * answer failed, since the browser asks again for what failed and so draws something else.
   */
  readonly state: DehydratedState | null;
}

/** "/public/measures/" → "/public/measures", as PublicPage reads its own address. */
export function publicPath(pathname: string): string {
  return pathname.replace(/\/+$/, '') || '/public';
}

/**
 * The queries a public page makes before it can show anything: the header's organisation, and
 * the page's view unless it is one of the site's own statements, which need no data.
 */
export function queriesFor(pathname: string): PageQuery[] {
  const path = publicPath(pathname);
  const header: PageQuery = { queryKey: ['organisation', undefined], apiPath: '/api/organisation', main: false };
  if (PUBLIC_STATEMENTS.some((statement) => statement.path === path)) return [header];
  return [header, { queryKey: ['open-data', path], apiPath: openDataApiPath(path), main: true }];
}

function titleOf(path: string, answers: readonly PageAnswer[]): string {
  const statement = PUBLIC_STATEMENTS.find((entry) => entry.path === path);
  if (statement !== undefined) return statement.title;
  const main = answers.find((answer) => answer.queryKey[0] === 'open-data');
  if (main?.status !== 200) return 'Page not found';
  return (main.body as { title: string }).title;
}

/** An error the page can show as the browser would have: its message, kept through JSON. */
class AnswerError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function errorMessage(answer: PageAnswer): string {
  const message = (answer.body as { detail?: string } | null)?.detail;
  return message ?? `The server answered ${answer.status}.`;
}

function cacheOf(answers: readonly PageAnswer[]): QueryClient {
  // A failed answer is shown as failed rather than as loading: the server never asks again.
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, retryOnMount: false, staleTime: Infinity } },
  });
  for (const answer of answers) {
    const query = client.getQueryCache().build(client, { queryKey: [...answer.queryKey] });
    if (answer.status === 200) query.setData(answer.body);
    else query.setState({ status: 'error', error: new AnswerError(answer.status, errorMessage(answer)) });
  }
  return client;
}

/** Waits for every part, the lazily loaded chart included, so the HTML is the finished page. */
function drawn(element: ReactNode): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
    });
    sink.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    const stream = renderToPipeableStream(element, {
      onAllReady: () => {
        stream.pipe(sink);
      },
      onShellError: reject,
    });
  });
}

/**
 * The cache without the moments it was filled and written, so the same data always gives the
 * same page (and ETag); the browser counts the data as fresh from when it arrives (serverState.ts).
 */
function timeless(state: DehydratedState): DehydratedState {
  const queries = state.queries.map((query) => ({
    ...query,
    dehydratedAt: 0,
    state: { ...query.state, dataUpdatedAt: 0 },
  }));
  return { ...state, queries };
}

/** The page at `pathname` drawn from the API's answers to its queries (see queriesFor). */
export async function render(pathname: string, answers: readonly PageAnswer[]): Promise<RenderedPage> {
  const client = cacheOf(answers);
  const html = await drawn(
    <QueryClientProvider client={client}>
      <StaticRouter location={pathname}>
        <App />
      </StaticRouter>
    </QueryClientProvider>,
  );
  const complete = answers.every((answer) => answer.status === 200);
  const title = `${titleOf(publicPath(pathname), answers)} – Bluelamp`;
  return { html, title, state: complete ? timeless(dehydrate(client)) : null };
}
