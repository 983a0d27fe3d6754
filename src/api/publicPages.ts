import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { currentDataVersion, type ServiceContext } from '../services/index.js';
import { encodeBody, sendEncoded, type EncodedBody } from './compressedAnswers.js';
import { PUBLIC_DATA_MAX_AGE_SECONDS, conditionalAnswer, type ConditionalConfig } from './conditionalAnswers.js';

/** A query a public page makes as it first renders, as the web build's server entry names it. */
interface PageQuery {
  readonly queryKey: readonly unknown[];
  readonly apiPath: string;
  readonly main: boolean;
}

interface PageAnswer {
  readonly queryKey: readonly unknown[];
  readonly status: number;
  readonly body: unknown;
}

/** web/src/publicServer.tsx, as its own build (web/vite.server.config.ts) exports it. */
interface PublicRenderer {
  queriesFor(pathname: string): PageQuery[];
  publicPath(pathname: string): string;
  render(pathname: string, answers: readonly PageAnswer[]): Promise<{ html: string; title: string; state: unknown }>;
}

interface DrawnPage {
  readonly status: number;
  /** The page's bytes, and compressed in Brotli and gzip, made once for as long as the page is kept. */
  readonly body?: EncodedBody;
  /** A digest of the page (of its identity coding), worked out once for as long as the page is kept. */
  readonly etag?: string;
  readonly location?: string;
}

/** The server build sits beside the web build: dist/web → dist/web-server (as web/vite.server.config.ts puts it). */
export function publicRendererPath(webRoot: string): string {
  const folder = path.resolve(webRoot);
  return path.join(path.dirname(folder), `${path.basename(folder)}-server`, 'publicServer.js');
}

/** Enough drawn pages for every public page many times over, and a bound on what unknown addresses can cost. */
const MAX_CACHED_PAGES = 2000;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** JSON that cannot end the script element it sits in, nor open a comment. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** The web app's index.html with the drawn page in its root and the data it was drawn from beside it. */
function documentOf(shell: string, page: { html: string; title: string; state: unknown }): string {
  const state =
    page.state === null ? '' : `<script type="application/json" id="bl-query-state">${scriptJson(page.state)}</script>`;
  return shell
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace('<div id="root"></div>', () => `<div id="root">${page.html}</div>${state}`);
}

/** What the HTTP API answers a page's query, asked in-process as the public (no cookies). */
async function ask(app: FastifyInstance, query: PageQuery): Promise<PageAnswer> {
  const response = await app.inject({ method: 'GET', url: query.apiPath, headers: { accept: 'application/json' } });
  let body: unknown = null;
  try {
    body = response.json();
  } catch {
    // An answer that is not JSON is shown as the failure its status says.
  }
  return { queryKey: query.queryKey, status: response.statusCode, body };
}

/** The page's status from its main answer: a bad address is a page not found, the server's fault its own. */
function statusOf(main: PageAnswer | undefined): number {
  if (main === undefined || main.status === 200) return 200;
  return main.status >= 500 ? main.status : 404;
}

async function draw(app: FastifyInstance, renderer: PublicRenderer, shell: string, url: string): Promise<DrawnPage> {
  const queries = renderer.queriesFor(url);
  const answers = await Promise.all(queries.map((query) => ask(app, query)));
  const main = answers.find((_, index) => queries[index]?.main === true);
  // An address that names the latest of something moves to that thing's own address, as the app does.
  const ownPath = main?.status === 200 ? (main.body as { path?: unknown }).path : undefined;
  if (typeof ownPath === 'string' && ownPath !== renderer.publicPath(url)) return { status: 302, location: ownPath };
  const html = Buffer.from(documentOf(shell, await renderer.render(url, answers)));
  const status = statusOf(main);
  // Only a page that is kept is worth compressing; a page not found is drawn for each request.
  const body = status === 200 ? await encodeBody(html) : { identity: html };
  return { status, body, etag: `"${createHash('sha256').update(html).digest('hex')}"` };
}

/**
 * Drawn pages by the open data's version and address: a publication or a data load changes the
 * version (openDataChanged), and so every page is drawn afresh from then on. A page is kept
 * while it is being drawn, so the many requests that arrive just after a publication wait for
 * one drawing rather than each drawing and compressing the page again.
 */
class DrawnPages {
  private version = '';
  private readonly pages = new Map<string, Promise<DrawnPage>>();

  drawn(version: string, url: string, draw: () => Promise<DrawnPage>): Promise<DrawnPage> {
    if (version !== this.version) {
      this.pages.clear();
      this.version = version;
    }
    const kept = this.pages.get(url);
    if (kept !== undefined) return kept;
    if (this.pages.size >= MAX_CACHED_PAGES) this.pages.delete(this.pages.keys().next().value ?? '');
    const page = draw();
    this.pages.set(url, page);
    // Only pages that exist stay, so that made-up addresses cannot fill the memory.
    const forget = () => {
      if (this.pages.get(url) === page) this.pages.delete(url);
    };
    page.then((done) => {
      if (done.status >= 400) forget();
    }, forget);
    return page;
  }
}

function send(request: FastifyRequest, reply: FastifyReply, page: DrawnPage): FastifyReply {
  if (page.location !== undefined) return reply.redirect(page.location, 302);
  void reply.status(page.status).type('text/html; charset=utf-8');
  // conditionalAnswer adds the same caching headers to a 200; a 304 needs them as much.
  if (page.status === 200) void reply.header('cache-control', `public, max-age=${PUBLIC_DATA_MAX_AGE_SECONDS}`);
  return sendEncoded(
    request,
    reply,
    page.body ?? { identity: Buffer.alloc(0) },
    page.status === 200 ? page.etag : undefined,
  );
}

/**
 * Serves every /public page drawn on the server (web/src/publicServer.tsx) with the data the
 * HTTP API gives the public, so the page is complete without JavaScript and the browser takes it
 * over in place. The web app's server build loads on the first request; without one (an older
 * build) the pages go out as the app's empty shell, as before.
 */
export function registerPublicPages(app: FastifyInstance, ctx: ServiceContext, webRoot: string): void {
  const bundle = publicRendererPath(webRoot);
  let renderer: Promise<PublicRenderer | null> | undefined;
  const load = () =>
    (renderer ??= fs.existsSync(bundle)
      ? (import(pathToFileURL(bundle).href) as Promise<PublicRenderer>)
      : Promise.resolve(null));
  const shell = () => fs.readFileSync(path.join(webRoot, 'index.html'), 'utf8');
  const cache = new DrawnPages();

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const drawing = await load();
    if (drawing === null) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    // The query string is not the page's: the public pages have no filters.
    const url = drawing.publicPath((request.url.split('?')[0] ?? '/public').slice(0, 400));
    // A page depends on the published data, the day (what is overdue) and the release that drew it.
    const version = `${ctx.version}.${await currentDataVersion(ctx)}.${ctx.today()}`;
    const page = await cache.drawn(version, url, () => draw(app, drawing, shell(), url));
    return send(request, reply, page);
  };
  // Published pages may be kept a few minutes and revalidated by ETag, as the open data they show.
  const options = { config: { publicData: true } satisfies ConditionalConfig, onSend: conditionalAnswer };
  app.get('/public', options, handler);
  app.get('/public/*', options, handler);
}
