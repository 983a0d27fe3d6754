/**
 * A ward-level MPS file in the current layout, the size of the real one (about 680 wards, 18,700
 * rows × 24 months), for the loading benchmark. The values come from a seeded generator and the
 * ward codes are made up in the ONS form; only the shape is real.
 */
import { MPS_CURRENT_NAMES } from '../demo/crimeTaxonomy.js';
import { demoOrganisation } from '../demo/organisation.js';

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** 24 month columns ending in the month given: ["202211", …, "202410"]. */
export function monthColumns(last: { year: number; month: number }, count = 24): string[] {
  return Array.from({ length: count }, (_, index) => {
    const back = count - 1 - index;
    const total = last.year * 12 + (last.month - 1) - back;
    return `${Math.floor(total / 12)}${String((total % 12) + 1).padStart(2, '0')}`;
  });
}

/** The text of the file: 21 wards per borough, each with most of the 33 current minor categories. */
export function syntheticWardFile(seed = 2024, months = monthColumns({ year: 2024, month: 10 })): string {
  const random = seeded(seed);
  const boroughs = demoOrganisation().units.filter((unit) => unit.kind === 'borough');
  const lines = [['MajorText', 'MinorText', 'WardName', 'WardCode', 'LookUp_BoroughName', ...months].join(',')];
  let code = 13_000;
  for (const borough of boroughs) {
    for (let ward = 1; ward <= 21; ward += 1) {
      code += 1;
      for (const [major, minor] of MPS_CURRENT_NAMES) {
        if (random() < 0.18) continue;
        const level = random() * 12;
        const values = months.map(() => String(Math.floor(random() * level)));
        lines.push(
          [
            major,
            minor,
            `${borough.name} ward ${ward}`,
            `E05${String(code).padStart(6, '0')}`,
            borough.name,
            ...values,
          ].join(','),
        );
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
