import { Link } from 'react-router';
import { Bullets, Para, Statement } from './StatementParts.js';

function HowWeTested() {
  return (
    <>
      <h2 className="govuk-heading-l">How we tested this website</h2>
      <Para>Bluelamp’s automated tests read these pages in a real browser (headless Chromium). They:</Para>
      <Bullets
        items={[
          'check every public page with axe-core against the WCAG 2.2 A and AA rules and axe-core’s own best practices',
          'read the home page, measures, progress, reports and board papers with JavaScript turned off, and check that each page’s heading, summary and tables are all there',
          'use a page with the keyboard alone: the skip link, moving through the page with Tab, and downloading a table with Enter',
          'check that every table on a page holds the same figures as its CSV download',
        ]}
      />
      <Para>
        These tests find many problems, but not all of them. This website has not yet been audited by accessibility
        specialists, and we have not yet tested it with disabled people or with screen readers, screen magnifiers or
        speech recognition software. We will publish what we learn when we do.
      </Para>
    </>
  );
}

function WhatIsNotAccessible() {
  return (
    <>
      <h2 className="govuk-heading-l">Parts of this website that are not fully accessible</h2>
      <Bullets
        items={[
          'Charts and the London tile map are pictures of figures. Each has a short description, and the same figures are in a table on the same page, but the chart itself cannot be explored with a screen reader. Without JavaScript the charts are left out and only their tables show.',
          'Some tables have many columns. On a narrow screen they scroll sideways inside their own box rather than reflowing.',
          'The search box in the header needs JavaScript. Without it, use the sections in the menu instead.',
          'Published reports and board papers can be downloaded as Word and PDF files. We generate them with headings and table headers, but we have not checked every file against the PDF/UA standard.',
        ]}
      />
    </>
  );
}

/** The public site's accessibility statement, in the GOV.UK model's order, saying what was and was not tested. */
export function AccessibilityStatementPage() {
  return (
    <Statement title="Accessibility statement">
      <Para>
        This statement covers the public transparency pages of Bluelamp: everything under{' '}
        <Link className="govuk-link" to="/public">
          /public
        </Link>
        , and the open data you can download from them.
      </Para>
      <Para>We want as many people as possible to be able to use these pages. For example, you should be able to:</Para>
      <Bullets
        items={[
          'change colours, contrast levels and fonts using your browser or device settings',
          'move through every page using just a keyboard',
          'read every page, with all its figures, with JavaScript turned off',
          'get the figures behind every chart as a table on the page, and as a CSV file',
        ]}
      />
      <h2 className="govuk-heading-l">Compliance status</h2>
      <Para>
        We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 to level AA. Until specialists have
        audited the pages we can only say that these pages are partially compliant: our own tests pass, and the known
        problems are listed below.
      </Para>
      <WhatIsNotAccessible />
      <HowWeTested />
      <h2 className="govuk-heading-l">Reporting accessibility problems</h2>
      <Para>
        If you find a problem not listed here, or you need information in a different format, contact the organisation
        that publishes these pages, as named in the header. Bluelamp is open-source software, so you can also report a
        problem with the software itself in its public issue tracker.
      </Para>
      <h2 className="govuk-heading-l">Enforcement procedure</h2>
      <Para>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites
        and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to
        your complaint, contact the Equality Advisory and Support Service (EASS).
      </Para>
    </Statement>
  );
}
