import type { APIRoute } from 'astro';
import { encodeQuality } from '../../lib/views/quality-file.ts';
import { qualityView } from '../../lib/views/quality.ts';
import { currentData, currentSite } from '../../lib/site/current-fs.ts';

/** Every problem of the data-quality page (数据核查), for its filters, sorts, pages and download. */
export const GET: APIRoute = () => new Response(JSON.stringify(encodeQuality(qualityView(currentSite().reports, currentData().ingestLog(), currentSite().places).items)));
