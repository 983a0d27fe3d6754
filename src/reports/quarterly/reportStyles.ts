/**
 * The report's own style sheet, inline so the file stands alone (no fonts or scripts fetched): plain
 * GOV.UK-like type on screen, A4 pages in print with each chapter on a new page.
 */
export const REPORT_CSS = `
:root { color: #0b0c0c; }
body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; margin: 0 auto; max-width: 48rem; padding: 1.5rem; }
h1 { font-size: 26pt; margin: 0 0 0.5rem; }
h2 { font-size: 17pt; margin: 2rem 0 0.75rem; border-top: 3px solid #1d70b8; padding-top: 0.5rem; }
h3 { font-size: 13pt; margin: 1.5rem 0 0.5rem; }
p { margin: 0 0 0.6rem; }
a { color: #1d70b8; }
.cover { border-left: 10px solid #1d70b8; padding: 1rem 0 1rem 1.25rem; margin-bottom: 2rem; }
.cover .period { font-size: 17pt; margin-bottom: 1rem; }
.cover .meta { color: #505a5f; }
.contents ul { list-style: none; padding-left: 0; }
.contents li { margin-bottom: 0.25rem; display: flex; gap: 0.5rem; }
.contents .page { margin-left: auto; }
.summary-title { font-weight: bold; margin-top: 1.25rem; }
.summary { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(3, 1fr); gap: 0.5rem; }
.summary li { border-top: 4px solid #1d70b8; background: #f3f2f1; padding: 0.4rem 0.6rem; }
.summary .count { display: block; font-size: 20pt; font-weight: bold; line-height: 1.1; }
.summary .what { font-size: 10pt; }
.cover-headlines { padding-left: 1.25rem; }
figure { margin: 0.5rem 0; }
.milestone { border-left: 4px solid #b1b4b6; padding: 0.25rem 0 0.25rem 0.75rem; margin: 0 0 1rem; break-inside: avoid; }
.milestone.due { border-left-color: #1d70b8; }
.milestone .statement { margin-bottom: 0.35rem; }
.milestone.due .statement { font-weight: bold; }
.milestone .ref { color: #505a5f; font-weight: normal; }
.status { display: inline-block; font-weight: bold; padding: 0 0.4rem; border: 1px solid #0b0c0c; margin-right: 0.4rem; }
.status.none { font-weight: normal; border-style: dashed; color: #505a5f; }
.meta-line { color: #505a5f; font-size: 10pt; }
.carried { font-style: italic; }
.slip { font-weight: bold; border-left: 4px solid #f47738; padding-left: 0.5rem; }
ul.figures { margin: 0.25rem 0 0.5rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.25rem; font-size: 10pt; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.35rem; }
th, td { border-bottom: 1px solid #b1b4b6; padding: 0.3rem 0.5rem 0.3rem 0; text-align: left; vertical-align: top; }
th.num, td.num { text-align: right; }
.chart svg { max-width: 100%; height: auto; }
.source { display: block; color: #505a5f; font-size: 9.5pt; }
.source.synthetic { color: #0b0c0c; font-weight: bold; border-left: 4px solid #d4351c; padding-left: 0.4rem; }
.attribution { color: #505a5f; font-size: 9.5pt; }
.legend td:first-child { white-space: nowrap; }
@page { size: A4; margin: 20mm 16mm; }
@media print {
  body { max-width: none; padding: 0; }
  h2 { break-before: page; border-top: none; }
  .cover { break-after: page; }
  a { color: inherit; text-decoration: none; }
}
`;
