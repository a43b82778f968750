/**
 * renderMessage's own contract, beside the catalogue's texts: a name outside the catalogue (an
 * effect's params.template from an old or hand-edited record) is refused in plain Indonesian.
 */
import { renderMessage } from '../../../src/core/messages';

describe('renderMessage', () => {
  it('refuses a template that is not in the catalogue, naming it', () => {
    expect(() => renderMessage('undangan' as never, {} as never)).toThrow(
      new Error('Templat pesan "undangan" tidak dikenal.'),
    );
  });

  it('refuses a name inherited from Object.prototype, which no template has', () => {
    expect(() => renderMessage('toString' as never, {} as never)).toThrow(
      new Error('Templat pesan "toString" tidak dikenal.'),
    );
  });
});
