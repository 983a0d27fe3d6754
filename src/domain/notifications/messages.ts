import { formatLongDate, type IsoDate } from '../calendar/index.js';
import type { Reminder, ReminderKind } from './reminders.js';

export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface Recipient {
  readonly displayName: string;
  readonly email: string;
}

/** The sentence that opens a reminder of each kind, in our own words. */
const LEADS: Readonly<Record<ReminderKind, string>> = {
  'due-soon': 'Due within 7 days',
  'due-today': 'Due today',
  overdue: 'Overdue',
  returned: 'Returned to you',
  'to-review': 'Waiting for your review',
  'to-decide': 'Evidence waiting for your decision',
};

/** The link to a page of the web app, from the public address it is served at. */
export function linkTo(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function whenText(reminder: Reminder): string | null {
  return reminder.item.deadline === null ? null : `Deadline: ${formatLongDate(reminder.item.deadline)}`;
}

function textBlock(reminder: Reminder, publicUrl: string): string {
  const lines = [`${LEADS[reminder.kind]}: ${reminder.item.title}`];
  const when = whenText(reminder);
  if (when !== null) lines.push(when);
  if (reminder.item.comment !== null) lines.push(`Reviewer's comment: ${reminder.item.comment}`);
  lines.push(`Open it: ${linkTo(publicUrl, reminder.item.path)}`);
  return lines.join('\n');
}

function htmlBlock(reminder: Reminder, publicUrl: string): string {
  const when = whenText(reminder);
  const url = escapeHtml(linkTo(publicUrl, reminder.item.path));
  return [
    `<h2 style="font-size:19px;margin:24px 0 8px">${escapeHtml(LEADS[reminder.kind])}</h2>`,
    `<p style="margin:0 0 8px"><a href="${url}">${escapeHtml(reminder.item.title)}</a></p>`,
    when === null ? '' : `<p style="margin:0 0 8px">${escapeHtml(when)}</p>`,
    reminder.item.comment === null
      ? ''
      : `<p style="margin:0 0 8px">Reviewer's comment: ${escapeHtml(reminder.item.comment)}</p>`,
  ].join('');
}

function subjectOf(reminders: readonly Reminder[], on: IsoDate): string {
  const [only] = reminders;
  if (reminders.length === 1 && only !== undefined) return `${LEADS[only.kind]}: ${only.item.title}`;
  return `Bluelamp: ${reminders.length} reminders for ${formatLongDate(on)}`;
}

/**
 * One message: a single reminder, or a day's digest of several. Plain text and simple HTML say
 * the same, each with a link to the page where the work is done and one to change the reminders.
 */
export function composeMessage(
  recipient: Recipient,
  reminders: readonly Reminder[],
  on: IsoDate,
  publicUrl: string,
): MailMessage {
  const settings = linkTo(publicUrl, '/account/notifications');
  const opening =
    reminders.length === 1 ? 'Bluelamp has a reminder for you.' : `Bluelamp has ${reminders.length} reminders for you.`;
  const footer = `You get these reminders because you have work in Bluelamp. Choose which ones you get, and how: ${settings}`;
  const text = [
    `Hello ${recipient.displayName},`,
    opening,
    ...reminders.map((r) => textBlock(r, publicUrl)),
    footer,
  ].join('\n\n');
  const html = [
    '<!doctype html><html lang="en"><body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c">',
    `<p>Hello ${escapeHtml(recipient.displayName)},</p>`,
    `<p>${escapeHtml(opening)}</p>`,
    ...reminders.map((r) => htmlBlock(r, publicUrl)),
    `<p style="margin-top:32px;color:#505a5f">You get these reminders because you have work in Bluelamp. `,
    `<a href="${escapeHtml(settings)}">Choose which ones you get, and how</a>.</p>`,
    '</body></html>',
  ].join('');
  return { to: recipient.email, subject: subjectOf(reminders, on), text, html };
}
