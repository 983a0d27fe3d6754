/** The shapes the neighbourhoods API answers with (see GET /api/openapi.json). */
export interface AreaRef {
  code: string;
  name: string;
}

export interface RoleFigures {
  establishment: number;
  actual: number;
}

export interface Minimum {
  dwo: number;
  pcso: number;
  isDefault: boolean;
}

export interface RollUp {
  wards: number;
  met: number;
  short: number;
  noFigures: number;
  shortfall: { dwo: number; pcso: number };
  dwo: RoleFigures;
  pcso: RoleFigures;
}

export interface NeighbourhoodCompliance {
  on: string;
  asAt: string[];
  minimum: Minimum;
  synthetic: boolean;
  borough: AreaRef | null;
  london: RollUp;
  bcus: (AreaRef & RollUp & { boroughs: AreaRef[] })[];
  outsideBcus: (RollUp & { boroughs: AreaRef[] }) | null;
  boroughs: (AreaRef & RollUp & { bcu: AreaRef | null })[];
}

export type ComplianceStatus = 'met' | 'short' | 'no-figures';

export interface WardDeployment {
  code: string;
  name: string;
  gssCode: string | null;
  asAt: string | null;
  status: ComplianceStatus;
  dwo: RoleFigures | null;
  pcso: RoleFigures | null;
  shortfall: { dwo: number; pcso: number };
  synthetic: boolean;
  complianceText: string;
}

export interface BoroughWards {
  on: string;
  asAt: string[];
  borough: AreaRef & { bcu: AreaRef | null };
  minimum: Minimum;
  synthetic: boolean;
  total: RollUp;
  wards: WardDeployment[];
  table: { headers: string[]; rows: string[][] };
}

export interface AbstractionSummary {
  records: number;
  hours: number;
  byRole: { dwo: number; pcso: number };
  byReason: Record<string, number>;
}

export interface AbstractionReport {
  from: string | null;
  to: string | null;
  reasons: { code: string; label: string }[];
  synthetic: boolean;
  borough: AreaRef | null;
  london: AbstractionSummary;
  bcus: (AreaRef & AbstractionSummary)[];
  outsideBcus: (AbstractionSummary & { boroughs: AreaRef[] }) | null;
  boroughs: (AreaRef & AbstractionSummary)[];
  wards: (AreaRef & AbstractionSummary)[];
}
