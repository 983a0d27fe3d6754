import type { CommandRegistry } from '../registration.js';
import { crimeDataCommand } from './crimeData.js';
import { importMpsBoroughCommand } from './importMpsBorough.js';
import { importPoliceUkCommand } from './importPoliceUk.js';
import { policeUkCommand } from './policeUk.js';

export function registerCrimeDataCommands({ program, importCommand, output }: CommandRegistry): void {
  importCommand.addCommand(importPoliceUkCommand(output)).addCommand(importMpsBoroughCommand(output));
  program.addCommand(policeUkCommand(output)).addCommand(crimeDataCommand(output));
}
