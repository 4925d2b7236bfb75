import type { APIRoute } from 'astro';
import { dictionaryCsv, reportsCsvDictionary } from '../../lib/data/dictionary.ts';
import { loadCsvHeader } from '../../lib/data/load.ts';

/** The data dictionary of reports.csv as a spreadsheet. */
export const GET: APIRoute = () => new Response(dictionaryCsv(reportsCsvDictionary(loadCsvHeader('reports.csv'))));
