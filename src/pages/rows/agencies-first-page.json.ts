import type { APIRoute } from 'astro';
import { listRow } from '../../lib/views/list-rows.ts';
import { firstPage } from '../../lib/views/list-view.ts';
import { currentSite } from '../../lib/site/current-fs.ts';

/** The first page of the agency list's default view: its first paint, whatever the number of agencies. */
export const GET: APIRoute = () => new Response(JSON.stringify(firstPage(currentSite().agencies.map(listRow))));
