import type { APIRoute } from 'astro';
import { atomXml } from '../../../lib/output/atom.ts';
import type { Agency } from '../../../lib/site/agencies.ts';
import { currentSite } from '../../../lib/site/current-fs.ts';
import { agencyPaths } from '../../../lib/views/agency.ts';
import { agencyFeed } from '../../../lib/views/feed.ts';

/** An agency's Atom feed, beside its page (agency/[slug].astro), in the same part of a split build. */
export function getStaticPaths() {
  return agencyPaths(currentSite());
}

export const GET: APIRoute = ({ props }) => new Response(atomXml(agencyFeed((props as { agency: Agency }).agency)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
