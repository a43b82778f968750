import { warnCapacity } from '../../src/app/capacity-warning';
import { LockBusyError } from '../../src/app/ports';
import { capacityOf, type Capacity } from '../../src/core/capacity';
import { world } from './fakes';
import { memoryMailer, memoryState } from './fakes-hourly';

const DAY = 86_400_000;
const HOUR = 3_600_000;

function office(cells: number, yearsOfUse: number, start = new Date('2026-11-23T02:00:00Z')) {
  const w = world({}, start);
  const mailer = memoryMailer(w.deps.clock);
  const state = memoryState();
  let measured: Capacity = capacityOf(cells, new Date(w.now.t.getTime() - yearsOfUse * 365.25 * DAY), w.now.t);
  Object.assign(w.deps, {
    mailer,
    state,
    space: {
      measured: () => measured,
      measure: () => ({ cells, firstReceived: null }),
      record: (c: Capacity) => (measured = c),
    },
  });
  const later = (ms: number) => (w.now.t = new Date(w.now.t.getTime() + ms));
  return { w, mailer, sent: mailer.sent, state, later };
}

/** The mail for 4.5 million cells after one year of use, in November 2026 (Jakarta). */
const TEXT_2026 = [
  'Spreadsheet Layanan Vicon mulai penuh.',
  'Kapasitas spreadsheet: 4,5 juta dari 10,0 juta sel terpakai (45%); dengan laju sekarang (±4,5 juta sel per tahun) cukup untuk ±1,2 tahun lagi. Saatnya mengarsipkan: pindahkan tahun yang sudah lewat ke spreadsheet Arsip lewat Pengaturan › Arsip › "Arsipkan tahun".',
  '',
  'Yang perlu dilakukan admin:',
  '1. Buka Layanan Vicon › Pengaturan, bagian "Arsip", tulis tahun yang sudah lewat (misalnya 2025), lalu tekan "Arsipkan tahun".',
  '2. Permohonan tahun itu yang sudah selesai, beserta riwayatnya, dipindahkan ke spreadsheet "Arsip Layanan Vicon 2025" milik akun layanan. Permohonan yang masih berjalan tetap di Register.',
  '3. Rekap bulan-bulan tahun itu tetap dapat dibuat (dibaca dari arsip), dan "Periksa riwayat" memeriksa rantai bersama arsipnya.',
  '',
  'Email ini dikirim paling banyak sekali dalam 30 hari selama spreadsheet belum diarsipkan.',
].join('\n');

describe('the capacity warning', () => {
  it('one mail to the admins when under two years remain, not every hour, again after 30 days', () => {
    const { w, sent, later } = office(4_500_000, 1);
    expect(warnCapacity(w.deps)).toBe(true);
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toBe('admin@kominfo.go.id');
    for (let h = 1; h <= 48; h++) {
      later(HOUR);
      warnCapacity(w.deps);
    }
    expect(sent).toHaveLength(1);
    later(29 * DAY);
    expect(warnCapacity(w.deps)).toBe(true);
    expect(sent).toHaveLength(2);
  });

  it('tells the admins, word for word, how to archive last year, in plain text and as HTML', () => {
    const { w, sent } = office(4_500_000, 1);
    expect(warnCapacity(w.deps)).toBe(true);
    expect(sent).toEqual([
      {
        to: 'admin@kominfo.go.id',
        subject: 'Layanan Vicon: spreadsheet mulai penuh, saatnya mengarsipkan',
        text: TEXT_2026,
        html: `<pre style="font-family:inherit;white-space:pre-wrap">${TEXT_2026.replace(/"/g, '&quot;')}</pre>`,
        replyTo: '',
        key: 'kapasitas:2026-11-23',
      },
    ]);
  });

  it("names the office's last year in its own time zone (New Year's night in Jakarta)", () => {
    const { w, sent } = office(4_500_000, 1, new Date('2026-12-31T18:00:00Z'));
    expect(warnCapacity(w.deps)).toBe(true);
    expect(sent[0].text).toContain('(misalnya 2026)');
    expect(sent[0].text).toContain('"Arsip Layanan Vicon 2026"');
  });

  it('stays quiet until exactly 30 days after the last warning', () => {
    const { w, sent, later } = office(4_500_000, 1);
    expect(warnCapacity(w.deps)).toBe(true);
    later(30 * DAY - 1);
    expect(warnCapacity(w.deps)).toBe(false);
    expect(sent).toHaveLength(1);
    later(1);
    expect(warnCapacity(w.deps)).toBe(true);
    expect(sent).toHaveLength(2);
  });

  it('goes to every active admin together, and to nobody when no admin is active', () => {
    const { w, sent } = office(4_500_000, 1);
    w.users.push(
      { email: 'kabid@kominfo.go.id', name: 'Kabid', nip: '', roles: [], active: true, isAdmin: true },
      { email: 'pensiun@kominfo.go.id', name: 'Pensiun', nip: '', roles: [], active: false, isAdmin: true },
    );
    expect(warnCapacity(w.deps)).toBe(true);
    expect(sent.map((m) => m.to)).toEqual(['admin@kominfo.go.id, kabid@kominfo.go.id']);

    const alone = office(4_500_000, 1);
    for (const u of alone.w.users) if (u.isAdmin) u.active = false;
    expect(warnCapacity(alone.w.deps)).toBe(false);
    expect(alone.sent).toEqual([]);
  });

  it('a run overlapping the one sending the mail sends nothing', () => {
    const { w, mailer, sent } = office(4_500_000, 1);
    const send = mailer.send;
    let started = false;
    let overlapping: boolean | null = null;
    mailer.send = (mail) => {
      if (!started) {
        started = true;
        overlapping = warnCapacity(w.deps);
      }
      return send(mail);
    };
    expect(warnCapacity(w.deps)).toBe(true);
    expect(overlapping).toBe(false);
    expect(sent).toHaveLength(1);
  });

  it('a run that waited for the lock while another warned sends nothing', () => {
    const { w, sent } = office(4_500_000, 1);
    let first = true;
    w.deps.lock = {
      run: (fn) => {
        if (first) {
          first = false;
          expect(warnCapacity(w.deps)).toBe(true);
        }
        return fn();
      },
    };
    expect(warnCapacity(w.deps)).toBe(false);
    expect(sent).toHaveLength(1);
  });

  it('when the mail quota is used up, nothing is sent and the next hour tries again', () => {
    const { w, mailer, sent, later } = office(4_500_000, 1);
    mailer.quotaLeft = 0;
    expect(warnCapacity(w.deps)).toBe(false);
    expect(sent).toEqual([]);
    mailer.quotaLeft = 100;
    later(HOUR);
    expect(warnCapacity(w.deps)).toBe(true);
    expect(sent).toHaveLength(1);
  });

  it('a run stopped after sending does not make the next hour mail the admins again that day', () => {
    const { w, sent, later } = office(4_500_000, 1);
    let holds = 1;
    w.deps.lock = {
      run: (fn) => {
        if (holds-- <= 0) throw new LockBusyError();
        return fn();
      },
    };
    expect(() => warnCapacity(w.deps)).toThrow(LockBusyError);
    expect(sent).toHaveLength(1);
    holds = Infinity;
    later(HOUR);
    expect(warnCapacity(w.deps)).toBe(true);
    expect(sent).toHaveLength(1);
    later(HOUR);
    expect(warnCapacity(w.deps)).toBe(false);
    expect(sent).toHaveLength(1);
  });

  it('no mail while there is room, nor before anything was measured', () => {
    const { w, sent } = office(1_000_000, 2);
    expect(warnCapacity(w.deps)).toBe(false);
    Object.assign(w.deps, {
      space: { measured: () => null, measure: () => ({ cells: 0, firstReceived: null }), record: () => undefined },
    });
    expect(warnCapacity(w.deps)).toBe(false);
    expect(sent).toEqual([]);
  });

  it('past 60% of the 10 million cells even at a slow rate', () => {
    const { w, sent } = office(6_100_000, 20);
    expect(warnCapacity(w.deps)).toBe(true);
    expect(sent[0].text).toMatch(/61%/);
  });
});
