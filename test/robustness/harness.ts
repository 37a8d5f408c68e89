/**
 * Mounts an element the way a hostile host page might treat it, and records everything that goes wrong: errors
 * thrown out of its updates (a rejected `updateComplete`, an uncaught error or rejection on the page), console
 * warnings and `iop-data-error` events. Shared by the hand-written and the generated robustness tests.
 */
import '../../src/elements/iop-care-levels.js';
import '../../src/elements/iop-weekly-schedule.js';
import '../../src/elements/iop-family-roles.js';
import '../../src/elements/iop-conversation-guide.js';
import type {DataErrorDetail} from '../../src/shared/clinic-data.js';
import {closestLanguageTag, localeForLanguageTag, localeReady} from '../../src/shared/localization.js';

export type Hostile = HTMLElement & {updateComplete: Promise<boolean>} & Record<string, unknown>;

export const TAGS = ['iop-care-levels', 'iop-weekly-schedule', 'iop-family-roles', 'iop-conversation-guide'] as const;
export type Tag = (typeof TAGS)[number];

/** The property that takes each element's data, and the attribute that takes it as JSON text. */
export const DATA_NAMES: Record<Tag, {readonly property: string; readonly attribute: string}> = {
  'iop-care-levels': {property: 'clinic', attribute: 'clinic-json'},
  'iop-weekly-schedule': {property: 'schedule', attribute: 'schedule-json'},
  'iop-family-roles': {property: 'clinic', attribute: 'clinic-json'},
  'iop-conversation-guide': {property: 'clinic', attribute: 'clinic-json'},
};

export interface Session {
  readonly el: Hostile;
  /** Every error thrown out of the element, as text. */
  readonly errors: string[];
  readonly warnings: string[];
  /** Every problem reported so far, over all `iop-data-error` events. */
  readonly problems: () => DataErrorDetail['problems'];
  /** The problems the element has now: those of the last event, while its problem message is shown. */
  readonly current: () => DataErrorDetail['problems'];
  /** Waits for the element's updates to finish, and for the problem details when there are problems. */
  settle(): Promise<void>;
  /** Stops listening; call in `finally`. */
  end(): void;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates `<tag>` in a fresh container, lets `before` treat it before it is connected, and connects it. */
export async function mount(tag: Tag, before: (el: Hostile) => void = () => undefined, width = 900): Promise<Session> {
  const container = document.createElement('div');
  container.style.width = `${String(width)}px`;
  document.body.append(container);
  const errors: string[] = [];
  const warnings: string[] = [];
  const events: DataErrorDetail[] = [];
  const onError = (event: ErrorEvent): void => {
    event.preventDefault();
    errors.push(String(event.error ?? event.message));
  };
  const onRejection = (event: PromiseRejectionEvent): void => {
    event.preventDefault();
    errors.push(String(event.reason));
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const originalWarn = console.warn;
  console.warn = (...parts: unknown[]) => {
    warnings.push(parts.map(String).join(' '));
  };
  container.addEventListener('iop-data-error', (event) => events.push(event.detail));
  const el = document.createElement(tag) as unknown as Hostile;
  const session: Session = {
    el,
    errors,
    warnings,
    problems: () => events.flatMap((detail) => detail.problems),
    current: () => (el.shadowRoot?.querySelector('[part="problems"]') ? (events.at(-1)?.problems ?? []) : []),
    async settle() {
      // The element renders once its language has loaded, in a task of its own.
      await localeReady(localeForLanguageTag(closestLanguageTag(el)));
      await pause(0);
      for (let round = 0; round < 3; round++) {
        try {
          await el.updateComplete;
        } catch (error) {
          errors.push(String(error));
        }
        await pause(0);
      }
      // The problem sentences load on demand; the details and the event follow a moment after the message.
      for (let i = 0; i < 100; i++) {
        const box = el.shadowRoot?.querySelector('[part="problems"]');
        if (!box || box.querySelector('details')) break;
        await pause(10);
      }
      try {
        await el.updateComplete;
      } catch (error) {
        errors.push(String(error));
      }
    },
    end() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.warn = originalWarn;
      container.remove();
    },
  };
  try {
    before(el);
  } catch (error) {
    errors.push(`thrown while setting up: ${String(error)}`);
  }
  container.append(el);
  await session.settle();
  return session;
}

/** The names of every attribute `tag` declares, from the custom elements manifest the package ships. */
export async function attributesOf(tag: Tag): Promise<string[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: {declarations?: {tagName?: string; attributes?: {name: string}[]}[]}[];
  };
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  return (declaration?.attributes ?? []).map((attribute) => attribute.name);
}

/** The element's visible text, spaces collapsed. */
export function shownText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether the element rendered itself: its heading is there. */
export function isRendered(el: Element): boolean {
  return !!el.shadowRoot?.querySelector('[part="heading"]')?.textContent.trim();
}
