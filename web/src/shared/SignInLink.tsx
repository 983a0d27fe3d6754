import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';

/** Where to go after signing in: a path of this app only, never another site ("//evil.example"). */
export function safeNextPath(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next.startsWith('/sign-in') ? '/' : next;
}

/** A link to the sign-in page that brings the reader back to this page once signed in. */
export function SignInLink({ className = 'govuk-link', children }: { className?: string; children: ReactNode }) {
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  const to = here === '/' || here.startsWith('/sign-in') ? '/sign-in' : `/sign-in?next=${encodeURIComponent(here)}`;
  return (
    <Link className={className} to={to}>
      {children}
    </Link>
  );
}
