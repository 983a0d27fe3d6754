import { randomBytes } from 'node:crypto';
import { Command } from 'commander';
import { addUser, disableUser, listUsers, setUserRole } from '../../services/index.js';
import { formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

async function readFirstLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

interface AddOptions {
  role: string;
  name?: string;
  scope?: string[];
  passwordStdin?: boolean;
}

function addCommand(output: Output): Command {
  return new Command('add')
    .description('add a local account; without --password-stdin a strong password is made and shown once')
    .argument('<username>', 'the sign-in name, e.g. a.smith')
    .requiredOption('--role <role>', 'admin, performance, owner, reviewer or viewer')
    .option('--name <name>', 'the name shown in the app')
    .option('--scope <codes...>', 'organisational units an owner updates for, e.g. CN FP')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action(async (username: string, options: AddOptions) => {
      const generated = options.passwordStdin === true ? undefined : randomBytes(18).toString('base64url');
      const password = generated ?? (await readFirstLine(process.stdin));
      const user = await withContext((ctx) =>
        addUser(ctx, { username, role: options.role, displayName: options.name, scope: options.scope, password }),
      );
      output.out(
        `Added ${user.username} as ${user.role}${user.scope.length > 0 ? ` for ${user.scope.join(', ')}` : ''}.`,
      );
      if (generated !== undefined) output.out(`Password (shown only now): ${generated}`);
    });
}

function listCommand(output: Output): Command {
  return new Command('list')
    .description('list accounts')
    .option('--json', 'print JSON instead of a table')
    .action(async (options: { json?: boolean }) => {
      printListing(output, options.json, await withContext((ctx) => listUsers(ctx)), (users) =>
        formatTable(
          ['User', 'Name', 'Role', 'Scope', 'State'],
          users.map((u) => [u.username, u.displayName, u.role, u.scope.join(' '), u.disabled ? 'disabled' : 'active']),
        ),
      );
    });
}

export function usersCommand(output: Output): Command {
  return new Command('users')
    .description('accounts: add, list, disable, change roles')
    .addCommand(addCommand(output))
    .addCommand(listCommand(output))
    .addCommand(
      new Command('disable')
        .description('disable an account and end its sessions')
        .argument('<username>')
        .option('--reason <text>', 'why, for the audit trail')
        .action(async (username: string, options: { reason?: string }) => {
          const user = await withContext((ctx) => disableUser(ctx, username, options.reason));
          output.out(`Disabled ${user.username}; their sessions have ended.`);
        }),
    )
    .addCommand(
      new Command('set-role')
        .description("change an account's role and end its sessions")
        .argument('<username>')
        .argument('<role>', 'admin, performance, owner, reviewer or viewer')
        .option('--reason <text>', 'why, for the audit trail')
        .action(async (username: string, role: string, options: { reason?: string }) => {
          const user = await withContext((ctx) => setUserRole(ctx, username, role, options.reason));
          output.out(`${user.username} is now ${user.role}.`);
        }),
    );
}
