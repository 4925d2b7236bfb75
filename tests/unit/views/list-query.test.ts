/** The agency list's address: every part of the query survives a round trip; nonsense falls back to the default. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_QUERY, isDefaultQuery, queryFromSearch, queryToSearch, type ListQuery } from '../../../src/lib/views/list-query.ts';

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
