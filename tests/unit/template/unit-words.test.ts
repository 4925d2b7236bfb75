/**
 * The one list of administrative-unit words, and the copies that read names with it agreeing on
 * the same names: the agency's level and body, the place a search suggestion shows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskNonUnits, PLACE_UNIT_CHARACTERS, UNIT_CHARACTERS, unitWords } from '../../../src/lib/template/unit-words.ts';
import { levelOf } from '../../../src/lib/agency/level.ts';
import { splitName } from '../../../src/lib/agency/kind.ts';
import { saysSummary } from '../../../src/lib/agency/scope.ts';
import { regionOf } from '../../../src/lib/search/name-search.ts';

test('unit words by level, longest first', () => {
  assert.equal(unitWords('county'), '自治县|自治旗|县|区|旗');
  assert.equal(unitWords('province'), '特别行政区|自治区|省');
  assert.equal(unitWords('township'), '街道|苏木|乡|镇');
  assert.equal(unitWords('city'), '自治州|地区|盟|州|市');
  // No level named: every word, the longest first, so that 自治县 is matched before its 县.
  assert.equal(unitWords(), '特别行政区|自治区|自治州|自治县|自治旗|地区|街道|苏木|省|盟|州|市|县|区|旗|乡|镇');
  assert.equal([...PLACE_UNIT_CHARACTERS].sort().join(''), [...'省市县区旗州盟'].sort().join(''));
  assert.equal([...UNIT_CHARACTERS].sort().join(''), [...'省市县区旗州盟乡镇'].sort().join(''));
});

test('words that hold a unit’s character but name none are blanked, positions kept', () => {
  assert.equal(maskNonUnits('延津县市场监督管理局'), '延津县〇〇监督管理局');
  assert.equal(maskNonUnits('郑州市政府'), '郑〇市政府');
  assert.equal(maskNonUnits('郑州市市政工程处'), '郑〇市〇〇工程处');
  assert.equal(maskNonUnits('红旗街道办事处'), '红〇街道办事处');
  assert.equal(maskNonUnits('社区卫生服务中心'), '〇〇卫生服务中心');
  // A district before its 乡村振兴局 stays a district.
  assert.equal(maskNonUnits('西湖区乡村振兴局'), '西湖区〇〇振兴局');
  // 城市 and 都市 name no unit at the start of a body, but end the names of 海城市 and 成都市.
  assert.equal(maskNonUnits('延津县城市管理局'), '延津县〇〇管理局');
  assert.equal(maskNonUnits('城市管理局'), '〇〇管理局');
  // 县级 names a rank, not a county: 县级公立医院.
  assert.equal(maskNonUnits('延津县县级公立医院'), '延津县〇〇公立医院');
  assert.equal(maskNonUnits('海城市城市管理局'), '海城市〇〇管理局');
  assert.equal(maskNonUnits('成都市人民政府'), '成都市人民政府');
  // A county's 县 before a township whose name begins with 镇 (镇西堡镇 211221107 of 铁岭县) stays a county's.
  assert.equal(maskNonUnits('铁岭县镇西堡镇'), '铁岭县镇西堡镇');
});

test('the agency layer and search read the same names alike', () => {
  // 红旗街道 is a 街道 named 红旗, no 旗; 红旗镇 a 镇.
  assert.equal(levelOf('红旗街道办事处'), 'township');
  assert.equal(regionOf('红旗街道办事处'), '');
  assert.equal(levelOf('红旗镇人民政府'), 'township');
  assert.equal(regionOf('红旗镇人民政府'), '');
  // 社区 names no 区.
  assert.equal(levelOf('社区卫生服务中心'), 'unknown');
  assert.equal(regionOf('社区卫生服务中心'), '');
  // 市政府 is the city's government, 市政 of 市政工程处 is no 市.
  assert.equal(levelOf('郑州市政府'), 'city');
  assert.equal(regionOf('郑州市政府'), '郑州市');
  assert.equal(splitName('郑州市市政工程处').place, '郑州市');
  assert.equal(levelOf('杭州市西湖区乡村振兴局'), 'county');
  assert.equal(regionOf('鞍山市海城市人民政府'), '鞍山市海城市');
  assert.equal(levelOf('成都市人民政府'), 'city');
  assert.equal(regionOf('铁岭县镇西堡镇人民政府'), '铁岭县');
  // 苏木 is a township of 内蒙古 (达尔汗苏木 150223213).
  assert.equal(levelOf('达尔汗苏木'), 'township');
  // 全旗 counts the whole of a 旗 as 全县 does a county; 全乡 is no summary word.
  assert.equal(saysSummary('', '全旗各级行政机关共收到政府信息公开申请12件'), true);
  assert.equal(saysSummary('', '全乡共收到政府信息公开申请12件'), false);
});
