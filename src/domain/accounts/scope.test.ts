import { describe, expect, it } from 'vitest';
import { OrganisationModel, type OrgUnit } from '../organisation/index.js';
import type { Actor } from './permissions.js';
import { scopeCoversIn } from './scope.js';

const unit = (code: string, kind: OrgUnit['kind']): OrgUnit => ({
  code,
  kind,
  name: code,
  leadCode: null,
  gssCode: null,
  goLive: null,
  pathfinder: false,
  sortOrder: 0,
});

// Lambeth sat under Frontline Policing until its BCU, Central South, went live on 1 February 2019.
const model = new OrganisationModel(
  [unit('FP', 'business-group'), unit('SC', 'bcu'), unit('lambeth', 'borough'), unit('camden', 'borough')],
  [
    { unitCode: 'lambeth', parentCode: 'FP', validFrom: null, validTo: '2019-01-31' },
    { unitCode: 'lambeth', parentCode: 'SC', validFrom: '2019-02-01', validTo: null },
    { unitCode: 'SC', parentCode: 'FP', validFrom: null, validTo: null },
    { unitCode: 'camden', parentCode: 'FP', validFrom: null, validTo: null },
  ],
);
const owner = (scope: string[]): Actor => ({ kind: 'user', username: 'o', role: 'owner', scope });

describe("an owner's scope", () => {
  it('covers a unit and what lies beneath it on the day, following the structure as it was', () => {
    expect(scopeCoversIn(model, owner(['SC']), 'lambeth', '2019-02-01')).toBe(true);
    expect(scopeCoversIn(model, owner(['SC']), 'lambeth', '2018-10-01')).toBe(false);
    expect(scopeCoversIn(model, owner(['FP']), 'lambeth', '2018-10-01')).toBe(true);
    expect(scopeCoversIn(model, owner(['SC']), 'camden', '2019-02-01')).toBe(false);
  });

  it('does not limit roles without a scope, and covers nothing for the public', () => {
    const performance: Actor = { kind: 'user', username: 'p', role: 'performance', scope: [] };
    expect(scopeCoversIn(model, performance, 'camden', '2019-02-01')).toBe(true);
    expect(scopeCoversIn(model, { kind: 'public' }, 'camden', '2019-02-01')).toBe(false);
  });
});
