import { releasePrintingBrowsers } from '../services/publishing/printing.js';
import { runCli } from './program.js';

// A reader that stops early (`bluelamp police-uk slices | head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await runCli(process.argv.slice(2));
// A command that printed leaves Chromium warm for a next print that will not come; a server's
// prints start after this and keep theirs.
await releasePrintingBrowsers();
// A running server keeps the process alive; every other command ends here.
if (code !== 0) process.exit(code);
