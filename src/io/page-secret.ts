/**
 * The engine's secret for signed page links, in its own Script Properties (made on first use, never
 * leaving the office account: not in a sheet, log, mail or answer), and the signer over it.
 */
import { pageSigner, type PageSigner } from '../core/page-token';
import { liveProperties, type ScriptProps } from './held-properties';

const SECRET_PROPERTY = 'PAGE_LINK_SECRET';

function secret(props: ScriptProps): string {
  let value = props.getProperty(SECRET_PROPERTY);
  if (!value) {
    value = `${Utilities.getUuid()}${Utilities.getUuid()}`.replace(/-/g, '');
    props.setProperty(SECRET_PROPERTY, value);
  }
  return value;
}

/** The signer of the engine's page links (HMAC-SHA256 by Utilities, the secret read once per call, from `props`). */
export function livePageSigner(props: ScriptProps = liveProperties()): PageSigner {
  return pageSigner(
    (message, key) => Utilities.computeHmacSha256Signature(message, key, Utilities.Charset.UTF_8),
    secret(props),
  );
}

/** Setup: make the secret now (once), so no click or form intake pays for making it. */
export function ensurePageSecret(): void {
  secret(liveProperties());
}
