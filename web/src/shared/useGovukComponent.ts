import { useEffect, type RefObject } from 'react';
import { ServiceNavigation } from 'govuk-frontend';

const COMPONENTS = { 'govuk-service-navigation': ServiceNavigation } as const;

/**
 * Starts a GOV.UK Frontend component's JavaScript on an element React has rendered. React may
 * run the effect twice (strict mode) or re-render the same element, so the component's own mark
 * of having started keeps it from starting again.
 */
export function useGovukComponent(ref: RefObject<HTMLElement | null>, module: keyof typeof COMPONENTS): void {
  useEffect(() => {
    const root = ref.current;
    if (root === null || root.hasAttribute(`data-${module}-init`)) return;
    try {
      new COMPONENTS[module](root);
    } catch (error) {
      // Without its script the component still works as plain links, as it does before it loads.
      console.warn(`GOV.UK Frontend ${module} did not start:`, error);
    }
  }, [ref, module]);
}
