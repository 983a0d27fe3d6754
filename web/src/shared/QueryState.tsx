import type { ReactNode } from 'react';

interface QueryStateProps<T> {
  data: T | undefined;
  error: Error | null;
  isPending: boolean;
  what: string;
  children: (data: T) => ReactNode;
}

/** Shows loading and failure the same way on every page, and the content once it has arrived. */
export function QueryState<T>({ data, error, isPending, what, children }: QueryStateProps<T>) {
  if (error) {
    return (
      <div className="govuk-error-summary" data-module="govuk-error-summary">
        <div role="alert">
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">
              Could not load {what}: {error.message}
            </p>
          </div>
        </div>
      </div>
    );
  }
  if (isPending || data === undefined) {
    return (
      <p className="govuk-body" role="status">
        Loading {what}…
      </p>
    );
  }
  return <>{children(data)}</>;
}
