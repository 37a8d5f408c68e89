import {css} from 'lit';

export const weeklyScheduleStyles = css`
  .intro {
    max-inline-size: 46em;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .button[aria-pressed='true'] {
    background-color: var(--_accent);
    color: var(--_accent-text);
  }

  /* Session types: a tint, a pattern and an edge style each, and always a text label, so colour is never the only signal. */
  .type-group {
    --_tint: #dbeafe;
    --_edge: #1e4fa8;
  }
  .type-individual {
    --_tint: #dcfce7;
    --_edge: #166534;
    --_pattern: repeating-linear-gradient(45deg, rgb(0 0 0 / 9%) 0 2px, transparent 2px 9px);
  }
  .type-family {
    --_tint: #f3e8ff;
    --_edge: #6b21a8;
    --_pattern: radial-gradient(rgb(0 0 0 / 14%) 1.2px, transparent 1.6px) 0 0 / 8px 8px;
    --_edge-style: double;
  }
  .type-education {
    --_tint: #fef3c7;
    --_edge: #92400e;
    --_pattern: repeating-linear-gradient(0deg, rgb(0 0 0 / 9%) 0 2px, transparent 2px 9px);
  }
  .type-skills {
    --_tint: #ccfbf1;
    --_edge: #115e59;
    --_pattern: repeating-linear-gradient(90deg, rgb(0 0 0 / 9%) 0 2px, transparent 2px 9px);
    --_edge-style: dashed;
  }
  .type-medication {
    --_tint: #ffe4e6;
    --_edge: #9f1239;
    --_pattern:
      repeating-linear-gradient(45deg, rgb(0 0 0 / 8%) 0 2px, transparent 2px 8px),
      repeating-linear-gradient(-45deg, rgb(0 0 0 / 8%) 0 2px, transparent 2px 8px);
  }
  .type-check-in {
    --_tint: #e5e7eb;
    --_edge: #374151;
    --_edge-style: dotted;
  }
  .type-other {
    --_tint: #f5f5f4;
    --_edge: #57534e;
    --_edge-style: dashed;
  }
  .swatch,
  .session {
    background: var(--_pattern, none);
    background-color: var(--_tint, var(--_surface));
    border: 1px solid var(--_edge, var(--_border));
    border-inline-start: 0.3em var(--_edge-style, solid) var(--_edge, var(--_border));
    color: #1b1f24;
  }

  /* Tracks and totals. */
  .tracks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    margin: var(--_space) 0;
    padding: 0.5em 0.75em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .tracks legend {
    padding-inline: 0.25em;
    font-weight: 700;
  }
  .track-option,
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2em;
    cursor: pointer;
  }
  .track-option input,
  .check input {
    flex: none;
    inline-size: 1.2em;
    block-size: 1.2em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .totals {
    margin: var(--_space) 0;
    padding: var(--_space);
    border-radius: var(--_radius);
    background-color: var(--_surface);
  }
  .totals .subheading {
    margin-block-start: 0;
  }
  .total-line {
    font-size: 1.125em;
  }
  .verdict {
    padding-inline-start: 0.6em;
    border-inline-start: 0.25em solid var(--_accent);
  }
  .verdict.below,
  .verdict.above {
    border-inline-start-color: #8a4b00;
  }
  .by-type {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .by-type li .swatch {
    vertical-align: -0.15em;
    margin-inline-end: 0.3em;
  }
  .swatch {
    display: inline-block;
    inline-size: 1.6em;
    block-size: 1.1em;
    border-radius: 0.2em;
  }
  .type-hours {
    font-weight: 600;
  }

  /* The week. By default (and in narrow containers) a list by day; a grid in wide ones unless the reader chose the list. */
  .week-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin-block: 1.25em 0.5em;
  }
  .week-head .subheading {
    margin: 0;
  }
  .view-toggle {
    display: none;
    gap: 0.4em;
  }
  .axis {
    display: none;
  }
  .days,
  .sessions {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .day.empty {
    display: none;
  }
  .day + .day {
    margin-block-start: 0.75em;
  }
  .day-name {
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  .day-name .short {
    display: none;
  }
  .session,
  .busy {
    display: grid;
    gap: 0 0.75em;
    margin-block-end: 0.35em;
    padding: 0.4em 0.6em;
    border-radius: 0.3em;
  }
  .session .title,
  .busy .title {
    font-weight: 600;
  }
  @container (min-width: 30em) {
    .session,
    .busy {
      grid-template-columns: minmax(9em, auto) 1fr;
    }
    .session .type,
    .session .clash-note {
      grid-column: 2;
    }
  }
  .session .type {
    font-size: 0.875em;
  }
  .busy {
    border: 1px dashed var(--_text);
    background: repeating-linear-gradient(135deg, rgb(0 0 0 / 7%) 0 4px, transparent 4px 10px);
    background-color: var(--_background);
  }
  .no-sessions {
    color: var(--_muted);
  }
  .clash-note {
    font-weight: 700;
    color: #8a1c00;
  }
  .session.clash {
    outline: 3px solid #b42318;
    outline-offset: -1px;
  }

  /*
   * The grid: one CSS grid for the whole week (the hours on the left, a column a day), whose rows are the
   * stretches between the times in timeLines(). The axis, the days and each day's sessions share those rows
   * (subgrid), so a row grows in every day at once when a block's text needs more room, and nothing is cut
   * off. Browsers without subgrid keep the list.
   */
  @supports (grid-template-rows: subgrid) {
    @container (min-width: 40em) {
      .view-toggle {
        display: flex;
      }
      .view-grid {
        /* The least an hour takes; a row holding more text grows. */
        --_hour: 3.5em;
        display: grid;
        grid-template-columns: 4em repeat(7, minmax(0, 1fr));
        grid-template-rows: minmax(2.25em, auto) var(--rows);
        column-gap: 0.25em;
      }
      .view-grid .axis,
      .view-grid .days {
        display: grid;
        grid-template-columns: subgrid;
        grid-template-rows: subgrid;
      }
      /* Each hour is a line across the week at the end of the row that ends at that hour, labelled above it. */
      .view-grid .axis {
        grid-area: 1 / 1 / -1 / -1;
        color: var(--_muted);
      }
      .view-grid .hour {
        grid-area: var(--row) / 1 / auto / -1;
        align-self: end;
        border-block-end: 1px solid color-mix(in srgb, var(--_border) 35%, transparent);
        font-size: 0.8125em;
        white-space: nowrap;
      }
      .view-grid .days {
        grid-area: 1 / 2 / -1 / -1;
      }
      .view-grid .day {
        display: grid;
        grid-row: 1 / -1;
        grid-template-rows: subgrid;
        margin: 0;
      }
      .view-grid .day-name {
        align-self: center;
        margin: 0;
        text-align: center;
      }
      .view-grid .sessions {
        display: grid;
        grid-row: 2 / -1;
        grid-template-rows: subgrid;
        grid-template-columns: minmax(0, 1fr);
        border: 1px solid var(--_border);
        border-radius: 0.3em;
      }
      /* Items that overlap (a session and a busy time, say) share the day in lanes, from layoutDay(). */
      .view-grid .session,
      .view-grid .busy,
      .view-grid .no-sessions {
        grid-area: var(--from) / 1 / var(--to);
        margin: 0;
        margin-inline-start: calc(100% * var(--lane) / var(--lanes));
        inline-size: calc(100% / var(--lanes));
        font-size: 0.8125em;
      }
      .view-grid .session,
      .view-grid .busy {
        display: flex;
        flex-direction: column;
        padding: 0.2em 0.3em;
        line-height: 1.25;
        hyphens: auto;
      }
      .view-grid .session .title {
        order: -1;
      }
      .view-grid .no-sessions {
        align-self: center;
        text-align: center;
      }
    }
    @container (min-width: 40em) and (max-width: 56em) {
      .view-grid .day-name .long {
        display: none;
      }
      .view-grid .day-name .short {
        display: inline;
      }
    }
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin-block: var(--_space);
  }
  .actions .hint {
    flex-basis: 100%;
    margin: 0;
  }

  /* Phases. */
  .phase-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
  }
  .phase {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5em;
    flex: var(--weeks) 1 12em;
    padding: 0.6em 0.75em;
    border: 1px solid var(--_border);
    border-block-start: 0.4em solid var(--_accent);
    border-radius: var(--_radius);
  }
  .phase-step {
    grid-row: span 3;
    display: inline-grid;
    place-items: center;
    inline-size: 1.8em;
    block-size: 1.8em;
    border-radius: 50%;
    background-color: var(--_accent);
    color: var(--_accent-text);
    font-weight: 700;
  }
  .phase-name {
    font-weight: 700;
  }
  .phase-weeks {
    color: var(--_muted);
  }

  /* Fit with my week. */
  .fit {
    margin-block: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .fit .subheading {
    margin-block-start: 0;
  }
  .busy-form {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .field {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .field > span,
  .field legend {
    padding: 0;
    font-weight: 600;
  }
  .field select,
  .field input[type='time'] {
    min-block-size: 2.5em;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 0.3em;
    background-color: var(--_background);
  }
  .day-checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .times {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  [aria-invalid='true'] {
    border-color: #b42318;
    outline: 2px solid #b42318;
  }
  .form-error {
    margin: 0;
    color: #b42318;
    font-weight: 700;
  }
  .busy-list {
    display: grid;
    gap: 0.4em;
    margin: var(--_space) 0 0.5em;
    padding: 0;
    list-style: none;
  }
  .busy-list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    padding: 0.3em 0.5em;
    border: 1px dashed var(--_border);
    border-radius: 0.3em;
  }
  /* Live regions are always rendered, so their first message is announced; while empty they take no room. */
  .fit-status:empty,
  .form-error:empty {
    position: absolute;
  }
  .fit-status {
    margin-block: 0.75em 0;
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .swatch,
    .session,
    .busy {
      border-color: CanvasText;
    }
    .session.clash {
      outline-color: Highlight;
    }
    /* Drawn by us, not forced: the backplate forced colours paint behind text would hide HighlightText. */
    .button[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
      font-weight: 700;
    }
    .fit,
    .view-toggle,
    .actions,
    .tracks,
    .sources {
      display: none;
    }
    .swatch,
    .session,
    .busy {
      print-color-adjust: exact;
    }
    .view-grid {
      --_hour: 2.5em;
    }
  }
`;
