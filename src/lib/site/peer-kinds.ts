/**
 * The kinds of peer group (peers.ts): a county's townships, a government's departments. A module
 * of its own, without imports, so that their labels (present/labels.ts), which the browser reads,
 * do not bring in how the site groups agencies, which runs in Node.
 */
export const PEER_KINDS = ['townships', 'departments'] as const;
export type PeerKind = (typeof PEER_KINDS)[number];
