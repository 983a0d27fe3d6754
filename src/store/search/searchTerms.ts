/**
 * What a person typed, as the words and "quoted phrases" a search looks for, and OR between two
 * of them. Anything else (stray quotes, brackets, stars, minus signs, colons) is only a gap
 * between words, so no query can be a syntax error in either database's search language.
 */
export type SearchTerm = { readonly kind: 'words'; readonly words: readonly string[] } | { readonly kind: 'or' };

const MAX_TERMS = 16;
const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.toLowerCase()).slice(0, MAX_TERMS);
}

export function searchTerms(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const parts = query.split('"');
  parts.forEach((part, index) => {
    // Odd parts were inside quotes; an unclosed quote runs to the end, as a phrase.
    if (index % 2 === 1) {
      const words = wordsOf(part);
      if (words.length > 0) terms.push({ kind: 'words', words });
      return;
    }
    for (const word of wordsOf(part)) {
      terms.push(word === 'or' ? { kind: 'or' } : { kind: 'words', words: [word] });
    }
  });
  // OR only joins two terms: one at either end, or doubled, is dropped.
  const joined = terms.filter(
    (term, i) => term.kind !== 'or' || (terms[i - 1]?.kind === 'words' && terms[i + 1]?.kind === 'words'),
  );
  return joined.slice(0, MAX_TERMS);
}

/** The terms in SQLite FTS5's query language: each a quoted string, so only OR is an operator. */
export function fts5Query(terms: readonly SearchTerm[]): string {
  return terms.map((term) => (term.kind === 'or' ? 'OR' : `"${term.words.join(' ')}"`)).join(' ');
}

/** The terms as PostgreSQL's websearch_to_tsquery reads them: words, "phrases" and or. */
export function websearchQuery(terms: readonly SearchTerm[]): string {
  return terms
    .map((term) => {
      if (term.kind === 'or') return 'or';
      return term.words.length === 1 ? (term.words[0] ?? '') : `"${term.words.join(' ')}"`;
    })
    .join(' ');
}
