/** The two renderings of a message document (plain text and HTML), links and subject lines. */
import { isSafeUrl, renderDoc, subjectLine } from '../../../src/core/messages/blocks';

const DIV = '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5">';
const LABEL_TD = '<td style="padding:2px 12px 2px 0;vertical-align:top">';
const VALUE_TD = '<td style="padding:2px 0">';

describe('isSafeUrl', () => {
  it('accepts an absolute http or https address', () => {
    expect(isSafeUrl('https://zoom.us/j/81234567890?pwd=Abc')).toBe(true);
    expect(isSafeUrl('http://intranet.kominfo.go.id/status')).toBe(true);
    expect(isSafeUrl('HTTPS://Example.go.id')).toBe(true);
  });

  it('refuses another scheme even with an http address inside, and any space or quote', () => {
    expect(isSafeUrl('javascript:alert(1)//https://x.go.id')).toBe(false);
    expect(isSafeUrl(' https://x.go.id')).toBe(false);
    expect(isSafeUrl('https://x.go.id/a b')).toBe(false);
    expect(isSafeUrl('https://x.go.id/"onmouseover="x')).toBe(false);
    expect(isSafeUrl('https://x.go.id/\u0007')).toBe(false);
  });
});

describe('subjectLine', () => {
  it('makes one trimmed line: control characters become a space, runs of spaces one', () => {
    expect(subjectLine('  Rapat\r\nKoordinasi\u0007Stunting  ')).toBe('Rapat Koordinasi Stunting');
    expect(subjectLine('Rapat    Koordinasi\t\tStunting')).toBe('Rapat Koordinasi Stunting');
    expect(subjectLine('Rapat\u007fBesar')).toBe('Rapat Besar');
  });
});

describe('renderDoc', () => {
  it('renders every kind of block as text and as HTML, one block per line', () => {
    const m = renderDoc({
      subject: 'Pesan\nuji',
      blocks: [
        { kind: 'p', text: 'Hormat kami,\nDiskominfo' },
        {
          kind: 'fields',
          rows: [
            ['Kegiatan', 'Rapat'],
            ['Pukul', '09.00'],
          ],
        },
        { kind: 'list', items: ['Satu', 'Dua'] },
        { kind: 'link', label: 'Tautan', url: 'https://x.go.id/a' },
      ],
    });
    expect(m.subject).toBe('Pesan uji');
    expect(m.text).toBe(
      'Hormat kami,\nDiskominfo\n\nKegiatan: Rapat\nPukul: 09.00\n\n1. Satu\n2. Dua\n\nTautan: https://x.go.id/a',
    );
    expect(m.html).toBe(
      [
        `${DIV}<p>Hormat kami,<br>Diskominfo</p>`,
        `<table style="border-collapse:collapse"><tr>${LABEL_TD}Kegiatan</td>${VALUE_TD}<b>Rapat</b></td></tr>` +
          `<tr>${LABEL_TD}Pukul</td>${VALUE_TD}<b>09.00</b></td></tr></table>`,
        '<ol><li>Satu</li><li>Dua</li></ol>',
        '<p>Tautan: <a href="https://x.go.id/a">https://x.go.id/a</a></p></div>',
      ].join('\n'),
    );
  });

  it('shows an unsafe link as escaped plain text, not as a link', () => {
    const m = renderDoc({ subject: 's', blocks: [{ kind: 'link', label: 'Buka', url: 'javascript:alert("x")' }] });
    expect(m.text).toBe('Buka: javascript:alert("x")');
    expect(m.html).toBe(`${DIV}<p>Buka: javascript:alert(&quot;x&quot;)</p></div>`);
  });

  it('leaves out an empty list and an empty table', () => {
    const m = renderDoc({
      subject: 's',
      blocks: [
        { kind: 'p', text: 'Awal' },
        { kind: 'list', items: [] },
        { kind: 'fields', rows: [] },
        { kind: 'p', text: 'Akhir' },
      ],
    });
    expect(m.text).toBe('Awal\n\nAkhir');
    expect(m.html).toBe(`${DIV}<p>Awal</p>\n<p>Akhir</p></div>`);
  });
});
