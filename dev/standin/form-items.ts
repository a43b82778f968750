/** Fake form items: one class for every item type; the Proxy class name follows the type. */
import type { Ctx } from './context';
import { asGas } from './gas';

export type ItemTypeName =
  | 'TEXT'
  | 'PARAGRAPH_TEXT'
  | 'DATE'
  | 'TIME'
  | 'MULTIPLE_CHOICE'
  | 'LIST'
  | 'CHECKBOX'
  | 'SCALE'
  | 'SECTION_HEADER'
  | 'PAGE_BREAK';

export const ITEM_TYPES: ItemTypeName[] = [
  'TEXT',
  'PARAGRAPH_TEXT',
  'DATE',
  'TIME',
  'MULTIPLE_CHOICE',
  'LIST',
  'CHECKBOX',
  'SCALE',
  'SECTION_HEADER',
  'PAGE_BREAK',
];

/** 'MULTIPLE_CHOICE' → 'MultipleChoiceItem' (the real class name). */
export function itemClassName(type: ItemTypeName): string {
  return `${type.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _s, c: string) => c.toUpperCase())}Item`;
}

/** Methods a generic `Item` (from getItems) has; the specific ones need asXxxItem() first. */
export const GENERIC_ITEM_METHODS: ReadonlySet<string> = new Set([
  'getId',
  'getIndex',
  'getTitle',
  'setTitle',
  'getHelpText',
  'setHelpText',
  'getType',
  'duplicate',
  ...ITEM_TYPES.map((t) => `as${itemClassName(t)}`),
]);

type GenericApi = Pick<
  GoogleAppsScript.Forms.Item,
  | 'getId'
  | 'getIndex'
  | 'getTitle'
  | 'setTitle'
  | 'getHelpText'
  | 'setHelpText'
  | 'getType'
  | 'asTextItem'
  | 'asParagraphTextItem'
  | 'asDateItem'
  | 'asTimeItem'
  | 'asMultipleChoiceItem'
  | 'asListItem'
  | 'asCheckboxItem'
  | 'asScaleItem'
>;
type SpecificApi = Pick<
  GoogleAppsScript.Forms.TextItem,
  'isRequired' | 'setRequired' | 'setValidation' | 'clearValidation'
> &
  Pick<
    GoogleAppsScript.Forms.MultipleChoiceItem,
    'setChoiceValues' | 'getChoices' | 'createChoice' | 'setChoices' | 'showOtherOption' | 'hasOtherOption'
  > &
  Pick<GoogleAppsScript.Forms.ScaleItem, 'setBounds' | 'getLowerBound' | 'getUpperBound' | 'setLabels'> &
  Pick<GoogleAppsScript.Forms.DateItem, 'setIncludesYear'>;

export class FakeItem implements GenericApi, SpecificApi {
  title = '';
  helpText = '';
  required = false;
  choices: string[] = [];
  otherOption = false;
  validation: unknown = null;
  bounds = { lower: 1, upper: 5 };
  labels = { lower: '', upper: '' };
  includesYear = true;

  constructor(
    private readonly ctx: Ctx,
    private readonly items: FakeItem[],
    readonly id: number,
    readonly type: ItemTypeName,
  ) {}

  /** True for items that collect an answer (not section headers or page breaks). */
  get isQuestion(): boolean {
    return this.type !== 'SECTION_HEADER' && this.type !== 'PAGE_BREAK';
  }

  getId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.items.indexOf(this);
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): GoogleAppsScript.Forms.Item {
    this.title = String(title);
    return asGas(this);
  }
  getHelpText(): string {
    return this.helpText;
  }
  setHelpText(text: string): GoogleAppsScript.Forms.Item {
    this.helpText = String(text);
    return asGas(this);
  }
  getType(): GoogleAppsScript.Forms.ItemType {
    return this.type as unknown as GoogleAppsScript.Forms.ItemType;
  }
  isRequired(): boolean {
    return this.required;
  }
  setRequired(enabled: boolean): GoogleAppsScript.Forms.TextItem {
    this.required = enabled;
    return asGas(this);
  }
  setValidation(validation: GoogleAppsScript.Forms.TextValidation): GoogleAppsScript.Forms.TextItem {
    this.validation = this.ctx.unwrap(validation);
    return asGas(this);
  }
  clearValidation(): GoogleAppsScript.Forms.TextItem {
    this.validation = null;
    return asGas(this);
  }

  setChoiceValues(values: string[]): GoogleAppsScript.Forms.MultipleChoiceItem {
    this.choices = values.map(String);
    return asGas(this);
  }
  getChoices(): GoogleAppsScript.Forms.Choice[] {
    return this.choices.map((c) => this.createChoice(c));
  }
  createChoice(value: string): GoogleAppsScript.Forms.Choice {
    return this.ctx.wrap({ getValue: () => value }, 'Choice');
  }
  setChoices(choices: GoogleAppsScript.Forms.Choice[]): GoogleAppsScript.Forms.MultipleChoiceItem {
    this.choices = choices.map((c) => c.getValue());
    return asGas(this);
  }
  showOtherOption(enabled: boolean): GoogleAppsScript.Forms.MultipleChoiceItem {
    this.otherOption = enabled;
    return asGas(this);
  }
  hasOtherOption(): boolean {
    return this.otherOption;
  }
  setBounds(lower: number, upper: number): GoogleAppsScript.Forms.ScaleItem {
    this.bounds = { lower, upper };
    return asGas(this);
  }
  getLowerBound(): number {
    return this.bounds.lower;
  }
  getUpperBound(): number {
    return this.bounds.upper;
  }
  setLabels(lower: string, upper: string): GoogleAppsScript.Forms.ScaleItem {
    this.labels = { lower, upper };
    return asGas(this);
  }
  setIncludesYear(enableYear: boolean): GoogleAppsScript.Forms.DateItem {
    this.includesYear = enableYear;
    return asGas(this);
  }

  asTextItem(): GoogleAppsScript.Forms.TextItem {
    return this.as('TEXT');
  }
  asParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this.as('PARAGRAPH_TEXT');
  }
  asDateItem(): GoogleAppsScript.Forms.DateItem {
    return this.as('DATE');
  }
  asTimeItem(): GoogleAppsScript.Forms.TimeItem {
    return this.as('TIME');
  }
  asMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.as('MULTIPLE_CHOICE');
  }
  asListItem(): GoogleAppsScript.Forms.ListItem {
    return this.as('LIST');
  }
  asCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this.as('CHECKBOX');
  }
  asScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return this.as('SCALE');
  }

  private as<T>(type: ItemTypeName): T {
    if (this.type !== type)
      throw this.ctx.fail(`Item can't be cast to ${itemClassName(type)}: it is a ${itemClassName(this.type)}.`);
    return wrapItem(this.ctx, this, false);
  }
}

/** Wraps an item as its specific class, or as a generic `Item` (only generic methods). */
export function wrapItem<T>(ctx: Ctx, item: FakeItem, generic: boolean): T {
  return generic ? ctx.wrap(item, 'Item', GENERIC_ITEM_METHODS) : ctx.wrap(item, itemClassName(item.type));
}

/** `FormApp.createTextValidation()`: a builder that records its rule. */
export function createTextValidationBuilder(ctx: Ctx): GoogleAppsScript.Forms.TextValidationBuilder {
  const rule: { helpText: string; requirements: Array<{ kind: string; args: unknown[] }> } = {
    helpText: '',
    requirements: [],
  };
  const builder: Record<string, unknown> = {
    setHelpText: (t: string) => {
      rule.helpText = t;
      return proxy;
    },
    build: () => ctx.wrap({ rule }, 'TextValidation'),
  };
  for (const kind of [
    'requireNumber',
    'requireWholeNumber',
    'requireTextMatchesPattern',
    'requireTextIsEmail',
    'requireTextIsUrl',
    'requireTextLengthLessThanOrEqualTo',
    'requireTextLengthGreaterThanOrEqualTo',
    'requireNumberBetween',
    'requireTextContainsPattern',
  ]) {
    builder[kind] = (...args: unknown[]) => {
      rule.requirements.push({ kind, args });
      return proxy;
    };
  }
  const proxy: GoogleAppsScript.Forms.TextValidationBuilder = ctx.wrap(builder, 'TextValidationBuilder');
  return proxy;
}
