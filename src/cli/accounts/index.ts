import type { CommandRegistry } from '../registration.js';
import { tokensCommand } from './tokens.js';
import { usersCommand } from './users.js';

export function registerAccountCommands({ program, output }: CommandRegistry): void {
  program.addCommand(usersCommand(output));
  program.addCommand(tokensCommand(output));
}
