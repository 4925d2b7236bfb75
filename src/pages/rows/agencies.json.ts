import type { APIRoute } from 'astro';
import { listRow } from '../../lib/data/list-rows.ts';
import { site } from '../../lib/data/site.ts';

/** One compact row per agency, for the agency list and the compare picker. */
export const GET: APIRoute = () => new Response(JSON.stringify(site().agencies.map(listRow)));
