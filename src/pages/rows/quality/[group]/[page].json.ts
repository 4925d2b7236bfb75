import type { APIRoute } from 'astro';
import { qualityPagePaths, qualityView, type QualityItem } from '../../../../lib/views/quality.ts';
import { currentData, currentSite } from '../../../../lib/site/current-fs.ts';

/** One page of one problem group of the data-quality page (数据核查), loaded as the reader turns pages. */
export function getStaticPaths() {
  return qualityPagePaths(qualityView(currentSite().reports, currentData().ingestLog()));
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify((props as { items: QualityItem[] }).items));
