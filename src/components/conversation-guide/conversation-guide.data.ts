import {readHelpLineFields} from '../../shared/crisis.js';
import type {ProblemList} from '../../shared/problems.js';
import {checkKeys, readClinicText, readLanguage, readObject} from '../../shared/validate.js';
import {PLAN_FIELDS, type ConversationGuideClinicData, type Plan} from './conversation-guide.types.js';

/** Validates a clinic's data for the guide: its name, language, help lines and intake line. */
export function parseConversationGuideData(raw: unknown, problems: ProblemList): ConversationGuideClinicData {
  const root = readObject(raw, 'clinic data', problems);
  if (!root) return {};
  checkKeys(root, ['clinic', 'lang', 'helpLines', 'intakeLine'], '', problems);
  const clinic = root.clinic === undefined ? undefined : readClinicText(root.clinic, 'clinic', problems);
  const lang = root.lang === undefined ? undefined : readLanguage(root.lang, 'lang', problems);
  return {...(clinic === undefined ? {} : {clinic}), ...(lang === undefined ? {} : {lang}), ...readHelpLineFields(root, problems)};
}

export const EMPTY_PLAN: Plan = {worries: '', say: '', offer: '', support: ''};

/** A plan read back from storage: only the known fields, only text. */
export function planFromJson(json: string | null): Plan {
  try {
    const raw: unknown = JSON.parse(json ?? '{}');
    if (typeof raw !== 'object' || raw === null) return EMPTY_PLAN;
    const plan: Record<keyof Plan, string> = {...EMPTY_PLAN};
    for (const field of PLAN_FIELDS) {
      const value = (raw as Record<string, unknown>)[field];
      if (typeof value === 'string') plan[field] = value;
    }
    return plan;
  } catch {
    return EMPTY_PLAN;
  }
}

export const isEmptyPlan = (plan: Plan): boolean => PLAN_FIELDS.every((field) => !plan[field].trim());

/** The plan as plain text, for "download as text": each heading, then the reader's words. */
export function planAsText(
  title: string,
  sections: readonly {readonly heading: string; readonly text: string}[],
  footer: readonly string[],
): string {
  const body = sections.map(({heading, text}) => `${heading}\n${text.trim() || '—'}`).join('\n\n');
  return `${title}\n${'='.repeat(title.length)}\n\n${body}\n\n${footer.join('\n')}\n`;
}
