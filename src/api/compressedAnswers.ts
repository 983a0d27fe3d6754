import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The content codings an answer is kept in besides itself (RFC 9110 §8.4.1). */
export type ContentCoding = 'br' | 'gzip' | 'identity';

/** An answer's bytes as they are, and compressed once, for as long as the answer is kept. */
export interface EncodedBody {
  readonly identity: Buffer;
  readonly br?: Buffer;
  readonly gzip?: Buffer;
}

/** Below this, compressing saves less than it costs: the headers alone are about as long. */
export const MIN_COMPRESSED_BYTES = 1024;

/**
 * Brotli quality 5 and gzip's default level: a 90 KB page takes about 1.5 ms and 1 ms, and
 * Brotli's top quality (11) saves another fifth of the bytes for 150 times the time, paid again
 * for every page each time the data's version changes.
 */
const BROTLI_QUALITY = 5;
const GZIP_LEVEL = 6;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Compresses a body in Brotli and gzip on libuv's threads, so the event loop keeps answering meanwhile. */
export async function encodeBody(body: string | Buffer): Promise<EncodedBody> {
  const identity = typeof body === 'string' ? Buffer.from(body) : body;
  if (identity.length < MIN_COMPRESSED_BYTES) return { identity };
  const [br, gz] = await Promise.all([
    brotli(identity, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
    gzip(identity, { level: GZIP_LEVEL }),
  ]);
  return { identity, br, gzip: gz };
}

/** Each coding's weight in an Accept-Encoding field; `*` stands for any coding not named. */
function weights(acceptEncoding: string): Map<string, number> {
  const named = new Map<string, number>();
  for (const element of acceptEncoding.split(',')) {
    const [coding = '', ...parameters] = element.split(';').map((part) => part.trim().toLowerCase());
    if (coding === '') continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    named.set(coding === 'x-gzip' ? 'gzip' : coding, Number.isFinite(weight) ? weight : 0);
  }
  return named;
}

/**
 * The coding to answer in (RFC 9110 §12.5.3): the compressed one the client weighs highest
 * (Brotli on a tie, being smaller), never one it weighs q=0, and the body as it is when it names
 * none, sends no Accept-Encoding, or prefers identity outright.
 */
export function chooseCoding(acceptEncoding: string | undefined, body: EncodedBody): ContentCoding {
  if (acceptEncoding === undefined || body.br === undefined) return 'identity';
  const named = weights(acceptEncoding);
  const any = named.get('*') ?? 0;
  let chosen: ContentCoding = 'identity';
  // Identity is acceptable unless refused, but only preferred when the client weighs it so.
  let best = named.get('identity') ?? 0;
  for (const coding of ['br', 'gzip'] as const) {
    const weight = named.get(coding) ?? any;
    if (weight > 0 && weight > best) {
      chosen = coding;
      best = weight;
    }
  }
  return chosen;
}

/**
 * The entity tag of one coding of an answer. A compressed answer is another representation with
 * other bytes, so a strong tag must differ from the identity one (RFC 9110 §8.8.3.3).
 */
export function codingTag(etag: string, coding: ContentCoding): string {
  if (coding === 'identity') return etag;
  return etag.replace(/"$/, `-${coding}"`);
}

function opaque(tag: string): string {
  return tag.trim().replace(/^W\//, '');
}

/**
 * If-None-Match uses the weak comparison (RFC 9110 §13.1.2): a tag matches whether or not either
 * side is marked weak (W/), as a proxy that compresses or changes the body marks it.
 */
export function holdsTag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const ours = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === ours);
}

/**
 * Sends a kept answer in the coding the request accepts, tagged for that coding, or 304 Not
 * Modified with the same tag to a client that holds it. Every answer says it varies by
 * Accept-Encoding, so a shared cache never hands Brotli to a client that did not ask for it.
 * Fastify sets Content-Length from the Buffer sent.
 */
export function sendEncoded(
  request: FastifyRequest,
  reply: FastifyReply,
  body: EncodedBody,
  etag: string | undefined,
): FastifyReply {
  const coding = chooseCoding(request.headers['accept-encoding'], body);
  void reply.header('vary', 'Accept-Encoding');
  const tag = etag === undefined ? undefined : codingTag(etag, coding);
  if (tag !== undefined) void reply.header('etag', tag);
  if (tag !== undefined && reply.statusCode === 200 && holdsTag(request.headers['if-none-match'], tag)) {
    return reply.code(304).send();
  }
  if (coding !== 'identity') void reply.header('content-encoding', coding);
  return reply.send(body[coding] ?? body.identity);
}
