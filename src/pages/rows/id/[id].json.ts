import type { APIRoute } from 'astro';
import type { Agency } from '../../../lib/site/agencies.ts';
import { compareRecord } from '../../../lib/views/list-rows.ts';
import { currentSite } from '../../../lib/site/current-fs.ts';
import { currentShortIds } from '../../../lib/search/short-ids-fs.ts';

/**
 * An agency's compare record under its short id (present/short-ids.ts), for 对比 addresses that name
 * agencies by id: this part's agencies, and the ids of identities that moved to one of them. The
 * record's `id` is the agency's own, which the compare page writes back into its address.
 */
export function getStaticPaths() {
  const { ownAgencies } = currentSite();
  const bySlug = new Map(ownAgencies.map((a) => [a.slug, a]));
  return [...currentShortIds().toSlug].flatMap(([id, slug]) => {
    const agency = bySlug.get(slug);
    return agency ? [{ params: { id }, props: { agency } }] : [];
  });
}

export const GET: APIRoute = ({ props }) => {
  const agency = (props as { agency: Agency }).agency;
  return new Response(JSON.stringify({ ...compareRecord(agency), id: currentShortIds().ofSlug.get(agency.slug) }));
};
