import type { CommandRegistry } from '../registration.js';
import { findingsCommand, inspectionsCommand } from './inspections.js';

export function registerInspectionCommands({ program, output }: CommandRegistry): void {
  program.addCommand(inspectionsCommand(output)).addCommand(findingsCommand(output));
}
