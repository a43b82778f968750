/**
 * The applicant's status page (app/status-page.ts) over the use-case fakes: what the applicant reads
 * on GET (facts, what it waits for, the story, the meeting once sent, offered times, the cancel
 * button), and the answers of its buttons on POST; every wrong link gets the same page.
 */
import { statusRoute } from '../../src/app/status-page';
import { historyRecord } from '../../src/core/history';
import { world } from './fakes';
import {
  CANCEL_FORM,
  fact,
  facts,
  forms,
  notice,
  offer,
  rowOf,
  SELF,
  snapshot,
  statusContext,
  statusSetup as setup,
  story,
  submitted,
  trailHistory,
  click,
} from './fakes-applicant';

describe('status page: what the applicant reads', () => {
  it('shows a new request: its facts, who processes it, its story, a cancel button; and changes nothing', () => {
    const { w, id, show } = setup();
    const before = snapshot(w);
    const v = show();
    expect(v.title).toBe('Status permohonan VC-2026-0001');
    expect(facts(v)).toEqual([
      ['Nomor permohonan', 'VC-2026-0001'],
      ['Kegiatan', 'Rapat Koordinasi PPDB'],
      ['Waktu', 'Senin, 30 November 2026 pukul 09.00–11.30 WIB'],
      ['Status', 'Menunggu Disposisi Kepala Dinas'],
      ['Sedang menunggu', 'Diproses oleh Kepala Dinas'],
    ]);
    // The intake's notice to officials (an effect entry) is not the applicant's to see.
    expect(w.history.records.map((h) => h.kind)).toContain('efek');
    expect(story(v)).toEqual([['23 November 2026 pukul 09.00 WIB', 'Permohonan diterima.']]);
    expect(forms(v)).toEqual([CANCEL_FORM(id)]);
    expect(v.html).toContain('<textarea id="alasan" name="alasan"');
    expect(v.html).not.toContain('<h2>Tautan rapat</h2>');
    expect(v.html).not.toContain('Waktu lain yang kami tawarkan');
    expect(notice(v)).toBeNull();
    expect(snapshot(w)).toEqual(before);
  });

  it('tells the applicant when it waits for their revision, and reads the office’s time zone', () => {
    const w = world({ timeZone: 'Asia/Makassar' });
    const id = submitted(w);
    Object.assign(rowOf(w, id), { stepId: 'perbaikan', status: 'Perlu Perbaikan' });
    const v = statusRoute(w.deps).show(statusContext(id, w.now.t));
    expect(fact(v, 'Sedang menunggu')).toBe('Perbaikan dari Anda (lihat email permintaan perbaikan dari kami)');
    expect(fact(v, 'Waktu')).toBe('Senin, 30 November 2026 pukul 09.00–11.30 WITA');
    expect(story(v)[0]).toEqual(['23 November 2026 pukul 10.00 WITA', 'Permohonan diterima.']);
  });

  it('offers the times still ahead with one button each, until they pass', () => {
    const { w, id, show } = setup();
    offer(w, id);
    const v = show();
    expect(fact(v, 'Status')).toBe('Menunggu Jawaban Pemohon');
    expect(fact(v, 'Sedang menunggu')).toBe('Jawaban Anda atas waktu lain yang kami tawarkan (lihat di bawah)');
    expect(v.html).toContain('<h2>Waktu lain yang kami tawarkan</h2>');
    expect(forms(v)).toEqual([
      {
        action: SELF,
        fields: { p: 'status', r: id, t: `tok-${id}`, a: 'terima', pilihan: '2026-12-01 13:00-15:30' },
        label: 'Pilih Selasa, 1 Desember 2026 pukul 13.00–15.30 WIB',
      },
      CANCEL_FORM(id),
    ]);
    expect(story(v).map(([, t]) => t)).toEqual([
      'Permohonan diterima.',
      'Diproses oleh Kepala Dinas.',
      'Diproses oleh Kabid Diseminasi.',
      'Diproses oleh Subkoor PKIP.',
      'Kami menawarkan waktu lain kepada Anda.',
    ]);
    w.now.t = new Date('2026-12-01T06:00:00Z'); // 13.00 WIB: the offered time has come
    const late = show();
    expect(fact(late, 'Sedang menunggu')).toBe('Diproses oleh Subkoor PKIP');
    expect(late.html).not.toContain('Waktu lain yang kami tawarkan');
  });

  it('shows the meeting’s access once the link reached the applicant, and only then', () => {
    const { w, id, show } = setup();
    Object.assign(rowOf(w, id), {
      platform: 'zoom',
      joinUrl: 'https://zoom.us/j/12345678901',
      meetingId: '12345678901',
      passcode: 'abc123',
    });
    expect(show().html).not.toContain('<h2>Tautan rapat</h2>');
    w.history.append([
      historyRecord({
        at: '2026-11-24T03:00:00.000Z',
        requestId: id,
        kind: 'efek',
        action: 'mengirim tautan',
        note: 'terkirim ke siti@disdik.go.id',
        key: `${id}:v7:send_link`,
      }),
    ]);
    const v = show();
    expect(v.html).toContain(
      '<h2>Tautan rapat</h2><p><a href="https://zoom.us/j/12345678901" target="_blank" rel="noopener">Buka rapat</a></p>' +
        '<table><tr><th scope="row">Platform</th><td>Zoom</td></tr><tr><th scope="row">ID rapat</th><td>123 4567 8901</td></tr>' +
        '<tr><th scope="row">Kode sandi</th><td>abc123</td></tr></table>',
    );
    expect(story(v).at(-1)).toEqual(['24 November 2026 pukul 10.00 WIB', 'Tautan rapat dikirim kepada Anda.']);
    rowOf(w, id).platform = '';
    expect(show().html).toContain('<th scope="row">Platform</th><td>Rapat daring</td>');
    rowOf(w, id).joinUrl = '';
    expect(show().html).not.toContain('<h2>Tautan rapat</h2>');
  });

  it('shows no cancel button once the event has started, one a minute before', () => {
    const { w, id, show } = setup();
    w.now.t = new Date('2026-11-30T02:00:00Z'); // 09.00 WIB, the start
    expect(forms(show())).toEqual([]);
    w.now.t = new Date('2026-11-30T01:59:00Z');
    expect(forms(show())).toEqual([CANCEL_FORM(id)]);
  });

  it('while the request is being closed: waits for the officials, no offers, no cancel', () => {
    const { w, id, show } = setup();
    offer(w, id);
    rowOf(w, id).pending = [`close|${id}:v9:close|{}`];
    const v = show();
    expect(fact(v, 'Sedang menunggu')).toBe('Penyelesaian oleh petugas');
    expect(forms(v)).toEqual([]);
  });

  it('says the time is not clear when the row’s date cannot be read, and copes with an unknown step', () => {
    const { w, id, show } = setup();
    rowOf(w, id).eventDate = '30/11/2026';
    expect(fact(show(), 'Waktu')).toBe('belum jelas');
    rowOf(w, id).stepId = 'langkah-lama';
    const v = show();
    expect(fact(v, 'Status')).toBe('Menunggu Disposisi Kepala Dinas');
    expect(fact(v, 'Sedang menunggu')).toBeUndefined();
  });

  it('reads only the request’s own Riwayat rows (its trail), not the whole sheet', () => {
    const w = world();
    const history = trailHistory();
    w.deps.history = history;
    const id = submitted(w);
    for (let i = 0; i < 5; i++) submitted(w);
    click(w, 'kadis', id, 'disposisi');
    const own = history.records.filter((r) => r.requestId === id).length;
    expect(own).toBeLessThan(history.records.length / 2);
    history.rowsRead = 0;
    const v = statusRoute(w.deps).show(statusContext(id, w.now.t));
    expect(story(v).map(([, t]) => t)).toEqual(['Permohonan diterima.', 'Diproses oleh Kepala Dinas.']);
    expect(history.rowsRead).toBe(own);
    delete rowOf(w, id).trail; // a row from before trails: found by reading the request numbers
    history.rowsRead = 0;
    expect(story(statusRoute(w.deps).show(statusContext(id, w.now.t)))).toHaveLength(2);
    expect(history.rowsRead).toBe(history.records.length + own);
  });

  it('keeps the applicant’s own text as text', () => {
    const { show } = setup({ 'Judul kegiatan': '<img src=x onerror=alert(1)> & "rapat"' });
    const v = show();
    expect(fact(v, 'Kegiatan')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;rapat&quot;');
    expect(v.html).not.toContain('<img');
  });
});
