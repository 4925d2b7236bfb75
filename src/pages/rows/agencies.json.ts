import type { APIRoute } from 'astro';
import { listRow } from '../../lib/data/list-rows.ts';
import { encodeRows } from '../../lib/data/list-view.ts';
import { site } from '../../lib/data/site.ts';

/** Every agency as a row, for the agency list and the compare picker. */
export const GET: APIRoute = () => new Response(JSON.stringify(encodeRows(site().agencies.map(listRow))));
