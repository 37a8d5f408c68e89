import {noChange} from 'lit';
import {Directive, directive, PartType, type ElementPart, type PartInfo} from 'lit/directive.js';

export type CssProps = Readonly<Record<`--${string}`, string>>;

/**
 * Sets CSS custom properties on an element through the CSSOM, never through a `style` attribute, so a
 * strict Content-Security-Policy (no 'unsafe-inline' styles) allows it. Lit's styleMap writes the `style`
 * attribute on its first render, which such a policy blocks. Use it as an element binding:
 * `<span ${cssProps({'--start': '10%'})}>`.
 */
class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProps must be bound to an element, not an attribute.');
  }

  render(_props: CssProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [CssProps]): typeof noChange {
    const {style} = part.element as HTMLElement;
    for (const name of this.previous) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(props));
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
