import { runCli } from './program.js';

// A reader that stops early (`bluelamp police-uk slices | head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await runCli(process.argv.slice(2));
// A running server keeps the process alive; every other command ends here.
if (code !== 0) process.exit(code);
