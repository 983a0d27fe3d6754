/** The 43 territorial forces of England and Wales as police.uk names them in files and in rows. */
export const POLICE_FORCES: ReadonlyArray<{ readonly code: string; readonly name: string }> = [
  ['avon-and-somerset', 'Avon and Somerset Constabulary'],
  ['bedfordshire', 'Bedfordshire Police'],
  ['cambridgeshire', 'Cambridgeshire Constabulary'],
  ['cheshire', 'Cheshire Constabulary'],
  ['city-of-london', 'City of London Police'],
  ['cleveland', 'Cleveland Police'],
  ['cumbria', 'Cumbria Constabulary'],
  ['derbyshire', 'Derbyshire Constabulary'],
  ['devon-and-cornwall', 'Devon & Cornwall Police'],
  ['dorset', 'Dorset Police'],
  ['durham', 'Durham Constabulary'],
  ['dyfed-powys', 'Dyfed-Powys Police'],
  ['essex', 'Essex Police'],
  ['gloucestershire', 'Gloucestershire Constabulary'],
  ['greater-manchester', 'Greater Manchester Police'],
  ['gwent', 'Gwent Police'],
  ['hampshire', 'Hampshire Constabulary'],
  ['hertfordshire', 'Hertfordshire Constabulary'],
  ['humberside', 'Humberside Police'],
  ['kent', 'Kent Police'],
  ['lancashire', 'Lancashire Constabulary'],
  ['leicestershire', 'Leicestershire Police'],
  ['lincolnshire', 'Lincolnshire Police'],
  ['merseyside', 'Merseyside Police'],
  ['metropolitan', 'Metropolitan Police Service'],
  ['norfolk', 'Norfolk Constabulary'],
  ['north-wales', 'North Wales Police'],
  ['north-yorkshire', 'North Yorkshire Police'],
  ['northamptonshire', 'Northamptonshire Police'],
  ['northumbria', 'Northumbria Police'],
  ['nottinghamshire', 'Nottinghamshire Police'],
  ['south-wales', 'South Wales Police'],
  ['south-yorkshire', 'South Yorkshire Police'],
  ['staffordshire', 'Staffordshire Police'],
  ['suffolk', 'Suffolk Constabulary'],
  ['surrey', 'Surrey Police'],
  ['sussex', 'Sussex Police'],
  ['thames-valley', 'Thames Valley Police'],
  ['warwickshire', 'Warwickshire Police'],
  ['west-mercia', 'West Mercia Police'],
  ['west-midlands', 'West Midlands Police'],
  ['west-yorkshire', 'West Yorkshire Police'],
  ['wiltshire', 'Wiltshire Police'],
].map(([code, name]) => ({ code: code ?? '', name: name ?? '' }));

/** A force's name from its file code: the known name, or the code in words until a file says. */
export function policeForceName(code: string): string {
  const known = POLICE_FORCES.find((force) => force.code === code);
  if (known !== undefined) return known.name;
  return code
    .split('-')
    .map((word) => (word.length <= 3 ? word.toUpperCase() : `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`))
    .join(' ');
}
