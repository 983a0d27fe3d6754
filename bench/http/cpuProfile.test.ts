import { describe, expect, it } from 'vitest';
import { codeOf, profileTables, summariseCpuProfile } from './cpuProfile.js';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });

describe('where a CPU profile says the server spent its time', () => {
  it("names a frame's code by package, Node.js module, Bluelamp folder or V8's own entries", () => {
    expect(codeOf(frame('route', '/srv/bluelamp/node_modules/find-my-way/index.js'))).toBe('find-my-way');
    expect(codeOf(frame('x', 'file:///srv/node_modules/@fastify/compress/index.js'))).toBe('@fastify/compress');
    expect(codeOf(frame('writeGeneric', 'node:internal/stream_base_commons'))).toBe(
      'Node.js internal/stream_base_commons',
    );
    expect(codeOf(frame('answer', 'file:///srv/bluelamp/dist/src/api/compressedAnswers.js'))).toBe(
      'Bluelamp src/api/compressedAnswers',
    );
    expect(codeOf(frame('renderToString', 'file:///srv/bluelamp/dist/web-server/publicServer.js'))).toBe(
      'Bluelamp web-server bundle (React rendering of public pages)',
    );
    expect(codeOf(frame('(garbage collector)'))).toBe('V8 garbage collection');
    expect(codeOf(frame('stringify'))).toBe('V8 built-ins');
  });

  it("adds each sample's time to its own frame only, leaving out the root, and ranks the largest first", () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)') },
        { id: 2, callFrame: frame('handle', 'file:///b/dist/src/api/server.js', 9) },
        { id: 3, callFrame: frame('(garbage collector)') },
        { id: 4, callFrame: frame('lookup', 'file:///b/node_modules/find-my-way/index.js', 40) },
      ],
      samples: [1, 2, 4, 4, 3, 2],
      timeDeltas: [5000, 1000, 2000, 3000, 4000, 2000],
    };
    const summary = summariseCpuProfile(profile);
    expect(summary.totalMilliseconds).toBe(12);
    expect(summary.byCode.map((row) => [row.name, row.milliseconds])).toEqual([
      ['find-my-way', 5],
      ['V8 garbage collection', 4],
      ['Bluelamp src/api/server', 3],
    ]);
    expect(summary.byFunction[0]).toEqual({
      name: 'lookup (find-my-way/index.js:41)',
      milliseconds: 5,
      share: 5 / 12,
    });
    expect(profileTables(summary)).toContain('| find-my-way | 5 ms | 41.7% |');
  });
});
