import type { APIRoute } from 'astro';
import type { Agency } from '../../../lib/site/agencies.ts';
import { compareRecord } from '../../../lib/views/list-rows.ts';
import { currentSite } from '../../../lib/site/current-fs.ts';
import { movedPaths } from '../../../lib/search/addresses.ts';
import { currentAddresses } from '../../../lib/search/addresses-fs.ts';
import { currentShortIds } from '../../../lib/search/short-ids-fs.ts';

/**
 * One agency's numbers year by year, loaded by the compare page for each agency chosen (this part's
 * agencies); at an address that moved, the record of the agency it leads to, whose `slug` tells the
 * compare page the new address; its `id` (present/short-ids.ts) is what the compare page writes into
 * its address.
 */
export function getStaticPaths() {
  const { ownAgencies } = currentSite();
  const moved = movedPaths(currentAddresses().moved, ownAgencies).map((p) => ({ params: p.params, props: { agency: p.props.movedTo } }));
  return [...ownAgencies.map((agency) => ({ params: { slug: agency.slug }, props: { agency } })), ...moved];
}

export const GET: APIRoute = ({ props }) => {
  const agency = (props as { agency: Agency }).agency;
  return new Response(JSON.stringify({ ...compareRecord(agency), id: currentShortIds().ofSlug.get(agency.slug) }));
};
