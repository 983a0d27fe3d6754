// GOV.UK Frontend ships its JavaScript without type declarations: these cover the part we use.
declare module 'govuk-frontend' {
  /** Makes the service navigation's Menu button show and hide the list on narrow screens. */
  export const ServiceNavigation: new ($root: Element) => object;
}
