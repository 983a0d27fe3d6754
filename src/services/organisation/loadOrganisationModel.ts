import { ORG_UNIT_KINDS, OrganisationModel, type OrgUnitKind } from '../../domain/organisation/index.js';
import { listMemberships, listOrgUnits, readOrganisationVersion, type DataVersion } from '../../store/index.js';
import type { ServiceContext } from '../context.js';

const ABOVE_WARDS: readonly OrgUnitKind[] = ORG_UNIT_KINDS.filter((kind) => kind !== 'ward');

type Models = Map<string, Promise<OrganisationModel>>;

/**
 * The models built at one organisation data version, per database. Every page reads the
 * organisation, and it changes a few times a year, so each read costs one lookup of the version
 * row instead of reading every unit and membership. A write by any server raises the version
 * (see organisationStore), so no server keeps answering from an organisation it replaced.
 */
const held = new WeakMap<object, { readonly version: DataVersion; readonly models: Models }>();

/** Contexts that read the organisation as it stood when they began (see readingOrganisationOnce). */
const settled = new WeakMap<ServiceContext, Models>();

function read(ctx: ServiceContext, kinds: readonly OrgUnitKind[]): Promise<OrganisationModel> {
  return Promise.all([listOrgUnits(ctx.store.db, kinds), listMemberships(ctx.store.db, kinds)]).then(
    ([units, memberships]) => new OrganisationModel(units, memberships),
  );
}

const sameVersion = (a: DataVersion, b: DataVersion): boolean => a.version === b.version && a.changedAt === b.changedAt;

async function current(ctx: ServiceContext, kinds: readonly OrgUnitKind[]): Promise<OrganisationModel> {
  const db = ctx.store.db;
  const version = await readOrganisationVersion(db);
  const known = held.get(db);
  const models: Models =
    known !== undefined && sameVersion(known.version, version)
      ? known.models
      : new Map<string, Promise<OrganisationModel>>();
  if (models !== known?.models) held.set(db, { version, models });
  const key = kinds.join(' ');
  let model = models.get(key);
  if (model === undefined) {
    // Rows read after the version are at least that new; a write in between only makes the
    // next reader build again.
    model = read(ctx, kinds);
    models.set(key, model);
    model.catch(() => models.delete(key));
  }
  return model;
}

function modelOf(ctx: ServiceContext, kinds: readonly OrgUnitKind[]): Promise<OrganisationModel> {
  const memo = settled.get(ctx);
  if (memo === undefined) return current(ctx, kinds);
  const key = kinds.join(' ');
  let model = memo.get(key);
  if (model === undefined) {
    model = current(ctx, kinds);
    memo.set(key, model);
  }
  return model;
}

/**
 * A context for a use case that only reads: the organisation is checked once and the same model
 * serves every later read through it (a borough scorecard reads it once per measure). Not for
 * anything that writes the organisation and then reads it back.
 */
export function readingOrganisationOnce(ctx: ServiceContext): ServiceContext {
  const reading = { ...ctx };
  settled.set(reading, new Map());
  return reading;
}

/**
 * The force's organisation as the use cases read it. A force has hundreds of wards and only the
 * neighbourhood and unit pages need them, so they are left out unless asked for.
 */
export function loadOrganisationModel(
  ctx: ServiceContext,
  options: { wards?: boolean } = {},
): Promise<OrganisationModel> {
  return modelOf(ctx, options.wards === true ? ORG_UNIT_KINDS : ABOVE_WARDS);
}

/** The boroughs and the BCUs they belong to, without the rest of the force: enough to place a borough in its BCU on a day. */
export function loadBoroughModel(ctx: ServiceContext): Promise<OrganisationModel> {
  return modelOf(ctx, ['borough', 'bcu']);
}
