/**
 * The public site's own statements, which need no data: their addresses and titles, known to the
 * server's drawing of the site (publicServer.tsx) as well as to the app's pages.
 */
export const PUBLIC_STATEMENTS = [
  { path: '/public/accessibility', title: 'Accessibility statement' },
  { path: '/public/privacy', title: 'Privacy notice' },
  { path: '/public/cookies', title: 'Cookies' },
] as const;

/** When the statements were last checked against the service, as each page says. */
export const STATEMENTS_REVIEWED = '6 December 2026';
