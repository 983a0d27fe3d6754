import { PUBLIC_ACTOR } from '../../../domain/accounts/index.js';
import type { OpenDataLink } from '../../../domain/publishing/index.js';
import type { ServiceContext } from '../../context.js';

/**
 * Every public page is built as the public sees it, whoever asks: a signed-in person reading the
 * transparency site sees no drafts and no unpublished updates either, so what is shown there is
 * always what has been published.
 */
export function asPublic(ctx: ServiceContext): ServiceContext {
  return { ...ctx, actor: PUBLIC_ACTOR };
}

export const HOME: OpenDataLink = { path: '/public', label: 'Home' };
export const PLANS: OpenDataLink = { path: '/public/plans', label: 'Plans' };
export const PROGRESS: OpenDataLink = { path: '/public/progress', label: 'Progress' };
export const MEASURES: OpenDataLink = { path: '/public/measures', label: 'Measures' };
export const PRIORITIES: OpenDataLink = { path: '/public/priorities', label: 'Local priorities' };
export const INSPECTIONS: OpenDataLink = { path: '/public/inspections', label: 'Inspections' };
/** Built by the published-reports feature; linked from the home page. */
export const REPORTS: OpenDataLink = { path: '/public/reports', label: 'Published reports' };

/** "2018-19 Q1" (how the plans store a quarter) ↔ "2018-19-Q1" (how a public address writes it). */
export function quarterSlug(quarter: string): string {
  return quarter.replace(' ', '-');
}

export function planPath(key: string): string {
  return `/public/plans/${encodeURIComponent(key)}`;
}

export function progressPath(key: string, quarter?: string): string {
  return `${planPath(key)}/progress${quarter === undefined ? '' : `/${quarterSlug(quarter)}`}`;
}

/** "2018-19 Q1" → "Quarter 1, 2018-19", the documents' own form. */
export function quarterWords(quarter: string): string {
  const match = /^(\d{4}-\d{2}) Q([1-4])$/.exec(quarter);
  return match === null ? quarter : `Quarter ${match[2] ?? ''}, ${match[1] ?? ''}`;
}

/** A day written the way the pages write it: 1 September 2019. */
export function dayWords(iso: string | null): string | null {
  if (iso === null) return null;
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
