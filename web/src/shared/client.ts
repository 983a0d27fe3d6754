/** The web app's only way to the data: the Bluelamp HTTP API. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    message: string,
    /** What the server says the caller needs to recover, such as the current version after a conflict. */
    readonly details: Record<string, string | number | null> = {},
    /** The request field the problem is about, such as "due" or "evidence[0].url", when the server names one. */
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

/** A refusal as the API sends it: an RFC 9457 problem (application/problem+json), read loosely. */
export interface ErrorBody {
  type?: string;
  title?: string;
  detail?: string;
  details?: Record<string, string | number | null>;
  field?: string;
}

export async function getJson<T>(path: string, query: Record<string, string | undefined> = {}): Promise<T> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') search.set(key, value);
  const url = search.size > 0 ? `${path}?${search.toString()}` : path;
  const response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as ErrorBody;
    throw new ApiError(response.status, body.detail ?? `The server answered ${response.status}.`);
  }
  return (await response.json()) as T;
}

/** Sends a change as JSON, with the session's CSRF token when there is one. */
export async function sendJson<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  csrfToken?: string,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken !== undefined) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    const answer = (await response.json().catch(() => ({}))) as ErrorBody;
    throw new ApiError(
      response.status,
      answer.detail ?? `The server answered ${response.status}.`,
      answer.details,
      answer.field ?? null,
    );
  }
  return (await response.json()) as T;
}
