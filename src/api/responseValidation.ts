import type { z } from 'zod';
import { problemOf } from './errors.js';
import type { RouteDefinition } from './route.js';
import type { ErrorBody } from './schemas.js';

/** Enough issues to find the fault without burying it. */
const MAX_ISSUES = 10;

function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.');
}

/** A union's own issue says only "Invalid input"; the branch that came closest says why. */
function innermost(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
  const first = closest[0];
  return first === undefined ? issue : innermost({ ...first, path: [...issue.path, ...first.path] });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isRecord = (value: unknown): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Fields the answer has and the schema does not declare: zod's parse drops them, and the document
 * says such objects have no other fields, so a reader of the types would never know they exist.
 */
function undeclaredKeys(sent: Json, parsed: unknown, path: string[] = []): string[] {
  if (Array.isArray(sent) && Array.isArray(parsed)) {
    return sent.flatMap((item, index) => undeclaredKeys(item, parsed[index], [...path, String(index)]));
  }
  if (!isRecord(sent) || !isRecord(parsed)) return [];
  return Object.entries(sent).flatMap(([key, value]) =>
    key in parsed ? undeclaredKeys(value, parsed[key], [...path, key]) : [[...path, key].join('.')],
  );
}

function issueDetails(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  return Object.fromEntries(
    issues.slice(0, MAX_ISSUES).map((issue) => [issuePath(innermost(issue)), innermost(issue).message]),
  );
}

/**
 * Checks an answer against the route's declared response schema, as JSON on the wire (dates as
 * strings, undefined fields gone), so the OpenAPI document and the types built from it can be
 * trusted. Null when it matches; otherwise the 500 to send instead, for the request at instance.
 */
export function responseMismatch(route: RouteDefinition, result: unknown, instance: string): ErrorBody | null {
  const sent = (result === undefined ? undefined : JSON.parse(JSON.stringify(result))) as Json;
  const checked = route.response.safeParse(sent);
  const details = checked.success
    ? Object.fromEntries(
        undeclaredKeys(sent, checked.data)
          .slice(0, MAX_ISSUES)
          .map((path) => [path, 'not declared']),
      )
    : issueDetails(checked.error.issues);
  if (Object.keys(details).length === 0) return null;
  const detail = `${route.method} ${route.url} answered JSON that does not match its response schema at ${Object.keys(details).join(', ')}.`;
  return problemOf('invalid-response', { detail, instance, details });
}
