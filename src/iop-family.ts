/**
 * iop-family: one `<script type="module" src=".../iop-family.js">` is all a page needs. This small loader
 * fetches an element's code when its tag first appears in the document, together with the shared runtime and,
 * for a Spanish element, the Spanish text, all from next to this file. A page with no element loads nothing more.
 * The classic build (`iop-family.iife.js`) carries everything in one file instead. Apps built with a bundler
 * get bundler.ts through `import 'iop-family'`, and Node gets node/iop-family.ts.
 *
 * This module must not share code with the elements: anything it imports statically would be loaded by every
 * per-element module too.
 */
import {autoload} from './autoload.js';
import {ELEMENT_LOADERS} from './element-loaders.js';

/**
 * What each element needs besides its own module, written in at build time so it downloads in parallel with
 * the element instead of after it: by tag, the chunks the module imports (the shared runtime and the like),
 * and by `tag|language`, the translations it uses on a page in that language; each chunk named without its
 * folder and extension (`runtime-AbCd1234` for chunks/runtime-AbCd1234.js). Empty when running from source.
 */
const PRELOADS: Readonly<Record<string, readonly string[]>> = readPreloads('__IOP_PRELOADS__');

function readPreloads(json: string): Readonly<Record<string, readonly string[]>> {
  return json.startsWith('{') ? (JSON.parse(json) as Record<string, string[]>) : {};
}

/**
 * The primary subtag of the element's language: the closest `lang`, its own or an ancestor's, else
 * `<html lang>`. (The runtime's localization.ts does this fully, through shadow roots; importing it here would
 * put the runtime in the loader.)
 */
const languageOf = (element?: Element): string =>
  (((element?.closest('[lang]') ?? document.documentElement).getAttribute('lang') ?? '').split(/[-_]/)[0] ?? '').toLowerCase();

const {loadAll} = autoload(ELEMENT_LOADERS, (tag, found) => {
  // Relative to this file, like the element modules themselves.
  for (const chunk of [...(PRELOADS[tag] ?? []), ...(PRELOADS[`${tag}|${languageOf(found)}`] ?? [])])
    void import(/* @vite-ignore */ `./chunks/${chunk}.js`);
});

/**
 * Defines every element now: for pages that create them inside their own shadow roots (which the loader
 * cannot see), and for frameworks, which set data as properties only on elements already defined. Resolves
 * when all four are defined, in whatever language the page is in.
 */
export const defineAll = loadAll;

export type {IopCareLevels, CareLevelsClinicData, CareLevelId, LevelSelectDetail} from './elements/iop-care-levels.js';
export type {IopWeeklySchedule, ScheduleJson, TrackSelectDetail} from './elements/iop-weekly-schedule.js';
export type {IopFamilyRoles, FamilyRolesClinicData, RolesChangeDetail} from './elements/iop-family-roles.js';
export type {IopConversationGuide, ConversationGuideClinicData, GuideChangeDetail} from './elements/iop-conversation-guide.js';
export type {DataErrorDetail} from './shared/clinic-data.js';
export type {HeadingLevel} from './shared/validate.js';
export type {DataProblem, ProblemCode, ProblemOutcome} from './shared/problems.js';

declare global {
  interface HTMLElementTagNameMap {
    'iop-care-levels': import('./elements/iop-care-levels.js').IopCareLevels;
    'iop-weekly-schedule': import('./elements/iop-weekly-schedule.js').IopWeeklySchedule;
    'iop-family-roles': import('./elements/iop-family-roles.js').IopFamilyRoles;
    'iop-conversation-guide': import('./elements/iop-conversation-guide.js').IopConversationGuide;
  }
}
