import type { CommandRegistry } from '../registration.js';
import { boardCommand } from './board.js';

export function registerBoardCommands({ program, output }: CommandRegistry): void {
  program.addCommand(boardCommand(output));
}
