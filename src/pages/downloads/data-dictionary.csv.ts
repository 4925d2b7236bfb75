import type { APIRoute } from 'astro';
import { dictionaryCsv, reportsCsvDictionary } from '../../lib/present/dictionary.ts';
import { currentData } from '../../lib/site/current-fs.ts';

/** The data dictionary of reports.csv as a spreadsheet. */
export const GET: APIRoute = () => new Response(dictionaryCsv(reportsCsvDictionary(currentData().csvHeader('reports.csv'))));
