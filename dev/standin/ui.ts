/** Fake `Ui` and `Menu`: everything shown is recorded in `UiState` for tests to read. */
import type { Ctx } from './context';
import { asGas } from './gas';

type GUi = GoogleAppsScript.Base.Ui;
type GMenu = GoogleAppsScript.Base.Menu;

export interface Shown {
  kind: 'sidebar' | 'modal' | 'modeless' | 'alert' | 'prompt' | 'toast';
  title: string;
  content: string;
  timeoutSeconds?: number;
}
export type MenuEntry = { caption: string; functionName: string } | { separator: true } | { subMenu: MenuRecord };
export interface MenuRecord {
  name: string;
  addon: boolean;
  items: MenuEntry[];
}

export interface UiState {
  /** One readable line per thing shown: '<kind>: <title>: <content>' (title left out when empty). */
  shown: string[];
  /** The same, structured. */
  items: Shown[];
  menus: MenuRecord[];
  /** False while a trigger runs: getUi() then throws like in real Apps Script. */
  available: boolean;
  /** What the next alert/prompt "clicks" (default 'OK'), and the text typed into the next prompt. */
  nextButton: string;
  nextPromptText: string;
}

/** Fresh UI state. */
export function createUiState(): UiState {
  return { shown: [], items: [], menus: [], available: true, nextButton: 'OK', nextPromptText: '' };
}

/** Records something shown to the user in both `shown` (text) and `items` (structured). */
export function recordShown(ctx: Ctx, entry: Shown): void {
  ctx.ui.items.push(entry);
  ctx.ui.shown.push(`${entry.kind}: ${entry.title ? `${entry.title}: ` : ''}${entry.content}`);
}

const BUTTONS = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' };
const BUTTON_SETS = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };

class FakeMenu implements Pick<GMenu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  constructor(
    private readonly ctx: Ctx,
    readonly record: MenuRecord,
  ) {}
  addItem(caption: string, functionName: string): GMenu {
    this.record.items.push({ caption, functionName });
    return asGas(this);
  }
  addSeparator(): GMenu {
    this.record.items.push({ separator: true });
    return asGas(this);
  }
  addSubMenu(menu: GMenu): GMenu {
    this.record.items.push({ subMenu: this.ctx.unwrap<FakeMenu>(menu).record });
    return asGas(this);
  }
  addToUi(): void {
    const menus = this.ctx.ui.menus;
    const i = menus.findIndex((m) => m.name === this.record.name && m.addon === this.record.addon);
    if (i >= 0) menus[i] = this.record;
    else menus.push(this.record);
  }
}

interface HtmlLike {
  title: string;
  getContent(): string;
}

class FakeUi implements Pick<
  GUi,
  'createMenu' | 'createAddonMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog' | 'alert' | 'prompt'
> {
  Button = BUTTONS;
  ButtonSet = BUTTON_SETS;
  constructor(private readonly ctx: Ctx) {}

  createMenu(caption: string): GMenu {
    return this.menu(caption, false);
  }
  createAddonMenu(): GMenu {
    return this.menu('Add-on', true);
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.show('sidebar', userInterface);
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.show('modal', userInterface, title);
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.show('modeless', userInterface, title);
  }

  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    const [title, prompt] = typeof b === 'string' ? [a, b] : ['', a];
    void c;
    recordShown(this.ctx, { kind: 'alert', title, content: prompt });
    return this.ctx.ui.nextButton as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    const [title, prompt] = typeof b === 'string' ? [a, b] : ['', a];
    void c;
    recordShown(this.ctx, { kind: 'prompt', title, content: prompt });
    const button = this.ctx.ui.nextButton;
    const text = this.ctx.ui.nextPromptText;
    return this.ctx.wrap({ getResponseText: () => text, getSelectedButton: () => button }, 'PromptResponse');
  }

  private menu(name: string, addon: boolean): GMenu {
    return this.ctx.wrap(new FakeMenu(this.ctx, { name, addon, items: [] }), 'Menu');
  }

  private show(kind: Shown['kind'], ui: GoogleAppsScript.HTML.HtmlOutput, title?: string): void {
    const html = this.ctx.unwrap<HtmlLike>(ui);
    recordShown(this.ctx, { kind, title: title ?? html.title, content: html.getContent() });
  }
}

/** `SpreadsheetApp.getUi()`: throws when no UI is attached (a trigger is running). */
export function getUi(ctx: Ctx): GUi {
  if (!ctx.ui.available) throw ctx.fail('Cannot call SpreadsheetApp.getUi() from this context.');
  return ctx.wrap(new FakeUi(ctx), 'Ui');
}
