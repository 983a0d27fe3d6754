import fs from 'node:fs';

/**
 * The version in Bluelamp's package.json. The services report the same figure, but reading it
 * from them would load the database layer just to print `--version`.
 */
export function packageVersion(): string {
  // From src/cli (run by tsx) the package is two folders up; from dist/src/cli, three.
  for (const relative of ['../../package.json', '../../../package.json']) {
    const file = new URL(relative, import.meta.url);
    if (!fs.existsSync(file)) continue;
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (manifest.name === 'bluelamp' && manifest.version !== undefined) return manifest.version;
  }
  return '0.0.0';
}
