import type { z } from 'zod';
import type { ServiceContext, Session } from '../services/index.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route: anyone, or only someone signed in. A signed-in caller's cookie must be
 * matched by the session's CSRF token on every request that changes something.
 */
export type Access = 'public' | 'signed-in';

/** What a handler may know and do about the HTTP exchange beyond its parsed input. */
export interface HttpExchange {
  readonly session: Session | null;
  /** The caller's address, as the server sees it (behind a trusted proxy, the forwarded one). */
  readonly client: string;
  setSessionCookie(token: string, expiresAt: string): void;
  clearSessionCookie(): void;
  /** The single sign-on state this browser was given when it started signing in, if any. */
  readonly ssoState: string | undefined;
  /** Gives the browser a sign-in's state in a short-lived HttpOnly cookie, or (null) takes it back. */
  setSsoStateCookie(state: string | null): void;
  /** Answers with a redirect instead of JSON (single sign-on hands the browser over). */
  redirect(url: string): void;
  /** The query string as received, for handing back to an identity provider. */
  readonly rawQuery: string;
}

export interface RouteInput<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly http: HttpExchange;
}

/**
 * One entry of the route table: the single place that says what a route accepts, what it
 * answers and who may call it. The server, the OpenAPI document and the tests all read it.
 */
export interface RouteDefinition<P = unknown, Q = unknown, B = unknown, R = unknown> {
  readonly method: HttpMethod;
  /** Fastify's form, with :name for path parameters. */
  readonly url: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: string;
  readonly access: Access;
  /** Only a signed-in person's session will do: a personal API token is refused (token management). */
  readonly sessionOnly?: boolean;
  readonly params?: z.ZodType<P>;
  readonly query?: z.ZodType<Q>;
  readonly body?: z.ZodType<B>;
  readonly response: z.ZodType<R>;
  /**
   * The handler returns a file (FileDownload) to send as an attachment instead of JSON; with
   * 'on-request', JSON unless the handler answers with a file (the open-data pages' ?format=csv).
   */
  readonly download?: boolean | 'on-request';
  /** A larger body limit, in bytes, for routes that take uploaded files. */
  readonly bodyLimit?: number;
  /**
   * Public data, the same for every reader: answered with a digest of its body as a strong ETag,
   * 304 to a client that holds it already, and cacheable for a few minutes.
   */
  readonly publicData?: boolean;
  /**
   * A read whose answer depends only on the caller (the user, with their role and units), the
   * data a signed-in reader can see, the day and the release: kept per caller and per version of
   * the internal data, and answered from memory until a write changes that version
   * (callerAnswerCache.ts). Never for a route that reads the session beyond its user, the clock
   * beyond the day, or a table left out of the version (sessions, tokens, notifications, audit).
   */
  readonly keptPerCaller?: boolean;
  /** Answers a non-200 status when the result says so (the health check's 503). */
  readonly status?: (result: R) => number;
  /** A create: answered 201 with the address of what it made as its Location. */
  readonly created?: (result: R, params: P) => string;
  /** A cursor-paged list (see pagination.ts): the next page's cursor, also sent as a Link header. */
  readonly nextCursor?: (result: R) => string | null;
  /** A versioned resource: which one and at what version, sent as its ETag. */
  readonly etag?: (result: R, params: P) => VersionedIdentity | null;
  /** A write to a versioned resource: an If-Match ETag stands for the body's version field. */
  readonly ifMatch?: { readonly versionField: string; readonly idOf?: (params: P) => string };
  readonly handler: (ctx: ServiceContext, input: RouteInput<P, Q, B>) => Promise<R> | R;
}

/** What a versioned resource's ETag is made of. */
export interface VersionedIdentity {
  readonly id: string;
  readonly version: number;
}

/** A file a route answers with: sent as a download, unless it is a report to read in the browser. */
export interface FileDownload {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Buffer;
  /** A report's HTML, shown in the browser with its own styles and no script. */
  readonly inline?: boolean;
  /** A published version, which never changes, so browsers and proxies may keep it for good. */
  readonly immutable?: boolean;
  /** The file's digest, sent as its strong ETag so a client holding it is answered 304. */
  readonly sha256?: string;
}

/** Keeps each route's types tied together while the table holds routes of many shapes. */
export function defineRoute<P, Q, B, R>(route: RouteDefinition<P, Q, B, R>): RouteDefinition {
  return route as unknown as RouteDefinition;
}
