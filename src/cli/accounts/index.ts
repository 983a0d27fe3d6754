import type { CommandRegistry } from '../registration.js';
import { usersCommand } from './users.js';

export function registerAccountCommands({ program, output }: CommandRegistry): void {
  program.addCommand(usersCommand(output));
}
