import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollUpProgress, type RollUpNode } from './rollUp.js';

const node = (id: number, milestoneStatuses: (string | null)[], children: RollUpNode[] = []): RollUpNode => ({
  id,
  milestoneStatuses,
  children,
});

describe('rolling progress up the plan tree', () => {
  const tree = node(
    1,
    ['delivered', null],
    [node(2, ['on-track', 'delivered'], [node(4, [null, 'some-delay'])]), node(3, [])],
  );

  it('gives each node the progress of its whole branch', () => {
    const progress = rollUpProgress([tree]);
    expect(progress.get(1)).toEqual({
      milestones: 6,
      byStatus: { delivered: 2, none: 2, 'on-track': 1, 'some-delay': 1 },
    });
    expect(progress.get(2)).toEqual({
      milestones: 4,
      byStatus: { delivered: 1, none: 1, 'on-track': 1, 'some-delay': 1 },
    });
    expect(progress.get(4)).toEqual({ milestones: 2, byStatus: { none: 1, 'some-delay': 1 } });
  });

  it('gives a node with no milestones anywhere below it a count of zero, not a missing entry', () => {
    expect(rollUpProgress([tree]).get(3)).toEqual({ milestones: 0, byStatus: {} });
  });

  it('counts milestones with no report yet as "none"', () => {
    expect(rollUpProgress([node(7, [null, null, null])]).get(7)).toEqual({ milestones: 3, byStatus: { none: 3 } });
  });

  it('keeps separate trees separate', () => {
    const progress = rollUpProgress([node(1, ['delivered']), node(2, ['missed'], [node(3, ['missed'])])]);
    expect(progress.get(1)).toEqual({ milestones: 1, byStatus: { delivered: 1 } });
    expect(progress.get(2)).toEqual({ milestones: 2, byStatus: { missed: 2 } });
    expect(progress.size).toBe(3);
  });

  it('gives nothing for a plan without nodes', () => {
    expect(rollUpProgress([]).size).toBe(0);
  });

  // Fails: byStatus is a plain object, so a code that names something every object inherits
  // ("constructor", "toString") starts from the inherited function instead of 0 and becomes a string.
  it('counts a status whose code is also the name of a built-in object property, such as "constructor"', () => {
    const progress = rollUpProgress([node(1, ['constructor', 'toString'], [node(2, ['constructor'])])]);
    expect(progress.get(1)).toEqual({ milestones: 3, byStatus: { constructor: 2, toString: 1 } });
  });
});

interface Shape {
  readonly statuses: (string | null)[];
  readonly children: Shape[];
}

const status = fc.constantFrom<string | null>(
  null,
  'delivered',
  'on-track',
  'some-delay',
  'not-started',
  'missed',
  'withdrawn',
);

const shape: fc.Arbitrary<Shape> = fc.letrec<{ node: Shape }>((tie) => ({
  node: fc.record({
    statuses: fc.array(status, { maxLength: 4 }),
    children: fc.oneof({ depthSize: 'small' }, fc.constant<Shape[]>([]), fc.array(tie('node'), { maxLength: 3 })),
  }),
})).node;

/** Numbers every node of a forest depth first, so that ids are unique across it. */
function numbered(shapes: readonly Shape[]): RollUpNode[] {
  let next = 1;
  const build = (s: Shape): RollUpNode => {
    const id = next++;
    return { id, milestoneStatuses: s.statuses, children: s.children.map(build) };
  };
  return shapes.map(build);
}

function allNodes(roots: readonly RollUpNode[]): RollUpNode[] {
  return roots.flatMap((root) => [root, ...allNodes(root.children)]);
}

function allStatuses(root: RollUpNode): (string | null)[] {
  return [...root.milestoneStatuses, ...root.children.flatMap(allStatuses)];
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe('roll-up properties', () => {
  it('counts as many milestones at each node as there are statuses in its branch, and splits them by status', () => {
    fc.assert(
      fc.property(fc.array(shape, { maxLength: 3 }), (shapes) => {
        const roots = numbered(shapes);
        const progress = rollUpProgress(roots);
        for (const n of allNodes(roots)) {
          const statuses = allStatuses(n);
          const p = progress.get(n.id)!;
          expect(p.milestones).toBe(statuses.length);
          expect(sum(Object.values(p.byStatus))).toBe(p.milestones);
          for (const code of new Set(statuses)) {
            expect(p.byStatus[code ?? 'none']).toBe(statuses.filter((s) => s === code).length);
          }
        }
      }),
    );
  });

  it('gives each node its own milestones plus the sum of its children’s, status by status', () => {
    fc.assert(
      fc.property(fc.array(shape, { minLength: 1, maxLength: 3 }), (shapes) => {
        const roots = numbered(shapes);
        const progress = rollUpProgress(roots);
        expect(progress.size).toBe(allNodes(roots).length);
        for (const n of allNodes(roots)) {
          const own = n.milestoneStatuses;
          const children = n.children.map((c) => progress.get(c.id)!);
          const p = progress.get(n.id)!;
          expect(p.milestones).toBe(own.length + sum(children.map((c) => c.milestones)));
          const codes = new Set([...own.map((s) => s ?? 'none'), ...children.flatMap((c) => Object.keys(c.byStatus))]);
          expect(new Set(Object.keys(p.byStatus))).toEqual(codes);
          for (const code of codes) {
            const ownCount = own.filter((s) => (s ?? 'none') === code).length;
            expect(p.byStatus[code]).toBe(ownCount + sum(children.map((c) => c.byStatus[code] ?? 0)));
          }
        }
      }),
    );
  });
});
