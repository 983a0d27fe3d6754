/** Where an inspection's pages live in the web app. */
const part = encodeURIComponent;

export function findingPagePath(inspection: string, ref: string): string {
  return `/inspections/${part(inspection)}/findings/${part(ref)}`;
}

export function readinessPath(inspection: string): string {
  return `/inspections/${part(inspection)}/readiness`;
}

export function comparisonPath(inspection: string): string {
  return `/inspections/${part(inspection)}/comparison`;
}
