import type { FastifyReply } from 'fastify';
import { BluelampProblem } from '../domain/errors.js';
import { nextPageLink } from './pagination.js';
import type { RouteDefinition, VersionedIdentity } from './route.js';

/**
 * A versioned resource's ETag: its identity and version, so it changes exactly when a write
 * moves the version on. Strong, because If-Match compares tags strongly.
 */
export function versionTag({ id, version }: VersionedIdentity): string {
  return `"${encodeURIComponent(id)}.v${version}"`;
}

const TAG = /^"([^"]*)\.v(\d{1,15})"$/;

/** The resource and version an If-Match tag names, or null for a tag Bluelamp never gave out. */
export function readVersionTag(tag: string): VersionedIdentity | null {
  const found = TAG.exec(tag.trim());
  if (found === null) return null;
  try {
    return { id: decodeURIComponent(found[1] ?? ''), version: Number(found[2]) };
  } catch {
    return null;
  }
}

const preconditionFailed = (message: string, details?: Readonly<Record<string, string | number | null>>) =>
  new BluelampProblem('precondition-failed', message, 'If-Match', details);

const isAboutVersion = (problem: BluelampProblem): boolean =>
  problem.details?.currentVersion !== undefined || problem.field === 'version' || problem.field === 'expectedVersion';

/** What an If-Match header asks of a write: nothing, or the version the write must be based on. */
export interface Precondition {
  /** The raw body with the If-Match version in the route's version field. */
  body(raw: unknown): unknown;
  /** Runs the write, answering a version clash as 412 when the caller used If-Match. */
  guard<R>(write: () => Promise<R>): Promise<R>;
}

const NONE: Precondition = { body: (raw) => raw, guard: (write) => write() };

/**
 * Reads If-Match for a write to a versioned resource. The version it names is handed to the use
 * case as the body's version field, so the check happens in the same transaction as the write
 * (the use case's own optimistic check), and a clash it reports becomes 412 instead of 409.
 * `*` asks only that the resource exist, which the write checks anyway.
 */
export function preconditionOf(route: RouteDefinition, header: string | undefined, params: unknown): Precondition {
  const rule = route.ifMatch;
  if (rule === undefined || header === undefined || header.trim() === '*') return NONE;
  const tags = header.split(',');
  if (tags.length !== 1)
    throw new BluelampProblem('invalid-input', 'If-Match takes the one ETag the resource was read with.', 'If-Match');
  const named = readVersionTag(tags[0] ?? '');
  if (named === null) throw preconditionFailed('If-Match does not hold an ETag Bluelamp gave out for this resource.');
  const expectedId = rule.idOf?.(params);
  if (expectedId !== undefined && expectedId !== named.id)
    throw preconditionFailed('If-Match holds the ETag of another resource.');
  return {
    body(raw) {
      const fields = (raw ?? {}) as Record<string, unknown>;
      const given = fields[rule.versionField];
      if (given !== undefined && given !== named.version)
        throw preconditionFailed(
          `If-Match names version ${named.version}, but the body's ${rule.versionField} is ${JSON.stringify(given)}.`,
        );
      return { ...fields, [rule.versionField]: named.version };
    },
    async guard(write) {
      try {
        return await write();
      } catch (error) {
        // A clash on the version is the failed precondition; other conflicts keep their 409.
        if (error instanceof BluelampProblem && error.kind === 'conflict' && isAboutVersion(error))
          throw preconditionFailed(error.message, error.details);
        throw error;
      }
    },
  };
}

/**
 * Sets the headers the route table asks for on a successful JSON answer (ETag, Link, Location)
 * and gives the status: 201 for a create, otherwise the route's own.
 */
export function conventionalStatus(
  reply: FastifyReply,
  route: RouteDefinition,
  requestUrl: string,
  input: { readonly params: unknown; readonly query: unknown },
  result: unknown,
): number {
  const identity = route.etag?.(result, input.params) ?? null;
  if (identity !== null) void reply.header('etag', versionTag(identity));
  const next = route.nextCursor?.(result) ?? null;
  const limit = (input.query as { limit?: unknown } | undefined)?.limit;
  if (next !== null && typeof limit === 'number') void reply.header('link', nextPageLink(requestUrl, next, limit));
  if (route.created !== undefined) {
    void reply.header('location', route.created(result, input.params));
    return 201;
  }
  return route.status?.(result) ?? 200;
}
