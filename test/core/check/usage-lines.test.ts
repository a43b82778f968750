/**
 * The checklist lines about what each account granted and how the workbook grows: scopes,
 * cells against Sheets' 10 million limit, and the errors of the Log.
 */
import { cellsLine, logLine, scopeLine, yearsLeft } from '../../../src/core/check/usage-lines';

describe('scopes granted', () => {
  const needed = ['a', 'b', 'c'];
  const ENGINE_FIX =
    'Masuk sebagai akun layanan, buka proyek mesin di editor Apps Script, jalankan fungsi doGet sekali dan setujui semua izin yang diminta (centang semuanya).';
  it('passes when every needed scope is granted, counting them', () =>
    expect(scopeLine('izin-mesin', 'akun layanan', needed, { granted: ['c', 'b', 'a', 'd'], error: '' })).toEqual({
      id: 'izin-mesin',
      title: 'Izin yang disetujui akun layanan',
      ok: true,
      detail: 'Semua 3 izin yang dibutuhkan sudah disetujui.',
      fix: '',
      raw: [],
    }));
  it('names the ones missing; the engine’s are granted in the script editor', () =>
    expect(scopeLine('izin-mesin', 'akun layanan', needed, { granted: ['b'], error: '' })).toEqual({
      id: 'izin-mesin',
      title: 'Izin yang disetujui akun layanan',
      ok: false,
      detail: 'Belum disetujui: a, c.',
      fix: ENGINE_FIX,
      raw: [],
    }));
  it('the panel’s are granted by reloading the spreadsheet', () => {
    const l = scopeLine('izin-panel', 'Anda', needed, { granted: ['a', 'c'], error: '' });
    expect(l.title).toBe('Izin yang disetujui Anda');
    expect(l.detail).toBe('Belum disetujui: b.');
    expect(l.fix).toBe(
      'Muat ulang spreadsheet, buka menu Layanan Vicon, lalu setujui semua izin yang diminta (centang semuanya).',
    );
  });
  it('fails, with Google’s words, when Google would not say', () =>
    expect(scopeLine('izin-mesin', 'akun layanan', needed, { granted: null, error: 'boom' })).toEqual({
      id: 'izin-mesin',
      title: 'Izin yang disetujui akun layanan',
      ok: false,
      detail: 'Google tidak memberi tahu izin yang sudah disetujui.',
      fix: ENGINE_FIX,
      raw: ['boom'],
    }));
});

const DAY = 86_400_000;
/** Exactly `years` years (of 365,25 days) before `now`, so the rate comes out exact. */
const yearsBefore = (now: Date, years: number) => new Date(now.getTime() - years * 365.25 * DAY);

describe('years left at the current rate', () => {
  const now = new Date('2027-01-01T00:00:00Z');
  it('what grew since the first history entry, per year, against the room left', () => {
    expect(yearsLeft({ used: 1_000_000, growing: 900_000, since: yearsBefore(now, 1), now })).toBeCloseTo(10, 6);
    expect(yearsLeft({ used: 1_000_000, growing: 900_000, since: yearsBefore(now, 2), now })).toBeCloseTo(20, 6);
  });
  it('needs at least 30 days of history', () => {
    const thirty = new Date(now.getTime() - 30 * DAY);
    expect(yearsLeft({ used: 0, growing: 1_000, since: thirty, now })).not.toBeNull();
    expect(yearsLeft({ used: 0, growing: 1_000, since: new Date(thirty.getTime() + 1), now })).toBeNull();
    expect(yearsLeft({ used: 0, growing: 0, since: null, now })).toBeNull();
  });
  it('tells nothing when nothing grew', () =>
    expect(yearsLeft({ used: 1_000, growing: 0, since: yearsBefore(now, 1), now })).toBeNull());
});

describe('cells against the 10 million limit', () => {
  const now = new Date('2027-01-01T00:00:00Z');
  const since = yearsBefore(now, 1);
  const FIX =
    'Arsipkan tahun-tahun lama: salin spreadsheet sebagai arsip, lalu laporkan ke pengelola Layanan Vicon sebelum batas 10 juta sel tercapai.';
  it('passes well under the limit, with years of room', () =>
    expect(cellsLine({ used: 1_000_000, growing: 900_000, since, now })).toEqual({
      id: 'sel',
      title: 'Ruang spreadsheet',
      ok: true,
      detail: '1.000.000 dari 10.000.000 sel terpakai (10,0%). Pada laju sekarang, batas tercapai dalam ±10,0 tahun.',
      fix: '',
      raw: [],
    }));
  it('warns with less than two years left', () =>
    expect(cellsLine({ used: 1_000_000, growing: 6_000_000, since, now })).toEqual({
      id: 'sel',
      title: 'Ruang spreadsheet',
      ok: false,
      detail: '1.000.000 dari 10.000.000 sel terpakai (10,0%). Pada laju sekarang, batas tercapai dalam ±1,5 tahun.',
      fix: FIX,
      raw: [],
    }));
  it('two years left exactly is still fine', () =>
    expect(cellsLine({ used: 0, growing: 5_000_000, since, now }).ok).toBe(true));
  it('warns above 80% used even without a rate; 80% exactly is still fine', () => {
    expect(cellsLine({ used: 8_000_001, growing: 0, since: null, now })).toEqual({
      id: 'sel',
      title: 'Ruang spreadsheet',
      ok: false,
      detail:
        '8.000.001 dari 10.000.000 sel terpakai (80,0%). Laju pertumbuhan belum dapat diperkirakan (riwayat kurang dari 30 hari).',
      fix: FIX,
      raw: [],
    });
    expect(cellsLine({ used: 8_000_000, growing: 0, since: null, now }).ok).toBe(true);
  });
  it('a century or more of room is not counted to the decimal', () => {
    const century = 'Pada laju sekarang, batas tercapai dalam lebih dari 100 tahun.';
    expect(cellsLine({ used: 0, growing: 100_000, since, now }).detail).toBe(
      `0 dari 10.000.000 sel terpakai (0,0%). ${century}`,
    );
    expect(cellsLine({ used: 0, growing: 50_000, since, now }).detail).toMatch(new RegExp(`${century}$`));
    expect(cellsLine({ used: 0, growing: 100_001, since, now }).detail).toMatch(/dalam ±100,0 tahun\.$/);
  });
});

describe('the Log', () => {
  const at = (h: number) => new Date(Date.UTC(2026, 10, 23, h));
  it('passes with nothing recent', () =>
    expect(logLine([], 7)).toEqual({
      id: 'log',
      title: 'Kesalahan saat dipakai (sheet Log)',
      ok: true,
      detail: 'Tidak ada kesalahan tercatat dalam 7 hari terakhir.',
      fix: '',
      raw: [],
    }));
  it('else shows the five newest with their words', () => {
    const entries = [3, 1, 6, 2, 5, 4].map((h) => ({ at: at(h), source: `Efek ${h}`, raw: `kata ${h}` }));
    expect(logLine(entries, 7)).toEqual({
      id: 'log',
      title: 'Kesalahan saat dipakai (sheet Log)',
      ok: false,
      detail: '6 kesalahan tercatat dalam 7 hari terakhir; yang terbaru: Efek 6; Efek 5; Efek 4; Efek 3; Efek 2.',
      fix: 'Baca penjelasan di sheet Log. Bila kesalahan yang sama berulang, kirim laporan ini ke pengelola Layanan Vicon.',
      raw: ['Efek 6: kata 6', 'Efek 5: kata 5', 'Efek 4: kata 4', 'Efek 3: kata 3', 'Efek 2: kata 2'],
    });
  });
});
