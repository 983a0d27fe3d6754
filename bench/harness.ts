/**
 * A benchmark compares a subject with a baseline measured in the same run, on the same
 * machine, interleaved round by round, so that the ratio means something on any machine.
 */
export interface Contender {
  readonly name: string;
  readonly run: () => unknown;
}

export interface Benchmark {
  readonly name: string;
  /** What the ratio should stay under; documented in the README, never asserted in a test. */
  readonly goal: string;
  readonly baseline: Contender;
  readonly subject: Contender;
  readonly setUp?: () => Promise<void>;
  readonly tearDown?: () => Promise<void>;
}

export interface Measurement {
  readonly benchmark: Benchmark;
  readonly baselineMicros: number;
  readonly subjectMicros: number;
}

async function timeOnce(contender: Contender, iterations: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) await contender.run();
  return Number(process.hrtime.bigint() - start) / 1000 / iterations;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Calibrates a round to about 50 ms, warms both up, then takes the median of interleaved rounds. */
export async function measure(benchmark: Benchmark, rounds = 15): Promise<Measurement> {
  await benchmark.setUp?.();
  try {
    let iterations = 1;
    while ((await timeOnce(benchmark.subject, iterations)) * iterations < 50_000 && iterations < 1_000_000) {
      iterations *= 2;
    }
    await timeOnce(benchmark.baseline, iterations);
    const baseline: number[] = [];
    const subject: number[] = [];
    for (let round = 0; round < rounds; round++) {
      baseline.push(await timeOnce(benchmark.baseline, iterations));
      subject.push(await timeOnce(benchmark.subject, iterations));
    }
    return { benchmark, baselineMicros: median(baseline), subjectMicros: median(subject) };
  } finally {
    await benchmark.tearDown?.();
  }
}

function micros(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} ms` : `${value.toFixed(2)} µs`;
}

export function formatMeasurements(measurements: readonly Measurement[]): string {
  const rows = measurements.map(({ benchmark, baselineMicros, subjectMicros }) => [
    benchmark.name,
    `${benchmark.baseline.name}: ${micros(baselineMicros)}`,
    `${benchmark.subject.name}: ${micros(subjectMicros)}`,
    `${(subjectMicros / baselineMicros).toFixed(2)}×`,
    benchmark.goal,
  ]);
  const headers = ['Benchmark', 'Baseline', 'Subject', 'Ratio', 'Goal'];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
