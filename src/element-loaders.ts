/**
 * How to load each element's code, by tag: shared by the CDN loader (iop-family.ts) and the bundler entry
 * (bundler.ts). Literal paths, so rollup, webpack and Vite each see every element module.
 */
export const ELEMENT_LOADERS = {
  'iop-care-levels': () => import('./elements/iop-care-levels.js'),
  'iop-weekly-schedule': () => import('./elements/iop-weekly-schedule.js'),
  'iop-family-roles': () => import('./elements/iop-family-roles.js'),
  'iop-conversation-guide': () => import('./elements/iop-conversation-guide.js'),
} as const;
