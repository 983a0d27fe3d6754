import type { CommandRegistry } from '../registration.js';
import { measureImportCommands } from './importMeasureData.js';
import { measuresCommand } from './measures.js';
import { groupGapCommands } from './groupGaps.js';

export function registerMeasureCommands({ program, importCommand, output }: CommandRegistry): void {
  const measures = measuresCommand(output);
  for (const command of groupGapCommands(output)) measures.addCommand(command);
  program.addCommand(measures);
  for (const kind of measureImportCommands(output)) importCommand.addCommand(kind);
}
