/**
 * The daily anchor mail: once per office day, from the start of office hours, the active admins get
 * the Riwayat's row count and last hash (with any damage, the spreadsheet's size and the archived
 * years), so a history rewritten later shows against an older mail. Overlapping runs send it once.
 */
import { mailAnchor } from '../../src/app/anchor';
import { systemNote } from '../../src/core/history';
import { world, type TestWorld } from './fakes';
import { countingLock, memoryMailer, memoryState, memorySpace } from './fakes-hourly';

/** Bandung (WIB) at `utc`; the Riwayat holds `rows` entries; a second admin, an inactive admin and a plain official. */
function office(utc = '2026-11-23T02:00:00Z', rows = 2) {
  const w = world({}, new Date(utc));
  w.users.push(
    { email: 'kabid@kominfo.go.id', name: 'Kabid', nip: '', roles: [], active: true, isAdmin: true },
    { email: 'pensiun@kominfo.go.id', name: 'Mantan Admin', nip: '', roles: [], active: false, isAdmin: true },
  );
  const mailer = memoryMailer();
  const state = memoryState();
  const lock = countingLock();
  Object.assign(w.deps, { mailer, state, lock });
  for (let i = 1; i <= rows; i++) w.history.append([entry(w, i)]);
  return { w, mailer, state, lock };
}

const entry = (w: TestWorld, i: number) =>
  systemNote({ id: `VC-2026-000${i}`, stepId: 'disposisi_kadis' }, w.now.t.toISOString(), 'catatan', `entri ${i}`);

const CLOSING = [
  '',
  'Simpan email ini. Riwayat hanya bertambah: bila kelak "Periksa riwayat" menunjukkan jumlah baris lebih sedikit',
  '(selain sesudah "Arsipkan tahun", yang mencatat dirinya di Riwayat dan barisnya disambung lewat arsip),',
  'atau baris ke-N tidak lagi berhash seperti di atas, riwayat telah diubah di luar Layanan Vicon.',
];

const hour = (w: TestWorld, h: number) => (w.now.t = new Date(w.now.t.getTime() + h * 3_600_000));

describe('the daily anchor mail', () => {
  it('goes to the active admins with the row count and the last hash, in plain text and as HTML', () => {
    const { w, mailer, state } = office();
    const hash = w.history.records[1].hash;
    expect(mailAnchor(w.deps)).toBe(true);
    const text = [
      'Jangkar riwayat Layanan Vicon, 2026-11-23:',
      '- jumlah baris Riwayat: 2',
      `- hash baris terakhir: ${hash}`,
      ...CLOSING,
    ].join('\n');
    expect(mailer.sent).toEqual([
      {
        to: 'admin@kominfo.go.id, kabid@kominfo.go.id',
        subject: 'Layanan Vicon: jangkar riwayat 2026-11-23',
        text,
        html: `<pre style="font-family:inherit;white-space:pre-wrap">${text.replace(/"/g, '&quot;')}</pre>`,
        replyTo: '',
        key: 'jangkar:2026-11-23',
      },
    ]);
    expect([...state.values]).toEqual([['JANGKAR_TERAKHIR', '2026-11-23']]);
  });

  it('says so when the Riwayat is empty, and adds the damage, the size and the archived years when known', () => {
    const { w, mailer } = office('2026-11-23T02:00:00Z', 0);
    expect(mailAnchor(w.deps)).toBe(true);
    expect(mailer.sent[0].text).toBe(
      [
        'Jangkar riwayat Layanan Vicon, 2026-11-23:',
        '- jumlah baris Riwayat: 0',
        '- hash baris terakhir: -',
        ...CLOSING,
      ].join('\n'),
    );

    const next = office('2026-11-24T02:00:00Z', 0);
    const damage = 'Riwayat diubah di luar Layanan Vicon: tercatat 7 baris, sheet berisi 5 baris.';
    next.w.history.anchor = () => ({ count: 7, hash: 'abc123', damage });
    const space = memorySpace(0, null);
    space.last = { cells: 2_500_000, limit: 10_000_000, perYear: 2_500_000, yearsLeft: 3, at: '2026-11-24T00:00:00Z' };
    const archives = [
      { year: 2024, url: 'https://docs.google.com/spreadsheets/d/arsip2024' },
      { year: 2025, url: 'https://docs.google.com/spreadsheets/d/arsip2025' },
    ];
    next.w.deps.space = space;
    next.w.deps.archive = {
      list: () => archives,
      contents: () => ({ requests: [], history: [] }),
      received: () => ({ requests: [], history: [] }),
    };
    expect(mailAnchor(next.w.deps)).toBe(true);
    expect(next.mailer.sent[0].text).toBe(
      [
        'Jangkar riwayat Layanan Vicon, 2026-11-24:',
        '- jumlah baris Riwayat: 7',
        '- hash baris terakhir: abc123',
        `- PERHATIAN: ${damage}`,
        '- Kapasitas spreadsheet: 2,5 juta dari 10,0 juta sel terpakai (25%); dengan laju sekarang (±2,5 juta sel per tahun) cukup untuk ±3 tahun lagi.',
        '- tahun yang diarsipkan: 2024 (https://docs.google.com/spreadsheets/d/arsip2024), 2025 (https://docs.google.com/spreadsheets/d/arsip2025)',
        ...CLOSING,
      ].join('\n'),
    );
  });

  it('leaves out the archive line when no year is archived yet', () => {
    const { w, mailer } = office();
    w.deps.archive = {
      list: () => [],
      contents: () => ({ requests: [], history: [] }),
      received: () => ({ requests: [], history: [] }),
    };
    w.deps.space = memorySpace(0, null);
    expect(mailAnchor(w.deps)).toBe(true);
    expect(mailer.sent[0].text.split('\n').slice(3)).toEqual(CLOSING);
  });

  it('waits for the start of office hours (07.30 WIB), then goes once that day and again the next', () => {
    const { w, mailer, lock } = office('2026-11-23T00:29:00Z');
    expect(mailAnchor(w.deps)).toBe(false);
    expect(mailer.sent).toHaveLength(0);
    w.now.t = new Date('2026-11-23T00:30:00Z');
    expect(mailAnchor(w.deps)).toBe(true);
    const held = lock.runs;
    for (let h = 1; h <= 14; h++) {
      hour(w, 1);
      expect(mailAnchor(w.deps)).toBe(false);
    }
    expect(lock.runs).toBe(held);
    expect(mailer.sent).toHaveLength(1);
    w.now.t = new Date('2026-11-24T00:30:00Z');
    expect(mailAnchor(w.deps)).toBe(true);
    expect(mailer.sent.map((m) => m.subject)).toEqual([
      'Layanan Vicon: jangkar riwayat 2026-11-23',
      'Layanan Vicon: jangkar riwayat 2026-11-24',
    ]);
  });

  it('sends nothing without a mailer or Script Properties, or without an active admin', () => {
    const { w, mailer } = office();
    w.deps.state = undefined;
    expect(mailAnchor(w.deps)).toBe(false);
    const bare = office();
    bare.w.deps.mailer = undefined;
    expect(mailAnchor(bare.w.deps)).toBe(false);
    expect(bare.state.values.size).toBe(0);

    const lone = office();
    for (const u of lone.w.users) u.isAdmin = u.email === 'pensiun@kominfo.go.id';
    expect(mailAnchor(lone.w.deps)).toBe(false);
    expect(lone.mailer.sent).toHaveLength(0);
    expect(lone.state.values.size).toBe(0);
    expect(mailer.sent).toHaveLength(0);
  });

  it('is not sent by a run overlapping one that holds the claim or finished while it waited', () => {
    const { w, mailer, state, lock } = office();
    state.set('KLAIM:jangkar:2026-11-23', '2026-11-23T01:55:00.000Z');
    expect(mailAnchor(w.deps)).toBe(false);
    expect(mailer.sent).toHaveLength(0);

    const other = office();
    other.lock.meanwhile.push(() => other.state.set('JANGKAR_TERAKHIR', '2026-11-23'));
    expect(mailAnchor(other.w.deps)).toBe(false);
    expect(other.mailer.sent).toHaveLength(0);
    expect(lock.runs).toBe(1);
    expect(other.lock.runs).toBe(1);
  });

  it('tries again the next hour when the mail quota is spent, the claim released', () => {
    const { w, mailer, state } = office();
    mailer.quotaLeft = 0;
    expect(mailAnchor(w.deps)).toBe(false);
    expect([...state.values]).toEqual([]);
    mailer.quotaLeft = 10;
    hour(w, 1);
    expect(mailAnchor(w.deps)).toBe(true);
    expect(mailer.sent).toHaveLength(1);
    expect([...state.values]).toEqual([['JANGKAR_TERAKHIR', '2026-11-23']]);
  });

  it('stops with the busy message when the script lock cannot be had, nothing sent', () => {
    const { w, mailer, lock } = office();
    lock.busyOn = [1];
    let error: unknown = null;
    try {
      mailAnchor(w.deps);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('LockBusyError');
    expect((error as Error).message).toBe(
      'Sistem sedang sibuk memproses permintaan lain. Coba lagi dalam beberapa detik.',
    );
    expect(mailer.sent).toHaveLength(0);
    expect(mailAnchor(w.deps)).toBe(true);
  });
});
