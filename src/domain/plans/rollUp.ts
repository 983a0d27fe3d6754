/** A plan node with the latest status code of each milestone directly under it. */
export interface RollUpNode {
  readonly id: number;
  readonly children: readonly RollUpNode[];
  /** One entry per milestone: its latest status code, or null if nothing has been reported. */
  readonly milestoneStatuses: readonly (string | null)[];
}

export interface Progress {
  readonly milestones: number;
  /** Milestones by latest status code; "none" counts those with no report yet. */
  readonly byStatus: Readonly<Record<string, number>>;
}

/** Adds up the milestones under every node, so that each node shows the progress of its whole branch. */
export function rollUpProgress(roots: readonly RollUpNode[]): Map<number, Progress> {
  const result = new Map<number, Progress>();
  const visit = (node: RollUpNode): Progress => {
    // A Map, so that a status code such as "constructor" cannot meet an inherited property.
    const tally = new Map<string, number>();
    let milestones = 0;
    const add = (code: string, count: number): void => {
      tally.set(code, (tally.get(code) ?? 0) + count);
    };
    for (const status of node.milestoneStatuses) {
      milestones += 1;
      add(status ?? 'none', 1);
    }
    for (const child of node.children) {
      const progress = visit(child);
      milestones += progress.milestones;
      for (const [code, count] of Object.entries(progress.byStatus)) add(code, count);
    }
    const progress = { milestones, byStatus: Object.fromEntries(tally) };
    result.set(node.id, progress);
    return progress;
  };
  roots.forEach(visit);
  return result;
}
