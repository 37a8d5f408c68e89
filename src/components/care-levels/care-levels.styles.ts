import {css} from 'lit';

export const careLevelsStyles = css`
  .intro {
    max-inline-size: 46em;
  }
  .hint {
    display: block;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.35em;
    padding: 0 0.45em;
    border: 1px solid var(--_accent);
    border-radius: 1em;
    background-color: var(--_accent);
    color: var(--_accent-text);
    font-size: 0.8125em;
    font-weight: 700;
    line-height: 1.5;
    white-space: nowrap;
    vertical-align: 0.1em;
  }

  /* The scale: one rung a level, a bar drawn at its hours on a 0-40+ axis. */
  .scale {
    margin: var(--_space) 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .scale legend {
    padding: 0;
    margin-block-end: 0.5em;
  }
  .scale .subheading {
    margin-block-start: 0;
  }
  .axis,
  .track {
    position: relative;
    display: block;
  }
  .axis-row {
    display: grid;
    gap: 0.25em;
    padding-inline: 0.5em;
    border-inline: 1px solid transparent;
  }
  .axis-row > span:first-child {
    display: none;
  }
  .axis {
    block-size: 1.5em;
    margin-inline: 0 1.5em;
    color: var(--_muted);
  }
  .tick {
    font-size: 0.875em;
    /* At the axis's end an absolute box has no room, and "40+" would break into a column of characters. */
    white-space: nowrap;
    position: absolute;
    inset-inline-start: var(--at);
    transform: translateX(-50%);
  }
  .tick:first-child {
    transform: none;
  }
  :host(:dir(rtl)) .tick {
    transform: translateX(50%);
  }
  .rungs {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .rung {
    display: grid;
    gap: 0.25em;
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .rung:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
    background-color: var(--_accent-tint);
  }
  .rung-label {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5em;
    align-items: baseline;
    cursor: pointer;
  }
  .rung-label input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
    align-self: center;
  }
  .rung-name {
    font-weight: 600;
  }
  .rung-hours,
  .rung-label .clinic-line {
    grid-column: 2;
    color: var(--_muted);
  }
  .track {
    block-size: 0.9em;
    margin-inline-end: 1.5em;
    border-radius: 0.45em;
    background-color: var(--_surface);
    outline: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
  }
  .bar,
  .clinic-bar {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--start);
    inline-size: var(--size);
    border-radius: 0.45em;
    background-color: var(--_accent);
  }
  .bar.open {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
    mask-image: linear-gradient(to right, black 75%, transparent);
  }
  :host(:dir(rtl)) .bar.open {
    mask-image: linear-gradient(to left, black 75%, transparent);
  }
  .bar.all-day {
    mask-image: none;
    background: repeating-linear-gradient(135deg, var(--_accent) 0 0.4em, color-mix(in srgb, var(--_accent) 55%, white) 0.4em 0.8em);
  }
  .clinic-bar {
    inset-block: 0.2em;
    background-color: var(--_accent-text);
    border: 2px solid var(--_text);
  }
  .bar-varies {
    position: absolute;
    inset: 0.35em 0;
    border-block-start: 0.2em dashed var(--_border);
  }

  /* The chosen level. */
  .details {
    margin: var(--_space) 0;
    padding: var(--_space);
    border-radius: var(--_radius);
    background-color: var(--_surface);
    border-inline-start: 0.35em solid var(--_accent);
  }
  .details .subheading {
    margin-block-start: 0;
  }
  .asam {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .clinic-program {
    margin-block-end: 0.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background-color: var(--_background);
  }
  .clinic-title {
    margin-block-end: 0.25em;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 700;
  }
  .clinic-program p:last-child {
    margin-block-end: 0;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .clinic-line,
  .clinic-line > span {
    display: block;
    margin-block-start: 0.25em;
    font-weight: 400;
    font-size: 0.9375em;
  }

  /* Comparison: cards by default, a table when the container is wide enough for the columns shown. */
  .table {
    display: none;
    margin-block-end: 0.75em;
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .table th,
  .table td {
    padding: 0.5em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .table thead th {
    background-color: var(--_surface);
  }
  .table tbody th {
    font-weight: 600;
  }
  .table thead td {
    inline-size: 11em;
    border-block-start-color: transparent;
    border-inline-start-color: transparent;
  }
  .table .featured {
    background-color: var(--_accent-tint);
    border-inline: 3px solid var(--_accent);
  }
  .table thead th.featured {
    border-block-start: 3px solid var(--_accent);
  }
  .table tbody tr:last-child td.featured {
    border-block-end: 3px solid var(--_accent);
  }
  .card-list {
    display: grid;
    gap: 0.5em;
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card.featured {
    border: 3px solid var(--_accent);
  }
  .card summary {
    padding: 0.6em 0.75em;
    color: var(--_text);
    font-weight: 400;
  }
  .card[open] summary,
  .card details[open] summary {
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
  }
  .card-title {
    font-weight: 700;
  }
  .card-hours {
    display: block;
    color: var(--_muted);
    padding-inline-start: 1.1em;
  }
  .card .clinic-line,
  .card dl {
    margin: 0;
    padding: 0 0.75em;
  }
  .card .clinic-line {
    padding-block-start: 0.5em;
  }
  .card dl > div {
    padding-block: 0.4em;
  }
  .card dl > div + div {
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
  }
  .card dt {
    font-weight: 600;
  }
  .card dd {
    margin: 0;
  }
  .scale-legend {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0.5em 0 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .legend-marker {
    display: inline-block;
    inline-size: 2em;
    block-size: 0.6em;
    border: 2px solid var(--_text);
    border-radius: 0.3em;
    background-color: var(--_accent-text);
  }
  @container (max-width: 30em) {
    .details {
      padding: 0.75em;
    }
  }
  @container (min-width: 36em) {
    .card-list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      align-items: start;
    }
    .rung,
    .axis-row {
      grid-template-columns: minmax(12em, 2fr) 3fr;
      align-items: center;
    }
    .axis-row > span:first-child {
      display: block;
    }
  }
  @container (min-width: 40em) {
    .layout-1 .table,
    .layout-2 .table,
    .layout-3 .table {
      display: table;
    }
    .layout-1 .cards,
    .layout-2 .cards,
    .layout-3 .cards {
      display: none;
    }
  }
  @container (min-width: 52em) {
    .layout-4 .table {
      display: table;
    }
    .layout-4 .cards {
      display: none;
    }
  }
  @container (min-width: 62em) {
    .layout-5 .table {
      display: table;
    }
    .layout-5 .cards {
      display: none;
    }
    .card-list {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  @media (forced-colors: active) {
    .bar,
    .bar.all-day {
      forced-color-adjust: none;
      background: CanvasText;
      mask-image: none;
    }
    .clinic-bar,
    .legend-marker {
      forced-color-adjust: none;
      background: Canvas;
      border-color: Highlight;
    }
    .track {
      outline: 1px solid CanvasText;
    }
    .rung:has(input:checked),
    .card.featured,
    .table .featured {
      border-color: Highlight;
      box-shadow: none;
      outline: 2px solid Highlight;
    }
    .badge {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
  @media print {
    .scale,
    .details .steps {
      display: none;
    }
    .card,
    .table tr {
      break-inside: avoid;
    }
    .legend-marker,
    .clinic-bar {
      print-color-adjust: exact;
    }
  }
`;
