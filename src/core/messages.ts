/**
 * Every message the service sends (mail and WhatsApp), as a typed catalogue:
 * `renderMessage(template, data)` → { subject, text, html } in Indonesian. The
 * subject carries the request number; every value in `html` is escaped.
 */
import { APPLICANT_MESSAGES } from './messages/applicant';
import { renderDoc, type MessageDoc, type RenderedMessage } from './messages/blocks';
import { OFFICIAL_MESSAGES } from './messages/officials';
import type { MessageInputs, MessageTemplate } from './messages/types';

export { escapeHtml, type RenderedMessage } from './messages/blocks';
export type {
  ApplicantBase,
  MessageInputs,
  MessageTemplate,
  OfficialTemplate,
  OverdueItem,
  Slot,
} from './messages/types';

const CATALOGUE: { [K in MessageTemplate]: (d: MessageInputs[K]) => MessageDoc } = {
  ...APPLICANT_MESSAGES,
  ...OFFICIAL_MESSAGES,
};

/** Every template name, in catalogue order. */
export const MESSAGE_TEMPLATES = Object.keys(CATALOGUE) as MessageTemplate[];

/** True when `name` (e.g. an effect's params.template) names a template of the catalogue. */
export function isMessageTemplate(name: string): name is MessageTemplate {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, name);
}

/**
 * Renders `template` with its input. Throws (Indonesian message) for a join link that is a
 * host start link, and for an invalid date/time only where the catalogue cannot fall back.
 */
export function renderMessage<K extends MessageTemplate>(template: K, data: MessageInputs[K]): RenderedMessage {
  const build = CATALOGUE[template] as (d: MessageInputs[K]) => MessageDoc;
  if (!isMessageTemplate(template)) throw new Error(`Templat pesan "${String(template)}" tidak dikenal.`);
  return renderDoc(build(data));
}
