import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APPLICATION_COLUMN_KEYS, APPLICATION_ROWS, rowsForEdition, type ApplicationRowKey } from '../../../src/lib/template/applications.ts';
import { MATRIX_IDENTITIES, REVIEW_IDENTITY } from '../../../src/lib/template/identities.ts';
import { REVIEW_GROUP_KEYS } from '../../../src/lib/template/review.ts';
import { DISCLOSURE_2019 } from '../../../src/lib/template/active-disclosure.ts';
import { createRng } from '../../../tools/corpus/prng.ts';
import { editionForYear, type GeneratedReport } from '../../../tools/corpus/numbers.ts';
import { reports } from './helpers.ts';

const SAMPLE = reports('numbers-test', 1500);

type Cells = Record<string, Record<string, number | null>>;
const sum = (xs: (number | null | undefined)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);

/** Every failure of the matrix identities in one report, as readable strings. */
function identityFailures(r: GeneratedReport): string[] {
  const apps = r.applications as unknown as Cells;
  const failures: string[] = [];
  for (const identity of MATRIX_IDENTITIES) {
    if (identity.per === 'column') {
      for (const col of APPLICATION_COLUMN_KEYS) {
        const left = sum(identity.left.map((row) => apps[row]![col]));
        const right = sum(identity.right.map((row) => apps[row]![col]));
        if (left !== right) failures.push(`${identity.id} ${col}: ${left} ≠ ${right}`);
      }
    } else {
      for (const row of rowsForEdition(r.edition)) {
        const cells = apps[row.key]!;
        const left = sum(identity.left.map((c) => cells[c]));
        const right = sum(identity.right.map((c) => cells[c]));
        if (left !== right) failures.push(`${identity.id} ${row.key}: ${left} ≠ ${right}`);
      }
    }
  }
  return failures;
}

describe('generated numbers', () => {
  it('satisfy balance, outcomes and rowTotal in every report', () => {
    const broken = SAMPLE.flatMap((r) => identityFailures(r).map((f) => `${r.agency.name} ${r.year}: ${f}`));
    assert.deepEqual(broken.slice(0, 5), []);
  });

  it('the identity check itself notices a broken matrix', () => {
    const r = structuredClone(SAMPLE.find((x) => (x.applications.granted.naturalPerson ?? 0) > 0)!);
    r.applications.granted.naturalPerson! += 1;
    assert.ok(identityFailures(r).some((f) => f.startsWith('outcomes naturalPerson')));
    assert.ok(identityFailures(r).some((f) => f.startsWith('rowTotal granted')));
  });

  it('satisfy the review identity in every group', () => {
    for (const r of SAMPLE) {
      for (const g of REVIEW_GROUP_KEYS) {
        const cells = r.reviewLitigation[g];
        assert.equal(sum(REVIEW_IDENTITY.left.map((c) => cells[c])), cells.total, `${r.agency.name} ${r.year} ${g}`);
      }
    }
    assert.ok(SAMPLE.some((r) => (r.reviewLitigation.reconsideration.total ?? 0) > 0), 'some reports have reconsiderations');
  });

  it('carry over from one year to the next and keep 现行有效件数 continuous', () => {
    let pairs = 0;
    for (let i = 1; i < SAMPLE.length; i++) {
      const [prev, cur] = [SAMPLE[i - 1]!, SAMPLE[i]!];
      if (prev.agency.name !== cur.agency.name) continue;
      pairs++;
      assert.equal(cur.year, prev.year + 1);
      assert.deepEqual(cur.applications.carriedOver, prev.applications.carriedForward);
      if (prev.activeDisclosure && cur.activeDisclosure) {
        const [a, b] = [prev.activeDisclosure.normativeDocuments, cur.activeDisclosure.normativeDocuments];
        assert.equal(b.inForce, a.inForce! + b.issued! - b.repealed!);
      }
    }
    assert.ok(pairs > 300, `expected several years per agency, found ${pairs} consecutive pairs`);
  });

  it('use the 2019 edition for 2019 and 2020, the 2021 edition from 2021', () => {
    const years = new Set(SAMPLE.map((r) => r.year));
    for (let y = 2019; y <= 2025; y++) assert.ok(years.has(y), `year ${y} generated`);
    const only2021 = APPLICATION_ROWS.filter((row) => !(row.editions as readonly string[]).includes('2019')).map((row) => row.key as ApplicationRowKey);
    assert.ok(only2021.length === 2);
    for (const r of SAMPLE) {
      assert.equal(r.edition, r.year <= 2020 ? '2019' : '2021');
      assert.equal(r.edition, editionForYear(r.year));
      for (const row of only2021) {
        const printed = Object.values(r.applications[row]).every((v) => v !== null);
        assert.equal(printed, r.edition === '2021', `${row} in ${r.edition}`);
      }
      assert.equal(r.activeDisclosure === null, r.edition === '2019');
      assert.equal(r.activeDisclosure2019 === null, r.edition === '2021');
      if (r.activeDisclosure2019) assert.deepEqual(Object.keys(r.activeDisclosure2019), DISCLOSURE_2019.map((i) => i.key));
    }
  });

  it('are mostly zero for townships and larger for cities', () => {
    const towns = SAMPLE.filter((r) => r.agency.level === 'township');
    const cities = SAMPLE.filter((r) => r.agency.level === 'city' && r.agency.kind === 'government');
    assert.ok(towns.length > 300 && cities.length > 10, `${towns.length} townships, ${cities.length} city governments`);
    const idleTowns = towns.filter((r) => r.applications.newReceived.total === 0).length / towns.length;
    assert.ok(idleTowns > 0.6, `share of townships without applications: ${idleTowns}`);
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    assert.ok(median(cities.map((r) => r.applications.newReceived.total!)) >= 20);
    assert.ok(median(towns.map((r) => r.applications.newReceived.total!)) === 0);
  });

  it('include fees with decimals and negative 本年增/减', () => {
    assert.ok(SAMPLE.some((r) => r.activeDisclosure && !Number.isInteger(r.activeDisclosure.feesWanYuan)));
    assert.ok(SAMPLE.some((r) => r.activeDisclosure2019 && Object.values(r.activeDisclosure2019).some((row) => (row.change ?? 0) < 0)));
  });
});

describe('generated agencies', () => {
  const names = [...new Set(SAMPLE.map((r) => r.agency.name))];
  it('are many distinct, realistic names of every kind', () => {
    assert.ok(names.length > 400, `${names.length} agencies`);
    for (const suffix of ['镇', '乡', '街道办事处', '人民政府', '人民政府办公室', '局', '委员会']) {
      assert.ok(names.some((n) => n.endsWith(suffix)), `some agency ends with ${suffix}`);
    }
    for (const level of ['township', 'county', 'city', 'province'] as const) assert.ok(SAMPLE.some((r) => r.agency.level === level), level);
    // Built from syllables, not a fixed list: no township name makes up more than 1% of townships.
    const towns = names.filter((n) => /[镇乡]$/.test(n));
    const bases = new Map<string, number>();
    for (const n of towns) bases.set(n.slice(-3), (bases.get(n.slice(-3)) ?? 0) + 1);
    assert.ok(Math.max(...bases.values()) < towns.length * 0.05);
  });

  it('match their level', () => {
    for (const r of SAMPLE) {
      const n = r.agency.name;
      if (r.agency.level === 'township') assert.match(n, /(镇|乡|街道|街道办事处)(人民政府|政府)?$/);
      if (r.agency.level === 'county') assert.match(n, /[县区]/);
      if (r.agency.level === 'city') assert.match(n, /^[^县区]+市/);
      if (r.agency.level === 'province') assert.match(n, /(省|自治区)/);
    }
  });
});

describe('the seeded generator', () => {
  it('repeats itself for a seed and differs between seeds', () => {
    const draw = (seed: string) => Array.from({ length: 50 }, ((rng) => () => rng.int(0, 1000))(createRng(seed)));
    assert.deepEqual(draw('a'), draw('a'));
    assert.notDeepEqual(draw('a'), draw('b'));
    assert.deepEqual(reports('same', 20), reports('same', 20));
    assert.notDeepEqual(reports('same', 20).map((r) => r.agency.name), reports('other', 20).map((r) => r.agency.name));
  });

  it('stays within bounds', () => {
    const rng = createRng(1);
    for (let i = 0; i < 2000; i++) {
      const v = rng.int(-3, 3);
      assert.ok(v >= -3 && v <= 3 && Number.isInteger(v));
    }
  });
});

describe('generated prose', () => {
  it('quotes the table numbers it claims to quote', () => {
    let quoted = 0;
    for (const r of SAMPLE) {
      const text = r.sections.overview.join('\n');
      const q = r.sections.quotes;
      if (q.newReceived !== undefined) {
        quoted++;
        assert.equal(q.newReceived, r.applications.newReceived.total);
        assert.ok(text.includes(`共收到政府信息公开申请${q.newReceived}件`), text);
      }
      if (q.reconsideration !== undefined) {
        assert.equal(q.reconsideration, r.reviewLitigation.reconsideration.total);
        assert.ok(text.includes(`行政复议${q.reconsideration}件`));
      }
    }
    assert.ok(quoted > SAMPLE.length / 3);
  });
});
