import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyReply } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { AnswerCache, madeByAnother, type SharedAnswers } from './answerCache.js';

/** A real server whose requests wait until the test lets each go on, as a request waits on the database. */
const arrived: { response: http.ServerResponse; goOn: () => void }[] = [];
const server = http.createServer((_request, response) => {
  arrived.push({ response, goOn: () => response.end('made') });
});
afterAll(() => {
  server.close();
});

function listening(): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve((server.address() as AddressInfo).port);
    }),
  );
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

const asReply = (response: http.ServerResponse) => ({ raw: response }) as unknown as FastifyReply;

describe('waiting for another request to make an answer', () => {
  it('never waits on a request whose browser left before it began making the answer', async () => {
    const port = await listening();
    const answers: SharedAnswers = { cache: new AnswerCache(10, 1 << 20), making: new Map() };
    const left = http.get({ port, path: '/' });
    left.on('error', () => undefined);
    await until(() => arrived.length === 1);
    const first = arrived[0]!;
    left.destroy();
    await until(() => first.response.destroyed);
    // The request left while it read the data's version; now it would make the answer.
    expect(await madeByAnother(answers, 'v1 /page', asReply(first.response))).toBe(false);
    expect(answers.making.has('v1 /page')).toBe(false);

    const next = http.get({ port, path: '/' });
    next.on('error', () => undefined);
    await until(() => arrived.length === 2);
    const second = arrived[1]!;
    expect(await madeByAnother(answers, 'v1 /page', asReply(second.response))).toBe(false);
    expect(answers.making.has('v1 /page')).toBe(true);
    const third = madeByAnother(answers, 'v1 /page', asReply(second.response));
    second.goOn();
    expect(await third).toBe(true);
    expect(answers.making.has('v1 /page')).toBe(false);
    next.destroy();
  });
});
