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
