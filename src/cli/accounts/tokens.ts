import { Command, InvalidArgumentError } from 'commander';
import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_MAX_DAYS } from '../../domain/accounts/index.js';
import type * as services from '../../services/index.js';
import { formatTable, printJson, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

// Loaded just before a command runs, so that building the program stays quick.
let createApiToken: typeof services.createApiToken;
let listApiTokens: typeof services.listApiTokens;
let revokeApiToken: typeof services.revokeApiToken;
async function loadServices(): Promise<void> {
  ({ createApiToken, listApiTokens, revokeApiToken } = await import('../../services/accounts/apiTokens.js'));
}

function wholeNumber(what: string) {
  return (text: string): number => {
    if (!/^\d+$/.test(text)) throw new InvalidArgumentError(`${what} must be a whole number.`);
    return Number(text);
  };
}

const day = (iso: string | null): string => (iso === null ? '' : iso.slice(0, 10));

function createCommand(output: Output): Command {
  return new Command('create')
    .description('make a read-only API token for a user; the secret is shown once and only its hash is kept')
    .requiredOption('--user <username>', 'whose token: it reads what they may read')
    .requiredOption('--name <name>', 'what uses it, e.g. "Power BI tracker"')
    .option(
      '--expires-in-days <days>',
      `how long it works (default ${API_TOKEN_DEFAULT_DAYS}, at most ${API_TOKEN_MAX_DAYS})`,
      wholeNumber('the number of days'),
    )
    .option('--json', 'print JSON (with the secret) instead of text')
    .hook('preAction', loadServices)
    .action(async (options: { user: string; name: string; expiresInDays?: number; json?: boolean }) => {
      const made = await withContext((ctx) =>
        createApiToken(ctx, { username: options.user, name: options.name, expiresInDays: options.expiresInDays }),
      );
      if (options.json === true) {
        printJson(output, made);
        return;
      }
      output.out(
        `Made API token ${made.token.id} ("${made.token.name}") for ${made.token.username}, ` +
          `working until ${day(made.token.expiresAt)}.`,
      );
      output.out(`Token (shown only now; send it as "Authorization: Bearer <token>"): ${made.secret}`);
    });
}

function listCommand(output: Output): Command {
  return new Command('list')
    .description("list a user's API tokens (never their secrets)")
    .requiredOption('--user <username>', 'whose tokens')
    .option('--json', 'print JSON instead of a table')
    .hook('preAction', loadServices)
    .action(async (options: { user: string; json?: boolean }) => {
      const tokens = await withContext((ctx) => listApiTokens(ctx, options.user));
      printListing(output, options.json, tokens, (list) =>
        list.length === 0
          ? `${options.user} has no API tokens.`
          : formatTable(
              ['Id', 'Name', 'State', 'Created', 'Expires', 'Last used'],
              list.map((t) => [
                String(t.id),
                t.name,
                t.state,
                day(t.createdAt),
                day(t.expiresAt),
                t.lastUsedAt === null ? 'never' : day(t.lastUsedAt),
              ]),
            ),
      );
    });
}

function revokeCommand(output: Output): Command {
  return new Command('revoke')
    .description('stop an API token working at once')
    .argument('<id>', 'the token\'s number, from "tokens list"', wholeNumber("the token's number"))
    .option('--reason <text>', 'why, for the audit trail')
    .hook('preAction', loadServices)
    .action(async (id: number, options: { reason?: string }) => {
      const token = await withContext((ctx) => revokeApiToken(ctx, id, options.reason));
      output.out(`Revoked API token ${token.id} ("${token.name}") of ${token.username}.`);
    });
}

export function tokensCommand(output: Output): Command {
  return new Command('tokens')
    .description("personal API tokens for analysts' tools: create, list and revoke (read-only, Bearer)")
    .addCommand(createCommand(output))
    .addCommand(listCommand(output))
    .addCommand(revokeCommand(output));
}
