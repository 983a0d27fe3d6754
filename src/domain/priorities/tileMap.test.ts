import { describe, expect, it } from 'vitest';
import { demoOrganisation } from '../../../demo/organisation.js';
import { LONDON_TILES, TILE_GRID, tileFor } from './tileMap.js';

describe('the London tile grid', () => {
  it('has one square for each of the 32 boroughs, none sharing a place, all inside the grid', () => {
    expect(LONDON_TILES).toHaveLength(32);
    expect(new Set(LONDON_TILES.map((t) => t.gssCode)).size).toBe(32);
    expect(new Set(LONDON_TILES.map((t) => `${t.row},${t.column}`)).size).toBe(32);
    expect(new Set(LONDON_TILES.map((t) => t.abbreviation)).size).toBe(32);
    for (const tile of LONDON_TILES) {
      expect(tile.row).toBeGreaterThanOrEqual(0);
      expect(tile.row).toBeLessThan(TILE_GRID.rows);
      expect(tile.column).toBeGreaterThanOrEqual(0);
      expect(tile.column).toBeLessThan(TILE_GRID.columns);
    }
  });

  it("places every borough of the Met's organisation, and not the City", () => {
    const boroughs = demoOrganisation().units.filter((u) => u.kind === 'borough');
    expect(boroughs).toHaveLength(32);
    for (const borough of boroughs) expect(tileFor(borough.gssCode), borough.name).not.toBeNull();
    expect(tileFor('E09000001')).toBeNull();
    expect(tileFor(null)).toBeNull();
  });

  it('keeps the boroughs roughly where they are: Enfield north of Croydon, Hillingdon west of Havering', () => {
    const at = (gss: string) => tileFor(gss) ?? { row: NaN, column: NaN };
    expect(at('E09000010').row).toBeLessThan(at('E09000008').row);
    expect(at('E09000017').column).toBeLessThan(at('E09000016').column);
    expect(at('E09000033').row).toBe(at('E09000030').row);
  });
});
