import type { ReactNode } from 'react';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { STATEMENTS_REVIEWED } from './publicStatements.js';

/** The frame of each statement: the way back to the public site, the title, the text and when it was reviewed. */
export function Statement({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <Breadcrumbs trail={[{ to: '/public', label: 'Transparency' }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-xl">{title}</h1>
          {children}
          <p className="govuk-body-s bl-statement__reviewed">This page was last reviewed on {STATEMENTS_REVIEWED}.</p>
        </div>
      </div>
    </>
  );
}

export function Para({ children }: { children: ReactNode }) {
  return <p className="govuk-body">{children}</p>;
}

export function Bullets({ items }: { items: readonly ReactNode[] }) {
  return (
    <ul className="govuk-list govuk-list--bullet">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
