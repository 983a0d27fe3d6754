import { isOfficeDocument, isStructuredPdf } from './evidenceStructure.js';

/**
 * Which files may be attached as evidence, recognised by their content as well as their name:
 * a file whose bytes do not match its extension is refused, so nothing executable hides behind
 * a harmless name. Media types are ours, never the uploader's.
 */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

/** What one update may carry in files, so a quarter's evidence cannot fill the database. */
export const EVIDENCE_QUOTA = { files: 10, bytes: 25 * 1024 * 1024 } as const;

interface EvidenceType {
  readonly mediaType: string;
  readonly matches: (content: Uint8Array) => boolean;
}

const startsWith =
  (...bytes: number[]) =>
  (content: Uint8Array): boolean =>
    bytes.every((byte, index) => content[index] === byte);

const ZIP = startsWith(0x50, 0x4b, 0x03, 0x04);

/** An Office document: a ZIP that is whole and holds the parts its kind cannot be without. */
const office =
  (extension: string) =>
  (content: Uint8Array): boolean =>
    ZIP(content) && isOfficeDocument(extension, content);

/** Plain text: no NUL bytes and valid UTF-8. */
function isText(content: Uint8Array): boolean {
  if (content.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}

const TYPES: Readonly<Record<string, EvidenceType>> = {
  pdf: { mediaType: 'application/pdf', matches: isStructuredPdf },
  png: { mediaType: 'image/png', matches: startsWith(0x89, 0x50, 0x4e, 0x47) },
  jpg: { mediaType: 'image/jpeg', matches: startsWith(0xff, 0xd8, 0xff) },
  jpeg: { mediaType: 'image/jpeg', matches: startsWith(0xff, 0xd8, 0xff) },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    matches: office('docx'),
  },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', matches: office('xlsx') },
  pptx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    matches: office('pptx'),
  },
  csv: { mediaType: 'text/csv; charset=utf-8', matches: isText },
  txt: { mediaType: 'text/plain; charset=utf-8', matches: isText },
};

const EVIDENCE_EXTENSIONS = Object.keys(TYPES);

export type EvidenceFileCheck =
  | { readonly ok: true; readonly fileName: string; readonly mediaType: string }
  | { readonly ok: false; readonly reason: string };

/**
 * Control characters, and the bidirectional marks, embeddings, overrides and isolates that can
 * make "report\u202Efdp.exe" read as "reportexe.pdf" in a list of files.
 */
// Control characters are what this removes, so the pattern has to name them.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_NAMES = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A safe name to store: the last path segment, without control characters, at most 200 characters. */
function cleanFileName(name: string): string {
  const last = name.replace(UNSAFE_IN_NAMES, '').split(/[\\/]/).pop() ?? '';
  return last.trim().slice(-200);
}

/** Whether an uploaded file may be kept as evidence, and under which name and media type. */
export function checkEvidenceFile(name: string, content: Uint8Array): EvidenceFileCheck {
  const fileName = cleanFileName(name);
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const type = extension === undefined ? undefined : TYPES[extension];
  if (fileName === '' || type === undefined) {
    return { ok: false, reason: `Evidence files must be one of: ${EVIDENCE_EXTENSIONS.join(', ')}.` };
  }
  if (content.length === 0) return { ok: false, reason: 'The file is empty.' };
  if (content.length > MAX_EVIDENCE_BYTES) return { ok: false, reason: 'Evidence files must be at most 5 MB.' };
  if (!type.matches(content)) {
    return { ok: false, reason: `The file's content is not a .${extension} file.` };
  }
  return { ok: true, fileName, mediaType: type.mediaType };
}

/** Why one more file would take an update past its quota, or null when it fits. */
export function evidenceQuotaProblem(held: { files: number; bytes: number }, adding: number): string | null {
  const megabytes = EVIDENCE_QUOTA.bytes / (1024 * 1024);
  if (held.files + 1 > EVIDENCE_QUOTA.files || held.bytes + adding > EVIDENCE_QUOTA.bytes) {
    const usedMb = (held.bytes / (1024 * 1024)).toFixed(1);
    return (
      `An update may carry at most ${EVIDENCE_QUOTA.files} files and ${megabytes} MB of evidence; ` +
      `this one already has ${held.files} ${held.files === 1 ? 'file' : 'files'} (${usedMb} MB).`
    );
  }
  return null;
}

/** Links must be web addresses; anything else (javascript:, file:) could act when clicked. */
export function isEvidenceUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
