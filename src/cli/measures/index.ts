import type { CommandRegistry } from '../registration.js';
import { measureImportCommands } from './importMeasureData.js';
import { measuresCommand } from './measures.js';

export function registerMeasureCommands({ program, importCommand, output }: CommandRegistry): void {
  program.addCommand(measuresCommand(output));
  for (const kind of measureImportCommands(output)) importCommand.addCommand(kind);
}
