/** Small pieces of HTML writing shared by the report renderings. */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe to put between tags or inside an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** An element with escaped text content and optional class. */
export function el(tag: string, text: string, className?: string): string {
  const cls = className === undefined ? '' : ` class="${className}"`;
  return `<${tag}${cls}>${escapeHtml(text)}</${tag}>`;
}

/** Anchor ids from refs ("3.2-vctf" → "part-3-2-vctf"): stable, so links into a report keep working. */
export function anchorOf(ref: string): string {
  return `part-${ref
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** A table with a header row and body rows whose cells are already HTML. */
export function table(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  numericFrom = 1,
): string {
  const head = headers
    .map((h, i) => `<th scope="col"${i >= numericFrom ? ' class="num"' : ''}>${escapeHtml(h)}</th>`)
    .join('');
  const body = rows
    .map(
      (cells) =>
        `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td${i >= numericFrom ? ' class="num"' : ''}>${c}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
