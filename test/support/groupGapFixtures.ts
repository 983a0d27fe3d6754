/**
 * Invented survey results by ethnic group for one borough in two years, in the observation file
 * layout (one row per group, "ethnicity: <group>" in the Breakdown column). Years before the
 * demo's own figures, so the demo never holds the same measure, area and period.
 */
export const GROUP_GAP_FIXTURE = {
  measure: 'public-confidence',
  area: 'Sutton',
  areaCode: 'sutton',
  earlier: 'R12 2013-03',
  later: 'R12 2014-03',
  source: 'Bluelamp test survey',
  fileName: 'confidence-by-ethnicity.csv',
  csv: [
    'Measure,Area,Period,Value,Status,Breakdown,Numerator,Denominator,Sample size,Design effect,As at',
    'public-confidence,Sutton,R12 2013-03,80,final,ethnicity: White,1600,2000,2000,1.2,2013-04-30',
    'public-confidence,Sutton,R12 2013-03,60,final,ethnicity: Black,240,400,400,1.2,2013-04-30',
    'public-confidence,Sutton,R12 2013-03,70,final,ethnicity: Asian,350,500,500,1.2,2013-04-30',
    'public-confidence,Sutton,R12 2013-03,76,final,,2190,2900,2900,1.2,2013-04-30',
    'public-confidence,Sutton,R12 2014-03,80,final,ethnicity: White,1600,2000,2000,1.2,2014-04-30',
    'public-confidence,Sutton,R12 2014-03,72,final,ethnicity: Black,288,400,400,1.2,2014-04-30',
    'public-confidence,Sutton,R12 2014-03,71,final,ethnicity: Asian,355,500,500,1.2,2014-04-30',
    'public-confidence,Sutton,R12 2014-03,66,final,ethnicity: Other,66,100,100,1.2,2014-04-30',
    'public-confidence,Sutton,R12 2014-03,77,final,,2309,3000,3000,1.2,2014-04-30',
  ].join('\n'),
} as const;
