/**
 * The fragments the report page links each number to in its 原文 view: a line, a page's line, a
 * sheet's row; rows of two sheets never share one, and a sheet's name reaches the id encoded.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineAnchor } from '../../../src/lib/template/source-lines.ts';

test('a line, a page’s line and a sheet’s row each have their own fragment', () => {
  assert.equal(lineAnchor({ line: 48 }), 'L48');
  assert.equal(lineAnchor({ page: 4, line: 17 }), 'p4-L17');
  assert.equal(lineAnchor({ sheet: '表三', line: 44 }), '%E8%A1%A8%E4%B8%89-L44');
  assert.notEqual(lineAnchor({ sheet: '表二', line: 44 }), lineAnchor({ sheet: '表三', line: 44 }));
});

test('a sheet named to break out of an attribute or a fragment is encoded', () => {
  assert.equal(lineAnchor({ sheet: '"><x #1', line: 2 }), '%22%3E%3Cx%20%231-L2');
});
