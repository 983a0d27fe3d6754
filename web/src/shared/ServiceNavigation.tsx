import { useRef, type ReactNode } from 'react';
import { NavigationItem } from './NavigationItem.js';
import { useGovukComponent } from './useGovukComponent.js';

interface ServiceNavigationProps {
  /** The accessible names of the section and of the menu within it. */
  label: string;
  menuLabel: string;
  listId: string;
  items: readonly { to: string; label: string }[];
  isActive: (to: string) => boolean;
  /** The name shown before the items, if the menu has one of its own. */
  serviceName?: ReactNode;
}

/** The GOV.UK service navigation: one row of links under the header, the current page marked. */
export function ServiceNavigation({ label, menuLabel, listId, items, isActive, serviceName }: ServiceNavigationProps) {
  const root = useRef<HTMLElement>(null);
  // On a narrow screen the script hides the list behind the Menu button and shows the button.
  useGovukComponent(root, 'govuk-service-navigation');
  return (
    <section ref={root} aria-label={label} className="govuk-service-navigation" data-module="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          {serviceName}
          <nav aria-label={menuLabel} className="govuk-service-navigation__wrapper">
            <button
              type="button"
              className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
              aria-controls={listId}
              hidden
              aria-hidden="true"
            >
              {menuLabel}
            </button>
            <ul className="govuk-service-navigation__list" id={listId}>
              {items.map((item) => (
                <NavigationItem key={item.to} {...item} active={isActive(item.to)} />
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </section>
  );
}
