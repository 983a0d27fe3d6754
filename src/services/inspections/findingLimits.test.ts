import { expect, it } from 'vitest';
import { peel2018Met } from '../../../demo/peel2018.js';
import { testContext } from '../../../test/support/demoContext.js';
import { problemOf } from '../../../test/support/problems.js';
import { describeOnBothDatabases } from '../../../test/support/testStores.js';
import { MAX_FINDINGS_PER_INSPECTION, type InspectionDocument } from '../../domain/inspections/index.js';
import { listStoredFindings } from '../../store/index.js';
import { recordInspection } from './recordInspection.js';

/** The demo report under a new key, with this many areas for improvement in place of its own findings. */
function reportWith(key: string, findings: number): InspectionDocument {
  return {
    ...peel2018Met,
    key,
    findings: Array.from({ length: findings }, (_, i) => ({
      ref: `INV-AFI-${i + 1}`,
      kind: 'area-for-improvement' as const,
      component: 'investigating-crime',
      text: `The force should improve investigation standard ${i + 1}.`,
    })),
  };
}

describeOnBothDatabases('an inspection with very many findings', (store) => {
  it('stores one at the limit whole, far past what one SQL statement can bind', async () => {
    const ctx = testContext(store());
    const { id } = await recordInspection(ctx, reportWith('bulk-at-limit', MAX_FINDINGS_PER_INSPECTION));
    const stored = await listStoredFindings(store().db, id);
    expect(stored).toHaveLength(MAX_FINDINGS_PER_INSPECTION);
    expect(stored.at(-1)).toMatchObject({ ref: `INV-AFI-${MAX_FINDINGS_PER_INSPECTION}`, state: 'open', version: 0 });
  });

  it('refuses one of 200,008 findings, saying the limit, and stores nothing of it', async () => {
    const ctx = testContext(store());
    const refused = await problemOf(recordInspection(ctx, reportWith('bulk-too-many', 200_008)));
    expect(refused.kind).toBe('invalid-input');
    expect(refused.message).toContain('at most 5,000 findings and recommendations; this one has 200,008');
    const held = await store().db.selectFrom('inspections').select('key').execute();
    expect(held.map((row) => row.key)).not.toContain('bulk-too-many');
  });
});
