import { randomBytes } from 'node:crypto';
import { Command } from 'commander';
import { BluelampProblem } from '../../domain/errors.js';
import type * as services from '../../services/index.js';
import { formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';
import { setEmailCommand } from '../notifications/setEmail.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let addUser: typeof services.addUser;
let disableUser: typeof services.disableUser;
let enableUser: typeof services.enableUser;
let listUsers: typeof services.listUsers;
let resetUserPassword: typeof services.resetUserPassword;
let setUserRole: typeof services.setUserRole;
let setUserSsoEmail: typeof services.setUserSsoEmail;
async function loadServices(): Promise<void> {
  ({ addUser } = await import('../../services/accounts/addUser.js'));
  ({ disableUser } = await import('../../services/accounts/disableUser.js'));
  ({ enableUser } = await import('../../services/accounts/enableUser.js'));
  ({ listUsers } = await import('../../services/accounts/listUsers.js'));
  ({ resetUserPassword } = await import('../../services/accounts/resetUserPassword.js'));
  ({ setUserRole } = await import('../../services/accounts/setUserRole.js'));
  ({ setUserSsoEmail } = await import('../../services/accounts/setUserSsoEmail.js'));
}

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
  ssoEmail?: string;
  email?: string;
}

function addCommand(output: Output): Command {
  return new Command('add')
    .description('add a local account; without --password-stdin a strong password is made and shown once')
    .argument('<username>', 'the sign-in name, e.g. a.smith')
    .requiredOption('--role <role>', 'admin, performance, owner, reviewer or viewer')
    .option('--name <name>', 'the name shown in the app')
    .option('--scope <codes...>', 'organisational units an owner updates for, e.g. CN FP')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .option(
      '--sso-email <address>',
      'mark for single sign-on as this address (then no password unless --password-stdin)',
    )
    .option('--email <address>', 'where reminders are sent')
    .hook('preAction', loadServices)
    .action(async (username: string, options: AddOptions) => {
      const stdin = options.passwordStdin === true;
      const generated = stdin || options.ssoEmail !== undefined ? undefined : randomBytes(18).toString('base64url');
      const password = stdin ? await readFirstLine(process.stdin) : generated;
      const user = await withContext((ctx) =>
        addUser(ctx, {
          username,
          role: options.role,
          displayName: options.name,
          scope: options.scope,
          password,
          ssoEmail: options.ssoEmail,
          email: options.email,
        }),
      );
      output.out(
        `Added ${user.username} as ${user.role}${user.scope.length > 0 ? ` for ${user.scope.join(', ')}` : ''}.`,
      );
      if (user.ssoEmail !== null) output.out(`Signs in through single sign-on as ${user.ssoEmail}.`);
      if (generated !== undefined) output.out(`Password (shown only now): ${generated}`);
    });
}

function listCommand(output: Output): Command {
  return new Command('list')
    .description('list accounts')
    .option('--json', 'print JSON instead of a table')
    .hook('preAction', loadServices)
    .action(async (options: { json?: boolean }) => {
      printListing(output, options.json, await withContext((ctx) => listUsers(ctx)), (users) =>
        formatTable(
          ['User', 'Name', 'Role', 'Scope', 'State', 'Single sign-on'],
          users.map((u) => [
            u.username,
            u.displayName,
            u.role,
            u.scope.join(' '),
            u.disabled ? 'disabled' : 'active',
            u.ssoEmail === null ? '' : `${u.ssoEmail}${u.ssoLinked ? ' (linked)' : ''}`,
          ]),
        ),
      );
    });
}

function resetPasswordCommand(output: Output): Command {
  return new Command('reset-password')
    .description('set a new password, made and shown once unless read from standard input; sessions end')
    .argument('<username>')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .option('--reason <text>', 'why, for the audit trail')
    .hook('preAction', loadServices)
    .action(async (username: string, options: { passwordStdin?: boolean; reason?: string }) => {
      const password = options.passwordStdin === true ? await readFirstLine(process.stdin) : undefined;
      const reset = await withContext((ctx) => resetUserPassword(ctx, { username, password, reason: options.reason }));
      output.out(`Set a new password for ${reset.user.username}; their sessions have ended.`);
      if (reset.generatedPassword !== null) output.out(`Password (shown only now): ${reset.generatedPassword}`);
    });
}

function setSsoEmailCommand(output: Output): Command {
  return new Command('set-sso-email')
    .description('mark an account for single sign-on with the address the identity provider vouches for')
    .argument('<username>')
    .argument('[address]', 'the e-mail address the provider knows the person by')
    .option('--none', 'take the mark away: the account no longer signs in through single sign-on')
    .option('--reason <text>', 'why, for the audit trail')
    .hook('preAction', loadServices)
    .action(async (username: string, address: string | undefined, options: { none?: boolean; reason?: string }) => {
      if ((address === undefined) === (options.none !== true)) {
        throw new BluelampProblem('invalid-input', 'Give either an e-mail address or --none.');
      }
      const user = await withContext((ctx) => setUserSsoEmail(ctx, username, address ?? null, options.reason));
      output.out(
        user.ssoEmail === null
          ? `${user.username} no longer signs in through single sign-on.`
          : `${user.username} signs in through single sign-on as ${user.ssoEmail}, linked at their next sign-in.`,
      );
    });
}

export function usersCommand(output: Output): Command {
  return new Command('users')
    .description('accounts: add, list, disable and enable, change roles, reset passwords, single sign-on')
    .addCommand(addCommand(output))
    .addCommand(listCommand(output))
    .addCommand(
      new Command('disable')
        .description('disable an account and end its sessions')
        .argument('<username>')
        .option('--reason <text>', 'why, for the audit trail')
        .hook('preAction', loadServices)
        .action(async (username: string, options: { reason?: string }) => {
          const user = await withContext((ctx) => disableUser(ctx, username, options.reason));
          output.out(`Disabled ${user.username}; their sessions have ended.`);
        }),
    )
    .addCommand(
      new Command('enable')
        .description('let a disabled account sign in again')
        .argument('<username>')
        .option('--reason <text>', 'why, for the audit trail')
        .hook('preAction', loadServices)
        .action(async (username: string, options: { reason?: string }) => {
          const user = await withContext((ctx) => enableUser(ctx, username, options.reason));
          output.out(`Enabled ${user.username}; they can sign in again.`);
        }),
    )
    .addCommand(resetPasswordCommand(output))
    .addCommand(setSsoEmailCommand(output))
    .addCommand(setEmailCommand(output))
    .addCommand(
      new Command('set-role')
        .description("change an account's role and end its sessions")
        .argument('<username>')
        .argument('<role>', 'admin, performance, owner, reviewer or viewer')
        .option('--reason <text>', 'why, for the audit trail')
        .hook('preAction', loadServices)
        .action(async (username: string, role: string, options: { reason?: string }) => {
          const user = await withContext((ctx) => setUserRole(ctx, username, role, options.reason));
          output.out(`${user.username} is now ${user.role}.`);
        }),
    );
}
