import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { SyntheticEvent } from 'react';
import type { ResponseOf } from '../shared/apiTypes.js';
import { getJson } from '../shared/client.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';

type SearchAnswer = ResponseOf<'search'>;
type SearchResult = SearchAnswer['results'][number];

function useSearch(q: string) {
  return useQuery({
    queryKey: ['search', q],
    queryFn: () => getJson<SearchAnswer>('/api/search', { q }),
    enabled: q !== '',
    retry: false,
  });
}

function Snippet({ result }: { result: SearchResult }) {
  if (result.snippet.length === 0) return null;
  return (
    <p className="govuk-body-s govuk-!-margin-bottom-1">
      {result.snippet.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
    </p>
  );
}

function ResultItem({ result }: { result: SearchResult }) {
  const unpublished = result.type === 'update' && result.state !== 'published';
  return (
    <li className="govuk-!-margin-bottom-5">
      <strong className="govuk-tag govuk-tag--grey" style={{ maxWidth: 'none' }}>
        {result.typeLabel}
      </strong>{' '}
      {unpublished ? <strong className="govuk-tag govuk-tag--yellow">Not published ({result.state})</strong> : null}
      <h3 className="govuk-heading-s govuk-!-margin-top-1 govuk-!-margin-bottom-1">
        <Link className="govuk-link" to={result.path}>
          {result.title}
        </Link>
      </h3>
      {result.within ? <p className="govuk-body-s govuk-!-margin-bottom-1 bl-secondary">{result.within}</p> : null}
      <Snippet result={result} />
    </li>
  );
}

function Results({ answer }: { answer: SearchAnswer }) {
  const count = answer.results.length;
  return (
    <>
      <div role="status">
        <h2 className="govuk-heading-m">
          {count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`} for “{answer.query}”
        </h2>
      </div>
      {count === 0 ? (
        <p className="govuk-body">Check the spelling, or try fewer or different words.</p>
      ) : (
        <ol className="govuk-list" id="search-results">
          {answer.results.map((result) => (
            <ResultItem key={`${result.type} ${result.path} ${result.title}`} result={result} />
          ))}
        </ol>
      )}
    </>
  );
}

/** Search across plans, milestones, quarterly updates, inspection findings and board actions. */
export function SearchPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const q = (params.get('q') ?? '').trim();
  usePageTitle(q === '' ? 'Search' : `Search: ${q}`);
  const query = useSearch(q);
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const words = new FormData(event.currentTarget).get('q');
    const text = typeof words === 'string' ? words.trim() : '';
    void navigate(text === '' ? '/search' : `/search?q=${encodeURIComponent(text)}`);
  };
  return (
    <>
      <h1 className="govuk-heading-l">Search</h1>
      <form role="search" aria-label="Search this site" action="/search" onSubmit={submit} key={q}>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="search-words">
            Search plans, milestones, quarterly updates, inspection findings and board actions
          </label>
          <div className="govuk-hint" id="search-hint">
            Every word must match. Put words in quotes to find them together, or type OR between two words to find
            either.
          </div>
          <input
            className="govuk-input govuk-!-width-two-thirds"
            id="search-words"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={200}
            aria-describedby="search-hint"
          />
        </div>
        <button type="submit" className="govuk-button">
          Search
        </button>
      </form>
      {q === '' ? null : (
        <QueryState {...query} what="the search results">
          {(answer) => <Results answer={answer} />}
        </QueryState>
      )}
    </>
  );
}
