import { describe, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { searchEverything } from './searchStore.js';
import { fts5Query, searchTerms, websearchQuery } from './searchTerms.js';

describe('the terms of a search', () => {
  it('keeps words and quoted phrases, OR between two terms, and nothing else of the syntax', () => {
    const terms = searchTerms('"Task Force" OR knife* -crime NEAR(a b) "unclosed');
    expect(fts5Query(terms)).toBe('"task force" OR "knife" "crime" "near" "a" "b" "unclosed"');
    expect(websearchQuery(terms)).toBe('"task force" or knife crime near a b unclosed');
  });

  it('drops an OR with nothing on one side, and a query of punctuation has no terms', () => {
    expect(fts5Query(searchTerms('OR crime OR OR'))).toBe('"crime"');
    expect(searchTerms('"" (( ** -- ;;')).toEqual([]);
  });
});

describeWithDemoData('the search index kept current as rows change', (ctx) => {
  const found = async (query: string) =>
    (await searchEverything(ctx().store.db, query, 50)).filter((match) => match.kind === 'finding');

  it('finds new words of a changed row, forgets its old ones, and forgets a deleted row', async () => {
    const db = ctx().store.db;
    const finding = await db
      .selectFrom('inspection_findings')
      .select(['id', 'text'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const before = await found(finding.text.split(' ').slice(0, 6).join(' '));
    expect(before.map((match) => match.id)).toContain(finding.id);
    await db
      .updateTable('inspection_findings')
      .set({ text: 'Audit the wombatgrams weekly.' })
      .where('id', '=', finding.id)
      .execute();
    expect((await found('wombatgrams')).map((match) => match.id)).toEqual([finding.id]);
    expect((await found(finding.text.split(' ').slice(0, 6).join(' '))).map((m) => m.id)).not.toContain(finding.id);
    const action = await db.selectFrom('board_actions').select(['id', 'text']).orderBy('id').executeTakeFirstOrThrow();
    await db
      .updateTable('board_actions')
      .set({ text: `${action.text} zebraquill` })
      .where('id', '=', action.id)
      .execute();
    const matches = await searchEverything(db, 'zebraquill', 10);
    expect(matches).toEqual([expect.objectContaining({ kind: 'board-action', id: action.id })]);
    expect(matches[0]?.snippet).toContain('\u27E6zebraquill\u27E7');
    const added = await db
      .insertInto('board_actions')
      .values({
        meeting_id: (await db.selectFrom('board_meetings').select('id').executeTakeFirstOrThrow()).id,
        text: 'Count the okapiform returns.',
        owner: 'FP',
        due_on: '2019-01-31',
        raised_at: '2018-12-01T10:00:00Z',
        raised_by: 'test',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await searchEverything(db, 'okapiform', 10)).map((m) => m.id)).toEqual([added.id]);
    await db.deleteFrom('board_actions').where('id', '=', added.id).execute();
    expect(await searchEverything(db, 'okapiform', 10)).toEqual([]);
  });

  it('binds the query as a parameter: SQL in it is only words to look for', async () => {
    const matches = await searchEverything(ctx().store.db, "x'); delete from plans; --", 10);
    expect(matches).toEqual([]);
    expect(await ctx().store.db.selectFrom('plans').select('id').execute()).not.toHaveLength(0);
  });
});
