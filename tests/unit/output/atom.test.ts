/** The Atom writer: what it writes, read back by a strict XML parser, and hostile text kept as text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { atomXml, xmlText, type AtomFeed } from '../../../src/lib/output/atom.ts';
import { ATOM_NS, atomChild, atomChildren, atomProblems, readXml } from './read-atom.ts';

const HOSTILE = '<b>某局</b> & ]]> "引号" \u0007响铃';

function feed(): AtomFeed {
  return {
    id: 'tag:example.org,2026:feed/site',
    title: `全部报告 ${HOSTILE}`,
    subtitle: '新报告',
    updated: '2026-05-02T09:30:00Z',
    links: [{ href: '/sub/feed.xml?a=1&b=2', rel: 'self', type: 'application/atom+xml' }],
    authors: ['公开年报看板'],
    entries: [
      {
        id: 'tag:example.org,2026:report/2024-x-1',
        title: HOSTILE,
        updated: '2026-05-02T09:30:00Z',
        links: [{ href: '/sub/report/2024-x-1/', rel: 'alternate', type: 'text/html' }],
        authors: [HOSTILE],
        categories: [{ term: 'checks-failed', label: '校验<未通过>' }],
        content: ['机关：<script>alert(1)</script>', '第二行'],
      },
    ],
  };
}

test('the feed reads back as Atom: the root, its id, title, time, links and author', () => {
  const root = readXml(atomXml(feed()));
  assert.deepEqual(atomProblems(root), []);
  assert.equal(root.name, 'feed');
  assert.equal(root.uri, ATOM_NS);
  assert.equal(atomChild(root, 'id').text, 'tag:example.org,2026:feed/site');
  assert.equal(atomChild(root, 'updated').text, '2026-05-02T09:30:00Z');
  assert.deepEqual(atomChildren(root, 'link').map((l) => l.attributes), [{ href: '/sub/feed.xml?a=1&b=2', rel: 'self', type: 'application/atom+xml' }]);
  assert.equal(atomChild(atomChild(root, 'author'), 'name').text, '公开年报看板');
});

test('hostile text from a report stays text: <, &, ]]> and quotes escaped, a control character dropped', () => {
  const xml = atomXml(feed());
  assert.doesNotMatch(xml, /<b>|<script>|]]>|\u0007/);
  const entry = atomChild(readXml(xml), 'entry');
  assert.equal(atomChild(entry, 'title').text, '<b>某局</b> & ]]> "引号" 响铃');
  assert.equal(atomChild(atomChild(entry, 'author'), 'name').text, '<b>某局</b> & ]]> "引号" 响铃');
  assert.deepEqual(atomChild(entry, 'category').attributes, { term: 'checks-failed', label: '校验<未通过>' });
  const content = atomChild(entry, 'content');
  assert.equal(content.attributes.type, 'text');
  assert.equal(content.text, '机关：<script>alert(1)</script>\n第二行');
  assert.equal(content.children.length, 0, 'no markup inside the content');
});

test('xmlText escapes the five cases and removes what XML cannot hold, a lone surrogate among them', () => {
  assert.equal(xmlText('a<b>&"c'), 'a&lt;b&gt;&amp;&quot;c');
  assert.equal(xmlText('x]]>y'), 'x]]&gt;y');
  assert.equal(xmlText('甲\u0000乙\uD800丙\uFFFF丁\t戊'), '甲乙丙丁\t戊');
  assert.equal(xmlText('𠀀'), '𠀀', 'a character beyond the BMP (a surrogate pair) is kept');
});

test('the RFC 4287 checks of the tests find what a feed lacks', () => {
  const broken = feed();
  broken.authors = [];
  broken.entries[0]!.authors = [];
  broken.entries[0]!.id = 'report-1';
  broken.updated = '2 May 2026';
  assert.deepEqual(atomProblems(readXml(atomXml(broken))), [
    'feed: atom:updated 2 May 2026 is not an RFC 3339 date-time',
    'entry 1: atom:id report-1 is not an absolute IRI',
    'entry 1: no atom:author, and the feed has none',
  ]);
});

test('the whole document of a small feed, written by hand: every element in order, links with and without rel and type', () => {
  const small: AtomFeed = {
    id: 'tag:example.org,2026:feed/x',
    title: '某县报告',
    subtitle: '新报告',
    updated: '2026-05-02T09:30:00Z',
    links: [{ href: '/feed.xml', rel: 'self', type: 'application/atom+xml' }, { href: '/' }],
    authors: ['甲', '乙'],
    entries: [
      {
        id: 'tag:example.org,2026:report/1',
        title: '报告一',
        updated: '2026-05-01T08:00:00+08:00',
        links: [{ href: '/r/1/', rel: 'alternate' }],
        authors: [],
        categories: [{ term: 'a', label: '甲' }, { term: 'b&c', label: '"乙"' }],
        content: ['一', '二', '三'],
      },
      { id: 'tag:example.org,2026:report/2', title: '报告二', updated: '2026-05-01T09:00:00Z', links: [{ href: '/r/2/', type: 'text/html' }], authors: ['丙'], categories: [], content: [] },
    ],
  };
  assert.equal(
    atomXml(small),
    [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
      '  <id>tag:example.org,2026:feed/x</id>',
      '  <title>某县报告</title>',
      '  <subtitle>新报告</subtitle>',
      '  <updated>2026-05-02T09:30:00Z</updated>',
      '  <link rel="self" type="application/atom+xml" href="/feed.xml"/>',
      '  <link href="/"/>',
      '  <author><name>甲</name></author>',
      '  <author><name>乙</name></author>',
      '  <entry>',
      '    <id>tag:example.org,2026:report/1</id>',
      '    <title>报告一</title>',
      '    <updated>2026-05-01T08:00:00+08:00</updated>',
      '    <link rel="alternate" href="/r/1/"/>',
      '    <category term="a" label="甲"/>',
      '    <category term="b&amp;c" label="&quot;乙&quot;"/>',
      '    <content type="text">一\n二\n三</content>',
      '  </entry>',
      '  <entry>',
      '    <id>tag:example.org,2026:report/2</id>',
      '    <title>报告二</title>',
      '    <updated>2026-05-01T09:00:00Z</updated>',
      '    <link type="text/html" href="/r/2/"/>',
      '    <author><name>丙</name></author>',
      '    <content type="text"></content>',
      '  </entry>',
      '</feed>',
      '',
    ].join('\n'),
  );
  assert.deepEqual(atomProblems(readXml(atomXml(small))), []);
});

test('xmlText removes each kind of character XML 1.0 cannot hold, every occurrence, and keeps its neighbours', () => {
  // The C0 controls but tab, line feed and carriage return; U+FFFE and U+FFFF; surrogates without their pair.
  for (const bad of ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u000E', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF']) {
    assert.equal(xmlText(`甲${bad}乙${bad}`), '甲乙', `U+${bad.codePointAt(0)!.toString(16).toUpperCase()}`);
  }
  assert.equal(xmlText('\t\n\r \u0020\uFFFD\uD7FF\uE000'), '\t\n\r \u0020\uFFFD\uD7FF\uE000', 'tab, line breaks, U+FFFD and the characters either side of the surrogates are kept');
  // A pair is one character beyond the BMP; a high surrogate before another high one, or a low one after a low one, is alone.
  assert.equal(xmlText('\uD840\uDC00'), '\uD840\uDC00');
  assert.equal(xmlText('\uD840\uD840\uDC00'), '\uD840\uDC00');
  assert.equal(xmlText('\uD840\uDC00\uDC00'), '\uD840\uDC00');
  assert.equal(xmlText('&&<<>>""'), '&amp;&amp;&lt;&lt;&gt;&gt;&quot;&quot;', 'every occurrence escaped');
});
