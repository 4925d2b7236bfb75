import type { APIRoute } from 'astro';
import { currentAddresses } from '../lib/search/addresses-fs.ts';

/** Every agency address the site has published, every report address no report has any longer, and where the moved ones lead (src/lib/search/addresses.ts): read back by the next build. */
export const GET: APIRoute = () => new Response(`${JSON.stringify(currentAddresses().record)}\n`);
