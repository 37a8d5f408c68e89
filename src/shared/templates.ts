import {html, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {CONTENT_REVIEWED, SOURCES, type SourceId} from './sources.js';
import type {Locale} from './localization.js';

/** A source and, in the reader's language, what the widget uses it for. */
export interface SourceUse {
  readonly id: SourceId;
  readonly usedFor: string;
}

export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${iso}T00:00:00Z`));
}

/** The sources, collapsed by default, with the date the facts were last reviewed. */
export function renderSources(uses: readonly SourceUse[], locale: Locale): TemplateResult {
  return html`<details class="sources" part="sources">
    <summary>${msg('Where this information comes from')}</summary>
    <ul>
      ${uses.map(({id, usedFor}) => {
        const source: {citation: string; url?: string} = SOURCES[id];
        return html`<li>
          <span class="used-for">${usedFor}</span>
          <cite lang="en">${source.url ? html`<a href=${source.url}>${source.citation}</a>` : source.citation}</cite>
        </li>`;
      })}
    </ul>
    <p>${msg('Last reviewed:')} <time datetime=${CONTENT_REVIEWED}>${formatDate(CONTENT_REVIEWED, locale)}</time></p>
  </details>`;
}

export function renderDisclaimer(): TemplateResult {
  return html`<p class="disclaimer" part="disclaimer">
    ${msg('This is general information to help families. It is not medical advice. A care team finds the right care for each person.')}
  </p>`;
}
