import { useOpenApi } from '../shared/queries.js';
import type { OpenApiDocument, OpenApiOperation } from '../shared/types.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';

interface Entry {
  method: string;
  path: string;
  operation: OpenApiOperation;
}

function entriesByTag(document: OpenApiDocument): Map<string, Entry[]> {
  const byTag = new Map<string, Entry[]>();
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const tag = operation.tags[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, operation }]);
    }
  }
  return byTag;
}

function Operation({ entry }: { entry: Entry }) {
  const { method, path, operation } = entry;
  return (
    <div className="bl-operation" id={operation.operationId}>
      <h3 className="govuk-heading-s">
        <span className={`bl-method bl-method--${method}`}>{method.toUpperCase()}</span>
        <code className="bl-code">{path}</code>
      </h3>
      <p className="govuk-body">{operation.summary}</p>
      {operation.parameters.length > 0 ? (
        <dl className="govuk-summary-list govuk-summary-list--no-border">
          {operation.parameters.map((parameter) => (
            <div className="govuk-summary-list__row" key={`${parameter.in}-${parameter.name}`}>
              <dt className="govuk-summary-list__key bl-code">{parameter.name}</dt>
              <dd className="govuk-summary-list__value">
                {parameter.in} parameter{parameter.required ? ', required' : ', optional'}
                {parameter.schema.format ? ` (${parameter.schema.format})` : ''}
                {parameter.description ? `. ${parameter.description}` : ''}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}

export function ApiDocsPage() {
  usePageTitle('API documentation');
  const openApi = useOpenApi();
  return (
    <>
      <h1 className="govuk-heading-l">API documentation</h1>
      <p className="govuk-body-l">
        Everything the web app shows comes from this JSON API. The machine-readable description is the{' '}
        <a className="govuk-link" href="/api/openapi.json">
          OpenAPI 3.1 document
        </a>
        .
      </p>
      <div className="govuk-inset-text">
        Every error is an RFC 9457 problem (<code className="bl-code">application/problem+json</code>). A request that
        does not match its schema gets a 400 answer whose <code className="bl-code">field</code> names the field and
        whose <code className="bl-code">detail</code> says what is wrong, for example{' '}
        <code className="bl-code">query.on must be a real date written YYYY-MM-DD</code>. Tools such as Power BI, R or
        Python read with a personal API token sent as <code className="bl-code">Authorization: Bearer</code> (make one
        on the API tokens page); tokens are read-only.
      </div>
      <QueryState {...openApi} what="the API description">
        {(document) =>
          [...entriesByTag(document)].map(([tag, entries]) => (
            <section key={tag}>
              <h2 className="govuk-heading-m">{tag}</h2>
              {entries.map((entry) => (
                <Operation key={`${entry.method} ${entry.path}`} entry={entry} />
              ))}
            </section>
          ))
        }
      </QueryState>
    </>
  );
}
