import type { IsoDate } from '../calendar/index.js';

/**
 * The two neighbourhood roles the plan promises in every ward: dedicated ward officers (police
 * constables who are not taken off their ward) and police community support officers.
 */
export const WARD_ROLES = ['dwo', 'pcso'] as const;
export type WardRole = (typeof WARD_ROLES)[number];

export const WARD_ROLE_LABELS: Readonly<Record<WardRole, { singular: string; plural: string }>> = {
  dwo: { singular: 'DWO', plural: 'DWOs' },
  pcso: { singular: 'PCSO', plural: 'PCSOs' },
};

/** Spellings a spreadsheet may use for each role, compared lower-case with spaces squeezed. */
const ROLE_SPELLINGS: Readonly<Record<string, WardRole>> = {
  dwo: 'dwo',
  dwos: 'dwo',
  'dedicated ward officer': 'dwo',
  'dedicated ward officers': 'dwo',
  'ward officer': 'dwo',
  pcso: 'pcso',
  pcsos: 'pcso',
  'police community support officer': 'pcso',
  'police community support officers': 'pcso',
};

export function parseWardRole(text: string): WardRole | null {
  return ROLE_SPELLINGS[text.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/** How many posts a ward has for a role (establishment) and how many are filled (actual), as at a day. */
export interface WardPost {
  readonly wardCode: string;
  readonly role: WardRole;
  readonly asAt: IsoDate;
  readonly establishment: number;
  readonly actual: number;
  /** Generated for the demo rather than loaded from the force's own figures. */
  readonly synthetic: boolean;
}

/**
 * For each ward and role, the figures most recently stated on or before a day: the history is
 * kept, and a later return replaces an earlier one only from its own as-at date onwards.
 */
export function latestPostsOn(posts: readonly WardPost[], on: IsoDate): WardPost[] {
  const latest = new Map<string, WardPost>();
  for (const post of posts) {
    if (post.asAt > on) continue;
    const key = `${post.wardCode}\u0000${post.role}`;
    const held = latest.get(key);
    if (held === undefined || held.asAt < post.asAt) latest.set(key, post);
  }
  return [...latest.values()];
}
