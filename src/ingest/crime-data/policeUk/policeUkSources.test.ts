import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { policeUkBytes, policeUkSources, type PoliceUkSource } from './policeUkSources.js';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-sources-'));
afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

async function collect(paths: string[]): Promise<{ source: PoliceUkSource; text: string | null }[]> {
  const found = [];
  for await (const source of policeUkSources(paths)) {
    let text: string | null = null;
    if (source.kind === 'entry') {
      const chunks: Buffer[] = [];
      for await (const chunk of await source.open()) chunks.push(chunk);
      text = Buffer.concat(chunks).toString('utf8');
    }
    found.push({ source, text });
  }
  return found;
}

describe('police.uk sources', () => {
  it('walk month folders in order, and pass over files that are not CSVs', async () => {
    const tree = path.join(folder, 'tree');
    fs.mkdirSync(path.join(tree, '2018-05'), { recursive: true });
    fs.mkdirSync(path.join(tree, '2018-04'), { recursive: true });
    fs.writeFileSync(path.join(tree, '2018-05', '2018-05-kent-street.csv'), 'may');
    fs.writeFileSync(path.join(tree, '2018-04', '2018-04-kent-street.csv'), 'april');
    fs.writeFileSync(path.join(tree, '2018-04', 'notes.txt'), 'x');
    const found = await collect([tree]);
    expect(found.map((f) => f.text)).toEqual(['april', null, 'may']);
    expect(found[1]?.source).toMatchObject({
      kind: 'skipped',
      failed: false,
      message: 'not a CSV file or a zip archive',
    });
  });

  it('stream an archive entry by entry, reporting entries that are not police.uk files', async () => {
    const zipFile = path.join(folder, 'archive.zip');
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from('street rows'), '2018-04/2018-04-kent-street.csv');
    zip.addBuffer(Buffer.from('searches'), '2018-04/2018-04-kent-stop-and-search.csv');
    zip.addBuffer(Buffer.from('?'), '2018-04/README.txt');
    zip.addEmptyDirectory('2018-05');
    zip.end();
    const out = fs.createWriteStream(zipFile);
    zip.outputStream.pipe(out);
    await once(out, 'close');
    const found = await collect([zipFile]);
    expect(found.map((f) => [f.source.file.slice(folder.length + 1), f.source.kind, f.text])).toEqual([
      ['archive.zip:2018-04/2018-04-kent-street.csv', 'entry', 'street rows'],
      ['archive.zip:2018-04/2018-04-kent-stop-and-search.csv', 'entry', 'searches'],
      ['archive.zip:2018-04/README.txt', 'skipped', null],
    ]);
    expect(found[0]?.source).toMatchObject({ slice: { force: 'kent', month: '2018-04', layout: 'street' } });
    expect(await policeUkBytes([zipFile])).toBe('street rows'.length + 'searches'.length + 1);
  });

  it('report and skip an entry whose name climbs out of the archive, and stream the entries after it', async () => {
    const zipFile = path.join(folder, 'climbing.zip');
    const zip = new yazl.ZipFile();
    // yazl will not write "../x"; a name of the same length is written and then changed in place.
    zip.addBuffer(Buffer.from('outside'), 'zz/outside.txt');
    zip.addBuffer(Buffer.from('street rows'), '2018-04-kent-street.csv');
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
    const bytes = Buffer.concat(chunks);
    for (let at = bytes.indexOf('zz/outside.txt'); at !== -1; at = bytes.indexOf('zz/outside.txt', at + 1))
      bytes.write('../outside.txt', at);
    fs.writeFileSync(zipFile, bytes);
    const found = await collect([zipFile]);
    expect(found.map((f) => [f.source.file.slice(folder.length + 1), f.source.kind, f.text])).toEqual([
      ['climbing.zip:../outside.txt', 'skipped', null],
      ['climbing.zip:2018-04-kent-street.csv', 'entry', 'street rows'],
    ]);
    expect(found[0]?.source).toMatchObject({
      failed: false,
      message: "the entry's name is not a safe path (invalid relative path: ../outside.txt): it is not read",
    });
  });

  it('fail for a path that does not exist and for a CSV named unlike police.uk files', async () => {
    fs.writeFileSync(path.join(folder, 'crimes.csv'), 'x');
    const found = await collect([path.join(folder, 'missing'), path.join(folder, 'crimes.csv')]);
    const skipped = found.map((f) =>
      f.source.kind === 'skipped' ? [f.source.failed, f.source.message.slice(0, 36)] : [],
    );
    expect(skipped).toEqual([
      [true, 'there is no such file or folder'],
      [true, 'the name does not say force, month a'],
    ]);
  });
});
