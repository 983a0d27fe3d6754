import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleDocx, samplePdf } from '../../../test/support/evidenceSamples.js';
import { checkEvidenceFile, evidenceQuotaProblem, isEvidenceUrl, MAX_EVIDENCE_BYTES } from './evidenceFiles.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const PDF = samplePdf();
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00);
const DOCX = await sampleDocx();

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
    const result = checkEvidenceFile('C:\\Users\\me\\..\\evil\u0000name\u0007.docx', DOCX);
    expect(result).toMatchObject({ ok: true, fileName: 'evilname.docx' });
  });

  it('drops the bidirectional controls that make a name read as another, and C1 control characters', () => {
    // Shown with the override, "report\u202Excod.pdf" reads as "reportfdp.docx".
    expect(checkEvidenceFile('report\u202Excod.pdf', PDF)).toMatchObject({ ok: true, fileName: 'reportxcod.pdf' });
    const marks = [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
      '\u0085',
    ];
    expect(checkEvidenceFile(`pl${marks.join('')}an.pdf`, PDF)).toMatchObject({ ok: true, fileName: 'plan.pdf' });
    // A mark placed to hide a path separator's effect is gone before the name is split.
    expect(checkEvidenceFile('a/\u202E/b.pdf', PDF)).toMatchObject({ ok: true, fileName: 'b.pdf' });
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

describe('how much evidence one update may carry', () => {
  const MB = 1024 * 1024;

  it('takes a tenth file and a file that brings the total to exactly 25 MB', () => {
    expect(evidenceQuotaProblem({ files: 9, bytes: 10 * MB }, MB)).toBeNull();
    expect(evidenceQuotaProblem({ files: 5, bytes: 20 * MB }, 5 * MB)).toBeNull();
  });

  it('refuses an eleventh file, or one byte over 25 MB, saying both limits and what is held', () => {
    expect(evidenceQuotaProblem({ files: 10, bytes: 2 * MB }, 1)).toBe(
      'An update may carry at most 10 files and 25 MB of evidence; this one already has 10 files (2.0 MB).',
    );
    expect(evidenceQuotaProblem({ files: 1, bytes: 20 * MB }, 5 * MB + 1)).toBe(
      'An update may carry at most 10 files and 25 MB of evidence; this one already has 1 file (20.0 MB).',
    );
  });
});
