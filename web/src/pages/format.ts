const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2018-05-15" → "15 May 2018", the GOV.UK date style. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return iso;
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}
