import type { APIRoute } from 'astro';
import type { Agency } from '../../../lib/site/agencies.ts';
import { compareRecord } from '../../../lib/views/list-rows.ts';
import { currentSite } from '../../../lib/site/current-fs.ts';

/** One agency's numbers year by year, loaded by the compare page for each agency chosen (this part's agencies). */
export function getStaticPaths() {
  return currentSite().ownAgencies.map((agency) => ({ params: { slug: agency.slug }, props: { agency } }));
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(compareRecord((props as { agency: Agency }).agency)));
