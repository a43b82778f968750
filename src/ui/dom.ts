/// <reference lib="dom" />
/**
 * A tiny DOM builder. Every string becomes a Text node (textContent), never
 * markup, so data from the server cannot inject HTML.
 */

/** Attribute values: strings are set as attributes, booleans toggle them, null/undefined/false skip. */
export type AttrValue = string | number | boolean | null | undefined | EventListener;

/** Attributes for `h`. Keys starting with `on` and a function value become event listeners. */
export type Attrs = Record<string, AttrValue>;

/** A child: a node, text, or nothing; arrays are flattened. */
export type Child = Node | string | number | null | undefined | false | Child[];

/** The part of `Document` that `h` uses (a fake one is enough in tests). */
export interface DocLike {
  createElement(tag: string): HTMLElement;
  createTextNode(text: string): Text;
}

/** Builds `h(tag, attrs, ...children)` over the given document. */
export function createH(doc: DocLike) {
  return function h(tag: string, attrs?: Attrs | null, ...children: Child[]): HTMLElement {
    const el = doc.createElement(tag);
    for (const [key, value] of Object.entries(attrs ?? {})) setAttr(el, key, value);
    appendChildren(doc, el, children);
    return el;
  };
}

function setAttr(el: HTMLElement, key: string, value: AttrValue): void {
  if (typeof value === 'function') {
    el.addEventListener(key.slice(2).toLowerCase(), value);
  } else if (value === true) {
    el.setAttribute(key, '');
  } else if (value !== false && value !== null && value !== undefined) {
    el.setAttribute(key, String(value));
  }
}

function appendChildren(doc: DocLike, el: HTMLElement, children: Child[]): void {
  for (const child of children) {
    if (Array.isArray(child)) appendChildren(doc, el, child);
    else if (typeof child === 'string' || typeof child === 'number') el.appendChild(doc.createTextNode(String(child)));
    else if (child) el.appendChild(child);
  }
}

/** `h` over the page's document; only call in the browser. */
export function h(tag: string, attrs?: Attrs | null, ...children: Child[]): HTMLElement {
  return createH(document)(tag, attrs, ...children);
}

/** Replaces every child of `el` with `children`. */
export function replaceChildren(el: Element, ...children: Child[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  appendChildren(el.ownerDocument ?? document, el as HTMLElement, children);
}

let idCounter = 0;

/** A page-unique element id with the given prefix, for label/aria wiring. */
export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}
