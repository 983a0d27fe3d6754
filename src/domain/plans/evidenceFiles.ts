/**
 * Which files may be attached as evidence, recognised by their content as well as their name:
 * a file whose bytes do not match its extension is refused, so nothing executable hides behind
 * a harmless name. Media types are ours, never the uploader's.
 */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

interface EvidenceType {
  readonly mediaType: string;
  readonly matches: (content: Uint8Array) => boolean;
}

const startsWith =
  (...bytes: number[]) =>
  (content: Uint8Array): boolean =>
    bytes.every((byte, index) => content[index] === byte);

const ZIP = startsWith(0x50, 0x4b, 0x03, 0x04);

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
  pdf: { mediaType: 'application/pdf', matches: startsWith(0x25, 0x50, 0x44, 0x46) },
  png: { mediaType: 'image/png', matches: startsWith(0x89, 0x50, 0x4e, 0x47) },
  jpg: { mediaType: 'image/jpeg', matches: startsWith(0xff, 0xd8, 0xff) },
  jpeg: { mediaType: 'image/jpeg', matches: startsWith(0xff, 0xd8, 0xff) },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', matches: ZIP },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', matches: ZIP },
  pptx: { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', matches: ZIP },
  csv: { mediaType: 'text/csv; charset=utf-8', matches: isText },
  txt: { mediaType: 'text/plain; charset=utf-8', matches: isText },
};

const EVIDENCE_EXTENSIONS = Object.keys(TYPES);

export type EvidenceFileCheck =
  | { readonly ok: true; readonly fileName: string; readonly mediaType: string }
  | { readonly ok: false; readonly reason: string };

/** A safe name to store: the last path segment, without control characters, at most 200 characters. */
function cleanFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  // Control characters are what this removes, so the pattern has to name them.
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u001f\u007f]/g;
  return last.replace(controls, '').trim().slice(-200);
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

/** Links must be web addresses; anything else (javascript:, file:) could act when clicked. */
export function isEvidenceUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
