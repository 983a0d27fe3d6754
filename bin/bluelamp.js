#!/usr/bin/env node
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!fs.existsSync(fileURLToPath(entry))) {
  process.stderr.write(
    'bluelamp: the app is not built yet. Run "npm run build" in the Bluelamp folder first (npm start builds it too).\n',
  );
  process.exit(1);
}
await import(entry.href);
