import {css} from 'lit';

/**
 * Styles every element shares. Public theming is the small `--iop-*` set; the `--_*` values are private and
 * set on the inner `.root`, so a host cannot change them by accident. `.root` starts from `all: initial`
 * because inherited properties (line-height, text-transform, white-space…) cross the shadow boundary, and a
 * host page's own styles must not break the widget; letter and word spacing are let through, because that is
 * how readers' text-spacing tools reach inside (WCAG 1.4.12). Sizes are in em, never rem, because hosts often
 * set `html { font-size: 62.5% }`.
 *
 * No `content-visibility: auto` on the host: Chromium leaves the content of off-screen elements out of the
 * accessibility tree until they are scrolled to, so a screen reader listing headings or links would miss them.
 */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  .pending {
    min-height: var(--iop-pending-height, 0);
  }
  .root {
    all: initial;
    display: block;
    /* all: initial would make the content visible even where the host page hides the element. */
    visibility: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    --_accent: var(--iop-accent, #0b5e7e);
    --_accent-text: var(--iop-accent-text, #ffffff);
    --_text: var(--iop-text, #1b1f24);
    --_muted: var(--iop-muted, #4a5260);
    --_background: var(--iop-background, #ffffff);
    --_surface: var(--iop-surface, #f3f6f8);
    --_border: var(--iop-border, #707784);
    --_radius: var(--iop-radius, 0.5em);
    --_space: var(--iop-space, 1em);
    --_accent-tint: color-mix(in srgb, var(--_accent) 10%, var(--_background));
    font-family: var(--iop-font-family, inherit);
    font-size: var(--iop-font-size, max(1em, 16px));
    line-height: 1.5;
    color: var(--_text);
    background-color: var(--_background);
    /* anywhere, not break-word: a clinic's long word or web address must not widen a flex or grid item. */
    overflow-wrap: anywhere;
    text-align: start;
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  .heading {
    display: block;
    margin: 0 0 0.5em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .subheading {
    display: block;
    margin: 1.25em 0 0.5em;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  p {
    margin: 0 0 0.75em;
  }
  ul,
  ol {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* Also the ring of the headings that take focus to guide a reader: browsers match :focus-visible there
     only when the reader uses the keyboard, so a click moves focus without a ring. */
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    padding: 0.4em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background-color: var(--_background);
    color: var(--_accent);
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    cursor: pointer;
  }
  .button.primary {
    background-color: var(--_accent);
    color: var(--_accent-text);
  }
  .button.small {
    min-block-size: 2.25em;
    padding: 0.2em 0.75em;
    font-size: 0.9375em;
  }
  .button:disabled {
    border-color: var(--_border);
    color: var(--_muted);
    cursor: not-allowed;
  }
  .button:hover {
    background-color: var(--_accent-tint);
  }
  .button.primary:hover {
    background-color: color-mix(in srgb, var(--_accent) 85%, black);
  }
  details > summary {
    cursor: pointer;
    min-block-size: 1.5em;
    color: var(--_accent);
    font-weight: 600;
  }
  .problems {
    margin: 0 0 var(--_space);
    padding: 0.75em;
    border: 2px solid #8a4b00;
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
    background: #fff8eb;
    color: #1b1f24;
  }
  .problems-lead {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    margin: 0 0 0.25em;
    font-weight: 700;
  }
  .problems-icon {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.4em;
    block-size: 1.4em;
    border-radius: 50%;
    background: #8a4b00;
    color: #ffffff;
    font-weight: 700;
    line-height: 1;
  }
  .problems summary {
    color: #6b3a00;
  }
  .problems ul {
    margin: 0.5em 0 0;
  }
  .sources,
  .disclaimer {
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .sources {
    margin-block: var(--_space) 0.5em;
  }
  .sources .reviewed {
    margin: 0.25em 0 0;
  }
  .sources ul {
    margin-block-start: 0.5em;
  }
  .sources li {
    margin-block-end: 0.5em;
  }
  .sources .used-for {
    display: block;
    color: var(--_text);
  }
  .sources cite {
    font-style: normal;
  }
  .disclaimer {
    margin-block: 0.5em 0;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .button,
    .button.primary {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .problems {
      border-color: CanvasText;
    }
    .problems-icon {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .root {
      color: #000000;
      background: none;
    }
    .button {
      display: none;
    }
  }
`;
