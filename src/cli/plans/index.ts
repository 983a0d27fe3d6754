import type { CommandRegistry } from '../registration.js';
import { milestonesCommand } from './milestones.js';
import { narrativeCommand } from './narratives.js';
import { plansCommand } from './plans.js';

export function registerPlanCommands({ program, output }: CommandRegistry): void {
  program.addCommand(plansCommand(output)).addCommand(milestonesCommand(output).addCommand(narrativeCommand(output)));
}
