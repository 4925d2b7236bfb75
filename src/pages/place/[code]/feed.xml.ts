import type { APIRoute } from 'astro';
import { atomXml } from '../../../lib/output/atom.ts';
import { currentSite } from '../../../lib/site/current-fs.ts';
import { placeFeed } from '../../../lib/views/feed.ts';
import { placePaths } from '../../../lib/views/place.ts';

/** A place's Atom feed, beside its page: the reports of the place and of everything under it. */
export function getStaticPaths() {
  return placePaths(currentSite());
}

export const GET: APIRoute = ({ props }) =>
  new Response(atomXml(placeFeed(currentSite(), (props as { code: string }).code)!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
