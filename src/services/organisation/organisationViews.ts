import { formatMonthName, parsePeriodCode, formatPeriod, type IsoDate } from '../../domain/calendar/index.js';
import type { OrgUnit } from '../../domain/organisation/index.js';

/** The parts of a unit that every listing shows. */
export interface OrgUnitSummary {
  readonly code: string;
  readonly kind: OrgUnit['kind'];
  readonly name: string;
  readonly leadCode: string | null;
}

export function summariseUnit(unit: OrgUnit): OrgUnitSummary {
  return { code: unit.code, kind: unit.kind, name: unit.name, leadCode: unit.leadCode };
}

export interface GoLive {
  readonly code: string;
  /** "May 2018", "Quarter 3, 2018-19" */
  readonly label: string;
}

export function describeGoLive(code: string | null): GoLive | null {
  if (code === null) return null;
  const period = parsePeriodCode(code);
  if (period === null) return { code, label: code };
  return { code, label: period.kind === 'month' ? formatMonthName(period.month) : formatPeriod(period) };
}

export interface DateQuery {
  /** The day the organisation is described as at; today when absent. */
  readonly on?: IsoDate | undefined;
}
