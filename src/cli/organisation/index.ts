import type { CommandRegistry } from '../registration.js';
import { orgCommand } from './org.js';

export function registerOrganisationCommands({ program, output }: CommandRegistry): void {
  program.addCommand(orgCommand(output));
}
