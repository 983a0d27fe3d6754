import { describe, expect, it } from 'vitest';
import { sampleDocx, samplePdf, sampleXlsx } from '../../../test/support/evidenceSamples.js';
import { checkEvidenceFile } from './evidenceFiles.js';
import { isOfficeDocument, isStructuredPdf, zipEntryNames } from './evidenceStructure.js';

const text = (value: string) => new TextEncoder().encode(value);
const DOCX = await sampleDocx();
const XLSX = await sampleXlsx();

describe('whether a file that starts like a PDF is one', () => {
  it('accepts a PDF with a cross-reference table its startxref points at, and an %%EOF trailer', () => {
    expect(isStructuredPdf(samplePdf())).toBe(true);
  });

  it('refuses %PDF followed by a web page, the attack that passed a check of the first bytes', () => {
    const polyglot = text('%PDF-1.4\n<html><body><script>fetch("/api/users")</script></body></html>\n');
    expect(isStructuredPdf(polyglot)).toBe(false);
    expect(checkEvidenceFile('minutes.pdf', polyglot)).toEqual({
      ok: false,
      reason: "The file's content is not a .pdf file.",
    });
  });

  it('refuses a trailer whose startxref points outside the file or at something that is not a cross-reference', () => {
    const pdf = samplePdf().toString('latin1');
    const outside = pdf.replace(/startxref\n\d+/, 'startxref\n999999');
    expect(isStructuredPdf(text(outside))).toBe(false);
    const atHeader = pdf.replace(/startxref\n\d+/, 'startxref\n1');
    expect(isStructuredPdf(text(atHeader))).toBe(false);
  });

  it('refuses a PDF cut short before its %%EOF, as an interrupted upload leaves it', () => {
    const pdf = samplePdf();
    expect(isStructuredPdf(pdf.subarray(0, pdf.length - 7))).toBe(false);
  });

  it('accepts a cross-reference stream, as PDF 1.5 and later writers use', () => {
    const head = '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n';
    const stream = `2 0 obj\n<< /Type /XRef /Size 3 /W [1 2 1] >>\nstream\n\nendstream\nendobj\n`;
    expect(isStructuredPdf(text(`${head}${stream}startxref\n${head.length}\n%%EOF\n`))).toBe(true);
  });
});

describe('whether a ZIP is the Office document its name says', () => {
  it('lists the parts of a whole archive', () => {
    expect(zipEntryNames(DOCX)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
  });

  it('accepts a Word document as .docx and a workbook as .xlsx, and neither as the other', () => {
    expect(isOfficeDocument('docx', DOCX)).toBe(true);
    expect(isOfficeDocument('xlsx', XLSX)).toBe(true);
    expect(checkEvidenceFile('workbook.docx', XLSX)).toEqual({
      ok: false,
      reason: "The file's content is not a .docx file.",
    });
    expect(checkEvidenceFile('letter.xlsx', DOCX).ok).toBe(false);
  });

  it('refuses a bare ZIP header and an archive cut short, which has lost its directory', () => {
    expect(zipEntryNames(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBeNull();
    expect(isOfficeDocument('docx', DOCX.subarray(0, DOCX.length - 30))).toBe(false);
  });
});
