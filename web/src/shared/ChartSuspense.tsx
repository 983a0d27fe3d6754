import { Suspense, type ReactNode } from 'react';

/** Where a lazily loaded chart will stand: ECharts is fetched only by the pages that draw one. */
export function ChartSuspense({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="govuk-body" role="status">
          Loading the chart…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}
