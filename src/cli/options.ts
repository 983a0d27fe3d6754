import { InvalidArgumentError } from 'commander';
import { parseIsoDate } from '../domain/calendar/dates.js';
import type { IsoDate } from '../domain/calendar/index.js';

export function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    throw new InvalidArgumentError('the port must be a whole number from 1 to 65535.');
  }
  return port;
}

export function parseDateOption(text: string): IsoDate {
  const date = parseIsoDate(text);
  if (date === null)
    throw new InvalidArgumentError('the date must be a real date written YYYY-MM-DD, e.g. 2018-05-15.');
  return date;
}
