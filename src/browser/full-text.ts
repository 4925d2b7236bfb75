/**
 * The full-text half of the search page: Pagefind over the parts of the index
 * (src/lib/search/pagefind-parts.ts), searched newest first and loaded only as far as a query
 * needs. A search starts with the newest part that can hold its results and takes in older parts
 * (Pagefind's `mergeIndex`) only while its results do not fill a page, and by itself at most
 * AUTO_PARTS parts; the reader asks for the rest with the “继续搜索” button. So a query costs
 * about the same however large the corpus (a rare word no longer loads every part's page list),
 * and a year filter loads only the parts of that year. Parts once loaded stay loaded for the
 * page's later searches.
 */
import { searchOrder, type PartEntry, type PartsManifest } from '../lib/search/pagefind-parts.ts';
import { base, fetchJson } from './dom.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The record's whole text (search-record.ts). */
  content?: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  /** The page's id in its part. */
  id: string;
  data(): Promise<PagefindResultData>;
}

/** Which results to keep, once their data is in: those holding a quoted phrase, say. */
export type Keep = (data: PagefindResultData) => boolean;

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at a time (each costs a fragment file of about 1.3 KB). */
export const TEXT_PAGE = 10;

/** Candidates a search with a `Keep` examines at most for one page, so that a rare phrase costs a bounded number of fragments. */
export const CHECKED_PER_PAGE = 5 * TEXT_PAGE;

/** Parts a search loads before it has been asked to go on: up to 10,000 reports. */
export const AUTO_PARTS = 2;

/** What a search needs of the index: FullText, or a stand-in in the unit tests. */
export interface PartIndex {
  isLoaded(part: PartEntry): boolean;
  load(part: PartEntry): Promise<void>;
  run(q: string | null, filters: Record<string, string>): Promise<PagefindResult[]>;
}

export class FullText implements PartIndex {
  private readonly root: string;
  private readonly manifests: string[];
  private parts: Promise<PartEntry[]> | undefined;
  private pagefind: Promise<Pagefind> | undefined;
  /** Parts loaded or loading, by path. */
  private readonly loaded = new Map<string, Promise<void>>();

  /** `root`: the URL of pagefind/; `manifests`: the URLs of the build parts' lists of index parts. */
  constructor(root: string, manifests: string[]) {
    this.root = root;
    this.manifests = manifests;
  }

  /**
   * A search of `q` (null: every page the filters keep) under Pagefind's filters, already run on
   * the parts it needs for its first page of results. The 年度 filter chooses the parts; `keep`
   * narrows the results once their data is in (TextSearch).
   */
  async search(q: string | null, filters: Record<string, string>, keep?: Keep): Promise<TextSearch> {
    const search = new TextSearch(this, q, filters, searchOrder(await this.partList(), filters['年度']), keep);
    await search.open();
    return search;
  }

  isLoaded(part: PartEntry): boolean {
    return this.loaded.has(part.path);
  }

  /** Loads a part: the first one loaded becomes Pagefind's primary index, the others merge into it. */
  load(part: PartEntry): Promise<void> {
    let loading = this.loaded.get(part.path);
    if (!loading) {
      const url = `${this.root}${part.path}/`;
      loading = this.pagefind
        ? this.pagefind.then((p) => p.mergeIndex(url, { baseUrl: base() }))
        : (this.pagefind = this.primary(url)).then(() => undefined);
      this.loaded.set(part.path, loading);
      // A part that failed to load may be tried again by the next search.
      loading.catch(() => {
        this.loaded.delete(part.path);
        if (this.loaded.size === 0) this.pagefind = undefined;
      });
    }
    return loading;
  }

  /** Searches every part loaded (once those loading for another search are in). */
  async run(q: string | null, filters: Record<string, string>): Promise<PagefindResult[]> {
    await Promise.all(this.loaded.values());
    const found = await (await this.pagefind!).search(q, { filters });
    return found?.results ?? [];
  }

  private async primary(url: string): Promise<Pagefind> {
    const pagefind = (await import(/* @vite-ignore */ `${url}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base() });
    await pagefind.init();
    return pagefind;
  }

  private partList(): Promise<PartEntry[]> {
    this.parts ??= Promise.all(this.manifests.map((m) => fetchJson<PartsManifest>(m))).then((lists) => lists.flatMap((l) => l.parts));
    this.parts.catch(() => (this.parts = undefined));
    return this.parts;
  }
}

/**
 * One full-text search: its results so far, the parts it has searched and those left. Results are
 * Pagefind's, best first: by relevance, and where two are equally relevant the newer first (each
 * part's records are added newest first, pagefind-build-fs.ts, and Pagefind keeps that order on a
 * tie; parts are searched newest first). With a `keep`, Pagefind's results are candidates, and a
 * page holds those kept, in the same order.
 */
export class TextSearch {
  /** Found in the parts searched so far, best first (candidates, when there is a `keep`). */
  results: PagefindResult[] = [];
  /** Candidates examined, and how many were kept. */
  checked = 0;
  kept = 0;
  private readonly index: PartIndex;
  private readonly q: string | null;
  private readonly filters: Record<string, string>;
  /** The parts this search may need, in the order it takes them. */
  private readonly order: PartEntry[];
  private readonly keep: Keep | undefined;
  /** Ids of the results shown or examined. Pagefind gives them per part; two parts sharing one is not expected. */
  private readonly shown = new Set<string>();
  /** Results kept and not shown yet (with a `keep`). */
  private readonly waiting: PagefindResultData[] = [];

  constructor(index: PartIndex, q: string | null, filters: Record<string, string>, order: PartEntry[], keep?: Keep) {
    this.index = index;
    this.q = q;
    this.filters = filters;
    this.order = order;
    this.keep = keep;
  }

  /** Whether results are candidates, kept or not once their data is in. */
  get filtered(): boolean {
    return this.keep !== undefined;
  }

  get searched(): PartEntry[] {
    return this.order.filter((p) => this.index.isLoaded(p));
  }

  get left(): PartEntry[] {
    return this.order.filter((p) => !this.index.isLoaded(p));
  }

  /**
   * Searches the parts already loaded, then older ones until a page of results is found or
   * AUTO_PARTS parts have been searched.
   */
  async open(): Promise<void> {
    if (this.searched.length) this.results = await this.index.run(this.q, this.filters);
    while (this.results.length < TEXT_PAGE && this.left.length && this.searched.length < AUTO_PARTS) await this.widen();
  }

  /** Takes in the next part and searches again. */
  async widen(): Promise<void> {
    await this.index.load(this.left[0]!);
    this.results = await this.index.run(this.q, this.filters);
  }

  /** Results found and not shown yet, best first. */
  private unshownResults(): PagefindResult[] {
    return this.results.filter((r) => !this.shown.has(r.id));
  }

  /** Results (or candidates) not shown or examined yet. */
  get unshown(): number {
    return this.unshownResults().length + this.waiting.length;
  }

  /**
   * The next page of results; when all found are shown, first searches the next part. With a
   * `keep`, candidates are examined a page at a time until a page is kept or CHECKED_PER_PAGE have
   * been examined; those kept beyond the page wait for the next.
   */
  async more(): Promise<PagefindResultData[]> {
    if (this.unshown === 0 && this.left.length) await this.widen();
    if (!this.keep) {
      const page = this.unshownResults().slice(0, TEXT_PAGE);
      for (const r of page) this.shown.add(r.id);
      return Promise.all(page.map((r) => r.data()));
    }
    let examined = 0;
    while (this.waiting.length < TEXT_PAGE && examined < CHECKED_PER_PAGE) {
      const batch = this.unshownResults().slice(0, TEXT_PAGE);
      if (batch.length === 0) break;
      for (const r of batch) this.shown.add(r.id);
      const data = await Promise.all(batch.map((r) => r.data()));
      examined += batch.length;
      this.checked += batch.length;
      const kept = data.filter(this.keep);
      this.kept += kept.length;
      this.waiting.push(...kept);
    }
    return this.waiting.splice(0, TEXT_PAGE);
  }
}
