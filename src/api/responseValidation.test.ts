import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineRoute } from './route.js';
import { responseMismatch } from './responseValidation.js';

const routeAnswering = (response: z.ZodType) =>
  defineRoute({
    method: 'GET',
    url: '/api/things/:id',
    operationId: 'getThing',
    summary: 'A thing',
    tag: 'Test',
    access: 'public',
    response,
    handler: () => null,
  });

const thing = z.object({
  name: z.string(),
  seenAt: z.string(),
  parts: z.array(z.object({ size: z.number() })),
  owner: z.union([z.object({ kind: z.literal('unit'), code: z.string() }), z.null()]),
});

describe('checking an answer against its response schema', () => {
  it('is on in every test, as vitest.config.ts sets it', () => {
    expect(process.env.BLUELAMP_VALIDATE_RESPONSES).toBe('1');
  });

  it('accepts an answer as it goes out on the wire, dates as strings and undefined fields gone', () => {
    const answer = { name: 'A', seenAt: new Date('2020-01-01'), parts: [{ size: 1 }], owner: null, gone: undefined };
    expect(responseMismatch(routeAnswering(thing), answer, '/api/things/1')).toBeNull();
  });

  it('answers a 500 problem naming the route and the path of each wrong field', () => {
    const answer = { name: 1, seenAt: 'x', parts: [{ size: 1 }, { size: '2' }], owner: { kind: 'unit', code: 7 } };
    expect(responseMismatch(routeAnswering(thing), answer, '/api/things/1')).toEqual({
      type: '/problems/invalid-response',
      title: 'The answer does not match its schema',
      status: 500,
      detail:
        'GET /api/things/:id answered JSON that does not match its response schema at name, parts.1.size, owner.code.',
      instance: '/api/things/1',
      details: {
        name: 'Invalid input: expected string, received number',
        'parts.1.size': 'Invalid input: expected number, received string',
        'owner.code': 'Invalid input: expected string, received number',
      },
    });
  });

  it('names fields the schema does not declare, which the document and the types would hide', () => {
    const answer = { name: 'A', seenAt: 'x', parts: [{ size: 1, colour: 'red' }], owner: null, secret: 's' };
    expect(responseMismatch(routeAnswering(thing), answer, '/api/things/1')?.details).toEqual({
      'parts.0.colour': 'not declared',
      secret: 'not declared',
    });
  });
});
