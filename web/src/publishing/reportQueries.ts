import { useQuery } from '@tanstack/react-query';
import { getJson } from '../shared/client.js';
import type { PublishedReport } from './reportTypes.js';

export function usePublishedReports() {
  return useQuery({ queryKey: ['reports'], queryFn: () => getJson<PublishedReport[]>('/api/reports') });
}

/** Where a published version is read: its frozen HTML, and the PDF printed from it. */
export function publishedVersionPath(reportKey: string, version: number, format: 'html' | 'pdf' | 'docx'): string {
  return `/api/reports/${encodeURIComponent(reportKey)}/versions/${version}/${format}`;
}
