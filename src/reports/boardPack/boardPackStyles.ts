/**
 * What a board pack adds to the report style sheet: a summary of the exceptions on the cover,
 * tags that say their meaning in words (never colour alone), and wide tables that fit an A4 page.
 */
export const BOARD_PACK_CSS = `
body { max-width: 60rem; }
.cover .board { font-size: 13pt; font-weight: bold; color: #1d70b8; margin-bottom: 0.25rem; text-transform: uppercase; letter-spacing: 0.04em; }
.cover .classification { display: inline-block; border: 2px solid #0b0c0c; padding: 0.1rem 0.5rem; font-weight: bold; font-size: 10pt; margin-top: 0.75rem; }
.summary { display: grid; grid-template-columns: repeat(4, 1fr); gap: 0.75rem; margin: 1rem 0 1.5rem; }
.summary div { border-top: 5px solid #1d70b8; background: #f3f2f1; padding: 0.5rem 0.75rem; }
.summary .count { display: block; font-size: 22pt; font-weight: bold; line-height: 1.1; }
.summary .what { display: block; font-size: 10pt; }
.tag { display: inline-block; font-size: 9pt; font-weight: bold; padding: 0 0.35rem; border: 1px solid #0b0c0c; white-space: nowrap; }
.tag.overdue { border-width: 2px; text-transform: uppercase; letter-spacing: 0.03em; }
.tag.delayed { border-style: dashed; }
.tag.closed { background: #f3f2f1; }
.status { font-size: 9pt; white-space: nowrap; }
.why { display: block; margin-top: 0.15rem; }
.note { display: block; color: #505a5f; font-size: 9pt; margin-top: 0.2rem; }
.ref { white-space: nowrap; color: #505a5f; }
.none { color: #505a5f; font-style: italic; }
.sentence { font-size: 9pt; color: #505a5f; display: block; margin-top: 0.15rem; }
table { font-size: 9pt; }
td, th { padding-right: 0.6rem; }
thead th { border-bottom: 2px solid #0b0c0c; }
tbody th { font-weight: normal; }
.tag.concern { border-width: 2px; white-space: normal; }
tr { break-inside: avoid; }
h3 { break-after: avoid; }
.plan-meta { color: #505a5f; font-size: 10pt; }
@media print {
  body { max-width: none; }
  .cover { break-after: auto; }
  h2.first { break-before: auto; border-top: 3px solid #1d70b8; }
  .summary div { background: none; border: 1px solid #0b0c0c; border-top-width: 5px; }
}
`;
