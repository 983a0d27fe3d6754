import type { CommandRegistry } from '../registration.js';
import { prioritiesCommand } from './priorities.js';

export function registerPriorityCommands({ program, output }: CommandRegistry): void {
  program.addCommand(prioritiesCommand(output));
}
