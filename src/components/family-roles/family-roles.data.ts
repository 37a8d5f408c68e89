import {readHelpLineFields} from '../../shared/crisis.js';
import type {ProblemList} from '../../shared/problems.js';
import {checkKeys, join, readClinicText, readLanguage, readObject} from '../../shared/validate.js';
import type {FamilyProgram, FamilyRolesClinicData} from './family-roles.types.js';

/** Validates a clinic's family-roles data, keeping every valid part and naming each problem by field. */
export function parseFamilyRolesData(raw: unknown, problems: ProblemList): FamilyRolesClinicData {
  const root = readObject(raw, 'clinic data', problems);
  if (!root) return {};
  checkKeys(root, ['clinic', 'lang', 'familyProgram', 'contact', 'helpLines', 'intakeLine'], '', problems);
  const text = (key: string) => (root[key] === undefined ? undefined : readClinicText(root[key], key, problems));
  const clinic = text('clinic');
  const contact = text('contact');
  const lang = root.lang === undefined ? undefined : readLanguage(root.lang, 'lang', problems);
  const familyProgram = root.familyProgram === undefined ? undefined : parseProgram(root.familyProgram, problems);
  return {
    ...(clinic === undefined ? {} : {clinic}),
    ...(lang === undefined ? {} : {lang}),
    ...(familyProgram === undefined ? {} : {familyProgram}),
    ...(contact === undefined ? {} : {contact}),
    ...readHelpLineFields(root, problems),
  };
}

function parseProgram(value: unknown, problems: ProblemList): FamilyProgram | undefined {
  const raw = readObject(value, 'familyProgram', problems);
  if (!raw) return undefined;
  checkKeys(raw, ['name', 'times', 'note'], 'familyProgram', problems);
  const program: {name?: FamilyProgram['name']; times?: FamilyProgram['times']; note?: FamilyProgram['note']} = {};
  for (const key of ['name', 'times', 'note'] as const) {
    if (raw[key] === undefined) continue;
    const text = readClinicText(raw[key], join('familyProgram', key), problems);
    if (text !== undefined) program[key] = text;
  }
  return Object.keys(program).length > 0 ? program : undefined;
}
