import { complianceText, type WardCompliance } from './compliance.js';

/** One ward as the published deployment table shows it. */
export interface DeploymentRow {
  readonly boroughName: string;
  readonly wardName: string;
  readonly wardCode: string | null;
  readonly compliance: WardCompliance;
  readonly asAt: string | null;
}

const DEPLOYMENT_COLUMNS = [
  'Borough',
  'Ward',
  'Ward code',
  'DWO posts',
  'DWOs in post',
  'PCSO posts',
  'PCSOs in post',
  'Against the minimum',
  'As at',
  'Figures',
] as const;

const count = (value: number | undefined): string => (value === undefined ? '' : String(value));

/**
 * The table as text cells, the same for the web page and the open-data CSV, so the file a person
 * downloads is exactly what they were shown. Empty cells mean "no figures", never zero.
 */
export function deploymentTable(rows: readonly DeploymentRow[]): { headers: string[]; rows: string[][] } {
  return {
    headers: [...DEPLOYMENT_COLUMNS],
    rows: rows.map((row) => [
      row.boroughName,
      row.wardName,
      row.wardCode ?? '',
      count(row.compliance.dwo?.establishment),
      count(row.compliance.dwo?.actual),
      count(row.compliance.pcso?.establishment),
      count(row.compliance.pcso?.actual),
      complianceText(row.compliance),
      row.asAt ?? '',
      row.compliance.synthetic ? 'Generated (demo)' : 'Loaded',
    ]),
  };
}
