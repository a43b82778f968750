import { INVALID_LINK_PAGE, pageDocument, postButton } from '../../src/core/page-html';

/** The page's style sheet, and the document with it left out. */
function splitStyle(doc: string): { css: string; rest: string } {
  const css = /<style>([^<]*)<\/style>/.exec(doc)?.[1] ?? '';
  return { css, rest: doc.replace(css, '') };
}

/** Selector → declarations, in the order the style sheet gives them. */
function rules(css: string): Array<[string, string]> {
  return [...css.matchAll(/([^{}]*)\{([^{}]*)\}/g)].map(([, selector, body]) => [selector, body]);
}

describe('pageDocument', () => {
  it('is one whole Indonesian document for a phone: escaped title as tab and heading, the body, a footer', () => {
    const doc = pageDocument({ title: 'Status <rapat> & "Dinas" \'A\'', html: '<p>Permohonan <b>diterima</b>.</p>' });
    expect(splitStyle(doc).rest).toBe(
      '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">' +
        '<meta name="viewport" content="width=device-width, initial-scale=1">' +
        '<title>Status &lt;rapat&gt; &amp; &quot;Dinas&quot; &#39;A&#39;</title><style></style></head>' +
        '<body><main><h1>Status &lt;rapat&gt; &amp; &quot;Dinas&quot; &#39;A&#39;</h1>' +
        '<p>Permohonan <b>diterima</b>.</p>' +
        '<footer>Layanan Vicon</footer></main></body></html>',
    );
  });

  it('styles every element the pages use, with nothing fetched from outside and no script', () => {
    const doc = pageDocument({ title: 'Judul', html: '' });
    const sheet = rules(splitStyle(doc).css);
    expect(sheet.map(([selector]) => selector)).toEqual([
      'body',
      'main',
      'h1',
      'h2',
      'table',
      'th,td',
      '.note',
      '.ok',
      'button',
      'button.secondary',
      'form',
      'label',
      'textarea',
      'a',
      'footer',
    ]);
    const of = (selector: string) => sheet.find(([s]) => s === selector)?.[1] ?? '';
    expect(of('body')).toContain('font-family:Arial,Helvetica,sans-serif');
    expect(of('main')).toContain('max-width:40rem');
    expect(of('table')).toContain('width:100%');
    expect(of('.note')).toContain('background:#fff8c5');
    expect(of('.ok')).toContain('background:#dafbe1');
    expect(of('button')).toContain('background:#0b57d0');
    expect(of('button.secondary')).toContain('color:#a40e26');
    expect(of('textarea')).toContain('width:100%');
    expect(of('footer')).toContain('font-size:.85rem');
    expect(doc).not.toMatch(/<script|<link|src=|url\(|@import/i);
  });
});

describe('INVALID_LINK_PAGE', () => {
  it('tells the person, in one text for every bad link, to open the link of the latest email', () => {
    expect(pageDocument(INVALID_LINK_PAGE)).toContain('<title>Tautan tidak berlaku</title>');
    expect(pageDocument(INVALID_LINK_PAGE)).toContain(
      '<h1>Tautan tidak berlaku</h1><p>Tautan ini tidak valid atau sudah tidak berlaku. ' +
        'Buka tautan dari email terakhir yang kami kirim.</p><footer>',
    );
  });
});

describe('postButton', () => {
  const url = 'https://script.google.com/macros/s/abc/exec?p=x&s=y';

  it('posts the escaped hidden fields to the engine itself, the whole window following', () => {
    expect(postButton(url, { t: 'tok"en<1>', aksi: 'terima' }, 'Terima & lanjutkan')).toBe(
      '<form method="post" action="https://script.google.com/macros/s/abc/exec?p=x&amp;s=y" target="_top">' +
        '<input type="hidden" name="t" value="tok&quot;en&lt;1&gt;">' +
        '<input type="hidden" name="aksi" value="terima">' +
        '<button type="submit">Terima &amp; lanjutkan</button></form>',
    );
  });

  it('a cancelling button is the quieter one and sends the visible reason box with it', () => {
    const reason = '<label for="alasan">Alasan</label><textarea id="alasan" name="alasan"></textarea>';
    expect(postButton(url, { aksi: 'batal' }, 'Batalkan', { secondary: true, fieldsHtml: reason })).toBe(
      '<form method="post" action="https://script.google.com/macros/s/abc/exec?p=x&amp;s=y" target="_top">' +
        '<input type="hidden" name="aksi" value="batal">' +
        reason +
        '<button type="submit" class="secondary">Batalkan</button></form>',
    );
    expect(postButton(url, {}, 'Selesai', { secondary: false })).toBe(
      '<form method="post" action="https://script.google.com/macros/s/abc/exec?p=x&amp;s=y" target="_top">' +
        '<button type="submit">Selesai</button></form>',
    );
  });
});
