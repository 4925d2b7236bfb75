/**
 * The about page's generated parts: the glossary and the list of checks, both from their single
 * definitions (glossary.ts, the template's identities), so the explanations match what the site
 * does.
 */
import { CHECK_IDS, CHECK_LABELS } from '../template/identities.ts';
import { MEASURES, type MeasureKey } from '../measures/catalogue.ts';
import { measureFormula } from '../present/formulas.ts';
import { GLOSSARY, type GlossaryEntry } from '../present/glossary.ts';
import { CHECK_DESCRIPTIONS } from './quality.ts';

export interface AboutView {
  glossary: readonly GlossaryEntry[];
  /** Every measure of the catalogue with its formula in words. */
  measures: { key: MeasureKey; label: string; formula: string; unit: string }[];
  checks: { label: string; description: string; official: boolean }[];
}

export function aboutView(): AboutView {
  return {
    glossary: GLOSSARY,
    measures: MEASURES.map((m) => ({ key: m.key, label: m.label, formula: measureFormula(m.key), unit: m.kind === 'rate' ? '比例（%）' : '件' })),
    checks: CHECK_IDS.map((id) => ({ label: CHECK_LABELS[id], description: CHECK_DESCRIPTIONS[id], official: id === 'balance' })),
  };
}
