import type { APIRoute } from 'astro';
import { compareRecord, type CompareRecord } from '../../../lib/data/list-rows.ts';
import { site } from '../../../lib/data/site.ts';

/** One agency's numbers year by year, loaded by the compare page for each agency chosen. */
export function getStaticPaths() {
  return site().agencies.map((a) => ({ params: { slug: a.slug }, props: { record: compareRecord(a) } }));
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify((props as { record: CompareRecord }).record));
