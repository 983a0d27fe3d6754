import zlib from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MIN_COMPRESSED_BYTES,
  chooseCoding,
  codingTag,
  encodeBody,
  holdsTag,
  sendEncoded,
  type EncodedBody,
} from './compressedAnswers.js';

const PAGE = `<table>${'<tr><td class="govuk-table__cell">2008-01</td><td>8,839</td></tr>'.repeat(200)}</table>`;

describe('encoding an answer once', () => {
  it('keeps Brotli and gzip copies that decompress to exactly the answer', async () => {
    const body = await encodeBody(PAGE);
    expect(body.identity.toString()).toBe(PAGE);
    expect(zlib.brotliDecompressSync(body.br ?? Buffer.alloc(0)).toString()).toBe(PAGE);
    expect(zlib.gunzipSync(body.gzip ?? Buffer.alloc(0)).toString()).toBe(PAGE);
    expect(body.br?.length).toBeLessThan(PAGE.length / 10);
  });

  it('does not compress an answer too short to gain from it', async () => {
    const body = await encodeBody('x'.repeat(MIN_COMPRESSED_BYTES - 1));
    expect(body.br).toBeUndefined();
    expect(body.gzip).toBeUndefined();
  });
});

describe('choosing the coding a request accepts', () => {
  let body: EncodedBody;
  beforeAll(async () => {
    body = await encodeBody(PAGE);
  });

  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['x-gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['BR;Q=0, GZIP;Q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['identity', 'identity'],
    ['identity;q=1, br;q=0.5', 'identity'],
    ['deflate', 'identity'],
    ['', 'identity'],
  ] as const)('answers "%s" in %s', (acceptEncoding, coding) => {
    expect(chooseCoding(acceptEncoding, body)).toBe(coding);
  });

  it('answers in identity when the request names no coding, or the answer was not compressed', async () => {
    expect(chooseCoding(undefined, body)).toBe('identity');
    expect(chooseCoding('br', await encodeBody('short'))).toBe('identity');
  });
});

describe('entity tags of the codings', () => {
  it('gives each compressed coding a tag of its own, so a strong tag names one set of bytes', () => {
    expect(codingTag('"abc"', 'identity')).toBe('"abc"');
    expect(codingTag('"abc"', 'br')).toBe('"abc-br"');
    expect(codingTag('"abc"', 'gzip')).toBe('"abc-gzip"');
    expect(codingTag('W/"abc"', 'br')).toBe('W/"abc-br"');
  });

  it('compares If-None-Match weakly: a tag a proxy marked weak still matches, another coding does not', () => {
    expect(holdsTag('W/"abc-br"', '"abc-br"')).toBe(true);
    expect(holdsTag('"x", "abc-br"', '"abc-br"')).toBe(true);
    expect(holdsTag('*', '"abc"')).toBe(true);
    expect(holdsTag('"abc"', '"abc-br"')).toBe(false);
    expect(holdsTag('"abc-br"', '"abc"')).toBe(false);
    expect(holdsTag(undefined, '"abc"')).toBe(false);
  });
});

describe('sending a kept answer', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const body = await encodeBody(PAGE);
    app = Fastify();
    app.get('/page', (request, reply) => sendEncoded(request, reply.type('text/html'), body, '"page"'));
    app.get('/missing', (request, reply) => sendEncoded(request, reply.code(404).type('text/html'), body, '"page"'));
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });
  const get = (url: string, headers: Record<string, string>) => app.inject({ method: 'GET', url, headers });

  it('sends Brotli with its own tag, its own length and Vary, and identity to a client that asks for none', async () => {
    const br = await get('/page', { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.etag).toBe('"page-br"');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.rawPayload.length);
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(PAGE);
    const plain = await get('/page', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.etag).toBe('"page"');
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body).toBe(PAGE);
  });

  it('answers 304 with the tag of the coding the client holds, and the whole answer to one holding another', async () => {
    const held = await get('/page', { 'accept-encoding': 'gzip', 'if-none-match': 'W/"page-gzip"' });
    expect(held.statusCode).toBe(304);
    expect(held.headers.etag).toBe('"page-gzip"');
    expect(held.headers.vary).toBe('Accept-Encoding');
    expect(held.body).toBe('');
    const other = await get('/page', { 'accept-encoding': 'gzip', 'if-none-match': '"page"' });
    expect(other.statusCode).toBe(200);
    expect(zlib.gunzipSync(other.rawPayload).toString()).toBe(PAGE);
  });

  it('never answers 304 to an answer that is not a success', async () => {
    const missing = await get('/missing', { 'if-none-match': '*' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toBe(PAGE);
  });
});
