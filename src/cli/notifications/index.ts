import type { CommandRegistry } from '../registration.js';
import { notifyCommand } from './notify.js';

export function registerNotificationCommands({ program, output }: CommandRegistry): void {
  program.addCommand(notifyCommand(output));
}
