import {css} from 'lit';

export const familyRolesStyles = css`
  .intro {
    max-inline-size: 46em;
  }
  .choices {
    display: grid;
    gap: 0.75em;
    margin-block: var(--_space);
  }
  .panel {
    padding: var(--_space);
    border-radius: var(--_radius);
    border-block-start: 0.35em solid var(--_accent);
    background-color: var(--_surface);
  }
  .panel-heading {
    margin-block-start: 0;
  }
  .roles {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .role {
    display: grid;
    align-content: start;
    gap: 0.2em;
    padding: 0.6em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background-color: var(--_background);
  }
  .role-name {
    color: var(--_accent);
  }
  .pairs {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .pair {
    display: grid;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background-color: var(--_background);
    overflow: hidden;
  }
  .pair p {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin: 0;
    padding: 0.5em 0.75em;
  }
  .pair .help {
    border-inline-start: 0.3em solid #1f6f3f;
  }
  .pair .avoid {
    border-inline-start: 0.3em dashed #a3361f;
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
  }
  .icon {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    margin-block-start: 0.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .help .icon {
    color: #1f6f3f;
  }
  .avoid .icon {
    color: #a3361f;
  }
  .program {
    margin-block: var(--_space) 0;
    padding: 0.75em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background-color: var(--_background);
  }
  .program .subheading {
    margin-block-start: 0;
  }
  .program-clinic {
    color: var(--_muted);
  }
  .program p:last-child,
  .options-list p:last-child {
    margin-block-end: 0;
  }
  .options-list {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .options-list li {
    padding: 0.6em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background-color: var(--_background);
  }
  .options-list p {
    margin-block: 0.25em;
  }
  .evidence-label {
    font-weight: 700;
  }
  .emergency {
    margin-block-start: var(--_space);
    padding: 0.75em;
    border: 2px solid #a3361f;
    border-radius: var(--_radius);
    background-color: var(--_background);
  }
  .emergency .subheading {
    margin-block-start: 0;
  }
  .signs-label {
    margin-block-end: 0;
    font-weight: 700;
  }
  .signs {
    margin-block-start: 0.25em;
  }
  .contact {
    margin-block: var(--_space) 0;
  }
  @container (max-width: 30em) {
    .panel {
      padding: 0.75em 0.5em;
    }
    .option {
      border-radius: 1em;
    }
  }
  @container (min-width: 36em) {
    .roles {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .pair {
      grid-template-columns: 1fr 1fr;
    }
    .pair .avoid {
      border-block-start: 0;
    }
  }
  @container (min-width: 56em) {
    .choices {
      grid-template-columns: 3fr 2fr;
    }
    .roles {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .options-list {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @media (forced-colors: active) {
    .pair .help,
    .pair .avoid,
    .emergency,
    .program {
      border-color: CanvasText;
    }
  }
  @media print {
    .choices {
      display: none;
    }
    .panel {
      background: none;
      padding: 0;
    }
    .role,
    .pair,
    .options-list li {
      break-inside: avoid;
    }
  }
`;
