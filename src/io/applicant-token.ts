/**
 * The private token of a request's status link: HMAC-SHA256 of the request number under a secret
 * only the engine holds (its Script Properties, made on first use), so a token cannot be guessed
 * from a number and a token for one request opens no other.
 */
import type { ApplicantTokens } from '../app/applicant-cancel';

const SECRET_PROPERTY = 'APPLICANT_TOKEN_SECRET';
/** Hex characters kept (128 bits). */
const TOKEN_LENGTH = 32;

function secret(): string {
  const props = PropertiesService.getScriptProperties();
  let value = props.getProperty(SECRET_PROPERTY);
  if (!value) {
    value = `${Utilities.getUuid()}${Utilities.getUuid()}`;
    props.setProperty(SECRET_PROPERTY, value);
  }
  return value;
}

/** The token of `requestId`'s status link (the status page puts it in every mail to the applicant). */
export function applicantToken(requestId: string): string {
  const bytes = Utilities.computeHmacSha256Signature(requestId, secret(), Utilities.Charset.UTF_8);
  let hex = '';
  for (const b of bytes) hex += ((b + 256) % 256).toString(16).padStart(2, '0');
  return hex.slice(0, TOKEN_LENGTH);
}

/** Tokens checked against applicantToken, comparing every character (no early exit). */
export function liveApplicantTokens(): ApplicantTokens {
  return {
    verify: (requestId, token) => {
      const expected = applicantToken(requestId);
      let diff = expected.length ^ token.length;
      for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ (token.charCodeAt(i) || 0);
      return diff === 0;
    },
  };
}
