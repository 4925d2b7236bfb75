import type { APIRoute } from 'astro';
import { listRow } from '../../lib/views/list-rows.ts';
import { encodeRows } from '../../lib/views/list-file.ts';
import { currentSite } from '../../lib/site/current-fs.ts';

/** Every agency as a row, for the agency list and the compare picker. */
export const GET: APIRoute = () => new Response(JSON.stringify(encodeRows(currentSite().agencies.map(listRow))));
