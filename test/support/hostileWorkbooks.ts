/**
 * Workbooks as an attacker builds them, for the tests: written part by part with the zip library,
 * so a sheet can be bigger, longer or more tightly packed than any spreadsheet program would save.
 */
import { Readable } from 'node:stream';
import yazl from 'yazl';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '</Types>';
const PACKAGE_LINKS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';
const WORKBOOK_LINKS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '</Relationships>';

function workbookXml(sheet: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheets><sheet name="${sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
}

const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

export function rowXml(row: number, cells: readonly string[]): string {
  const columns = cells.map((text, index) => {
    const reference = `${String.fromCharCode(65 + index)}${row}`;
    return `<c r="${reference}" t="inlineStr"><is><t>${text}</t></is></c>`;
  });
  return `<row r="${row}">${columns.join('')}</row>`;
}

/** One sheet whose XML is the given pieces in turn, zipped as a spreadsheet program would. */
export function workbookOfPieces(
  sheet: string,
  pieces: Iterable<string | Buffer>,
  dimension?: string,
): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(CONTENT_TYPES), '[Content_Types].xml');
  zip.addBuffer(Buffer.from(PACKAGE_LINKS), '_rels/.rels');
  zip.addBuffer(Buffer.from(workbookXml(sheet)), 'xl/workbook.xml');
  zip.addBuffer(Buffer.from(WORKBOOK_LINKS), 'xl/_rels/workbook.xml.rels');
  const start = SHEET_START + (dimension === undefined ? '' : `<dimension ref="${dimension}"/>`) + '<sheetData>';
  function* sheetXml(): Generator<Buffer> {
    yield Buffer.from(start);
    for (const piece of pieces) yield typeof piece === 'string' ? Buffer.from(piece) : piece;
    yield Buffer.from('</sheetData></worksheet>');
  }
  zip.addReadStream(Readable.from(sheetXml()), 'xl/worksheets/sheet1.xml');
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    zip.outputStream.on('error', reject);
  });
}

/** A small file whose one sheet unpacks to `megabytes` of blank text: a zip bomb. */
export function zipBomb(megabytes: number): Promise<Buffer> {
  const blank = Buffer.alloc(1024 * 1024, ' ');
  function* blanks(): Generator<Buffer> {
    for (let written = 0; written < megabytes; written += 1) yield blank;
  }
  return workbookOfPieces('Items', blanks());
}
