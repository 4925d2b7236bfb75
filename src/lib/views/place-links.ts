/**
 * Links to places: where a place's page is (a township is a part of its county's page), the
 * breadcrumb of a place (全国 › 河南省 › 周口市 › 郸城县 › 钱店镇), and what an agency or report page
 * shows of its agency's place: that breadcrumb and the way to its peers (site/peers.ts); and a
 * county's summary report against its townships, in words (place and data-quality pages).
 */
import { measure } from '../measures/catalogue.ts';
import type { PlaceNode } from '../place/hierarchy.ts';
import { formatCount } from '../present/format.ts';
import { PEER_KIND_LABELS } from '../present/labels.ts';
import { paths, placeAnchor } from '../present/url.ts';
import type { Agency } from '../site/agencies.ts';
import { groupOfAgency, type PeerGroup, type TownshipContradiction } from '../site/peers.ts';
import type { Places } from '../site/places.ts';
import type { Site } from '../site/site.ts';

export interface PlaceLink {
  name: string;
  href: string;
}

/** The name of 全国, the root of every breadcrumb of places. */
export const NATION = '全国';

/** Where a place is shown: its own page, or for a township its part of the page of the place above. */
export function placeHref(places: Places, place: PlaceNode): string {
  const parent = place.level === 'township' ? places.parent(place.code) : null;
  return parent ? `${paths.place(parent.code)}#${placeAnchor(place.code)}` : paths.place(place.code);
}

/** 全国 and the places down to `code`, each with its link. */
export function placeTrail(places: Places, code: string | null): PlaceLink[] {
  const nodes = code === null ? [] : places.trail(code);
  return [{ name: NATION, href: paths.places() }, ...nodes.map((n) => ({ name: n.name, href: placeHref(places, n) }))];
}

/** A peer group's name: 郸城县各乡镇（街道）. */
export function peerTitle(group: Pick<PeerGroup, 'kind' | 'place'>): string {
  return `${group.place.name}各${PEER_KIND_LABELS[group.kind]}`;
}

export interface AgencyPlace {
  /** 全国 first, the agency's own place last; 全国 alone for a national body or an unplaced agency. */
  trail: PlaceLink[];
  /** No division, and not a national body: its reports' notes say why and list the candidates. */
  unplaced: boolean;
  /** The page of its peer group (a township government: its county's townships), when it has one. */
  peers: PlaceLink | null;
}

/** What an agency's or report's page shows of the agency's place. */
export function agencyPlace(site: Pick<Site, 'places'>, agency: Agency): AgencyPlace {
  const group = groupOfAgency(site.places, agency);
  return {
    trail: placeTrail(site.places, agency.division?.code ?? null),
    unplaced: agency.division === null && agency.level !== 'national',
    peers: group ? { name: `${peerTitle(group)}比较`, href: paths.peers(group.place.code, group.kind) } : null,
  };
}

/** A summary below its townships' sum, in words: what each side says and by how much they differ. */
export function contradictionText(c: TownshipContradiction['contradictions'][number], members: number): string {
  return `${measure(c.key).label}：全辖区汇总报告为 ${formatCount(c.summary)} 件，而本站收录的 ${formatCount(members)} 份乡镇（街道）政府报告之和已有 ${formatCount(c.members)} 件，多出 ${formatCount(c.excess)} 件；汇总包含乡镇的数字，不应少于它们之和`;
}
