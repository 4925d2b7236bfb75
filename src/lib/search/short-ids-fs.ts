/** This build's short ids (present/short-ids.ts): its agencies' and those of the record of published addresses. */
import { currentSite } from '../site/current-fs.ts';
import { currentAddresses } from './addresses-fs.ts';
import { shortIds, type ShortIds } from '../present/short-ids.ts';

let cached: ShortIds | undefined;

export function currentShortIds(): ShortIds {
  return (cached ??= shortIds(currentSite().agencies, currentAddresses().record));
}
