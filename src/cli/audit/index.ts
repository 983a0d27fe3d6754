import type { CommandRegistry } from '../registration.js';
import { auditCommand } from './audit.js';

export function registerAuditCommands({ program, output }: CommandRegistry): void {
  program.addCommand(auditCommand(output));
}
