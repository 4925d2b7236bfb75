import type { APIRoute } from 'astro';
import { buildAgencyIndex, indexedAgencies } from '../lib/search/agency-index.ts';
import { currentSite } from '../lib/site/current-fs.ts';

/** Every agency with its pinyin, for the name search (src/lib/search/name-search.ts reads it). */
export const GET: APIRoute = () => new Response(JSON.stringify(buildAgencyIndex(indexedAgencies(currentSite().agencies))));
