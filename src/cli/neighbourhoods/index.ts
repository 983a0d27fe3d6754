import type { CommandRegistry } from '../registration.js';
import { neighbourhoodsCommand } from './neighbourhoods.js';

export function registerNeighbourhoodCommands({ program, output }: CommandRegistry): void {
  program.addCommand(neighbourhoodsCommand(output));
}
