/**
 * The page edge: the data set this build renders, read once from the folder and part the
 * environment names (env.ts). Pages call these; components and view models take what the pages
 * hand them.
 */
import { buildEnv } from './env.ts';
import { DataFolder } from './load-fs.ts';
import { buildSite, type Site } from './site.ts';

let data: DataFolder | undefined;
let site: Site | undefined;

export function currentData(): DataFolder {
  return (data ??= new DataFolder(buildEnv().dataDir));
}

export function currentSite(): Site {
  return (site ??= buildSite(currentData().cores(), buildEnv().part, buildEnv().groups));
}
