import { createH, DocLike } from '../../src/ui/dom';

/** A tiny stateful fake of the document API `h` uses. */
class FakeText {
  constructor(readonly data: string) {}
}
class FakeElement {
  readonly attributes = new Map<string, string>();
  readonly childNodes: Array<FakeElement | FakeText> = [];
  readonly listeners = new Map<string, () => void>();
  constructor(readonly tagName: string) {}
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  addEventListener(type: string, fn: () => void) {
    this.listeners.set(type, fn);
  }
  appendChild(child: FakeElement | FakeText) {
    this.childNodes.push(child);
    return child;
  }
}
const created: string[] = [];
const fakeDoc = {
  createElement: (tag: string) => {
    created.push(tag);
    return new FakeElement(tag);
  },
  createTextNode: (text: string) => new FakeText(text),
} as unknown as DocLike;
const h = createH(fakeDoc);

describe('h', () => {
  beforeEach(() => {
    created.length = 0;
  });

  test('markup in data stays text: one text node, no extra elements', () => {
    const el = h('p', null, '<img src=x onerror="alert(1)">') as unknown as FakeElement;
    expect(created).toEqual(['p']);
    expect(el.childNodes).toEqual([new FakeText('<img src=x onerror="alert(1)">')]);
  });

  test('attributes: strings and numbers set, true is empty, false/null/undefined skipped', () => {
    const el = h('input', {
      type: 'text',
      rows: 3,
      required: true,
      disabled: false,
      title: null,
      id: undefined,
    }) as unknown as FakeElement;
    expect([...el.attributes]).toEqual([
      ['type', 'text'],
      ['rows', '3'],
      ['required', ''],
    ]);
  });

  test('on* functions become listeners, children flatten and falsy ones vanish', () => {
    let clicks = 0;
    const child = h('b', null, 'x');
    const el = h(
      'button',
      {
        onClick: () => {
          clicks += 1;
        },
      },
      ['a', [1, null, false], child],
      undefined,
    ) as unknown as FakeElement;
    el.listeners.get('click')?.();
    expect(clicks).toBe(1);
    expect(el.childNodes).toEqual([new FakeText('a'), new FakeText('1'), child]);
  });
});
