/**
 * What the demo knows for comparing forces and scrutinising stop and search, from the reference
 * notes: the Met's most similar group in PEEL 2018/19, the Met's and the City's areas, and
 * London's residents by ethnic group as the PEEL report compares them (59.8% White, 40.2% Black,
 * Asian and minority ethnic) applied to the business plan's "about 8.8 million".
 */
export const DEMO_MOST_SIMILAR_GROUPS: Readonly<Record<string, readonly string[]>> = {
  metropolitan: ['west-midlands', 'greater-manchester', 'west-yorkshire'],
};

export const DEMO_CITY_AREA = { force: 'city-of-london', localAuthorities: ['City of London'] } as const;

const LONDON_RESIDENTS = 8_800_000;

export const DEMO_ETHNIC_POPULATIONS = {
  source: 'Demo: PEEL 2018/19 local population shares (59.8% White) of about 8.8 million Londoners',
  year: 2018,
  area: 'metropolitan',
  groups: [
    { ethnicGroup: 'White', population: Math.round(LONDON_RESIDENTS * 0.598) },
    { ethnicGroup: 'Black, Asian and minority ethnic', population: Math.round(LONDON_RESIDENTS * 0.402) },
  ],
  forcePopulation: LONDON_RESIDENTS,
} as const;
