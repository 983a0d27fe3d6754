import type { ReactNode } from 'react';
import { NavigationItem } from './NavigationItem.js';

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
  return (
    <section aria-label={label} className="govuk-service-navigation" data-module="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          {serviceName}
          <nav aria-label={menuLabel} className="govuk-service-navigation__wrapper">
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
