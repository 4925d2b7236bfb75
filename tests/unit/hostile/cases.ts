/**
 * The hostile and broken inputs, made at test time (names that are not UTF-8, FIFOs,
 * sockets, links and paths beyond PATH_MAX cannot live in git). Each case writes its files into
 * a content folder and says what the log must hold for each of them; the expectations are read
 * from the input the case builds (the byte offset it put a stray byte at, the cell it replaced),
 * never from the program's output.
 *
 * Used by hostile.test.ts (each case in its own run beside the five sample reports, then all of
 * them in one run) and by tests/e2e/hostile.test.ts (the whole folder built into a site).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants as zlibConstants, crc32, deflateRawSync, deflateSync } from 'node:zlib';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { Report } from '../../../src/lib/template/schema.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
export const SEEDS = join(ROOT, 'content', 'reports');
const FIXTURES = join(ROOT, 'tests', 'fixtures');

/** Set A in tab-separated text (tests/fixtures/layouts/tab.txt): numbers typed by hand in set-a.ts. */
export const SET_A = readFileSync(join(FIXTURES, 'layouts', 'tab.txt'), 'utf8');
/** 钱店镇 2024 (a sample report), as text. */
export const QIANDIAN = readFileSync(join(SEEDS, '004_8f4f033ed63f27b4.txt'), 'utf8');

export interface Expected {
  /** The path as the log prints it. */
  path: string;
  status: 'ok' | 'partial' | 'failed' | 'skipped';
  /** A code the entry's messages must carry (`path: code: …` or `path: level: code: …`). */
  code?: string;
  /** Further text one message must hold. */
  says?: RegExp;
  /** Text other messages of the entry must hold, each in one of them. */
  alsoSays?: RegExp[];
  /** Further checks of the report that came out of the path (and of the output folder). */
  report?: (report: Report, out: string) => void;
}

export interface Case {
  name: string;
  /** Writes the case's files into `dir` (the content folder); returns what each path must log. */
  make(dir: string): Expected[];
  /** Needs a user other than root to mean anything (file permissions). */
  unprivileged?: true;
  /** Means something only at the top of the content folder (agencies.csv). */
  top?: true;
}

const bytesPath = (dir: string, name: Buffer) => Buffer.concat([Buffer.from(`${dir}/`), name]);

/** Set A with one printed cell replaced: `before` must occur exactly once. */
function setA(before: string, after: string): string {
  if (SET_A.split(before).length !== 2) throw new Error(`set A does not hold "${before}" exactly once`);
  return SET_A.replace(before, after);
}

/** A zip archive written by hand, so that an entry can declare a size it does not have. */
export function zip(entries: { name: string; data: Buffer; declared?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const packed = deflateRawSync(entry.data);
    const size = entry.declared ?? entry.data.length;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A DOCX whose main document is `body` (WordprocessingML paragraphs). */
function docx(body: string, declared?: number): Buffer {
  const document = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>') },
    { name: 'word/document.xml', data: document, declared },
  ]);
}

/** An OFD (GB/T 33190) of one page whose content layer is `layer`; `extra` entries are added after the page. */
function ofd(layer: string, extra: { name: string; data: Buffer }[] = []): Buffer {
  const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
  return zip([
    { name: 'OFD.xml', data: Buffer.from(`<ofd:OFD ${ns} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`) },
    { name: 'Doc_0/Document.xml', data: Buffer.from(`<ofd:Document ${ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID="10" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`) },
    { name: 'Doc_0/Pages/Page_0/Content.xml', data: Buffer.from(`<ofd:Page ${ns}><ofd:Content><ofd:Layer ID="2">${layer}</ofd:Layer></ofd:Content></ofd:Page>`) },
    ...extra,
  ]);
}

/** One OFD TextObject printing `text` at (x, y) millimetres. */
function ofdText(text: string, x = 20, y = 40): string {
  return `<ofd:TextObject ID="1" Boundary="${x} ${y - 5} 170 6" Font="3" Size="4"><ofd:TextCode X="0" Y="5">${text}</ofd:TextCode></ofd:TextObject>`;
}

/** A PDF written by hand: `pages` pages, each printing `text` (ASCII) in Helvetica. */
function pdf(pages: number, text: string): Buffer {
  const objects: string[] = [];
  const font = 3;
  const kids = Array.from({ length: pages }, (_, i) => `${4 + 2 * i} 0 R`).join(' ');
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Count ${pages} /Kids [${kids}] >>`;
  objects[font] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  for (let i = 0; i < pages; i++) {
    const stream = `BT /F1 12 Tf 72 400 Td (${text} ${i + 1}) Tj ET`;
    objects[4 + 2 * i] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`;
    objects[5 + 2 * i] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  }
  return pdfOf(objects);
}

/** A PDF of the given objects (numbered from 1, the catalog first), with its cross-reference table; binary streams as latin1. */
function pdfOf(objects: string[]): Buffer {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = out.length;
    out += `${n} 0 obj\n${objects[n]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A scanned PDF of one page showing one grey image that declares `width`×`height` pixels (its data: a few zeros). */
function imagePdf(width: number, height: number): Buffer {
  const data = deflateSync(Buffer.alloc(1000)).toString('latin1');
  const content = 'q 612 0 0 792 0 0 cm /Im1 Do Q';
  return pdfOf([
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>\nstream\n${data}\nendstream`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ]);
}

/**
 * A grey TIFF of `width`×`height` pixels in one Deflate strip that inflates to `inflated` bytes of
 * zeros: the same deflated MiB of zeros, as blocks one after another, is small to make however much
 * it inflates to.
 */
function deflateTiff(width: number, height: number, inflated: number): Buffer {
  const mib = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  // zlib's header, the blocks, an empty final block, and a checksum that no reader of this strip checks.
  const strip = Buffer.concat([Buffer.from([0x78, 0x9c]), ...Array<Buffer>(inflated / (1024 * 1024)).fill(mib), Buffer.from([0x03, 0x00]), Buffer.alloc(4)]);
  // Tag, type (3 SHORT, 4 LONG), value: the entries of the one page, in the order of their tags.
  const entries: [number, number, number][] = [
    [256, 3, width], [257, 3, height], [258, 3, 8], [259, 3, 8], [262, 3, 1], [273, 4, 0], [277, 3, 1], [278, 3, height], [279, 4, strip.length],
  ];
  const ifd = Buffer.alloc(2 + entries.length * 12 + 4);
  const stripAt = 8 + ifd.length;
  ifd.writeUInt16LE(entries.length, 0);
  entries.forEach(([tag, type, value], i) => {
    const at = 2 + i * 12;
    ifd.writeUInt16LE(tag, at);
    ifd.writeUInt16LE(type, at + 2);
    ifd.writeUInt32LE(1, at + 4);
    if (type === 3) ifd.writeUInt16LE(value, at + 8);
    else ifd.writeUInt32LE(tag === 273 ? stripAt : value, at + 8);
  });
  const header = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]);
  return Buffer.concat([header, ifd, strip]);
}

function utf32(text: string, littleEndian: boolean): Buffer {
  const points = [...text].map((c) => c.codePointAt(0)!);
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (littleEndian ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
  return out;
}

/** Set A's 12 applications of natural persons were made unreadable; the company's 3 beside them stay. */
function newReceivedNull(r: Report): void {
  assert.deepEqual([r.applications.newReceived.naturalPerson, r.applications.newReceived.commercialEnterprise], [null, 3]);
}

/** Runs a short Node program (for what this process must not do itself: chdir, a socket left behind). */
function node(script: string, ...args: string[]): void {
  const run = spawnSync(process.execPath, ['-e', script, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
}

/** A path in the temporary folder, outside any content folder, holding `text`, marked 私人 (private) so that a test sees whether it leaked. */
function privateFile(name: string, text: string): string {
  const outside = join(tmpdir(), `hostile-private-${process.pid}-${name}`);
  writeFileSync(outside, text);
  return outside;
}

/** A manifest row that names no report of the sample folder: kept, it is logged as unused. */
const UNUSED_ROW = '没有的镇,411625106';
const unusedRow = (line: number) => new RegExp(`agencies\\.csv:${line}: manifest-unused: "没有的镇"`);

export const CASES: Case[] = [
  // --- Inputs that once stopped a whole run
  {
    name: 'a file name in GBK bytes (an archive unzipped from Windows)',
    make(dir) {
      writeFileSync(bytesPath(dir, Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x2e, 0x74, 0x78, 0x74])), `${QIANDIAN}\n（GBK 文件名）\n`);
      return [{ path: '\\xd6\\xd0\\xce\\xc4.txt', status: 'ok' }];
    },
  },
  {
    name: 'a file name in Latin-1 bytes',
    make(dir) {
      writeFileSync(bytesPath(dir, Buffer.from('caf\xe9.txt', 'latin1')), `${QIANDIAN}\n（Latin-1 文件名）\n`);
      return [{ path: 'caf\\xe9.txt', status: 'ok' }];
    },
  },
  {
    name: 'a file that cannot be read (permissions)',
    unprivileged: true,
    make(dir) {
      writeFileSync(join(dir, 'locked.txt'), QIANDIAN, { mode: 0o000 });
      return [{ path: 'locked.txt', status: 'failed', code: 'unreadable-file', says: /EACCES/ }];
    },
  },
  {
    name: 'a folder that cannot be read (permissions)',
    unprivileged: true,
    make(dir) {
      mkdirSync(join(dir, 'closed'));
      writeFileSync(join(dir, 'closed', 'inside.txt'), QIANDIAN);
      spawnSync('chmod', ['000', join(dir, 'closed')]);
      return [{ path: 'closed/', status: 'failed', code: 'unreadable-folder', says: /EACCES/ }];
    },
  },
  {
    name: 'a number of 400 digits in table 三',
    make(dir) {
      writeFileSync(join(dir, 'digits400.txt'), setA('一、本年新收政府信息公开申请数量\t\t12\t', `一、本年新收政府信息公开申请数量\t\t${'9'.repeat(400)}\t`));
      return [{ path: 'digits400.txt', status: 'partial', code: 'number-invalid', says: /applications\.newReceived\.naturalPerson/, report: newReceivedNull }];
    },
  },
  {
    name: 'a 20-digit count (beyond Number.MAX_SAFE_INTEGER)',
    make(dir) {
      writeFileSync(join(dir, 'digits20.txt'), setA('一、本年新收政府信息公开申请数量\t\t12\t', '一、本年新收政府信息公开申请数量\t\t12345678901234567890\t'));
      return [{ path: 'digits20.txt', status: 'partial', code: 'number-invalid', says: /applications\.newReceived\.naturalPerson/, report: newReceivedNull }];
    },
  },
  {
    name: 'a negative count',
    make(dir) {
      writeFileSync(join(dir, 'negative.txt'), setA('行政许可\t35', '行政许可\t-35'));
      return [
        {
          path: 'negative.txt',
          status: 'partial',
          code: 'number-invalid',
          says: /activeDisclosure\.licensing/,
          report: (r) => assert.deepEqual([r.activeDisclosure.licensing, r.activeDisclosure.penalty], [null, 12]),
        },
      ];
    },
  },
  {
    name: 'an Infinity reaching a fee',
    make(dir) {
      writeFileSync(join(dir, 'fee-infinity.txt'), setA('行政事业性收费\t1.25', `行政事业性收费\t${'9'.repeat(400)}`));
      return [
        {
          path: 'fee-infinity.txt',
          status: 'partial',
          code: 'number-invalid',
          says: /activeDisclosure\.feesWanYuan/,
          report: (r) => assert.deepEqual([r.activeDisclosure.feesWanYuan, r.activeDisclosure.licensing], [null, 35]),
        },
      ];
    },
  },
  {
    name: 'an Infinity reaching a pre-2019 total',
    make(dir) {
      const text = readFileSync(join(FIXTURES, 'formats', 'pre2019.txt'), 'utf8').replace('主动公开政府信息156条', `主动公开政府信息${'9'.repeat(400)}条`);
      writeFileSync(join(dir, 'pre2019-infinity.txt'), text);
      return [
        {
          path: 'pre2019-infinity.txt',
          status: 'partial',
          code: 'number-invalid',
          says: /pre2019\.activeDisclosed/,
          // 共受理政府信息公开申请4件 is still read.
          report: (r) => assert.deepEqual([r.pre2019?.activeDisclosed, r.pre2019?.applicationsTotal], [null, 4]),
        },
      ];
    },
  },
  {
    name: 'a DOCX of 5 million empty paragraphs',
    make(dir) {
      writeFileSync(join(dir, 'paragraphs.docx'), docx('<w:p/>'.repeat(5_000_000)));
      return [{ path: 'paragraphs.docx', status: 'failed', code: 'too-large', says: /paragraphs and table rows/ }];
    },
  },
  {
    name: '60 MB of newlines',
    make(dir) {
      writeFileSync(join(dir, 'newlines.txt'), Buffer.alloc(60_000_000, 0x0a));
      return [{ path: 'newlines.txt', status: 'skipped', code: 'not-a-report', says: /100,000行/ }];
    },
  },
  {
    name: 'a path over 4,096 bytes',
    make(dir) {
      node("const fs=require('fs');process.chdir(process.argv[1]);fs.mkdirSync('deep');process.chdir('deep');const n='d'.repeat(250);for(let i=0;i<17;i++){fs.mkdirSync(n);process.chdir(n);}fs.writeFileSync('r.txt','x');", dir);
      // The first folder whose path reaches PATH_MAX: `<dir>/deep/` and k folders of 251 bytes each.
      const k = Math.ceil((4096 - (dir.length + '/deep'.length)) / 251);
      return [{ path: `deep/${Array(k).fill('d'.repeat(250)).join('/')}`, status: 'failed', code: 'path-too-long' }];
    },
  },
  // --- Files that were once not accounted for
  {
    name: 'a symlink to /etc, a link loop, a link to a private file outside, a dangling link',
    make(dir) {
      const outside = privateFile('private.txt', `${QIANDIAN}\n私人文件\n`);
      symlinkSync('/etc', join(dir, 'etc'));
      symlinkSync('.', join(dir, 'loop'));
      symlinkSync(outside, join(dir, 'private.txt'));
      symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.txt'));
      return ['dangling.txt', 'etc', 'loop', 'private.txt'].map((path) => ({ path, status: 'skipped' as const, code: 'symlink', says: /not followed/ }));
    },
  },
  {
    name: 'a FIFO and a socket',
    make(dir) {
      spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
      // A socket outlives a process that ends without closing it.
      node("require('net').createServer().listen(process.argv[1], () => process.exit(0))", join(dir, 'socket.txt'));
      return [
        { path: 'pipe.txt', status: 'skipped', code: 'special-file', says: /FIFO/ },
        { path: 'socket.txt', status: 'skipped', code: 'special-file', says: /socket/ },
      ];
    },
  },
  // --- Data once lost, or numbers once trusted too easily
  {
    name: 'a lone 0xFF in a UTF-8 report',
    make(dir) {
      const at = Buffer.byteLength(QIANDIAN.slice(0, QIANDIAN.indexOf('一、总体情况')));
      const bytes = Buffer.from(QIANDIAN);
      writeFileSync(join(dir, 'stray-ff.txt'), Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
      return [{ path: 'stray-ff.txt', status: 'ok', code: 'bytes-replaced', says: new RegExp(`字节偏移 ${at.toLocaleString('en-US')}`) }];
    },
  },
  {
    name: 'a Latin-1 © in the footer of a UTF-8 report',
    make(dir) {
      const bytes = Buffer.from(QIANDIAN);
      writeFileSync(join(dir, 'latin1-footer.txt'), Buffer.concat([bytes, Buffer.from('\n版权所有 '), Buffer.from([0xa9]), Buffer.from(' 2024\n')]));
      const at = bytes.length + Buffer.byteLength('\n版权所有 ');
      return [{ path: 'latin1-footer.txt', status: 'ok', code: 'bytes-replaced', says: new RegExp(`字节偏移 ${at.toLocaleString('en-US')}`) }];
    },
  },
  {
    name: 'a UTF-8 report cut inside its last character',
    make(dir) {
      const bytes = Buffer.from(`${QIANDIAN}\n特此报告`);
      writeFileSync(join(dir, 'cut-char.txt'), bytes.subarray(0, bytes.length - 1));
      // 告 is three bytes: the two left start at length − 3.
      return [{ path: 'cut-char.txt', status: 'ok', code: 'bytes-replaced', says: new RegExp(`字节偏移 ${(bytes.length - 3).toLocaleString('en-US')}`) }];
    },
  },
  {
    name: 'a GB18030 report with a stray 0xFF',
    make(dir) {
      const gb = iconv.encode(QIANDIAN, 'gb18030');
      const at = iconv.encode(QIANDIAN.slice(0, QIANDIAN.indexOf('一、总体情况')), 'gb18030').length;
      writeFileSync(join(dir, 'gb-stray.txt'), Buffer.concat([gb.subarray(0, at), Buffer.from([0xff]), gb.subarray(at)]));
      return [{ path: 'gb-stray.txt', status: 'ok', code: 'bytes-replaced', says: new RegExp(`GB18030.*字节偏移 ${at.toLocaleString('en-US')}`) }];
    },
  },
  {
    name: 'an official table 三 left blank (a published template not filled in)',
    make(dir) {
      const a = SET_A.indexOf('三、收到和处理');
      const b = SET_A.indexOf('四、政府信息公开行政复议');
      // Every number of table 三 taken out, its cells left empty.
      writeFileSync(join(dir, 'blank-table.txt'), SET_A.slice(0, a) + SET_A.slice(a, b).replace(/\t\d+(?=\t|$)/gm, '\t') + SET_A.slice(b));
      return [
        {
          path: 'blank-table.txt',
          status: 'partial',
          code: 'table-blank',
          report: (r) => {
            assert.deepEqual(Object.values(r.applications).flatMap((row) => Object.values(row)).filter((v) => v !== null), []);
            assert.equal(r.activeDisclosure.licensing, 35, 'section 二 is read as printed');
            assert.ok(!r.notes.some((n) => n.code === 'table-missing' && n.message.includes('表三')), 'the table is not reported missing');
          },
        },
      ];
    },
  },
  {
    name: 'UTF-16 without a byte-order mark, both byte orders',
    make(dir) {
      const le = Buffer.from(`${QIANDIAN}\n（UTF-16LE）\n`, 'utf16le');
      writeFileSync(join(dir, 'utf16le.txt'), le);
      const be = Buffer.from(`${QIANDIAN}\n（UTF-16BE）\n`, 'utf16le').swap16();
      writeFileSync(join(dir, 'utf16be.txt'), be);
      return [
        { path: 'utf16be.txt', status: 'ok' },
        { path: 'utf16le.txt', status: 'ok' },
      ];
    },
  },
  {
    name: 'UTF-32, with and without a byte-order mark',
    make(dir) {
      writeFileSync(join(dir, 'utf32le.txt'), utf32(`${QIANDIAN}\n（UTF-32LE）\n`, true));
      writeFileSync(join(dir, 'utf32be-bom.txt'), utf32(`\ufeff${QIANDIAN}\n（UTF-32BE）\n`, false));
      return [
        { path: 'utf32be-bom.txt', status: 'ok' },
        { path: 'utf32le.txt', status: 'ok' },
      ];
    },
  },
  {
    name: 'a report in Big5',
    make(dir) {
      const text = '臺北市政府資訊公開工作年度報告\n一、總體情況\n本機關依法主動公開政府資訊，全年受理人民申請案件十件，均依期限答復。\n'.repeat(20);
      writeFileSync(join(dir, 'big5.txt'), iconv.encode(text, 'big5'));
      return [{ path: 'big5.txt', status: 'failed', code: 'unsupported-encoding', says: /Big5/ }];
    },
  },
  {
    name: 'a 1 MB line of dashes (a regular expression went quadratic on it)',
    make(dir) {
      writeFileSync(join(dir, 'dash-line.txt'), `${QIANDIAN}\n${'-'.repeat(1_000_000)}。\n`);
      return [{ path: 'dash-line.txt', status: 'ok', code: 'limit-reached', says: /100,000字/ }];
    },
  },
  {
    name: 'a 10 MB line of numbers (the call stack overflowed on it)',
    make(dir) {
      writeFileSync(join(dir, 'number-line.txt'), `${QIANDIAN}\n${'1 '.repeat(5_000_000)}\n`);
      return [{ path: 'number-line.txt', status: 'ok', code: 'limit-reached' }];
    },
  },
  {
    name: 'HTML nested 100,000 levels deep',
    make(dir) {
      const page = readFileSync(join(FIXTURES, 'layouts', 'html.html'), 'utf8');
      const html = page.replace('</body>', `${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}</body>`);
      writeFileSync(join(dir, 'deep.html'), html);
      return [{ path: 'deep.html', status: 'ok', code: 'limit-reached', says: /1,000层/ }];
    },
  },
  {
    name: 'a report with 2 MB of prose in section 一',
    make(dir) {
      const prose = '本乡坚持以公开为常态、不公开为例外，持续推进政务公开标准化规范化建设。\n'.repeat(60_000);
      writeFileSync(join(dir, 'prose.txt'), QIANDIAN.replace('一、总体情况\n', `一、总体情况\n${prose}`));
      return [{ path: 'prose.txt', status: 'ok', code: 'limit-reached', says: /一、总体情况：这一部分原文共/ }];
    },
  },
  {
    name: 'a file larger than 64 MB',
    make(dir) {
      const fd = openSync(join(dir, 'huge.txt'), 'w');
      ftruncateSync(fd, 65 * 1024 * 1024);
      closeSync(fd);
      return [{ path: 'huge.txt', status: 'failed', code: 'too-large', says: /64 MB/ }];
    },
  },
  // --- Resources: zip bombs
  {
    name: 'a DOCX declaring 4 GB inflated',
    make(dir) {
      writeFileSync(join(dir, 'bomb-declared.docx'), docx('<w:p><w:r><w:t>x</w:t></w:r></w:p>', 4_000_000_000));
      return [{ path: 'bomb-declared.docx', status: 'failed', code: 'too-large', says: /inflated size/ }];
    },
  },
  {
    name: 'a DOCX inflating beyond what it declares',
    make(dir) {
      writeFileSync(join(dir, 'bomb-lying.docx'), docx(`<w:p><w:r><w:t>${'x'.repeat(2_000_000)}</w:t></w:r></w:p>`, 1000));
      return [{ path: 'bomb-lying.docx', status: 'failed', code: 'too-large', says: /declare/ }];
    },
  },
  {
    name: 'a DOCX of 10,001 entries',
    make(dir) {
      const entries = Array.from({ length: 10_001 }, (_, i) => ({ name: `word/media/x${i}.xml`, data: Buffer.from('<x/>') }));
      writeFileSync(join(dir, 'entries.docx'), zip(entries));
      return [{ path: 'entries.docx', status: 'failed', code: 'too-large', says: /10001 entries, over the limit of 10,000 entries/ }];
    },
  },
  {
    name: 'a PDF of 501 pages',
    make(dir) {
      writeFileSync(join(dir, 'pages.pdf'), pdf(501, 'An annual report of many pages, page'));
      // Not a report (no 政府信息公开 in it), and the log says the reader stopped at the page limit.
      return [{ path: 'pages.pdf', status: 'skipped', code: 'not-a-report', says: /PDF共501页，只读入了前500页/ }];
    },
  },
  {
    name: 'an OFD whose one TextCode holds 100 million characters',
    make(dir) {
      writeFileSync(join(dir, 'long-code.ofd'), ofd(ofdText('x'.repeat(100_000_000))));
      // Not a report (no 政府信息公开 in it), and the log says the line was cut at its limit.
      return [{ path: 'long-code.ofd', status: 'skipped', code: 'not-a-report', says: /超过100,000字/ }];
    },
  },
  {
    name: 'an OFD with two entries of one name',
    make(dir) {
      // The second Content.xml of the page prints other text than the first.
      const second = Buffer.from(`<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="2">${ofdText('另一份内容，另一份内容，另一份内容')}</ofd:Layer></ofd:Content></ofd:Page>`);
      writeFileSync(join(dir, 'twice.ofd'), ofd(ofdText('政府信息公开工作年度报告，政府信息公开工作年度报告'), [{ name: 'Doc_0/Pages/Page_0/Content.xml', data: second }]));
      return [{ path: 'twice.ofd', status: 'failed', code: 'unreadable-ofd', says: /two entries named Doc_0\/Pages\/Page_0\/Content\.xml/ }];
    },
  },
  // --- The manifest, read as the reports are
  {
    name: 'agencies.csv as a symbolic link to a file outside the content folder',
    top: true,
    make(dir) {
      symlinkSync(privateFile('agencies.csv', 'match,code\n私人内容,411625106\n'), join(dir, 'agencies.csv'));
      return [{ path: 'agencies.csv', status: 'failed', code: 'manifest-unreadable', says: /a symbolic link .*not followed.*the manifest is not used/ }];
    },
  },
  {
    name: 'agencies.csv as a FIFO',
    top: true,
    make(dir) {
      spawnSync('mkfifo', [join(dir, 'agencies.csv')]);
      return [{ path: 'agencies.csv', status: 'failed', code: 'manifest-unreadable', says: /named pipe/ }];
    },
  },
  {
    name: 'agencies.csv as a folder',
    top: true,
    make(dir) {
      mkdirSync(join(dir, 'agencies.csv'));
      return [{ path: 'agencies.csv', status: 'failed', code: 'manifest-unreadable', says: /a folder, not a file/ }];
    },
  },
  {
    name: 'agencies.csv that cannot be read (permissions)',
    top: true,
    unprivileged: true,
    make(dir) {
      writeFileSync(join(dir, 'agencies.csv'), `match,code\n${UNUSED_ROW}\n`, { mode: 0o000 });
      return [{ path: 'agencies.csv', status: 'failed', code: 'manifest-unreadable', says: /EACCES/ }];
    },
  },
  {
    name: 'agencies.csv with a stray quote before good rows',
    top: true,
    make(dir) {
      writeFileSync(join(dir, 'agencies.csv'), `match,code\n"城关镇,410727100\n${UNUSED_ROW}\n`);
      return [{ path: 'agencies.csv', status: 'skipped', code: 'manifest-row', says: /^agencies\.csv:2: manifest-row: a quote/, alsoSays: [unusedRow(3)] }];
    },
  },
  {
    name: 'agencies.csv in UTF-16 with a byte-order mark',
    top: true,
    make(dir) {
      writeFileSync(join(dir, 'agencies.csv'), Buffer.from(`\ufeffmatch,code\r\n${UNUSED_ROW}\r\n`, 'utf16le'));
      return [{ path: 'agencies.csv', status: 'skipped', code: 'manifest-encoding', says: /read as UTF-16LE/, alsoSays: [unusedRow(2)] }];
    },
  },
  // --- Resources: images decoded outside the worker's heap
  {
    name: 'a 100×100 TIFF whose Deflate strip inflates to 256 MB',
    make(dir) {
      writeFileSync(join(dir, 'strip-bomb.tif'), deflateTiff(100, 100, 256 * 1024 * 1024));
      // 100×100 grey pixels of one byte: the strip needs 10,000 bytes.
      return [{ path: 'strip-bomb.tif', status: 'failed', code: 'image-too-large', says: /imageStripBytes.*strip 1 of page 1 inflates to more than the 10,000 bytes its 100×100 pixels need/ }];
    },
  },
  {
    name: 'a scanned PDF holding one image of 8000×8000 pixels',
    make(dir) {
      writeFileSync(join(dir, 'huge-image.pdf'), imagePdf(8000, 8000));
      return [{ path: 'huge-image.pdf', status: 'failed', code: 'image-too-large', says: /imagePixels.*an image of the PDF is 8000×8000 pixels, over the limit of 50,000,000 pixels/ }];
    },
  },
  // --- Word 97–2003, workbooks and OFD beside the others, and their damaged copies
  {
    name: 'Word 97–2003, WPS, workbooks and OFD, whole and damaged',
    make(dir) {
      const copy = (from: string, to: string) => copyFileSync(join(FIXTURES, from), join(dir, to));
      copy('layouts/doc.doc', 'hongqi.doc');
      copy('layouts/doc-html.doc', 'hongqi.wps');
      copy('layouts/xls.xls', 'hongqi.et');
      copy('layouts/xlsx.xlsx', 'hongqi.xlsx');
      copy('ofd/huaian-2024.ofd', 'huaian.ofd');
      const doc = readFileSync(join(FIXTURES, 'layouts/doc.doc'));
      writeFileSync(join(dir, 'truncated.doc'), doc.subarray(0, doc.length / 2));
      // Each source is published under its id with the extension it came with.
      const published = (extension: string) => (r: Report, out: string) => assert.ok(existsSync(join(out, 'sources', `${r.id}${extension}`)), `sources/${r.id}${extension}`);
      // set A: 18 new applications; 淮安 2024: 3119.
      const setA = (format: string, extension: string) => (r: Report, out: string) => {
        assert.deepEqual([r.source.format, r.applications.newReceived.total], [format, 18]);
        published(extension)(r, out);
      };
      return [
        { path: 'hongqi.doc', status: 'ok', report: setA('doc', '.doc') },
        { path: 'hongqi.wps', status: 'ok', report: setA('doc', '.wps') },
        { path: 'hongqi.et', status: 'ok', report: setA('xls', '.et') },
        { path: 'hongqi.xlsx', status: 'ok', report: setA('xls', '.xlsx') },
        {
          path: 'huaian.ofd',
          status: 'ok',
          report: (r, out) => {
            assert.deepEqual([r.source.format, r.applications.newReceived.total], ['ofd', 3119]);
            published('.ofd')(r, out);
          },
        },
        { path: 'truncated.doc', status: 'failed', code: 'unreadable-doc', says: /damaged or truncated/ },
      ];
    },
  },
  // --- Identity and small things
  {
    name: 'a truncated copy whose name sorts first, and a byte-identical copy',
    make(dir) {
      writeFileSync(join(dir, '0-truncated.txt'), QIANDIAN.slice(0, QIANDIAN.length / 2));
      copyFileSync(join(SEEDS, '004_8f4f033ed63f27b4.txt'), join(dir, 'z-copy.txt'));
      return [
        { path: '0-truncated.txt', status: 'partial' },
        { path: 'z-copy.txt', status: 'skipped', code: 'duplicate', says: /004_8f4f033ed63f27b4\.txt.*2024-qian-dian-zhen-78db50d4/ },
      ];
    },
  },
  {
    name: 'an ESC sequence in a file name and U+202E in an agency name',
    make(dir) {
      writeFileSync(join(dir, '\x1b]0;pwned\x07\x1b[2Jreport.txt'), QIANDIAN.replace('钱店镇 2024 年', '\u202e钱店镇 2024 年'));
      return [{ path: '\\u{1b}]0;pwned\\u{7}\\u{1b}[2Jreport.txt', status: 'ok', report: (r) => assert.equal(r.agency, '钱店镇') }];
    },
  },
  {
    name: 'an HTML report with scripts',
    make(dir) {
      const html = readFileSync(join(FIXTURES, 'layouts', 'html.html'), 'utf8').replace('<body>', '<body><script>alert(document.domain)</script><img src=x onerror="alert(1)"><iframe srcdoc="<script>alert(2)</script>"></iframe>');
      writeFileSync(join(dir, 'scripted.html'), html);
      return [
        {
          path: 'scripted.html',
          status: 'ok',
          // Published so that any host serves it as text, never as a page of the site.
          report: (r, out) => {
            assert.ok(existsSync(join(out, 'sources', `${r.id}.html.txt`)), 'sources/<id>.html.txt');
            assert.deepEqual(readdirSync(join(out, 'sources')).filter((n) => /\.html?$/.test(n)), []);
          },
        },
      ];
    },
  },
];

/**
 * Every case that means something as root, each in a folder of its own under `dir`; returns what
 * each path must log, relative to `dir`.
 */
export function makeHostileFolder(dir: string): Expected[] {
  const expected: Expected[] = [];
  for (const c of CASES.filter((c) => !c.unprivileged && !c.top)) {
    const name = c.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
    mkdirSync(join(dir, name));
    for (const e of c.make(join(dir, name))) expected.push({ ...e, path: `${name}/${e.path}` });
  }
  return expected;
}
