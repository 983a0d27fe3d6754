import type { RouteDefinition } from './route.js';

/**
 * What the route table's conventions add to an operation in the OpenAPI document: the headers a
 * success carries (Location on a create, Link on a paged list, ETag on a versioned resource) and
 * the If-Match a versioned write accepts. Kept beside routeConventions.ts, which sends them.
 */

const header = (description: string, schema: Record<string, unknown> = { type: 'string' }) => ({ description, schema });

/** The status a success answers with: 201 for a create. */
export const successStatus = (route: RouteDefinition): 200 | 201 => (route.created === undefined ? 200 : 201);

/** A success response with the headers it answers with, if the route sends any. */
export function withSuccessHeaders(route: RouteDefinition, success: Record<string, unknown>): Record<string, unknown> {
  const headers: Record<string, unknown> = {};
  if (route.created !== undefined)
    headers.Location = header('Where the new thing is read, relative to this server.', {
      type: 'string',
      format: 'uri-reference',
    });
  if (route.nextCursor !== undefined)
    headers.Link = header(
      'The next page, as <address>; rel="next" with the same filters, a cursor and the limit; absent on the last page.',
    );
  if (route.etag !== undefined)
    headers.ETag = header(
      'The resource and its version; send it back as If-Match to write only if nobody has changed it since.',
    );
  return Object.keys(headers).length === 0 ? success : { ...success, headers };
}

/** The If-Match header a versioned write accepts, as an operation parameter. */
export function conventionParameters(route: RouteDefinition): Record<string, unknown>[] {
  if (route.ifMatch === undefined) return [];
  return [
    {
      name: 'If-Match',
      in: 'header',
      required: false,
      description:
        `The ETag the resource was read with: the write is refused with 412 if it is no longer current. ` +
        `It stands for the body's ${route.ifMatch.versionField}, which still works without it.`,
      schema: { type: 'string' },
    },
  ];
}
