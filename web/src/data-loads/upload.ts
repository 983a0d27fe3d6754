import { ApiError, type ErrorBody } from '../shared/client.js';

/** One problem of a file as the API names it: where it is, and what is wrong, in words. */
export interface FileProblem {
  readonly file: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly problem: string;
}

/**
 * Posts JSON as sendJson does, through XMLHttpRequest because fetch cannot report how much of a
 * large body has gone: `onSent` hears the share sent (0 to 1), then 1 once the server has it all.
 */
export function postWithProgress<T>(
  path: string,
  body: unknown,
  csrfToken: string,
  onSent: (share: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.withCredentials = true;
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('content-type', 'application/json');
    request.setRequestHeader('x-csrf-token', csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onSent(event.loaded / event.total);
    };
    request.upload.onload = () => {
      onSent(1);
    };
    request.onerror = () => {
      reject(new ApiError(0, 'The file could not be sent: check your connection and try again.'));
    };
    request.onload = () => {
      const answer = parsed(request.responseText);
      if (request.status >= 200 && request.status < 300) {
        resolve(answer as T);
        return;
      }
      const error = answer as ErrorBody | undefined;
      reject(
        new ApiError(
          request.status,
          error?.detail ?? `The server answered ${request.status}.`,
          error?.details,
          error?.field ?? null,
        ),
      );
    };
    request.send(JSON.stringify(body));
  });
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Where a problem is, as the reader looks for it in their spreadsheet: "posts.csv, row 3, column Borough". */
export function problemPlace(problem: FileProblem): string {
  const place = [problem.file];
  if (problem.row !== null) place.push(`row ${problem.row}`);
  if (problem.column !== null) place.push(`column ${problem.column}`);
  return place.join(', ');
}
