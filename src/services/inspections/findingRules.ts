import { createHash } from 'node:crypto';
import { BluelampProblem } from '../../domain/errors.js';
import type { CheckedEvidenceFile, NewEvidenceItem } from '../../domain/inspections/index.js';
import { checkEvidenceFile, EVIDENCE_QUOTA } from '../../domain/plans/index.js';
import { parseIsoDate } from '../../domain/calendar/index.js';
import type { ServiceContext } from '../context.js';

/** A note, trimmed, with its length checked; null when empty. */
export function checkedNote(note: string | undefined, field = 'note'): string | null {
  const text = note?.trim() ?? '';
  if (text.length > 4000)
    throw new BluelampProblem('invalid-input', `${field} must be at most 4,000 characters.`, field);
  return text === '' ? null : text;
}

/** A piece of evidence as a caller offers it: a link (or only a title), or a file with its bytes. */
export type OfferedEvidence =
  | { readonly title: string; readonly url?: string | null | undefined }
  | { readonly title: string; readonly fileName: string; readonly content: Uint8Array };

function invalid(message: string, field: string): BluelampProblem {
  return new BluelampProblem('invalid-input', message, field);
}

/** A file kept under the same rules as an update's evidence: its type known by its content, at most 5 MB. */
function checkedFile(fileName: string, content: Uint8Array, index: number): CheckedEvidenceFile {
  const check = checkEvidenceFile(fileName, content);
  if (!check.ok) throw invalid(`evidence[${index}] was not accepted: ${check.reason}`, `evidence[${index}].content`);
  const sha256 = createHash('sha256').update(content).digest('hex');
  return { fileName: check.fileName, mediaType: check.mediaType, sizeBytes: content.length, sha256, content };
}

function checkedItem(item: OfferedEvidence, index: number): NewEvidenceItem {
  const title = item.title.trim();
  if (title === '' || title.length > 300) {
    throw invalid(
      `evidence[${index}].title must say what the evidence is (1 to 300 characters).`,
      `evidence[${index}].title`,
    );
  }
  if ('content' in item) return { title, url: null, file: checkedFile(item.fileName, item.content, index) };
  const url = item.url?.trim() ?? '';
  if (url !== '' && !/^https?:\/\/\S{1,2000}$/.test(url)) {
    throw invalid(
      `evidence[${index}].url must be a web address starting http:// or https://.`,
      `evidence[${index}].url`,
    );
  }
  return { title, url: url === '' ? null : url, file: null };
}

/**
 * Evidence items with a title each and, where given, a web address a reader can follow or a file.
 * One move carries no more files than a quarterly update may, so a response cannot fill the database.
 */
export function checkedEvidence(items: readonly OfferedEvidence[] | undefined): NewEvidenceItem[] {
  const evidence = (items ?? []).map(checkedItem);
  if (evidence.length > 20) throw invalid('evidence may list at most 20 items.', 'evidence');
  const files = evidence.flatMap((item) => (item.file === null ? [] : [item.file]));
  const bytes = files.reduce((total, file) => total + file.sizeBytes, 0);
  if (files.length > EVIDENCE_QUOTA.files || bytes > EVIDENCE_QUOTA.bytes) {
    const megabytes = EVIDENCE_QUOTA.bytes / (1024 * 1024);
    throw invalid(
      `evidence may carry at most ${EVIDENCE_QUOTA.files} files and ${megabytes} MB at once; ` +
        `this has ${files.length} ${files.length === 1 ? 'file' : 'files'} (${(bytes / (1024 * 1024)).toFixed(1)} MB).`,
      'evidence',
    );
  }
  return evidence;
}

/** The field a refusal is about, so a form can point at it: the evidence, the note, or the move itself. */
function fieldOf(problem: string, move: 'state' | 'decision'): string {
  if (/evidence/.test(problem) && !/evidence is with|submitted evidence/.test(problem)) return 'evidence';
  if (problem.startsWith('say ')) return 'note';
  return move;
}

export function refused(ref: string, problem: string, move: 'state' | 'decision'): BluelampProblem {
  return new BluelampProblem('invalid-input', `Finding ${ref} was not changed: ${problem}.`, fieldOf(problem, move));
}

/** The day a page is shown as at: today unless asked, and a real date. */
export function checkedDay(ctx: ServiceContext, on: string | undefined): string {
  const day = on ?? ctx.today();
  if (parseIsoDate(day) === null)
    throw new BluelampProblem('invalid-input', `on must be a date such as 2020-03-31, not "${day}".`, 'on');
  return day;
}
