import type {ProblemList} from './problems.js';
import {join, MAX_ITEMS, show} from './validate.js';

/*
 * Loaded only when an element's parser threw on a host's value, which takes a throwing getter or proxy
 * (see ClinicDataController): pages whose data reads normally never download it.
 */

const MAX_DEPTH = 32;

/**
 * A copy of a host's value made only of what can be read, key by key, so a throwing getter, a throwing proxy,
 * a circular reference or absurd nesting costs only its own field (reported as unreadable) instead of the
 * whole element. Other values are kept as they are, for the element's parser to check.
 */
export function readableCopy(value: unknown, field: string, problems: ProblemList, root: string, within: readonly object[] = []): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const unreadable = (detail: string, at = field): void => {
    problems.add(at || root, 'unreadable', 'left-out', {detail});
  };
  const tooFar = within.includes(value)
    ? 'it refers back to itself'
    : within.length >= MAX_DEPTH
      ? `nested more than ${String(MAX_DEPTH)} deep`
      : '';
  if (tooFar) {
    unreadable(tooFar);
    return undefined;
  }
  const inner = [...within, value];
  try {
    if (Array.isArray(value)) {
      if (value.length > MAX_ITEMS) unreadable(`only the first ${String(MAX_ITEMS)} items were read`);
      return Array.from(value.slice(0, MAX_ITEMS), (item, i) => readableCopy(item, join(field, i), problems, root, inner));
    }
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      let item: unknown;
      try {
        item = (value as Record<string, unknown>)[key];
      } catch (error) {
        unreadable(show(error), join(field, key));
        continue;
      }
      const read = readableCopy(item, join(field, key), problems, root, inner);
      if (read !== undefined || item === undefined) copy[key] = read;
    }
    return copy;
  } catch (error) {
    unreadable(show(error));
    return undefined;
  }
}
