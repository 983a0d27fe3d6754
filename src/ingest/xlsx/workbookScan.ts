/**
 * Unpacks each part of a workbook as a stream, counting its bytes and each sheet's rows, before the
 * workbook is loaded: memory stays small whatever the zip's directory claims, and a sheet of too
 * many rows is refused before a single row is built.
 */
import type { Readable } from 'node:stream';
import type yauzl from 'yauzl';
import { openZipBuffer, tooBig, WorkbookRefused, zipParts, type WorkbookLimits } from './workbookLimits.js';

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const ROW_TAG = /<(?:[A-Za-z_][\w.-]*:)?row[\s/>]/g;
const DIMENSION = /<(?:[A-Za-z_][\w.-]*:)?dimension\b[^>]*?\bref="[A-Z]*\d*:?[A-Z]*(\d+)"/;
// An unfinished tag at a chunk's end is carried into the next; a row tag's telling start is short.
const LONGEST_TAG_START = 64;

function partStream(zip: yauzl.ZipFile, part: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(part, (error, stream) => {
      if (error) reject(error);
      else resolve(stream);
    });
  });
}

interface Unpacked {
  total: number;
}

async function unpack(
  zip: yauzl.ZipFile,
  part: yauzl.Entry,
  unpacked: Unpacked,
  limits: WorkbookLimits,
): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await partStream(zip, part)) {
    unpacked.total += (chunk as Buffer).length;
    if (unpacked.total > limits.maxUnpackedBytes) throw new WorkbookRefused(tooBig(unpacked.total, limits));
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlText(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => ENTITIES[entity] ?? '');
}

/** Sheet parts by name ("xl/worksheets/sheet2.xml" → "Items"), from the workbook and its links. */
function sheetNames(workbookXml: string, linksXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const link of linksXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(link[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(link[0])?.[1];
    if (id !== undefined && target !== undefined) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const names = new Map<string, string>();
  for (const sheet of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(sheet[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(sheet[0])?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && target !== undefined) names.set(target, xmlText(name));
  }
  return names;
}

function tooManyRows(sheet: string, declared: number | null, limits: WorkbookLimits): WorkbookRefused {
  const most = limits.maxSheetRows.toLocaleString('en-GB');
  const rows = declared === null ? 'has more rows' : `declares ${declared.toLocaleString('en-GB')} rows, more`;
  return new WorkbookRefused(`the sheet "${sheet}" ${rows} than the ${most} a sheet may have`);
}

async function countRows(
  zip: yauzl.ZipFile,
  part: yauzl.Entry,
  sheet: string,
  unpacked: Unpacked,
  limits: WorkbookLimits,
): Promise<void> {
  let rows = 0;
  let carried = '';
  let first = true;
  for await (const chunk of await partStream(zip, part)) {
    unpacked.total += (chunk as Buffer).length;
    if (unpacked.total > limits.maxUnpackedBytes) throw new WorkbookRefused(tooBig(unpacked.total, limits));
    const text = carried + (chunk as Buffer).toString('latin1');
    const declared = first ? Number(DIMENSION.exec(text)?.[1] ?? 0) : 0;
    if (declared > limits.maxSheetRows) throw tooManyRows(sheet, declared, limits);
    first = false;
    const lastTag = text.lastIndexOf('<');
    const cut = lastTag >= 0 && text.length - lastTag < LONGEST_TAG_START ? lastTag : text.length;
    rows += text.slice(0, cut).match(ROW_TAG)?.length ?? 0;
    carried = text.slice(cut);
    if (rows > limits.maxSheetRows) throw tooManyRows(sheet, null, limits);
  }
  rows += carried.match(ROW_TAG)?.length ?? 0;
  if (rows > limits.maxSheetRows) throw tooManyRows(sheet, null, limits);
}

/** Throws WorkbookRefused when the workbook, unpacked, is bigger than the limits allow. */
export async function scanWorkbook(content: Buffer, limits: WorkbookLimits): Promise<void> {
  const zip = await openZipBuffer(content);
  const parts = await zipParts(zip, limits);
  const byName = new Map(parts.map((part) => [part.fileName, part]));
  const unpacked: Unpacked = { total: 0 };
  const workbook = byName.get('xl/workbook.xml');
  const links = byName.get('xl/_rels/workbook.xml.rels');
  const names =
    workbook === undefined || links === undefined
      ? new Map<string, string>()
      : sheetNames(await unpack(zip, workbook, unpacked, limits), await unpack(zip, links, unpacked, limits));
  for (const part of parts) {
    if (part === workbook || part === links) continue;
    if (SHEET_PART.test(part.fileName)) {
      await countRows(zip, part, names.get(part.fileName) ?? part.fileName, unpacked, limits);
    } else {
      for await (const chunk of await partStream(zip, part)) {
        unpacked.total += (chunk as Buffer).length;
        if (unpacked.total > limits.maxUnpackedBytes) throw new WorkbookRefused(tooBig(unpacked.total, limits));
      }
    }
  }
}
