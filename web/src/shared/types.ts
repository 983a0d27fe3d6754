/** Shapes of the API's answers, as /api/openapi.json describes them. */
export interface UnitSummary {
  code: string;
  kind: string;
  name: string;
  leadCode: string | null;
}

export interface OrganisationOverview {
  on: string;
  force: UnitSummary;
  businessGroups: (UnitSummary & { units: UnitSummary[] })[];
  counts: { bcus: number; boroughs: number; wards: number };
}

export interface BoroughInBcu {
  code: string;
  name: string;
  gssCode: string | null;
}

export interface BcuList {
  on: string;
  bcus: {
    code: string;
    name: string;
    goLive: { code: string; label: string } | null;
    pathfinder: boolean;
    boroughs: BoroughInBcu[];
  }[];
  boroughsOutsideBcus: BoroughInBcu[];
}

export interface Health {
  status: 'ok' | 'unavailable';
  database: 'sqlite' | 'postgres';
  version: string;
}

export interface OpenApiParameter {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  schema: { type?: string; format?: string };
}

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters: OpenApiParameter[];
  responses: Record<string, { description: string }>;
}

export interface OpenApiDocument {
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
}

export type SessionInfo =
  | { user: { username: string; displayName: string; role: string; scope: string[] }; csrfToken: string }
  | { user: null; csrfToken: null };

export interface UserSummary {
  username: string;
  displayName: string;
  role: string;
  disabled: boolean;
  scope: string[];
  createdAt: string;
}

export interface AuditEntry {
  sequence: number;
  occurredAt: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}
