import type { APIRoute } from 'astro';
import { listRow } from '../../lib/data/list-rows.ts';
import { firstPage } from '../../lib/data/list-view.ts';
import { site } from '../../lib/data/site.ts';

/** The first page of the agency list's default view: its first paint, whatever the number of agencies. */
export const GET: APIRoute = () => new Response(JSON.stringify(firstPage(site().agencies.map(listRow))));
