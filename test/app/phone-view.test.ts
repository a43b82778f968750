/**
 * The HTML of officials' phone pages (app/phone-view.ts): what an official reads and can press on a
 * 360 px screen, every applicant value escaped.
 */
import { answerView, codeBox, otherAccountView, stepView, tasksView } from '../../src/app/phone-view';
import type { TaskDto } from '../../src/shared/rpc';
import { detail } from './fakes-phone-view';

/** The page's HTML without its leading style block. */
const body = (html: string) => {
  expect(html.startsWith('<style>')).toBe(true);
  return html.slice(html.indexOf('</style>') + '</style>'.length);
};
const TASKS = 'https://x/exec?p=tugas&r=a&u=1&t=s';

describe('stepView', () => {
  const entry = (n: number, note = '') => ({
    at: `2026-11-2${n}T02:00:00Z`,
    atLabel: `2${n} November 2026 pukul 09.00 WIB`,
    actorLabel: `Petugas ${n}`,
    action: `Langkah ${n}`,
    fromStep: '',
    toStep: '',
    note,
    minutesTaken: null,
    standardMinutes: null,
    withinStandard: null,
    sentence: `Petugas ${n} menjalankan langkah ${n}.`,
    movedTo: '',
  });

  it('shows the essentials only, the warnings, the actions, the last five history entries and the way back', () => {
    const d = detail({
      id: 'VC-2026-0007',
      stepLabel: 'Disposisi <Kadis>',
      fields: [
        { label: 'Kegiatan', value: 'Rapat <b>Penting</b>' },
        { label: 'Email pemohon', value: 'pemohon@contoh.go.id' },
        { label: 'Waktu', value: 'Senin, 30 November 2026 · 09.00–11.30 WIB' },
        { label: 'Instansi/OPD', value: 'Dinas "Pendidikan"' },
        { label: 'Pemohon', value: "Siti O'Neil" },
        { label: 'Nomor HP', value: '0812' },
        { label: 'Nomor surat', value: '005/12' },
        { label: 'Platform', value: 'Zoom' },
        { label: 'Tautan rapat', value: 'https://zoom.us/j/1' },
        { label: 'Peserta', value: '40' },
        { label: 'Keterangan', value: 'A & B' },
      ],
      warnings: ['Jadwal <bentrok>', 'Surat belum ada'],
      timeline: [entry(1), entry(2, 'catatan <i>'), entry(3), entry(4), entry(5), entry(6, 'terakhir')],
    });
    const view = stepView(d, '<form>TOMBOL</form>', 'Tersimpan <ok>', TASKS);
    expect(view.title).toBe('VC-2026-0007: Disposisi <Kadis>');
    expect(body(view.html)).toBe(
      '<p class="ok" role="status">Tersimpan &lt;ok&gt;</p>' +
        '<table><tbody>' +
        '<tr><th scope="row">Kegiatan</th><td>Rapat &lt;b&gt;Penting&lt;/b&gt;</td></tr>' +
        '<tr><th scope="row">Waktu</th><td>Senin, 30 November 2026 · 09.00–11.30 WIB</td></tr>' +
        '<tr><th scope="row">Instansi/OPD</th><td>Dinas &quot;Pendidikan&quot;</td></tr>' +
        '<tr><th scope="row">Pemohon</th><td>Siti O&#39;Neil</td></tr>' +
        '<tr><th scope="row">Nomor surat</th><td>005/12</td></tr>' +
        '<tr><th scope="row">Platform</th><td>Zoom</td></tr>' +
        '<tr><th scope="row">Peserta</th><td>40</td></tr>' +
        '<tr><th scope="row">Keterangan</th><td>A &amp; B</td></tr>' +
        '</tbody></table>' +
        '<div class="warn" role="note"><strong>Perhatian:</strong><ul><li>Jadwal &lt;bentrok&gt;</li><li>Surat belum ada</li></ul></div>' +
        '<h2>Tindakan</h2><div class="act"><form>TOMBOL</form></div>' +
        '<h2>Riwayat singkat</h2><ul>' +
        '<li>22 November 2026 pukul 09.00 WIB: Langkah 2, oleh Petugas 2 — catatan &lt;i&gt;</li>' +
        '<li>23 November 2026 pukul 09.00 WIB: Langkah 3, oleh Petugas 3</li>' +
        '<li>24 November 2026 pukul 09.00 WIB: Langkah 4, oleh Petugas 4</li>' +
        '<li>25 November 2026 pukul 09.00 WIB: Langkah 5, oleh Petugas 5</li>' +
        '<li>26 November 2026 pukul 09.00 WIB: Langkah 6, oleh Petugas 6 — terakhir</li>' +
        '</ul>' +
        '<p><a class="big" target="_top" href="https://x/exec?p=tugas&amp;r=a&amp;u=1&amp;t=s">Tugas saya</a></p>',
    );
  });

  it('without a message, warnings or history, shows none of their boxes or headings', () => {
    const view = stepView(detail({ fields: [] }), 'KODE', '', TASKS);
    expect(body(view.html)).toBe(
      '<table><tbody></tbody></table><h2>Tindakan</h2><div class="act">KODE</div>' +
        '<p><a class="big" target="_top" href="https://x/exec?p=tugas&amp;r=a&amp;u=1&amp;t=s">Tugas saya</a></p>',
    );
  });

  it('with fewer than five history entries shows them all, oldest first', () => {
    const html = stepView(detail({ timeline: [entry(1), entry(2)] }), '', '', TASKS).html;
    expect(html).toContain(
      '<h2>Riwayat singkat</h2><ul><li>21 November 2026 pukul 09.00 WIB: Langkah 1, oleh Petugas 1</li>' +
        '<li>22 November 2026 pukul 09.00 WIB: Langkah 2, oleh Petugas 2</li></ul>',
    );
  });

  it('styles the page for one thumb: full-width buttons 48 px high, big fields, task cards, warnings', () => {
    const style = stepView(detail(), '', '', TASKS).html.split('</style>')[0];
    for (const rule of [
      '<style>.act form{margin:0 0 1rem}.act button,.big{display:block;width:100%;min-height:48px;',
      'a.big{padding:.75rem;',
      'input,select,textarea{font:inherit;font-size:1rem;min-height:44px;',
      '.tasks{list-style:none;padding:0}',
      '.warn{background:#fff8c5;',
    ])
      expect(style).toContain(rule);
  });
});

describe('codeBox', () => {
  const target = { selfUrl: 'https://x/exec', hidden: { p: 'tugas', r: 'a&b' } };
  const hidden = '<input type="hidden" name="p" value="tugas"><input type="hidden" name="r" value="a&amp;b">';

  it('before a code is sent, explains why and offers to send one', () => {
    expect(codeBox(target, false, '')).toBe(
      '<p>Perangkat ini belum dikenal. Sebelum bertindak, minta kode sekali pakai yang dikirim ke email Anda sendiri.</p>' +
        `<form method="post" action="https://x/exec" target="_top">${hidden}<input type="hidden" name="a" value="kode_kirim">` +
        '<button type="submit">Kirim kode ke email saya</button></form>',
    );
  });

  it('after a code is sent, asks for it first and offers a new one; a problem is said above all', () => {
    expect(codeBox(target, true, 'Kode salah <1>')).toBe(
      '<p class="note" role="alert">Kode salah &lt;1&gt;</p>' +
        '<p>Kode 6 angka sudah dikirim ke email Anda. Ketik di sini (berlaku 10 menit).</p>' +
        `<form method="post" action="https://x/exec" target="_top">${hidden}<input type="hidden" name="a" value="kode_cek">` +
        '<label for="kode">Kode</label><input id="kode" name="k" inputmode="numeric" autocomplete="one-time-code" maxlength="6" required>' +
        '<button type="submit">Masuk dengan kode</button></form>' +
        `<form method="post" action="https://x/exec" target="_top">${hidden}<input type="hidden" name="a" value="kode_kirim">` +
        '<button type="submit">Kirim kode baru</button></form>',
    );
  });
});

describe('tasksView', () => {
  const task = (over: Partial<TaskDto>): TaskDto => ({
    id: 'VC-2026-0001',
    title: 'Rapat',
    agency: 'Dinas',
    eventLabel: 'Senin, 30 November 2026 · 09.00–11.30 WIB',
    stepLabel: 'Disposisi',
    status: '',
    since: '',
    minutesLeft: null,
    overdue: false,
    version: 1,
    clash: '',
    missed: false,
    ...over,
  });

  it('lists each task with its private link, marks the late ones, and says how many follow', () => {
    const view = tasksView(
      'Petugas <Kadis>',
      [
        { task: task({ id: 'VC-2026-0001', title: 'Rapat <A>', overdue: true }), url: 'https://x/exec?r=1&t=a' },
        { task: task({ id: 'VC-2026-0002', title: 'Rapat B', stepLabel: 'Izin "Kabid"' }), url: 'https://x/exec?r=2' },
      ],
      5,
    );
    expect(view.title).toBe('Tugas saya');
    expect(body(view.html)).toBe(
      '<p>Petugas &lt;Kadis&gt;: 5 permohonan menunggu tindakan Anda.</p><ul class="tasks">' +
        '<li><a target="_top" href="https://x/exec?r=1&amp;t=a"><strong>VC-2026-0001</strong> Rapat &lt;A&gt;<br>Disposisi<br>' +
        '<small>Senin, 30 November 2026 · 09.00–11.30 WIB · terlambat</small></a></li>' +
        '<li><a target="_top" href="https://x/exec?r=2"><strong>VC-2026-0002</strong> Rapat B<br>Izin &quot;Kabid&quot;<br>' +
        '<small>Senin, 30 November 2026 · 09.00–11.30 WIB</small></a></li>' +
        '</ul><p>3 permohonan lain menyusul setelah yang di atas selesai.</p>',
    );
  });

  it('says nothing follows when every waiting task is listed', () => {
    const html = tasksView('Kadis', [{ task: task({}), url: 'u' }], 1).html;
    expect(html).toContain('<p>Kadis: 1 permohonan menunggu tindakan Anda.</p><ul class="tasks">');
    expect(html.endsWith('</a></li></ul>')).toBe(true);
  });

  it('with nothing waiting, says so', () => {
    expect(body(tasksView('Kadis', [], 0).html)).toBe(
      '<p>Kadis: 0 permohonan menunggu tindakan Anda.</p><p>Tidak ada tugas yang menunggu Anda.</p>',
    );
  });
});

describe('answerView and otherAccountView', () => {
  it('a plain answer: its text, then each link as a big button', () => {
    const view = answerView('Selesai <1>', 'Tindakan "Setujui" tercatat.', [
      ['Tugas saya', 'https://x/exec?a=1&b=2'],
      ['Kembali', 'https://y'],
    ]);
    expect(view.title).toBe('Selesai <1>');
    expect(body(view.html)).toBe(
      '<p>Tindakan &quot;Setujui&quot; tercatat.</p>' +
        '<p><a class="big" target="_top" href="https://x/exec?a=1&amp;b=2">Tugas saya</a></p>' +
        '<p><a class="big" target="_top" href="https://y">Kembali</a></p>',
    );
  });

  it('tells a visitor signed in as another account whose account it is and shows nothing else', () => {
    const view = otherAccountView('kabid@kominfo.go.id');
    expect(view.title).toBe('Tautan untuk petugas lain');
    expect(body(view.html)).toBe(
      '<p>Tautan ini dibuat untuk petugas lain. Anda masuk ke Google sebagai kabid@kominfo.go.id, jadi tidak ada ' +
        'yang ditampilkan atau dijalankan. Buka tautan dari email Anda sendiri.</p>',
    );
  });
});
