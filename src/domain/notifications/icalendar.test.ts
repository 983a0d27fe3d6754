import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeIcsText, foldIcsLine } from './icalendar.js';

/** Undoes folding as a calendar reader does (RFC 5545 3.1). */
function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

describe('the calendar feed format', () => {
  it('folds lines at 75 octets without splitting a character, and unfolds to the same line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `SUMMARY:${text}`;
        const folded = foldIcsLine(line);
        for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(line);
      }),
    );
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('ends every line with CRLF and gives each deadline an all-day entry with a stable UID', () => {
    const ics = buildCalendar(
      'Bluelamp deadlines',
      [{ uid: 'update:bp:BP18-61:2018-19 Q2@bluelamp', date: '2018-10-12', summary: 'Update due, Q2; BP18-61' }],
      new Date('2018-10-05T07:00:00Z'),
    );
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics).toContain('DTSTART;VALUE=DATE:20181012\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20181013\r\n');
    expect(ics).toContain('DTSTAMP:20181005T070000Z\r\n');
    expect(ics).toContain('SUMMARY:Update due\\, Q2\\; BP18-61\r\n');
  });
});
