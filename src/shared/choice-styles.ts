import {css} from 'lit';

/**
 * Radio choices shown as pills, each with its native radio button: for the elements that let a reader choose
 * (family roles, conversation guide). Not in the shared runtime, so pages with the other elements do not load it.
 */
export const choiceStyles = css`
  .choice {
    margin: 0;
    padding: 0.5em 0.75em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .choice legend {
    padding-inline: 0.25em;
    font-weight: 700;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    min-block-size: 2.75em;
    padding: 0.3em 0.8em 0.3em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 2em;
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
    background-color: var(--_accent-tint);
    font-weight: 700;
  }
  .option input {
    flex: none;
    inline-size: 1.15em;
    block-size: 1.15em;
    margin: 0;
    accent-color: var(--_accent);
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      outline: 2px solid Highlight;
      box-shadow: none;
    }
  }
`;
