import {css} from 'lit';

export const conversationGuideStyles = css`
  .intro {
    max-inline-size: 46em;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .safety {
    margin-block: var(--_space);
    padding: 0.75em;
    border: 2px solid #a3361f;
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
  }
  .safety .subheading {
    margin-block-start: 0;
  }
  .safety ul:first-of-type {
    margin-block-end: 0.5em;
  }
  .safety .help-lines {
    margin-block-end: 0.5em;
  }
  .step-nav {
    margin-block: var(--_space);
  }
  .step-list {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9.5em), 1fr));
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step-link {
    display: flex;
    align-items: center;
    gap: 0.5em;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.3em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background-color: var(--_background);
    text-align: start;
    cursor: pointer;
  }
  .step-number {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.7em;
    block-size: 1.7em;
    border: 2px solid var(--_accent);
    border-radius: 50%;
    color: var(--_accent);
    font-weight: 700;
  }
  .step-link.done .step-number {
    background-color: var(--_accent-tint);
  }
  .step-link[aria-current='step'] {
    border: 2px solid var(--_accent);
    background-color: var(--_accent-tint);
    font-weight: 700;
  }
  .step-link[aria-current='step'] .step-number {
    background-color: var(--_accent);
    color: var(--_accent-text);
  }
  .step {
    padding: var(--_space);
    border-radius: var(--_radius);
    border-block-start: 0.35em solid var(--_accent);
    background-color: var(--_surface);
  }
  .step-heading {
    margin-block-start: 0;
  }
  .step-count {
    color: var(--_muted);
    font-weight: 600;
  }
  .phrases {
    display: grid;
    gap: 0.5em;
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .phrase {
    display: grid;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background-color: var(--_background);
  }
  .phrase p {
    margin: 0;
  }
  .phrase .label {
    font-weight: 700;
  }
  /* No strike-through: it makes the words hard to read, and the "Instead of" label already says it. */
  .phrase .instead {
    color: var(--_muted);
  }
  .phrase .try {
    margin-block-start: 0.25em;
  }
  .phrase .skill {
    margin-block-start: 0.25em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .example {
    margin: 0 0 var(--_space);
    padding: 0.75em;
    border-inline-start: 0.3em solid var(--_accent);
    background-color: var(--_background);
  }
  .example figcaption {
    margin-block-end: 0.4em;
    font-weight: 700;
  }
  .line {
    margin: 0 0 0.35em;
  }
  .line .who {
    font-weight: 700;
  }
  .line.them {
    padding-inline-start: 1.5em;
  }
  .line.note {
    font-style: italic;
  }
  .step-buttons,
  .plan-buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
  }
  .plan {
    margin-block: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .plan .subheading {
    margin-block-start: 0;
  }
  .field {
    display: grid;
    gap: 0.2em;
    margin-block-end: 0.75em;
  }
  .field label {
    font-weight: 700;
  }
  textarea {
    inline-size: 100%;
    min-block-size: 4.5em;
    padding: 0.4em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 0.3em;
    background-color: var(--_background);
    resize: vertical;
  }
  .plan-buttons {
    justify-content: flex-start;
  }
  .confirm {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    font-weight: 700;
  }
  .plan-print {
    display: none;
  }
  /* On phones the step list is a row of numbers; each is named by its number and its title. */
  @container (max-width: 30em) {
    .step-list {
      grid-template-columns: repeat(6, minmax(0, 1fr));
    }
    .step-link {
      justify-content: center;
      padding: 0.3em 0;
    }
    .step-title {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  @container (min-width: 40em) {
    .phrase {
      grid-template-columns: 1fr 1fr;
      gap: 0 1em;
    }
    .phrase .try {
      margin: 0;
    }
    .phrase .skill {
      grid-column: 1 / -1;
    }
  }
  @media (forced-colors: active) {
    .step-link[aria-current='step'] {
      outline: 2px solid Highlight;
    }
    .safety {
      border-color: CanvasText;
    }
  }
  @media print {
    .step-nav,
    .scenarios,
    .step-buttons,
    .plan-buttons,
    .plan .field,
    .plan .hint {
      display: none;
    }
    .plan-print {
      display: block;
    }
    /* "Print my plan": just the plan and the help lines. */
    .print-plan > :not(.plan, .help, .heading) {
      display: none;
    }
  }
`;
