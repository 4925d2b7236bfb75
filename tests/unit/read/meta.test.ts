/**
 * What a file says about itself: a page's head read only as far as the head goes, its addresses in
 * order of how sure they are, and a PDF's Info values taken only when they are text.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { htmlMeta, pdfMeta } from '../../../src/lib/read/meta.ts';

describe('htmlMeta', () => {
  test('addresses in order: saved from url, the canonical link, og:url; each only where given', () => {
    assert.deepEqual(htmlMeta('<head><meta property="og:url" content="https://a.gov.cn/og.html"></head>'), { dates: [], urls: ['https://a.gov.cn/og.html'] });
    assert.deepEqual(htmlMeta('<!-- saved from url=(0023)https://a.gov.cn/s.html --><head><meta property="og:url" content="https://a.gov.cn/og.html"><link rel="canonical" href="https://a.gov.cn/c.html"></head>')?.urls, ['https://a.gov.cn/s.html', 'https://a.gov.cn/c.html', 'https://a.gov.cn/og.html']);
    assert.equal(htmlMeta('<html><head><title>x</title></head><body><p>2025年1月20日</p></body></html>'), undefined);
  });
  test('many <meta> tags before the date are no nesting: the date is still read', () => {
    const head = `<head>${'<meta name="keywords" content="公开">'.repeat(200)}<meta name="publishdate" content="2025-01-27"></head>`;
    assert.deepEqual(htmlMeta(head)?.dates, [{ kind: 'published', value: '2025-01-27', field: '<meta name="publishdate">' }]);
  });
  test('reading stops at <body> and at a nesting no head has: a PubDate past either is not read', () => {
    assert.equal(htmlMeta('<head></head><body><meta name="PubDate" content="2025-01-27"></body>'), undefined);
    assert.equal(htmlMeta(`${'<div>'.repeat(65)}<meta name="PubDate" content="2025-01-27">`), undefined);
    assert.equal(htmlMeta(`${'<div>'.repeat(63)}<meta name="PubDate" content="2025-01-27">`)?.dates.length, 1);
  });
});

describe('pdfMeta', () => {
  test("the Info dictionary's CreationDate and ModDate when they are text", () => {
    assert.deepEqual(pdfMeta({ CreationDate: "D:20250120093000+08'00'", ModDate: 20250121, Title: 'x' }), { dates: [{ kind: 'file-created', value: "D:20250120093000+08'00'", field: 'PDF CreationDate' }] });
    assert.equal(pdfMeta(undefined), undefined);
  });
});
