import {html, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {SourceId} from './sources.js';
import {dateTimeFormat} from './intl.js';
import type {Locale} from './localization.js';

/** When the facts shown were last checked against their sources (ISO date). */
export const CONTENT_REVIEWED = '2026-11-25';

/** A source and, in the reader's language, what the widget uses it for. */
export interface SourceUse {
  readonly id: SourceId;
  readonly usedFor: string;
}

export function formatDate(iso: string, locale: Locale): string {
  return dateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${iso}T00:00:00Z`));
}

type SourcesModule = typeof import('./sources.js');
/** The citations, once loaded: they are fetched the first time a reader opens a list of sources. */
let sources: SourcesModule | undefined;

/**
 * The sources, collapsed by default (the citations load when opened), and the date the facts were last
 * reviewed, always visible.
 */
export function renderSources(host: ReactiveControllerHost, uses: readonly SourceUse[], locale: Locale): TemplateResult {
  const onToggle = (event: Event): void => {
    if (!(event.target as HTMLDetailsElement).open) return;
    // Another element may have loaded the citations since this one last rendered: update either way.
    void (sources ? Promise.resolve(sources) : import('./sources.js')).then((loaded) => {
      sources = loaded;
      host.requestUpdate();
    });
  };
  return html`<div class="sources" part="sources">
    <details @toggle=${onToggle}>
      <summary>${msg('Where these facts come from')}</summary>
      ${sources ? renderCitations(sources, uses) : html`<p>${msg('Loading…')}</p>`}
    </details>
    <p class="reviewed">${msg('Last reviewed:')} <time datetime=${CONTENT_REVIEWED}>${formatDate(CONTENT_REVIEWED, locale)}</time></p>
  </div>`;
}

function renderCitations({SOURCES}: SourcesModule, uses: readonly SourceUse[]): TemplateResult {
  return html`<ul>
    ${uses.map(({id, usedFor}) => {
      const source: {citation: string; url?: string} = SOURCES[id];
      return html`<li>
        <span class="used-for">${usedFor}</span>
        <cite lang="en">${source.url ? html`<a href=${source.url}>${source.citation}</a>` : source.citation}</cite>
      </li>`;
    })}
  </ul>`;
}

export function renderDisclaimer(): TemplateResult {
  return html`<p class="disclaimer" part="disclaimer">
    ${msg('These facts are here to help families. They are not medical advice. A care team finds the right care for each person.')}
  </p>`;
}
