/**
 * Agencies' addresses (agency/slug.ts). The hashes below are the first six hex digits of the
 * SHA-256 of the identity's UTF-8 bytes, computed apart with `printf '%s' KEY | sha256sum`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agencySlug, identitySlug, uniqueSlugs } from '../../../src/lib/agency/slug.ts';

test('a name’s slug: its syllables joined by dashes, ü written v, letters and digits kept together and in lower case', () => {
  assert.equal(agencySlug('钱店镇'), 'qian-dian-zhen');
  assert.equal(agencySlug('绿洲镇'), 'lv-zhou-zhen');
  assert.equal(agencySlug('S312国道管理站'), 's312-guo-dao-guan-li-zhan');
});

test('punctuation becomes one dash, and none is left at either end', () => {
  assert.equal(agencySlug('（钱店镇）'), 'qian-dian-zhen');
  assert.equal(agencySlug('钱店镇·城关'), 'qian-dian-zhen-cheng-guan');
  assert.equal(agencySlug('（）'), '');
});

test('a slug is cut at 80 characters, without a dash at its end', () => {
  // Six times qian-dian-zhen: 89 characters; the first 80 end "qian-", whose dash goes.
  assert.equal(agencySlug('钱店镇'.repeat(6)), `${'qian-dian-zhen-'.repeat(5)}qian`);
});

test('an identity’s address: a placed one its code, an unplaced one a hash, a national body nothing, a name without letters a hash', () => {
  assert.equal(identitySlug('411625106 钱店镇'), 'qian-dian-zhen-411625106');
  assert.equal(identitySlug('城关镇 @a/'), 'cheng-guan-zhen-ee5ca1');
  assert.equal(identitySlug('国务院办公厅'), 'guo-wu-yuan-ban-gong-ting');
  assert.equal(identitySlug('（）'), '7de967');
  assert.equal(identitySlug('（） @b/'), '22522f');
});

test('two identities of one address both take a hash of their own; a key given twice is one identity', () => {
  // 钱店镇 and 前店镇 of one code read alike.
  const slugs = uniqueSlugs(['411625106 钱店镇', '411625106 前店镇', '城关镇 @a/', '城关镇 @a/']);
  assert.deepEqual([...slugs.entries()].sort(), [
    ['411625106 前店镇', 'qian-dian-zhen-411625106-19a92b'],
    ['411625106 钱店镇', 'qian-dian-zhen-411625106-a01bc1'],
    ['城关镇 @a/', 'cheng-guan-zhen-ee5ca1'],
  ]);
});
