import type { APIRoute } from 'astro';
import { dictionaryCsv } from '../../lib/present/dictionary.ts';
import { reportsDictionary } from '../../lib/views/downloads.ts';
import { currentData } from '../../lib/site/current-fs.ts';

/** The data dictionary of reports.csv as a spreadsheet. */
export const GET: APIRoute = () => new Response(dictionaryCsv(reportsDictionary(currentData().csvHeader('reports.csv'))));
