import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * An id a proxy or caller sent is kept when it is a short token of safe characters, so one
 * request can be followed from the load balancer's log into Bluelamp's; anything else (long,
 * spaces, control characters that could forge log lines) is replaced by a fresh UUID.
 */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function requestIdFor(incoming: string | string[] | undefined): string {
  const given = Array.isArray(incoming) ? incoming[0] : incoming;
  return given !== undefined && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** The route pattern a request matched, never its URL: bounded, and free of ids and tokens. */
export function routePattern(request: FastifyRequest): string {
  return request.routeOptions.url ?? 'unmatched';
}

/**
 * One access log line per request, at info (error when the answer failed to go out): method,
 * route pattern, status, duration and, through the logger's binding, the request id. Fastify's
 * own lines name the raw URL, which can hold a calendar feed's token; headers and cookies, which
 * carry sessions, are never logged.
 */
class AccessLog extends LogController {
  constructor() {
    super({ requestIdLogLabel: 'requestId' });
  }

  override incomingRequest(): void {
    // The completed line says everything; logging the start as well would double the volume.
  }

  override routeNotFound(): void {
    // The completed line names the route "unmatched" and the status 404.
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = {
      method: request.method,
      route: routePattern(request),
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request failed while answering');
    else reply.log.info(line, 'request completed');
  }
}

/** Fastify's own options: the id above on every request, and the access log. */
export function requestIdOptions(): {
  genReqId: (request: IncomingMessage) => string;
  logController: LogController;
} {
  return {
    genReqId: (request) => requestIdFor(request.headers[REQUEST_ID_HEADER]),
    logController: new AccessLog(),
  };
}

/** Echoes the request id on every answer, so a caller can quote it when reporting a problem. */
export function registerRequestIds(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
}
