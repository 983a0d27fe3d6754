import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNarrativeText, NARRATIVE_MAX_LENGTH, narrativeParagraphs, narrativeParts } from './quarterNarratives.js';

const node = (id: number, parent: number | null, ref: string) => ({ id, parent_id: parent, ref, title: `Part ${ref}` });

describe('the parts of a plan a narrative goes on', () => {
  it('takes chapters and their sections in plan order, and no part deeper than a section', () => {
    const nodes = [node(1, null, '3'), node(2, 1, '3.1'), node(3, 2, '3.1.1'), node(4, null, '4'), node(5, 4, '4.1')];
    expect(narrativeParts(nodes).map((p) => [p.ref, p.kind])).toEqual([
      ['3', 'chapter'],
      ['3.1', 'section'],
      ['4', 'chapter'],
      ['4.1', 'section'],
    ]);
  });
});

describe('checking a narrative’s text', () => {
  it('trims it, keeps its paragraphs and closes up runs of blank lines, Windows line ends included', () => {
    expect(checkNarrativeText('  First.\r\n\r\n \r\n\r\nSecond.\n')).toEqual({ ok: true, text: 'First.\n\nSecond.' });
  });

  it('refuses an empty narrative and one longer than the report prints', () => {
    expect(checkNarrativeText(' \n\n ').ok).toBe(false);
    expect(checkNarrativeText('a'.repeat(NARRATIVE_MAX_LENGTH + 1)).ok).toBe(false);
    expect(checkNarrativeText('a'.repeat(NARRATIVE_MAX_LENGTH)).ok).toBe(true);
  });

  it('gives back paragraphs that are never blank and that join to the kept text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('word', ' ', '\n', '\n\n', '\r\n', 'x.'), { maxLength: 40 }), (pieces) => {
        const checked = checkNarrativeText(pieces.join(''));
        if (!checked.ok) return;
        const paragraphs = narrativeParagraphs(checked.text);
        expect(paragraphs.every((p) => p.trim() === p && p !== '')).toBe(true);
        expect(paragraphs.join('\n\n')).toBe(checked.text);
        // Checking again changes nothing: what is stored is already clean.
        expect(checkNarrativeText(checked.text)).toEqual(checked);
      }),
    );
  });
});
