import type { APIRoute } from 'astro';
import { loadIngestLog } from '../../../../lib/data/load.ts';
import { qualityPagePaths, qualityView, type QualityItem } from '../../../../lib/data/quality.ts';
import { site } from '../../../../lib/data/site.ts';

/** One page of one problem group of the data-quality page (数据核查), loaded as the reader turns pages. */
export function getStaticPaths() {
  return qualityPagePaths(qualityView(site().reports, loadIngestLog()));
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify((props as { items: QualityItem[] }).items));
