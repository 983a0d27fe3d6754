import type { CommandRegistry } from '../registration.js';
import { backupCommand, restoreCommand } from './backup.js';
import { dbCommand } from './db.js';
import { demoCommand } from './demo.js';
import { doctorCommand } from './doctor.js';
import { serveCommand } from './serve.js';

export function registerSystemCommands({ program, output }: CommandRegistry): void {
  for (const command of [serveCommand, dbCommand, demoCommand, doctorCommand, backupCommand, restoreCommand]) {
    program.addCommand(command(output));
  }
}
