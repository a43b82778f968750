import { statusPageView, type StatusModel, type SignedParams } from '../../src/core/status-view';

const SIGNED: SignedParams = {
  selfUrl: 'https://script.google.com/macros/s/ENGINE/exec',
  hidden: { p: 'status', r: 'VC-2026-0007', t: 'tok.sig' },
};

/** The hidden inputs every button carries back (the page's own signed parameters). */
const SIGNED_INPUTS =
  '<input type="hidden" name="p" value="status">' +
  '<input type="hidden" name="r" value="VC-2026-0007">' +
  '<input type="hidden" name="t" value="tok.sig">';

const FORM_OPEN = '<form method="post" action="https://script.google.com/macros/s/ENGINE/exec" target="_top">';

/** A request still in progress, with nothing to offer, sent or cancel; `over` changes parts. */
function model(over: Partial<StatusModel> = {}): StatusModel {
  return {
    requestId: 'VC-2026-0007',
    title: 'Rapat Koordinasi Stunting',
    when: 'Senin, 7 Desember 2026 pukul 09.00–11.00 WIB',
    status: 'Diproses',
    waitingFor: '',
    story: [],
    meeting: null,
    offers: [],
    canCancel: false,
    ...over,
  };
}

const html = (over: Partial<StatusModel> = {}) => statusPageView(model(over), SIGNED).html;

const FACTS =
  '<table>' +
  '<tr><th scope="row">Nomor permohonan</th><td>VC-2026-0007</td></tr>' +
  '<tr><th scope="row">Kegiatan</th><td>Rapat Koordinasi Stunting</td></tr>' +
  '<tr><th scope="row">Waktu</th><td>Senin, 7 Desember 2026 pukul 09.00–11.00 WIB</td></tr>' +
  '<tr><th scope="row">Status</th><td>Diproses</td></tr>' +
  '</table>';

describe('statusPageView', () => {
  it('shows only the request facts when nothing waits, was sent, is offered or can be cancelled', () => {
    expect(statusPageView(model(), SIGNED)).toEqual({ title: 'Status permohonan VC-2026-0007', html: FACTS });
  });

  it('adds what the request waits for as the last fact', () => {
    expect(html({ waitingFor: 'Diproses oleh Kepala Bidang' })).toBe(
      FACTS.replace(
        '</table>',
        '<tr><th scope="row">Sedang menunggu</th><td>Diproses oleh Kepala Bidang</td></tr></table>',
      ),
    );
  });

  it('puts every part in order: notice, facts, offers, meeting, story, cancel', () => {
    const page = statusPageView(
      model({
        notice: { ok: true, text: 'Permohonan dibatalkan.' },
        offers: [{ value: '2026-12-08 09:00-11:00', label: 'Selasa, 8 Desember 2026 pukul 09.00–11.00 WIB' }],
        meeting: { platform: 'Zoom', joinUrl: 'https://zoom.us/j/1', meetingId: '1', passcode: 'x' },
        story: [{ at: '5 Januari 2026 pukul 09.00 WIB', text: 'Permohonan diterima.' }],
        canCancel: true,
      }),
      SIGNED,
    ).html;
    const at = (part: string) => page.indexOf(part);
    const order = [
      '<p class="ok" role="status">',
      '<table><tr><th scope="row">Nomor permohonan',
      '<h2>Waktu lain yang kami tawarkan</h2>',
      '<h2>Tautan rapat</h2>',
      '<h2>Perjalanan permohonan</h2>',
      '<h2>Batalkan permohonan</h2>',
    ].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(page.startsWith('<p class="ok" role="status">Permohonan dibatalkan.</p><table>')).toBe(true);
    expect(page.endsWith('</form>')).toBe(true);
  });

  it('shows the answer to the last click on top: green when it worked, a yellow note when not', () => {
    expect(html({ notice: { ok: true, text: 'Waktu baru diterima.' } })).toBe(
      '<p class="ok" role="status">Waktu baru diterima.</p>' + FACTS,
    );
    expect(html({ notice: { ok: false, text: 'Waktu itu sudah tidak tersedia.' } })).toBe(
      '<p class="note" role="status">Waktu itu sudah tidak tersedia.</p>' + FACTS,
    );
  });

  it('offers each proposed time as its own button that accepts it', () => {
    const offers = [
      { value: '2026-12-08 09:00-11:00', label: 'Selasa, 8 Desember 2026 pukul 09.00–11.00 WIB' },
      { value: '2026-12-09 13:00-15:00', label: 'Rabu, 9 Desember 2026 pukul 13.00–15.00 WIB' },
    ];
    const accept = (o: (typeof offers)[number]) =>
      FORM_OPEN +
      SIGNED_INPUTS +
      '<input type="hidden" name="a" value="terima">' +
      `<input type="hidden" name="pilihan" value="${o.value}">` +
      `<button type="submit">Pilih ${o.label}</button></form>`;
    expect(html({ offers })).toBe(
      FACTS +
        '<h2>Waktu lain yang kami tawarkan</h2>' +
        '<p>Waktu yang Anda minta tidak dapat kami layani. Pilih salah satu waktu berikut dengan satu klik:</p>' +
        accept(offers[0]) +
        accept(offers[1]),
    );
  });

  it('shows the meeting access once sent: a link to open it, the platform, its ID and passcode', () => {
    const meeting = {
      platform: 'Zoom',
      joinUrl: 'https://zoom.us/j/81234567890?pwd=abc&x=1',
      meetingId: '812 3456 7890',
      passcode: '4711',
    };
    expect(html({ meeting })).toBe(
      FACTS +
        '<h2>Tautan rapat</h2>' +
        '<p><a href="https://zoom.us/j/81234567890?pwd=abc&amp;x=1" target="_blank" rel="noopener">Buka rapat</a></p>' +
        '<table>' +
        '<tr><th scope="row">Platform</th><td>Zoom</td></tr>' +
        '<tr><th scope="row">ID rapat</th><td>812 3456 7890</td></tr>' +
        '<tr><th scope="row">Kode sandi</th><td>4711</td></tr>' +
        '</table>',
    );
  });

  it('leaves out a meeting ID and passcode the meeting does not have', () => {
    const meeting = {
      platform: 'Google Meet',
      joinUrl: 'https://meet.google.com/abc-defg-hij',
      meetingId: '',
      passcode: '',
    };
    expect(html({ meeting })).toBe(
      FACTS +
        '<h2>Tautan rapat</h2>' +
        '<p><a href="https://meet.google.com/abc-defg-hij" target="_blank" rel="noopener">Buka rapat</a></p>' +
        '<table><tr><th scope="row">Platform</th><td>Google Meet</td></tr></table>',
    );
  });

  it('tells what happened so far, oldest first', () => {
    const story = [
      { at: '5 Januari 2026 pukul 09.00 WIB', text: 'Permohonan diterima.' },
      { at: '6 Januari 2026 pukul 10.30 WIB', text: 'Jadwal disetujui.' },
    ];
    expect(html({ story })).toBe(
      FACTS +
        '<h2>Perjalanan permohonan</h2><ol>' +
        '<li><strong>5 Januari 2026 pukul 09.00 WIB</strong>: Permohonan diterima.</li>' +
        '<li><strong>6 Januari 2026 pukul 10.30 WIB</strong>: Jadwal disetujui.</li>' +
        '</ol>',
    );
  });

  it('lets the applicant cancel, with an optional reason, while cancelling is allowed', () => {
    expect(html({ canCancel: true })).toBe(
      FACTS +
        '<h2>Batalkan permohonan</h2>' +
        '<p>Bila kegiatan tidak jadi dilaksanakan, batalkan permohonan ini agar jadwalnya dapat dipakai pemohon lain.</p>' +
        FORM_OPEN +
        SIGNED_INPUTS +
        '<input type="hidden" name="a" value="batal">' +
        '<label for="alasan">Alasan pembatalan (boleh dikosongkan)</label>' +
        '<textarea id="alasan" name="alasan" rows="2" maxlength="500"></textarea>' +
        '<button type="submit" class="secondary">Batalkan permohonan</button></form>',
    );
  });

  it('escapes whatever the applicant or the register typed', () => {
    const page = statusPageView(
      model({
        title: '<script>alert(1)</script> & "Rapat"',
        notice: { ok: false, text: '<b>x</b>' },
        story: [{ at: '<i>kapan</i>', text: "O'Brien <hadir>" }],
        meeting: { platform: 'Zoom', joinUrl: 'https://zoom.us/j/1"><x', meetingId: '<1>', passcode: '&' },
      }),
      SIGNED,
    );
    expect(page.html).not.toMatch(/<script|<b>|<i>|<hadir>|<x|<1>/);
    expect(page.html).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Rapat&quot;</td>');
    expect(page.html).toContain('<li><strong>&lt;i&gt;kapan&lt;/i&gt;</strong>: O&#39;Brien &lt;hadir&gt;</li>');
    expect(page.html).toContain('<p>Tautan rapat: https://zoom.us/j/1&quot;&gt;&lt;x</p>');
    expect(page.html).not.toContain('Buka rapat');
  });

  it('shows a link that is not http(s) as text, never as something to click', () => {
    const page = statusPageView(
      model({ meeting: { platform: 'Zoom', joinUrl: 'javascript:alert(1)', meetingId: '', passcode: '' } }),
      SIGNED,
    );
    expect(page.html).toContain('<p>Tautan rapat: javascript:alert(1)</p>');
    expect(page.html).not.toMatch(/href="javascript/);
  });
});
