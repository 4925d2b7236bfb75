/**
 * Page images as the OCR engine reads them (read/ocr/engine/raster.ts): every kind by its
 * signature, a file's cost bounded before it is decoded, damaged files refused with a reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import UTIF from 'utif2';
import { decodeImage, imageKind, MAX_PAGES } from '../../../src/lib/read/ocr/engine/raster.ts';
import { ReadError } from '../../../src/lib/read/types.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/scans/${name}`));

const rejects = (promise: Promise<unknown>, code: string, message: RegExp) =>
  assert.rejects(promise, (e: unknown) => e instanceof ReadError && e.code === code && message.test(e.message));

test('the kind of image comes from its first bytes', () => {
  assert.equal(imageKind(fixture('huaian-2024-p4.png')), 'png');
  assert.equal(imageKind(fixture('blank.jpg')), 'jpeg');
  assert.equal(imageKind(fixture('huaian-2024-p5.tif')), 'tiff');
  assert.equal(imageKind(fixture('huaian-2024-scan.pdf')), null);
});

test('a PNG page and a 1-bit TIFF page decode to grey pixels at their size: paper white, print black', async () => {
  for (const name of ['huaian-2024-p4.png', 'huaian-2024-p5.tif']) {
    const [page, ...more] = await decodeImage(fixture(name), imageKind(fixture(name))!);
    assert.equal(more.length, 0);
    // Both were made from 200 dpi renderings of an A4 page (tools/fixtures/make-scans.sh).
    assert.ok(Math.abs(page!.width - 1654) <= 1 && page!.height === 2339, `${name}: ${page!.width}×${page!.height}`);
    assert.equal(page!.data[0], 255, `${name}: the corner is paper`);
    assert.ok(page!.data.some((v) => v < 64), `${name}: there is print`);
  }
});

test('an image whose header claims too many pixels is refused before it is decoded', async () => {
  const png = fixture('huaian-2024-p4.png').slice(0, 64);
  new DataView(png.buffer).setUint32(16, 30000);
  new DataView(png.buffer).setUint32(20, 30000);
  await rejects(decodeImage(png, 'png'), 'image-too-large', /30000×30000 pixels/);
});

test('a truncated image is refused as damaged, not read as far as it goes', async () => {
  await rejects(decodeImage(fixture('huaian-2024-p4.png').slice(0, 20000), 'png'), 'unreadable-image', /^the PNG image is truncated/);
  await rejects(decodeImage(fixture('blank.jpg').slice(0, 8000), 'jpeg'), 'unreadable-image', /^the JPEG image is truncated/);
  await rejects(decodeImage(fixture('blank.jpg').slice(0, 2), 'jpeg'), 'unreadable-image', /header gives no size/);
});

test(`a TIFF of more than ${MAX_PAGES} pages is refused before any page is decoded`, async () => {
  const page = { t256: [10], t257: [10], t258: [8], t259: [1], t262: [1], t273: [0], t277: [1], t278: [10], t279: [100] };
  const tiff = new Uint8Array(UTIF.encode(Array.from({ length: MAX_PAGES + 1 }, () => ({ ...page }) as unknown as UTIF.IFD)));
  await rejects(decodeImage(tiff, 'tiff'), 'too-many-pages', new RegExp(`the scan has ${MAX_PAGES + 1} pages; OCR reads at most ${MAX_PAGES}`));
});
