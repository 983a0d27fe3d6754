import { useEffect } from 'react';

/** GOV.UK pages are titled "Page – Service"; screen readers announce it on navigation. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Bluelamp`;
  }, [title]);
}
