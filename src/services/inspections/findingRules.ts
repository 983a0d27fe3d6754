import { BluelampProblem } from '../../domain/errors.js';
import type { EvidenceItem } from '../../domain/inspections/index.js';
import { parseIsoDate } from '../../domain/calendar/index.js';
import type { ServiceContext } from '../context.js';

/** A note, trimmed, with its length checked; null when empty. */
export function checkedNote(note: string | undefined, field = 'note'): string | null {
  const text = note?.trim() ?? '';
  if (text.length > 4000)
    throw new BluelampProblem('invalid-input', `${field} must be at most 4,000 characters.`, field);
  return text === '' ? null : text;
}

/** Evidence items with a title each and, where given, a web address a reader can follow. */
export function checkedEvidence(
  items: readonly { readonly title: string; readonly url?: string | null | undefined }[] | undefined,
): EvidenceItem[] {
  const evidence = (items ?? []).map((item, index) => {
    const title = item.title.trim();
    const url = item.url?.trim() ?? '';
    if (title === '' || title.length > 300) {
      throw new BluelampProblem(
        'invalid-input',
        `evidence[${index}].title must say what the evidence is (1 to 300 characters).`,
        `evidence[${index}].title`,
      );
    }
    if (url !== '' && !/^https?:\/\/\S{1,2000}$/.test(url)) {
      throw new BluelampProblem(
        'invalid-input',
        `evidence[${index}].url must be a web address starting http:// or https://.`,
        `evidence[${index}].url`,
      );
    }
    return { title, url: url === '' ? null : url };
  });
  if (evidence.length > 20)
    throw new BluelampProblem('invalid-input', 'evidence may list at most 20 items.', 'evidence');
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
