import fs from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, {
  type FastifyInstance,
  type FastifyRequest,
  type FastifyServerOptions,
  type onSendHookHandler,
} from 'fastify';
import { PUBLIC_ACTOR, type Actor } from '../domain/accounts/index.js';
import { BluelampProblem } from '../domain/errors.js';
import {
  readingOrganisationOnce,
  ssoSettingsFromEnvironment,
  type ServiceContext,
  type SsoSettings,
} from '../services/index.js';
import { conditionalAnswer, type ConditionalConfig } from './conditionalAnswers.js';
import { answerFromCache } from './publicDataCache.js';
import { callerAnswers } from './callerAnswerCache.js';
import { sendDownload } from './downloads.js';
import { handleError, InvalidRequestError, invalidRequest, notFoundBody, requestPath, sendProblem } from './errors.js';
import { registerMetrics } from './metrics.js';
import { registerPublicPages } from './publicPages.js';
import { registerRequestIds, requestIdOptions } from './requestIds.js';
import type { FileDownload, RouteDefinition } from './route.js';
import type { ErrorBody } from './schemas.js';
import { registerSecurityHeaders } from './securityHeaders.js';
import { exchangeFor } from './sessionCookie.js';
import { responseMismatch } from './responseValidation.js';
import { conventionalStatus, preconditionOf } from './routeConventions.js';
import { routeTable } from './routes.js';

export interface ServerOptions {
  /** The built web app (index.html and assets); the API alone is served when absent. */
  readonly webRoot?: string | undefined;
  readonly logger?: FastifyServerOptions['logger'];
  /** Single sign-on settings; by default read from the BLUELAMP_OIDC_* variables. */
  readonly sso?: SsoSettings | null;
  /**
   * Checks every JSON answer against its route's response schema and answers 500 when one does
   * not match, so a test fails where the OpenAPI document (and the web app's types) would lie.
   * On by default when BLUELAMP_VALIDATE_RESPONSES=1, as the tests set it; off in production.
   */
  readonly validateResponses?: boolean;
  /** Which proxies may name the client (see trustedProxies); by default BLUELAMP_TRUST_PROXY. */
  readonly trustProxy?: string | undefined;
  /** The token /metrics asks for (see metrics.ts); by default BLUELAMP_METRICS_TOKEN, and off without one. */
  readonly metricsToken?: string | undefined;
}

const PROXY_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (PROXY_KEYWORDS.has(entry)) return true;
  const [address = '', bits, extra] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || extra !== undefined) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}

/**
 * Which peers may name the client in X-Forwarded-For (BLUELAMP_TRUST_PROXY): the proxies'
 * addresses and ranges, comma-separated. Only entries appended by a trusted proxy are believed,
 * read from the right: the left-most are whatever the client chose to send, and trusting them
 * would let anyone pick the address the sign-in limits count. A bare hop count is refused, since
 * it would believe a client that reached Bluelamp without passing through the proxy.
 */
export function trustedProxies(setting: string | undefined): string[] | false {
  const text = setting?.trim() ?? '';
  if (text === '') return false;
  const entries = text.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !isProxyAddress(entry));
  if (wrong !== undefined) {
    throw new BluelampProblem(
      'invalid-input',
      `BLUELAMP_TRUST_PROXY names the proxies in front of Bluelamp by address, separated by commas: "${wrong}" is ` +
        'not an IP address, a range such as 10.0.0.0/8, nor loopback, linklocal or uniquelocal.',
    );
  }
  return entries;
}

/** Deeper than any body Bluelamp accepts (plan trees arrive as flat rows), and far short of a stack's limit. */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether a JSON text nests arrays and objects deeper than the limit, found in one pass without
 * recursion, so that a hostile body is refused before anything walks it.
 */
export function jsonNestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > limit) return true;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return false;
}

function refuseDeepJson(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonNestsDeeperThan(body as string, MAX_JSON_DEPTH)) {
      done(
        new InvalidRequestError('body', `The request body nests arrays and objects more than ${MAX_JSON_DEPTH} deep.`),
        undefined,
      );
      return;
    }
    void parseJson(request, body as string, done);
  });
}

/** The path to the first string holding a NUL character, which PostgreSQL cannot store in text. */
function nulCharacterPath(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const found = nulCharacterPath(inner, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

function parsePart(schema: RouteDefinition['query'], value: unknown, part: 'path' | 'query' | 'body'): unknown {
  const nul = nulCharacterPath(value);
  if (nul !== null) {
    const field = [part, ...nul].join('.');
    throw new InvalidRequestError(field, `${field} contains a NUL character, which no field accepts.`);
  }
  if (schema === undefined) return value;
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw invalidRequest(part, result.error.issues);
  return result.data;
}

type ResponseCheck = (request: FastifyRequest, route: RouteDefinition, result: unknown) => ErrorBody | null;

/** Replaces an answer its schema does not describe with a 500, logged so the mismatch is seen. */
function responseCheck(options: ServerOptions): ResponseCheck | null {
  if (!(options.validateResponses ?? process.env.BLUELAMP_VALIDATE_RESPONSES === '1')) return null;
  // Tests build servers without a logger; the reason must still reach the test's output.
  const echo = options.logger === undefined || options.logger === false;
  return (request, route, result) => {
    const mismatch = responseMismatch(route, result, requestPath(request.url));
    if (mismatch === null) return null;
    request.log.error({ details: mismatch.details }, mismatch.detail);
    if (echo) console.error(mismatch.detail, mismatch.details);
    return mismatch;
  };
}

function register(
  app: FastifyInstance,
  ctx: ServiceContext,
  route: RouteDefinition,
  check: ResponseCheck | null,
): void {
  const kept = route.keptPerCaller === true ? callerAnswers(ctx, route) : null;
  app.route({
    method: route.method,
    url: route.url,
    ...(route.bodyLimit === undefined ? {} : { bodyLimit: route.bodyLimit }),
    config: { publicData: route.publicData === true } satisfies ConditionalConfig,
    onSend: kept === null ? conditionalAnswer : [conditionalAnswer, kept.keep],
    ...(route.publicData === true ? { onRequest: answerFromCache(ctx) } : {}),
    handler: async (request, reply) => {
      const version = kept === null ? '' : await kept.version();
      const http = await exchangeFor(ctx, route, request, reply);
      if (kept !== null && (await kept.answered(request, reply, http.session, version))) return reply;
      const params = parsePart(route.params, request.params, 'path');
      const precondition = preconditionOf(route, request.headers['if-match'], params);
      const input = {
        params,
        query: parsePart(route.query, request.query, 'query'),
        body: parsePart(route.body, precondition.body(request.body), 'body'),
        http,
      };
      // Each request acts as its caller; the use case's permission check decides the rest.
      const actor: Actor = http.session === null ? PUBLIC_ACTOR : { kind: 'user', ...http.session.user };
      // A read consults the organisation as it stood when it began, however often its use case asks.
      const acting = route.method === 'GET' ? readingOrganisationOnce({ ...ctx, actor }) : { ...ctx, actor };
      const result = await precondition.guard(async () => await route.handler(acting, input));
      if (reply.sent) return reply;
      if (route.download === true) return sendDownload(reply, result as FileDownload);
      if (route.download === 'on-request' && Buffer.isBuffer((result as Partial<FileDownload> | null)?.content))
        return sendDownload(reply, result as FileDownload);
      const mismatch = check?.(request, route, result) ?? null;
      if (mismatch !== null) return sendProblem(reply, mismatch);
      return reply.status(conventionalStatus(reply, route, request.url, input, result)).send(result);
    },
  });
}

function serveWebApp(app: FastifyInstance, webRoot: string): void {
  const index = path.join(webRoot, 'index.html');
  // The build names every file under /assets/ by a hash of its content, so a file at one address
  // never changes: browsers may keep it for a year without asking again, where asking on every
  // page cost each page a round trip per script and style sheet. The hook goes on those files'
  // own routes (the static files are routes of their own), so no other answer pays for it.
  app.addHook('onRoute', (route) => {
    if (!route.url?.startsWith('/assets/')) return;
    const keep: onSendHookHandler = (_request, reply, payload, done) => {
      if (reply.statusCode === 200) void reply.header('cache-control', 'public, max-age=31536000, immutable');
      done(null, payload);
    };
    route.onSend = [route.onSend ?? [], keep].flat();
  });
  void app.register(fastifyStatic, { root: webRoot, prefix: '/', index: false, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes have no file extension; a missing asset must stay a 404, not become a page.
    const pathname = request.url.split('?')[0] ?? '';
    const wantsPage =
      request.method === 'GET' &&
      !pathname.startsWith('/api/') &&
      !/\.[a-z0-9]+$/i.test(pathname) &&
      fs.existsSync(index);
    if (wantsPage) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return sendProblem(reply, notFoundBody(request.url));
  });
}

/** Builds the HTTP server: the API from the route table, and the web app at /. */
export async function buildServer(ctx: ServiceContext, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    // Behind a load balancer that terminates TLS, BLUELAMP_TRUST_PROXY lets Bluelamp see https and the client's address.
    trustProxy: trustedProxies(options.trustProxy ?? process.env.BLUELAMP_TRUST_PROXY),
    ...requestIdOptions(),
  });
  app.setErrorHandler(handleError);
  registerRequestIds(app);
  registerMetrics(app, ctx, { token: options.metricsToken ?? process.env.BLUELAMP_METRICS_TOKEN?.trim() });
  refuseDeepJson(app);
  await registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  const sso = options.sso === undefined ? ssoSettingsFromEnvironment() : options.sso;
  const check = responseCheck(options);
  for (const route of routeTable(ctx.version, sso)) register(app, ctx, route, check);
  if (options.webRoot !== undefined && fs.existsSync(options.webRoot)) {
    serveWebApp(app, options.webRoot);
    // The public site's pages are drawn on the server, complete without JavaScript.
    registerPublicPages(app, ctx, options.webRoot);
  } else {
    app.setNotFoundHandler((request, reply) => sendProblem(reply, notFoundBody(request.url)));
  }
  await app.ready();
  return app;
}

/** Starts listening; a port already taken is a sentence, not a stack trace. */
export async function listen(app: FastifyInstance, port: number, host: string): Promise<string> {
  try {
    return await app.listen({ port, host });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new BluelampProblem(
        'unavailable',
        `Port ${port} is already in use. Stop the program using it, or start Bluelamp on another port with --port or PORT.`,
      );
    }
    if (code === 'EACCES') {
      throw new BluelampProblem('unavailable', `Port ${port} needs privileges this user lacks. Use a port above 1024.`);
    }
    throw error;
  }
}
