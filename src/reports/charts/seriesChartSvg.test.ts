import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seriesChartSvg, type SeriesChartInput } from './seriesChartSvg.js';

const quarters = ['2018-19 Q1', '2018-19 Q2', '2018-19 Q3', '2018-19 Q4'];

const crimes: SeriesChartInput = {
  title: 'Recorded crime, Westminster',
  categories: quarters,
  kind: 'line',
  yAxisName: 'Offences',
  series: [
    { name: 'Burglary', values: [410, 398, 455, 430] },
    { name: 'Robbery', values: [220, 231, 240, 209] },
  ],
};

const milestones: SeriesChartInput = {
  title: 'Milestones by status',
  categories: quarters,
  kind: 'bar',
  series: [
    { name: 'Delivered', values: [3, 8, 12, 20] },
    { name: 'Some delay', values: [6, 5, 4, 2] },
  ],
};

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const TAG = /^<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>$/;

/**
 * Checks that `svg` is one well-formed XML element named svg: tags nest and close in order,
 * attributes are quoted, and text holds no bare `<` or `&`. CDATA (the style block) is skipped.
 */
function expectWellFormedSvg(svg: string): void {
  expect(svg.startsWith('<svg ')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  const body = svg.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const open: string[] = [];
  let closedRoot = false;
  for (const piece of body.split(/(<[^>]*>)/)) {
    if (!piece.startsWith('<')) {
      expect(piece.replace(ENTITY, '')).not.toMatch(/[<&]/);
      if (closedRoot) expect(piece.trim()).toBe('');
      continue;
    }
    const tag = TAG.exec(piece);
    expect(tag, piece).not.toBeNull();
    const [, closing, name = '', attributes = '', selfClosing] = tag ?? [];
    expect(attributes.replace(ENTITY, '')).not.toContain('&');
    expect(closedRoot, `${piece} after the root closed`).toBe(false);
    if (closing === '/') {
      expect(open.pop(), piece).toBe(name);
      closedRoot = open.length === 0;
    } else if (selfClosing !== '/') {
      open.push(name);
    }
  }
  expect(open).toEqual([]);
  expect(svg.match(/<svg[\s>]/g)).toHaveLength(1);
}

/** The `d` of the first series' line: zrender draws each series' line inside its own clip group. */
function firstLinePath(svg: string): string {
  const match = /<g clip-path="url\(#[^)]+\)">\n<path d="([^"]+)"/.exec(svg);
  expect(match).not.toBeNull();
  return match?.[1] ?? '';
}

function drawnPoints(svg: string, seriesIndex: number): number[] {
  const marked = new RegExp(
    `ecmeta_series_index="${seriesIndex}" ecmeta_data_index="(\\d+)" ecmeta_ssr_type="chart"`,
    'g',
  );
  return [...svg.matchAll(marked)].map((match) => Number(match[1]));
}

describe('seriesChartSvg', () => {
  it('gives byte-identical SVG for identical input, also when other charts are drawn in between', async () => {
    const first = await seriesChartSvg(crimes);
    const second = await seriesChartSvg(crimes);
    const bars = await seriesChartSvg(milestones);
    const third = await seriesChartSvg(crimes);
    const barsAgain = await seriesChartSvg(milestones);
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(barsAgain).toBe(bars);
    expect(bars).not.toBe(first);
    expect(first).not.toMatch(/zr\d+-/);
  });

  it("gives different charts different id prefixes so one page's clip paths do not clash", async () => {
    const prefixOf = (svg: string) => /clip-path="url\(#(bl-[0-9a-f]+)-c0\)"/.exec(svg)?.[1];
    const other = await seriesChartSvg({ ...crimes, series: [{ name: 'Burglary', values: [1, 2, 3, 4] }] });
    expect(prefixOf(await seriesChartSvg(crimes))).toMatch(/^bl-[0-9a-f]{12}$/);
    expect(prefixOf(other)).toMatch(/^bl-[0-9a-f]{12}$/);
    expect(prefixOf(other)).not.toBe(prefixOf(await seriesChartSvg(crimes)));
  });

  it.each([crimes, milestones])('shows every category label and series name ($kind)', async (input) => {
    const svg = await seriesChartSvg(input);
    for (const label of input.categories) expect(svg).toContain(`>${label}</text>`);
    for (const series of input.series) expect(svg).toContain(`>${series.name}</text>`);
  });

  it('names the chart for assistive technology with role, aria-label and title', async () => {
    const svg = await seriesChartSvg({ ...crimes, title: 'Crime & disorder <2018-19>' });
    const escaped = 'Crime &amp; disorder &lt;2018-19&gt;';
    expect(svg.startsWith(`<svg role="img" aria-label="${escaped}" `)).toBe(true);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*><title>${escaped}</title>`));
    expectWellFormedSvg(svg);
  });

  it('escapes markup in labels and names', async () => {
    const svg = await seriesChartSvg({
      ...milestones,
      categories: ['A & B', '<C>', '"D"', "E's"],
      series: [{ name: 'Some <delay> & more', values: [1, 2, 3, 4] }],
      yAxisName: 'Count <n>',
    });
    expectWellFormedSvg(svg);
    expect(svg).toContain('>A &amp; B</text>');
    expect(svg).toContain('Some &lt;delay&gt; &amp; more');
  });

  it('draws labels named like Object.prototype members without corrupting the process', async () => {
    const before = await seriesChartSvg(crimes);
    const members = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const svg = await seriesChartSvg({
      ...crimes,
      categories: members,
      series: [{ name: '__proto__', values: [1, 2, 3, 4] }],
      yAxisName: 'valueOf\n__proto__',
    });
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(await seriesChartSvg(crimes)).toBe(before);
    for (const member of members) expect(svg).toContain(`>${member} </text>`);
    expectWellFormedSvg(svg);
  });

  it('leaves a gap in a line where a value is missing rather than drawing a zero', async () => {
    const line = (values: (number | null)[]) =>
      seriesChartSvg({ ...crimes, categories: ['a', 'b', 'c', 'd', 'e'], series: [{ name: 'S', values }] });
    const withGap = await line([5, 6, null, 7, 8]);
    const withZero = await line([5, 6, 0, 7, 8]);
    expect(firstLinePath(withGap).match(/M/g)).toHaveLength(2);
    expect(firstLinePath(withZero).match(/M/g)).toHaveLength(1);
    expect(drawnPoints(withGap, 0)).toEqual([0, 1, 3, 4]);
    expect(drawnPoints(withZero, 0)).toEqual([0, 1, 2, 3, 4]);
  });

  it('draws no bar where a value is missing', async () => {
    const svg = await seriesChartSvg({ ...milestones, series: [{ name: 'Delivered', values: [3, null, 12, 20] }] });
    expect(drawnPoints(svg, 0)).toEqual([0, 2, 3]);
  });

  it('tells series apart by dash and symbol as well as colour', async () => {
    const svg = await seriesChartSvg(crimes);
    const [first = '', second = ''] = [...svg.matchAll(/<g clip-path="[^"]+">\n(<path [^>]+>)/g)].map((m) => m[1]);
    expect(first).not.toContain('stroke-dasharray');
    expect(second).toContain('stroke-dasharray');
    const bars = await seriesChartSvg(milestones);
    expect(bars).toMatch(/<pattern [^>]*id="bl-[0-9a-f]+-p0"/);
  });

  it('refuses values that are not finite numbers and series of the wrong length', async () => {
    const bad = (values: (number | null)[]) => seriesChartSvg({ ...crimes, series: [{ name: 'S', values }] });
    await expect(bad([1, Number.NaN, 3, 4])).rejects.toThrow(/series "S" has NaN for 2018-19 Q2/);
    await expect(bad([1, Infinity, 3, 4])).rejects.toThrow(RangeError);
    await expect(bad([1, 2, 3])).rejects.toThrow(/3 values for 4 categories/);
  });

  it('names the chart when ECharts itself cannot draw it', async () => {
    const tiny = seriesChartSvg({ ...crimes, series: [{ name: 'S', values: [1e-300, 0, 0, 0] }] });
    await expect(tiny).rejects.toThrow('ECharts could not draw the chart "Recorded crime, Westminster"');
  });

  it('renders any small numeric series as one well-formed <svg> element, the same each time', async () => {
    // Figures as reports hold them: up to a million either side of zero, to three decimal places.
    const figure = fc.integer({ min: -1e9, max: 1e9 }).map((thousandths) => thousandths / 1000);
    const value = fc.option(figure, { nil: null, freq: 4 });
    const chart = fc.integer({ min: 1, max: 6 }).chain((count) =>
      fc.record({
        kind: fc.constantFrom<'line' | 'bar'>('line', 'bar'),
        categories: fc.constant(Array.from({ length: count }, (_, i) => `Q${i + 1}`)),
        series: fc.array(
          fc.record({
            name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
            values: fc.array(value, { minLength: count, maxLength: count }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(chart, async ({ kind, categories, series }) => {
        const input: SeriesChartInput = { title: 'Property', kind, categories, series };
        const svg = await seriesChartSvg(input);
        expectWellFormedSvg(svg);
        expect(await seriesChartSvg(input)).toBe(svg);
      }),
      { numRuns: 60 },
    );
  });
});
