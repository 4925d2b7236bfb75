/**
 * The official townships of a place for its page (places.ts officialTownships), from the pinned
 * list ingest places reports with (place/gazetteer-fs.ts), read once per build on the first
 * county page: a county page lists every township the list names, with a report or not.
 */
import { gazetteer } from '../place/gazetteer-fs.ts';
import { officialTownships, type OfficialTownship } from './places.ts';

export function currentTownships(code: string): OfficialTownship[] {
  return officialTownships(gazetteer(), code);
}
