/** The agency list's address: every part of the query survives a round trip; nonsense falls back to the default. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_QUERY, filtersFromParams, filtersToParams, firstDirection, isDefaultQuery, isSortKey, queryFromSearch, queryToSearch, type ListQuery } from '../../../src/lib/views/list-query.ts';

test('the query and page survive a round trip through the URL', () => {
  const q: ListQuery = {
    q: '自然资源',
    level: 'county',
    place: '411625',
    year: 2023,
    conditions: [{ key: 'reconsideration', op: 'gt', value: 0 }, { key: 'grantedShare', op: 'ge', value: 50.5 }],
    check: 'balance',
    items: { edition: 'unmet', onTime: 'unknown' },
    sort: 'withheldShare',
    direction: 1,
    small: 'hide',
    min: 20,
    failed: 'hide',
  };
  const search = queryToSearch(q, 2);
  assert.equal(decodeURIComponent(search), '?q=自然资源&level=county&place=411625&year=2023&f=reconsideration.gt.0&f=grantedShare.ge.50.5&check=balance&item=edition-unmet&item=onTime-unknown&sort=withheldShare&dir=asc&small=hide&min=20&failed=hide&page=3');
  assert.deepEqual(queryFromSearch(search), { query: q, page: 2 });
  assert.equal(isDefaultQuery(q), false);
  assert.equal(isDefaultQuery(queryFromSearch('').query), true);
});

test('unknown values fall back to the default', () => {
  assert.deepEqual(queryFromSearch('?sort=evil&dir=sideways&year=abc&page=-4&small=maybe&min=-3&failed=yes&check=nothing&place=henan&f=evil.gt.1&f=newReceived.gt.x&f=newReceived.within.1&item=onTime-late&item=evil-met&item=onTime'), { query: DEFAULT_QUERY, page: 0 });
});

test('the default view’s address holds only the sort and its direction, and page 1 is no page', () => {
  assert.equal(queryToSearch(DEFAULT_QUERY, 0), '?sort=newReceived&dir=desc');
  assert.equal(queryToSearch(DEFAULT_QUERY, 1), '?sort=newReceived&dir=desc&page=2');
  assert.equal(isDefaultQuery({ ...DEFAULT_QUERY, min: 3 }), false);
  assert.equal(isDefaultQuery({ ...DEFAULT_QUERY, q: '城关' }), false);
});

test('every column that is no measure sorts, the checklist’s items met among them; names and levels first sort up, the rest down', () => {
  for (const sort of ['name', 'level', 'years', 'failed', 'met', 'grantedShare'] as const) {
    assert.equal(queryFromSearch(`?sort=${sort}`).query.sort, sort, sort);
    assert.equal(isSortKey(sort), true, sort);
  }
  assert.equal(isSortKey('pages'), false);
  assert.deepEqual((['name', 'level', 'years', 'failed', 'met', 'newReceived'] as const).map(firstDirection), [1, 1, -1, -1, -1, -1]);
});

test('the address read back: the direction said, a minimum and a page rounded down, a page before the first the first', () => {
  assert.equal(queryFromSearch('?dir=desc').query.direction, -1);
  assert.equal(queryFromSearch('?dir=asc').query.direction, 1);
  assert.equal(queryFromSearch('?min=7.8').query.min, 7);
  assert.equal(queryFromSearch('?min=Infinity').query.min, 0, 'no minimum no agency can reach');
  assert.equal(queryFromSearch('?min=abc').query.min, 0);
  assert.equal(queryFromSearch('?page=3.6').page, 2);
  assert.equal(queryFromSearch('?page=1').page, 0);
  assert.equal(queryFromSearch('?page=0').page, 0);
  assert.equal(queryFromSearch('?page=abc').page, 0);
  assert.equal(queryFromSearch('?year=2021').query.year, 2021);
  assert.deepEqual(queryFromSearch('?item=prose-met&item=notCopied-unmet').query.items, { prose: 'met', notCopied: 'unmet' });
});

test('the conditions and the check filter of an address, for the search page too', () => {
  const p = new URLSearchParams();
  filtersToParams(p, [{ key: 'litigation', op: 'ge', value: 3 }], 'prose');
  assert.equal(p.toString(), 'f=litigation.ge.3&check=prose');
  assert.deepEqual(filtersFromParams(p), { conditions: [{ key: 'litigation', op: 'ge', value: 3 }], check: 'prose' });
  const none = new URLSearchParams();
  filtersToParams(none, [], '');
  assert.equal(none.toString(), '');
  assert.deepEqual(filtersFromParams(none), { conditions: [], check: '' });
});
