import { decide } from '../../domain/accounts/index.js';
import {
  loadSearchRecords,
  MATCH_END,
  MATCH_START,
  searchEverything,
  type SearchKind,
  type SearchRecord,
} from '../../store/search/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { seesUnpublishedWork } from '../plans/planAccess.js';
import { unpublishedReader, type UnpublishedReader } from '../plans/updateVisibility.js';

export const SEARCH_KIND_LABELS: Readonly<Record<SearchKind, string>> = {
  plan: 'Plan',
  'plan-item': 'Part of a plan',
  milestone: 'Milestone',
  update: 'Quarterly update',
  finding: 'Inspection finding',
  'board-action': 'Board action',
};

/** A piece of a snippet: the words that matched are marked, so a page can show them without HTML. */
export interface SnippetPart {
  readonly text: string;
  readonly match: boolean;
}

export interface SearchResult {
  readonly type: SearchKind;
  readonly typeLabel: string;
  readonly title: string;
  /** The plan, inspection or meeting the item belongs to. */
  readonly within: string | null;
  /** Where the item is in the web app. */
  readonly path: string;
  /** For an update: its state, since staff see drafts the public does not. */
  readonly state: string | null;
  readonly snippet: readonly SnippetPart[];
}

export interface SearchAnswer {
  readonly query: string;
  readonly results: readonly SearchResult[];
}

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of snippet.split(MATCH_START).entries()) {
    const [matched = '', rest = ''] = index === 0 ? ['', piece] : piece.split(MATCH_END);
    if (matched !== '') parts.push({ text: matched, match: true });
    if (rest !== '') parts.push({ text: rest, match: false });
  }
  return parts;
}

const part = encodeURIComponent;

function describe(record: SearchRecord): { title: string; path: string } {
  const plan = `/plans/${record.planId ?? 0}`;
  switch (record.kind) {
    case 'plan':
      return { title: record.title, path: plan };
    case 'plan-item':
      return { title: `${record.ref ?? ''} ${record.title}`.trim(), path: plan };
    case 'milestone':
      return { title: `${record.ref ?? ''} ${record.title}`, path: `${plan}/milestones/${part(record.ref ?? '')}` };
    case 'update':
      return {
        title: `${record.quarter ?? ''} update on ${record.ref ?? ''} ${record.title}`,
        path: `${plan}/milestones/${part(record.ref ?? '')}`,
      };
    case 'finding':
      return {
        title: `Finding ${record.ref ?? ''}`,
        path: `/inspections/${part(record.inspectionKey ?? '')}/findings/${part(record.ref ?? '')}`,
      };
    case 'board-action':
      return { title: `Action for ${record.title}`, path: `/board/meetings/${record.meetingId ?? 0}` };
  }
}

/** Whether the caller may read the record, by the rules of the page it links to. */
function readable(ctx: ServiceContext, record: SearchRecord, readsUnpublished: UnpublishedReader): boolean {
  const planVisible = record.planState !== 'draft' || seesUnpublishedWork(ctx);
  switch (record.kind) {
    case 'plan':
    case 'plan-item':
    case 'milestone':
      // The current version answers for a superseded one: the search shows each item once.
      return planVisible && record.planState !== 'superseded';
    case 'update':
      return planVisible && (record.updateState === 'published' || readsUnpublished(record.leads));
    case 'finding':
      return decide(ctx.actor, 'inspections.read') === 'allowed';
    case 'board-action':
      return decide(ctx.actor, 'board.read') === 'allowed';
  }
}

/**
 * Plans, their items and milestones, quarterly updates, inspection findings and board actions
 * whose words match the query, best first, and only those the caller may read: the public sees
 * what is published, signed-in staff also the drafts their role lets them read.
 */
export async function searchSite(ctx: ServiceContext, input: { q: string; limit?: number }): Promise<SearchAnswer> {
  authorise(ctx, 'plans.read');
  const limit = input.limit ?? 20;
  // More candidates than asked for, since some may be for other eyes.
  const matches = await searchEverything(ctx.store.db, input.q, Math.min(limit * 5, 250));
  const records = await loadSearchRecords(ctx.store.db, matches);
  const readsUnpublished = unpublishedReader(ctx, await loadOrganisationModel(ctx));
  const results: SearchResult[] = [];
  for (const match of matches) {
    const record = records.get(`${match.kind} ${match.id}`);
    if (record === undefined || !readable(ctx, record, readsUnpublished)) continue;
    results.push({
      type: record.kind,
      typeLabel: SEARCH_KIND_LABELS[record.kind],
      within: record.within,
      state: record.kind === 'update' ? record.updateState : null,
      snippet: snippetParts(match.snippet),
      ...describe(record),
    });
    if (results.length === limit) break;
  }
  return { query: input.q, results };
}
