import { runCli } from '../../src/cli/program.js';

/** Runs the bluelamp command in-process, collecting what it prints. */
export async function runBluelamp(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
