/**
 * <compare-view>: the comparison page. Reads the selection from the URL, loads the chosen
 * agencies' files, and draws with src/lib/views/compare.ts: for one year, two charts and a table
 * of the measures down and the agencies across; for all years, each measure in a small table of
 * the years down and the agencies across, with its chart (or a sentence where a chart would show
 * nothing). Every change is written back to the URL and the page's title, so the address always
 * reproduces what is on screen; the download holds every number shown. Agencies are added by the
 * site's name box (name-box.ts, as in the header: arrow keys, traditional characters); a region
 * (地区) narrows its suggestions to the agencies placed there and offers to add the governments of
 * its townships at once (views/compare-picker.ts).
 */
import { compareFile, compareFileName, compareTable, compareTitle, measureComparisons, selectionFromSearch, selectionToSearch, withoutFailed, yearCharts } from '../lib/views/compare.ts';
import type { FailedReports } from '../lib/views/list-query.ts';
import { failedInSum } from '../lib/present/marks.ts';
import { offered, regionTownships, townshipsAddedText } from '../lib/views/compare-picker.ts';
import type { CompareRecord } from '../lib/views/list-rows.ts';
import type { NameIndex } from '../lib/search/name-search.ts';
import { agencyNames } from './agency-names.ts';
import { fetchJson, h } from './dom.ts';
import { NameBox } from './name-box.ts';
import { shownTable } from './shown-table.ts';
import { compareTableElement } from './compare-table.ts';
import type { TableDownload } from './table-download.ts';
import { chartFigure } from './charts/chart-figure.ts';
import { compareEmbedSearch, compareYearTableTitle, TABLE, YEAR_COMPARE_CHARTS, YEAR_TABLE } from '../lib/views/compare-embed.ts';
import { embedCode } from './charts/export-embed.ts';
import { tableFrameHeight } from '../lib/present/chart-image.ts';
import './table-download.ts';

const MAX_SUGGESTIONS = 20;

class CompareView extends HTMLElement {
  /** By the slug or id each was asked for; `id` is the agency's short id (present/short-ids.ts), absent where it has none. */
  private readonly records = new Map<string, CompareRecord & { id?: string }>();
  private slugs: string[] = [];
  private year: number | null = null;
  /** The picker's region: a division code, '' for everywhere. */
  private place = '';
  /** Reports failing a check: shown marked, or left out. */
  private failed: FailedReports = 'mark';
  /** The picker (添加机关). */
  private finder!: NameBox;

  private get yearSelect(): HTMLSelectElement {
    return this.querySelector('select[name="year"]')!;
  }
  /** The region select; absent when no report is placed. */
  private get placeSelect(): HTMLSelectElement | null {
    return this.querySelector('select[name="place"]');
  }
  private get failedSelect(): HTMLSelectElement {
    return this.querySelector('select[name="failed"]')!;
  }
  private get townshipsButton(): HTMLButtonElement {
    return this.querySelector('[data-townships]')!;
  }

  async connectedCallback(): Promise<void> {
    const selection = selectionFromSearch(location.search);
    ({ slugs: this.slugs, year: this.year, failed: this.failed } = selection);
    this.yearSelect.value = this.year === null ? '' : String(this.year);
    this.failedSelect.value = this.failed;
    this.failedSelect.addEventListener('change', () => {
      this.failed = this.failedSelect.value === 'hide' ? 'hide' : 'mark';
      void this.render();
    });
    this.setPlace(selection.place);
    this.finder = new NameBox(this.querySelector('input[name="find"]')!, {
      shown: MAX_SUGGESTIONS,
      keep: (e) => offered(e, this.slugs, this.place),
      choose: (e) => {
        this.slugs.push(e.slug);
        void this.render();
      },
      status: this.querySelector<HTMLElement>('.find-status')!,
      none: () => (this.place ? `${this.placeName()}没有匹配的机关` : '没有匹配的机关'),
    });
    this.yearSelect.addEventListener('change', () => {
      this.year = Number(this.yearSelect.value) || null;
      void this.render();
    });
    this.placeSelect?.addEventListener('change', () => {
      this.setPlace(this.placeSelect!.value);
      this.remember();
      void this.finder.refresh();
    });
    this.townshipsButton.addEventListener('click', () => void this.addTownships());
    this.querySelector('[data-copy]')!.addEventListener('click', () => void this.copyLink());
    // Agencies named by id load their records under it and are held by slug from then on; an unknown id stays, to be said 未找到.
    const byId = await Promise.all(selection.ids.map((id) => this.load(id, this.dataset.recordId!)));
    this.slugs = [...new Set([...byId.map((r, i) => r?.slug ?? selection.ids[i]!), ...this.slugs])];
    await this.render();
  }

  /** Chooses a region, or none where the select does not offer it (a stale or foreign address). */
  private setPlace(code: string): void {
    const select = this.placeSelect;
    if (select) select.value = code;
    this.place = select?.value ?? '';
    this.townshipsButton.hidden = this.place === '';
  }

  /** The chosen region's name as the select shows it, without its indent. */
  private placeName(): string {
    return this.placeSelect?.selectedOptions[0]?.textContent?.trim() ?? '';
  }

  /** The selection, each agency by its short id where its record has one, else by slug. */
  private selection() {
    const records = [...this.records.values()];
    const ids = this.slugs.map((s) => records.find((r) => r.slug === s)?.id);
    return { ids: ids.filter((id): id is string => id !== undefined), slugs: this.slugs.filter((_, i) => ids[i] === undefined), year: this.year, place: this.place, failed: this.failed };
  }

  /** Writes the selection to the address. */
  private remember(): void {
    history.replaceState(null, '', `${location.pathname}${selectionToSearch(this.selection())}`);
  }

  private embedHref(chart: string): string {
    return `${this.dataset.embed}${compareEmbedSearch(this.selection(), chart)}`;
  }

  /** 嵌入 beside a table: a measure's of all years (`<key>-table`), or the year's (YEAR_TABLE). */
  private tableEmbed(chart: string, title: string, rows: number): HTMLElement {
    return embedCode(this.embedHref(chart), title, tableFrameHeight(rows), '此表');
  }

  private say(text: string): void {
    this.querySelector(':scope > .status')!.textContent = text;
  }

  /**
   * The clipboard API exists only on secure pages (https, localhost): elsewhere the link is copied
   * from a box the old way, and where even that fails it stays selected in the box, with a word.
   */
  private async copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(location.href);
      this.say('已复制对比链接。');
      return;
    } catch {
      // no clipboard API here, or no permission
    }
    const box = this.querySelector<HTMLInputElement>('.copy-box')!;
    box.value = location.href;
    box.hidden = false;
    box.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    this.say(copied ? '已复制对比链接。' : '浏览器不允许自动复制，请复制下面框中已选中的链接。');
  }

  /** 添加该地区全部乡镇: the township governments of the region not chosen yet, up to the cap, said on the status line. */
  private async addTownships(): Promise<void> {
    this.say('正在载入机关列表……');
    const names = await agencyNames().catch((): NameIndex | null => null);
    if (!names) return this.say('载入机关列表失败，请刷新重试。');
    const result = regionTownships(names.entries, this.place, this.slugs);
    this.slugs.push(...result.add.map((e) => e.slug));
    // Suggestions on screen may name agencies just added.
    void this.finder.refresh();
    await this.render(townshipsAddedText(this.placeName(), result));
  }

  private async load(slug: string, from = this.dataset.record!): Promise<CompareRecord | null> {
    if (!this.records.has(slug)) {
      try {
        const record = await fetchJson<CompareRecord>(`${from}${slug}.json`);
        this.records.set(slug, record);
        this.records.set(record.slug, record);
      } catch {
        return null;
      }
    }
    return this.records.get(slug) ?? null;
  }

  /** Draws the selection; `note` (what a button just did) opens the status line. */
  private async render(note = ''): Promise<void> {
    this.remember();
    const loaded = await Promise.all(this.slugs.map((s) => this.load(s)));
    // A shared link's old address (the agency's page moved since) loads the record of the agency it leads to, named by its new address.
    this.slugs = [...new Set(this.slugs.map((s, i) => loaded[i]?.slug ?? s))];
    // Now that the records are here, their ids shorten the address.
    this.remember();
    const missing = this.slugs.filter((_, i) => !loaded[i]);
    const chosen = loaded.filter((r): r is CompareRecord => r !== null);
    this.renderChips(chosen);
    const { records, left } = this.failed === 'hide' ? withoutFailed(chosen) : { records: chosen, left: 0 };
    const out = this.querySelector('.compare-output')!;
    const explain = this.querySelector<HTMLElement>('.small-explain')!;
    const marksExplain = this.querySelector<HTMLElement>('.marks-explain')!;
    marksExplain.hidden = true;
    const download = this.querySelector<TableDownload>('table-download')!;
    out.replaceChildren();
    explain.hidden = true;
    download.hidden = true;
    const title = compareTitle(records.length >= 2 ? records : [], this.year);
    this.querySelector('h1')!.textContent = title;
    document.title = `${title} · 公开年报看板`;
    const lead = `${note}${missing.length ? `未找到：${missing.join('、')}。` : ''}`;
    if (records.length < 2) {
      this.say(`${lead}请至少选择两个机关。`);
      return;
    }
    const table = compareTable(records, this.year);
    if (this.year === null) {
      out.append(...measureComparisons(records, (id) => `${this.dataset.reportHref}${id}/`).map((m) => h('section', { class: 'measure-compare' }, h('h2', null, m.table.title), chartFigure(m.chart, 'line', this.embedHref(m.key)), shownTable(m.table, 'data-table compare-table', false), this.tableEmbed(`${m.key}${TABLE}`, m.table.title, m.table.rows.length))));
    } else {
      out.append(h('div', { class: 'grid-2' }, ...yearCharts(records, this.year).map((c, i) => chartFigure(c, 'bar', this.embedHref(YEAR_COMPARE_CHARTS[i]!)))), compareTableElement(table, this.year, (id) => `${this.dataset.reportHref}${id}/`), this.tableEmbed(YEAR_TABLE, compareYearTableTitle(title), table.rows.length + 1));
    }
    download.setTable(compareFile(table, title), compareFileName(records, this.year));
    download.hidden = false;
    explain.hidden = !table.anySmall;
    const failedShown = table.columns.filter((c) => c.marks.some((m) => m.kind === 'failed')).length;
    marksExplain.hidden = !table.columns.some((c) => c.marks.length > 0);
    const failedText = left > 0 ? `已略去${left}份未通过核对的报告。` : failedShown > 0 ? `${failedInSum(failedShown)}（已标注）。` : '';
    this.say(`${lead}正在比较${records.length}个机关，${this.year === null ? '全部年度' : `${this.year}年`}。${failedText}`);
  }

  private renderChips(records: CompareRecord[]): void {
    const chips = this.querySelector('.chips')!;
    chips.replaceChildren(
      ...records.map((r) => {
        const remove = h('button', { type: 'button', 'aria-label': `移除${r.name}` }, '×');
        remove.addEventListener('click', () => {
          this.slugs = this.slugs.filter((s) => s !== r.slug);
          void this.render();
        });
        return h('li', null, h('a', { href: `${this.dataset.agencyHref}${r.slug}/` }, r.name), remove);
      }),
    );
  }
}

customElements.define('compare-view', CompareView);
