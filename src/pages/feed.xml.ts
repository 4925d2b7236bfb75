import type { APIRoute } from 'astro';
import { atomXml } from '../lib/output/atom.ts';
import { currentSite } from '../lib/site/current-fs.ts';
import { siteFeed } from '../lib/views/feed.ts';

/** The whole site's Atom feed: the newest reports and those that fail a check. */
export const GET: APIRoute = () => new Response(atomXml(siteFeed(currentSite())), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
