import { useEffect } from 'react';

/** GOV.UK pages are titled "Page – Service"; screen readers announce it on navigation. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Bluelamp`;
  }, [title]);
}

const ERROR_PREFIX = 'Error: ';

/**
 * While a form shows its problems the page title starts "Error: ", as GOV.UK asks, so that a
 * screen reader user hears at once that the form was not accepted; the prefix goes when they do.
 */
export function useErrorTitle(): void {
  useEffect(() => {
    if (!document.title.startsWith(ERROR_PREFIX)) document.title = `${ERROR_PREFIX}${document.title}`;
    return () => {
      if (document.title.startsWith(ERROR_PREFIX)) document.title = document.title.slice(ERROR_PREFIX.length);
    };
  }, []);
}
