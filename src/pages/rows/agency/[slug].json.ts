import type { APIRoute } from 'astro';
import type { Agency } from '../../../lib/data/agencies.ts';
import { compareRecord } from '../../../lib/data/list-rows.ts';
import { site } from '../../../lib/data/site.ts';

/** One agency's numbers year by year, loaded by the compare page for each agency chosen (this part's agencies). */
export function getStaticPaths() {
  return site().ownAgencies.map((agency) => ({ params: { slug: agency.slug }, props: { agency } }));
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(compareRecord((props as { agency: Agency }).agency)));
