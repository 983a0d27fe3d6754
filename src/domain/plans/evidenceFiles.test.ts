import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEvidenceFile, isEvidenceUrl, MAX_EVIDENCE_BYTES } from './evidenceFiles.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00);

describe('which files may be kept as evidence', () => {
  it('accepts a PDF by its content and gives it our own media type', () => {
    expect(checkEvidenceFile('Q2 report.pdf', PDF)).toEqual({
      ok: true,
      fileName: 'Q2 report.pdf',
      mediaType: 'application/pdf',
    });
  });

  it('refuses a file whose content does not match its extension, such as HTML named .pdf', () => {
    const html = new TextEncoder().encode('<script>alert(1)</script>');
    expect(checkEvidenceFile('report.pdf', html)).toEqual({
      ok: false,
      reason: "The file's content is not a .pdf file.",
    });
  });

  it('refuses extensions outside the list, whatever the content', () => {
    expect(checkEvidenceFile('run.exe', ZIP).ok).toBe(false);
    expect(checkEvidenceFile('page.html', new TextEncoder().encode('<p>hi</p>')).ok).toBe(false);
  });

  it('keeps only the last part of a path and drops control characters from the name', () => {
    const result = checkEvidenceFile('C:\\Users\\me\\..\\evil\u0000name\u0007.docx', ZIP);
    expect(result).toMatchObject({ ok: true, fileName: 'evilname.docx' });
  });

  it('refuses empty files and files over 5 MB', () => {
    expect(checkEvidenceFile('a.txt', bytes()).ok).toBe(false);
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1).fill(0x41);
    expect(checkEvidenceFile('a.txt', big)).toEqual({ ok: false, reason: 'Evidence files must be at most 5 MB.' });
  });

  it('accepts any valid UTF-8 text without NUL as a .txt or .csv file, and nothing else', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme' }), (text) => {
        const content = new TextEncoder().encode(text);
        expect(checkEvidenceFile('notes.txt', content).ok).toBe(!text.includes('\u0000'));
      }),
    );
    expect(checkEvidenceFile('data.csv', bytes(0xff, 0xfe, 0x41)).ok).toBe(false);
  });
});

describe('which links may be evidence', () => {
  it('accepts web addresses only', () => {
    expect(isEvidenceUrl('https://www.met.police.uk/business-plan')).toBe(true);
    expect(isEvidenceUrl('http://intranet/report')).toBe(true);
    expect(isEvidenceUrl('javascript:alert(1)')).toBe(false);
    expect(isEvidenceUrl('file:///etc/passwd')).toBe(false);
    expect(isEvidenceUrl('not a url')).toBe(false);
  });
});
