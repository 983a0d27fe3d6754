import type { CommandRegistry } from '../registration.js';
import { reportCommand } from './report.js';

export function registerPublishingCommands({ program, output }: CommandRegistry): void {
  program.addCommand(reportCommand(output));
}
