/**
 * The checklist's judgements, one per line: what counts as ✓, and the message and fix of each ✗.
 * The setup and usage lines have their own files (setup-lines.test.ts, usage-lines.test.ts).
 */
import { calendarLine, exportLine, webAppLine, zoomMeetingLine } from '../../../src/core/check/effect-lines';
import { panelLines, unansweredLine } from '../../../src/core/check/panel-lines';

describe('effects', () => {
  it('the web app: a forged identity accepted is the worst news, with its own fix', () => {
    const l = webAppLine({ answered: true, forgedRefused: false, raw: [] });
    expect(l.detail).toMatch(/^Mesin MENERIMA token identitas palsu/);
    expect(l.fix).toMatch(/^Hentikan pemakaian/);
    expect(webAppLine({ answered: true, forgedRefused: true, raw: [] }).ok).toBe(true);
  });
  it('calendars: each failing calendar named with where it stopped', () => {
    const l = calendarLine([
      { resource: 'Ruang A', failedAt: null, raw: '' },
      { resource: 'Ruang B', failedAt: 'id', raw: '' },
      { resource: 'Zoom 1', failedAt: 'hapus', raw: 'Action not allowed' },
    ]);
    expect(l.detail).toBe('"Ruang B": belum punya "ID Kalender". "Zoom 1": acara uji tidak dapat dihapus.');
    expect(l.raw).toEqual(['Action not allowed']);
    expect(calendarLine([]).ok).toBe(true);
  });
  it('the export: the code Google answered', () => {
    expect(exportLine({ status: 401, isXlsx: false, removed: true, raw: 'HTTP 401' }).detail).toBe(
      'Google menolak ekspor (kode 401).',
    );
    expect(exportLine({ status: 200, isXlsx: true, removed: false, raw: '' }).detail).toBe(
      'Spreadsheet sementara tidak dapat dihapus.',
    );
  });
  it('Zoom time: compares instants, not texts', () => {
    const expected = new Date('2027-12-28T01:00:00Z');
    const base = { zone: 'Asia/Jayapura' as const, expected, failedAt: null, raw: '' };
    expect(zoomMeetingLine({ ...base, got: '2027-12-28T01:00:00Z' }).ok).toBe(true);
    expect(zoomMeetingLine({ ...base, got: '2027-12-28T10:00:00+09:00' }).ok).toBe(true);
    expect(zoomMeetingLine({ ...base, got: '2027-12-28T10:00:00Z' }).detail).toBe(
      'Rapat uji untuk 28/12/2027 pukul 10.00 WIT tersimpan di Zoom pada 28/12/2027 pukul 19.00 WIT.',
    );
    expect(zoomMeetingLine({ ...base, got: '', failedAt: 'buat' }).detail).toBe('Rapat uji tidak dapat dibuat.');
  });
});

describe('the panel’s own lines', () => {
  it('one line per fact, the scopes against the panel’s needs', () => {
    const lines = panelLines(
      {
        sheets: { ok: false, raw: 'Sheet "Register" kehilangan kolom: Nomor.' },
        identity: { ok: true, raw: '' },
        engineUrlOk: false,
        scopes: { granted: ['x'], error: '' },
      },
      ['x', 'openid'],
    );
    expect(lines.map((l) => [l.id, l.ok])).toEqual([
      ['panel-baca', false],
      ['panel-identitas', true],
      ['alamat-mesin', false],
      ['izin-panel', false],
    ]);
    expect(lines[0].raw).toEqual(['Sheet "Register" kehilangan kolom: Nomor.']);
  });
  it('a part the engine did not answer', () => {
    expect(unansweredLine('zoom', 'Mesin tidak dapat dihubungi.')).toMatchObject({
      id: 'bagian-zoom',
      title: 'Pemeriksaan Zoom',
      ok: false,
      raw: ['Mesin tidak dapat dihubungi.'],
    });
  });
});
