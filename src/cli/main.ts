import { runCli } from './program.js';

const code = await runCli(process.argv.slice(2));
// A running server keeps the process alive; every other command ends here.
if (code !== 0) process.exit(code);
