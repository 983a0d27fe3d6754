/**
 * Structural checks of evidence files, beyond their first bytes: a file that merely starts like a
 * PDF or a ZIP (and is really a web page, or any other archive) is not kept as a document.
 */

const latin1 = new TextDecoder('latin1');

/** How far from the end a PDF's trailer may sit: writers leave at most a line or two after it. */
const PDF_TAIL = 1024;

/**
 * A PDF ends with `startxref`, the byte offset of its cross-reference section, and `%%EOF`; the
 * offset must point inside the file at an `xref` table or at a cross-reference stream object.
 */
export function isStructuredPdf(content: Uint8Array): boolean {
  if (latin1.decode(content.subarray(0, 5)) !== '%PDF-') return false;
  const tail = latin1.decode(content.subarray(Math.max(0, content.length - PDF_TAIL)));
  const trailer = /startxref\s+(\d{1,10})\s+%%EOF\s*$/.exec(tail);
  if (trailer?.[1] === undefined) return false;
  const offset = Number(trailer[1]);
  if (offset <= 0 || offset >= content.length) return false;
  // Enough of the section to see an object's dictionary and its /Type.
  const section = latin1.decode(content.subarray(offset, offset + 1024));
  return /^\s*xref\b/.test(section) || /^\s*\d+\s+\d+\s+obj\b[^]*?\/Type\s*\/XRef\b/.test(section);
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end-of-directory record is 22 bytes, followed by a comment of at most 65,535. */
const LONGEST_ZIP_COMMENT = 0xffff;

/**
 * The names a ZIP archive's central directory lists, or null when the archive is not whole: no
 * end record, a directory outside the file, or an entry that runs past it.
 */
export function zipEntryNames(content: Uint8Array): string[] | null {
  const view = new DataView(content.buffer, content.byteOffset, content.byteLength);
  const end = findEndRecord(view);
  if (end === null) return null;
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  if (at + directorySize > end) return null;
  const names: string[] = [];
  const utf8 = new TextDecoder('utf-8');
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) return null;
    names.push(utf8.decode(content.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function findEndRecord(view: DataView): number | null {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - LONGEST_ZIP_COMMENT; at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return null;
}

/** The parts an Office document of each kind cannot be without. */
const OFFICE_PARTS: Readonly<Record<string, readonly string[]>> = {
  docx: ['[Content_Types].xml', 'word/document.xml'],
  xlsx: ['[Content_Types].xml', 'xl/workbook.xml'],
  pptx: ['[Content_Types].xml', 'ppt/presentation.xml'],
};

/** Whether a ZIP archive is an Office document of this kind: whole, and holding that kind's main parts. */
export function isOfficeDocument(extension: string, content: Uint8Array): boolean {
  const parts = OFFICE_PARTS[extension];
  const names = zipEntryNames(content);
  return parts !== undefined && names !== null && parts.every((part) => names.includes(part));
}
