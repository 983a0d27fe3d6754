import type { CommandRegistry } from '../registration.js';
import { risksCommand } from './risks.js';

export function registerRiskCommands({ program, output }: CommandRegistry): void {
  program.addCommand(risksCommand(output));
}
