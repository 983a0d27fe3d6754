import { addDays, type IsoDate } from '../calendar/index.js';

/** One all-day entry of a calendar feed. */
export interface CalendarEntry {
  /** Stable across fetches, so a calendar updates the entry rather than adding another. */
  readonly uid: string;
  readonly date: IsoDate;
  readonly summary: string;
  readonly description?: string;
  readonly url?: string;
}

/** RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): continuation lines start with one space. It
 * counts UTF-8 bytes and never splits a character, so a long title in any script stays whole.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function compactDate(date: IsoDate): string {
  return date.replace(/-/g, '');
}

/** A UTC timestamp in the form DTSTAMP takes: 20181005T070000Z. */
export function icsTimestamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function entryLines(entry: CalendarEntry, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(entry.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(entry.date)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(entry.date, 1))}`,
    `SUMMARY:${escapeIcsText(entry.summary)}`,
    ...(entry.description === undefined ? [] : [`DESCRIPTION:${escapeIcsText(entry.description)}`]),
    ...(entry.url === undefined ? [] : [`URL:${entry.url}`]),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** A whole calendar (RFC 5545): CRLF line ends, folded lines, escaped text. */
export function buildCalendar(name: string, entries: readonly CalendarEntry[], generatedAt: Date): string {
  const stamp = icsTimestamp(generatedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Bluelamp//Deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(name)}`,
    ...entries.flatMap((entry) => entryLines(entry, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
