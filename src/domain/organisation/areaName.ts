/** An area's name as files and people write it, compared without case, spacing or "&" against "and". */
export function normalisedAreaName(text: string): string {
  return text.trim().toLowerCase().replace(/&/g, 'and').replace(/\s+/g, ' ');
}
