import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import type { QuarterlyReport, ReportMilestone } from '../../domain/publishing/index.js';
import { renderQuarterlyDocx } from './renderQuarterlyDocx.js';

/** The files of a .docx (a zip), by name, as text. */
async function unzip(buffer: Buffer): Promise<Map<string, string>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, file) => {
      if (error) reject(error);
      else resolve(file);
    });
  });
  const files = new Map<string, string>();
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) {
          reject(error);
          return;
        }
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
          zip.readEntry();
        });
      });
    });
    zip.on('end', () => {
      resolve(files);
    });
    zip.on('error', reject);
    zip.readEntry();
  });
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name] ?? '');

/** Each run of the document as its properties and its text, unescaped. */
function runsOf(xml: string): { props: string; text: string }[] {
  return [...xml.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?((?:<w:t[^>]*>[^<]*<\/w:t>)+)<\/w:r>/g)].map((m) => ({
    props: m[1] ?? '',
    text: unescapeXml([...(m[2] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  }));
}

function runWith(xml: string, text: string): { props: string; text: string } {
  const found = runsOf(xml).find((r) => r.text === text);
  if (found === undefined) throw new Error(`no run with the text ${text}`);
  return found;
}

const delivered = { code: 'delivered', label: 'Delivered', symbol: '✓', category: 'delivered', meaning: 'Done.' };

const due: ReportMilestone = {
  ref: 'BP18-05',
  title: 'Set up the task force',
  text: 'Set up and launch the Violent Crime Task Force.',
  due: 'Quarter 1, 2018-19',
  leads: ['Met Operations'],
  reason: 'due',
  status: delivered,
  narrative: 'Formed in April <script>alert(1)</script> & working with "partners" and the \'public\'.',
  figures: ['150 officers'],
  slip: null,
};

const carried: ReportMilestone = {
  ...due,
  ref: 'BP18-01',
  title: 'Review the gangs matrix',
  text: 'Review the gangs matrix with partners.',
  reason: 'carried-forward',
  status: null,
  narrative: null,
  figures: [],
  slip: 'was due Quarter 4, 2017-18; now due Quarter 2, 2018-19 (2 quarters later). Reason: The partners asked for more time.',
};

const report: QuarterlyReport = {
  plan: { key: 'bp', version: 3, title: 'Business Plan 2018-19', owner: 'The force', summary: 'What we will do.' },
  quarter: { code: '2018-19 Q1', title: '2018-19, Quarter 1 (April to June 2018)' },
  asAt: '2018-07-20',
  priorities: [{ title: 'Focus on what matters most', text: 'Violent crime first.' }],
  legend: [delivered, { code: 'some-delay', label: 'Some delay', symbol: '⚠', category: 'delayed', meaning: 'Late.' }],
  headlines: [
    {
      measure: 'All recorded crime',
      sentence: 'All recorded crime rose 4.1%; the rise is significant.',
      verdict: null,
    },
  ],
  charts: [
    {
      title: 'Crime by month',
      categories: ['2018-05', '2018-06'],
      series: [{ name: 'Crimes', values: [10_500, null] }],
    },
  ],
  chapters: [
    {
      ref: '3',
      title: 'Serious violence',
      milestones: [],
      sections: [{ ref: '3.2', title: 'Violent crime', milestones: [due, carried] }],
    },
  ],
  annex: {
    byLead: [{ label: 'Met Operations', counts: { delivered: 1, none: 1 }, total: 2 }],
    byChapter: [{ label: '3 Serious violence', counts: { delivered: 1, none: 1 }, total: 2 }],
  },
  totals: { due: 1, carriedForward: 1, withoutUpdate: 1 },
};

let rendered: Promise<Map<string, string>> | undefined;
/** The report's files, rendered once for the tests that only read them. */
const files = () => (rendered ??= renderQuarterlyDocx(report).then(unzip));

const documentXml = async (r?: QuarterlyReport) =>
  (r === undefined ? await files() : await unzip(await renderQuarterlyDocx(r))).get('word/document.xml') ?? '';

describe('the quarterly report as a Word document', () => {
  it('is a Word package with the body, styles, header and footer', async () => {
    const parts = await files();
    for (const name of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml'])
      expect(parts.has(name)).toBe(true);
    const headers = [...parts].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(headers.some((xml) => xml.includes('Business Plan 2018-19: progress update'))).toBe(true);
    const footers = [...parts].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers.some((xml) => xml.includes('PAGE') && xml.includes('NUMPAGES'))).toBe(true);
  });

  it('gives the same body for the same report, but for the bookmark numbers docx counts up across documents', async () => {
    const normalised = (xml: string) => xml.replace(/_Toc\d+/g, '_Toc').replace(/w:id="\d+"/g, 'w:id=""');
    const again = await documentXml(structuredClone(report));
    expect(normalised(await documentXml())).toBe(normalised(again));
  });

  it('has a cover with the title, period, long "as at" date, owner and plan version, on A4', async () => {
    const xml = await documentXml();
    const texts = runsOf(xml).map((r) => r.text);
    for (const line of [
      'Business Plan 2018-19: progress update',
      '2018-19, Quarter 1 (April to June 2018)',
      'As at 20 July 2018',
      'The force',
      'Plan version 3',
    ])
      expect(texts).toContain(line);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('uses Word heading styles, a page break before each chapter, and a table of contents of the headings', async () => {
    const xml = await documentXml();
    expect(xml).toMatch(
      /<w:pStyle w:val="Heading1"\/><w:pageBreakBefore\/>.*?<w:t xml:space="preserve">3 Serious violence<\/w:t>/,
    );
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>.*?<w:t xml:space="preserve">Violent crime<\/w:t>/);
    const field = unescapeXml(/<w:instrText[^>]*>(TOC [^<]*)<\/w:instrText>/.exec(xml)?.[1] ?? '');
    expect(field).toContain('\\o "1-2"');
    expect(field).toContain('\\h');
    const paragraphs = xml.split('</w:p>');
    const tocEntries = paragraphs.filter((p) => p.includes('<w:pStyle w:val="TOC'));
    expect(tocEntries.map((p) => runsOf(p).map((r) => r.text)).flat()).toEqual(
      expect.arrayContaining([
        'About this update',
        'Quarter overview',
        '3 Serious violence',
        'Violent crime',
        'Annex: milestones by status',
      ]),
    );
  });

  it('writes the page numbers into the table of contents: cover, contents, then one page each', async () => {
    const xml = await documentXml();
    const entries = xml.split('</w:p>').filter((p) => p.includes('<w:pStyle w:val="TOC'));
    const pageOf = (entry: string) =>
      /PAGEREF [^<]*<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>(\d+)</.exec(entry)?.[1];
    expect(entries.map(pageOf)).toEqual(['3', '4', '5', '5', '6']);
  });

  it('prints the due milestone in bold and the carried-forward one plain, each with its ref, title and status', async () => {
    const xml = await documentXml();
    expect(runWith(xml, due.text).props).toContain('<w:b/>');
    expect(runWith(xml, carried.text).props).not.toContain('<w:b/>');
    for (const text of [due.ref, carried.ref, `   ${due.title}`, `   ${carried.title}`])
      expect(runsOf(xml).map((r) => r.text)).toContain(text);
    expect(runWith(xml, '\u00a0✓ Delivered\u00a0').props).toContain('<w:b/>');
    expect(runWith(xml, '\u00a0No update published for this quarter\u00a0').props).toContain('w:val="dashed"');
    expect(runsOf(xml).map((r) => r.text)).toContain(
      'Carried forward: due in an earlier quarter and not yet delivered.',
    );
    expect(runWith(xml, `Slipped: ${carried.slip ?? ''}`).props).toContain('<w:b/>');
    expect(runsOf(xml).map((r) => r.text)).toContain('Due Quarter 1, 2018-19 · Lead: Met Operations');
  });

  it('writes the slip of a milestone due this quarter whose deadline moved, with its reason', async () => {
    const slip =
      'was due Quarter 1, 2018-19; now due Quarter 3, 2018-19 (2 quarters later). Reason: The supplier signed late.';
    const moved = { ...due, due: 'Quarter 3, 2018-19', slip };
    const xml = await documentXml({
      ...report,
      chapters: [{ ref: '3', title: 'Serious violence', milestones: [moved], sections: [] }],
    });
    const texts = runsOf(xml).map((r) => r.text);
    expect(texts).toContain('Due Quarter 3, 2018-19 · Lead: Met Operations');
    expect(texts).toContain(`Slipped: ${slip}`);
  });

  it('writes every status of the legend as symbol, word and meaning', async () => {
    const texts = runsOf(await documentXml()).map((r) => r.text);
    expect(texts).toEqual(expect.arrayContaining(['How progress is assessed', '✓ Delivered', 'Done.', '⚠ Some delay']));
    expect(texts).toContain('Late.');
  });

  it('escapes XML-special characters and keeps the text intact', async () => {
    const xml = await documentXml();
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; working');
    expect(runsOf(xml).map((r) => r.text)).toContain(`  ${due.narrative ?? ''}`);
  });

  it('gives the chart as a table of its figures, saying so, with a gap in words', async () => {
    const xml = await documentXml();
    const texts = runsOf(xml).map((r) => r.text);
    expect(texts).toContain('Crime by month: the figures');
    expect(texts.some((t) => t.includes('“Crime by month”') && t.includes('given as a table'))).toBe(true);
    expect(texts).toEqual(expect.arrayContaining(['Month', 'Crimes', '2018-05', '10,500', 'Not held']));
    expect(xml).not.toContain('<w:drawing>');
  });

  it('ends with the annex tables, their columns the statuses counted', async () => {
    const xml = await documentXml();
    const annex = xml.slice(xml.lastIndexOf('Annex: milestones by status'));
    const texts = runsOf(annex).map((r) => r.text);
    expect(texts).toEqual(
      expect.arrayContaining(['By lead', 'Lead', 'By chapter', 'Chapter', '✓ Delivered', 'No update', 'Total']),
    );
    expect(texts).not.toContain('⚠ Some delay');
    expect(texts.slice(texts.indexOf('Met Operations'), texts.indexOf('Met Operations') + 4)).toEqual([
      'Met Operations',
      '1',
      '1',
      '2',
    ]);
  });

  it("writes each figure's source under it, a synthetic one in bold, and the licence statements after the figures", async () => {
    const [headline] = report.headlines;
    const [chart] = report.charts;
    if (headline === undefined || chart === undefined) throw new Error('the example report has a headline and a chart');
    const xml = await documentXml({
      ...report,
      headlines: [{ ...headline, source: 'Source: the MPS file.', synthetic: false }],
      charts: [{ ...chart, synthetic: true }],
      attributions: ['Contains public sector information licensed under the Open Government Licence v3.0: MPS data.'],
    });
    expect(runWith(xml, 'Source: the MPS file.').props).not.toContain('<w:b/>');
    expect(runWith(xml, 'Synthetic demo figures, made up to show how the service works: not real.').props).toContain(
      '<w:b/>',
    );
    expect(xml).toContain(
      'Contains public sector information licensed under the Open Government Licence v3.0: MPS data.',
    );
    const order = [
      'Source: the MPS file.',
      'Crime by month: the figures',
      'Synthetic demo figures',
      'Open Government Licence',
    ];
    const places = order.map((text) => xml.indexOf(text));
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });
});
