/**
 * Mutu Baku in working time on the built bundle (issue 16 §1, item 3): the office's working days
 * and hours from Pengaturan, public holidays copied from Google's holiday calendar (Christmas 2026
 * falls on a Friday), a holiday list of its own; digests on working days only; alternatives never
 * on a holiday.
 */
import { writeSettingByHand } from '../../dev/product';
import { e2eWorld, type E2E } from './world';
import { click, mailsTo, mainPath, setLocal, sopWorld, submitFor, type Click, type PresetId } from './sop-kit';

const EVENT = '2027-01-06';
const DIGEST = /Ringkasan langkah terlambat/;

/** The first timed step of each preset (role, click) and its Mutu Baku; Tarakan is walked apart. */
const FIRST: Record<Exclude<PresetId, '001-tarakan'>, { click: Click; standard: number }> = {
  '000-bandung': { click: mainPath('000-bandung', EVENT)[0], standard: 5 },
  '002-singkawang': { click: mainPath('002-singkawang', EVENT)[0], standard: 5 },
  '003-tangerang': { click: mainPath('003-tangerang', EVENT)[0], standard: 2 },
  '004-demak': { click: mainPath('004-demak', EVENT)[0], standard: 5 },
};

const digests = (e: E2E, role: string) => mailsTo(e, `${role}@kominfo.go.id`, DIGEST);
const hourlyAt = (e: E2E, local: string, offset = '+07:00') => {
  setLocal(e, local, offset);
  e.app.call('runHourly');
};

function taskOf(e: E2E, role: string, id: string) {
  e.as(`${role}@kominfo.go.id`);
  const state = e.state();
  if (!state.ok) throw new Error(state.error);
  return state.value.tasks.find((t) => t.id === id)!;
}

describe("public holidays come from Google's calendar, into Pengaturan", () => {
  it("the hourly run copies this year's and next year's holidays, without the observances", () => {
    const e = sopWorld('000-bandung', new Date('2026-12-23T09:00:00+07:00'));
    const row = e.sheet('Pengaturan').find((r) => r[0] === 'Hari libur dari kalender Google (diisi otomatis)')!;
    const dates = String(row[1]).split(', ');
    expect(dates).toEqual(expect.arrayContaining(['2026-12-25', '2027-01-01', '2027-08-17']));
    expect(dates).not.toContain('2026-12-22');
  });
});

describe.each(Object.keys(FIRST) as Array<keyof typeof FIRST>)('%s: working-time Mutu Baku', (presetId) => {
  const { click: first, standard } = FIRST[presetId];
  const role = first[0];

  it('over Christmas (a Friday) and the weekend: not late, no digest; late and digested on Monday', () => {
    const e = sopWorld(presetId, new Date('2026-12-24T14:00:00+07:00'));
    const late = submitFor(e, EVENT);
    hourlyAt(e, '2026-12-24T15:00:00');
    expect(digests(e, role)).toHaveLength(1);
    setLocal(e, '2026-12-24T15:58:00', '+07:00');
    const spanning = submitFor(e, EVENT, { 'Judul kegiatan': 'Rapat akhir tahun' });
    for (const day of ['2026-12-25', '2026-12-26', '2026-12-27']) {
      hourlyAt(e, `${day}T10:00:00`);
      expect(taskOf(e, role, spanning)).toMatchObject({ overdue: false, minutesLeft: standard - 2 });
    }
    expect(digests(e, role)).toHaveLength(1);
    hourlyAt(e, '2026-12-28T07:45:00');
    expect(digests(e, role)).toHaveLength(2);
    expect(digests(e, role)[1].body).toContain(late);
    expect(taskOf(e, role, spanning)).toMatchObject({ overdue: true, minutesLeft: standard - 17 });
    click(e, spanning, [first]);
    const row = e.sheet('Riwayat').find((r) => r[1] === spanning && r[2] === 'aksi')!;
    expect([row[9], row[10]]).toEqual([17, standard]);
  });
});

describe('001-tarakan: "1 hari" is one working day', () => {
  it('entered Thursday 10:00 WITA, due Monday 10:00 across Christmas and the weekend; digests on working days only', () => {
    const e = sopWorld('001-tarakan', new Date('2026-12-23T09:00:00+08:00'));
    const toReview = mainPath('001-tarakan', EVENT).slice(0, 6);
    const late = submitFor(e, EVENT);
    setLocal(e, '2026-12-23T10:00:00', '+08:00');
    click(e, late, toReview);
    setLocal(e, '2026-12-24T10:00:00', '+08:00');
    const spanning = submitFor(e, EVENT, {
      'Judul kegiatan': 'Rapat akhir tahun',
      'Jam mulai': '13:00',
      'Jam selesai': '14:00',
    });
    click(e, spanning, toReview);
    hourlyAt(e, '2026-12-24T15:00:00', '+08:00');
    expect(digests(e, 'kabid')).toHaveLength(1);
    for (const day of ['2026-12-25', '2026-12-26', '2026-12-27']) hourlyAt(e, `${day}T11:00:00`, '+08:00');
    expect(digests(e, 'kabid')).toHaveLength(1);
    hourlyAt(e, '2026-12-28T10:00:00', '+08:00');
    expect(taskOf(e, 'kabid', spanning)).toMatchObject({ overdue: false, minutesLeft: 0 });
    expect(digests(e, 'kabid')).toHaveLength(2);
    setLocal(e, '2026-12-28T10:30:00', '+08:00');
    click(e, spanning, [['kabid', 'teruskan']]);
    const row = e.sheet('Riwayat').find((r) => r[1] === spanning && r[2] === 'aksi' && r[6] === 'telaah_kabid')!;
    expect([row[9], row[10]]).toEqual([540, 510]);
  });
});

describe("the office's own holiday list (cuti bersama), with or without Google's calendar", () => {
  it('without a calendar only the list counts: its date is not worked, Christmas (not listed) is', () => {
    const e = e2eWorld('000-bandung', new Date('2026-12-23T15:58:00+07:00'));
    writeSettingByHand(e.product, 'Kalender hari libur Google (kosong = tidak dipakai)', '');
    writeSettingByHand(e.product, 'Hari libur tambahan (TTTT-BB-HH, pisahkan dengan koma)', "'2026-12-24");
    const id = submitFor(e, EVENT);
    setLocal(e, '2026-12-24T12:00:00', '+07:00');
    expect(taskOf(e, 'kadis', id)).toMatchObject({ overdue: false, minutesLeft: 3 });
    setLocal(e, '2026-12-25T12:00:00', '+07:00');
    expect(taskOf(e, 'kadis', id)).toMatchObject({ overdue: true });
  });
});

describe('alternatives never land on a holiday or outside working hours', () => {
  it('a full Thursday before Christmas is offered Monday, never the holiday Friday or the weekend', () => {
    const e = sopWorld('000-bandung', new Date('2026-12-21T09:00:00+07:00'));
    const day = { 'Tanggal kegiatan': '2026-12-24', 'Jam mulai': '07:30', 'Jam selesai': '15:30' };
    const first = submitFor(e, '2026-12-24', day);
    const second = submitFor(e, '2026-12-24', { ...day, 'Judul kegiatan': 'Rapat lain' });
    const toApproval = mainPath('000-bandung', '2026-12-24').slice(0, 3);
    click(e, first, [...toApproval, ['subkoor', 'setujui']]);
    click(e, second, toApproval);
    e.as('subkoor@kominfo.go.id');
    const refused = e.act(second, 'setujui');
    expect(refused.ok).toBe(false);
    const reason = refused.ok ? '' : refused.error;
    expect(reason).toMatch(/Alternatif: Senin, 28 Desember 2026 07\.30–15\.30 WIB/);
    expect(reason).not.toMatch(/25 Desember|26 Desember|27 Desember/);
  });

  it('an official cannot offer a holiday or a time outside service hours either', () => {
    const e = sopWorld('002-singkawang', new Date('2026-12-21T09:00:00+07:00'));
    const id = submitFor(e, '2026-12-24');
    click(e, id, mainPath('002-singkawang', '2026-12-24').slice(0, 4));
    click(e, id, [['tim', 'bentrok', { note: 'TCM Room dipakai.' }]]);
    e.as('subkoor@kominfo.go.id');
    const offer = (alternative: { date: string; start: string; end: string }) =>
      e.act(id, 'tawarkan_alternatif', { alternative });
    expect(offer({ date: '2026-12-25', start: '09:00', end: '10:00' })).toEqual({
      ok: false,
      error: 'Tanggal alternatif jatuh pada hari libur atau di luar hari kerja kantor.',
    });
    expect(offer({ date: '2026-12-28', start: '15:30', end: '16:30' })).toEqual({
      ok: false,
      error: 'Jam alternatif harus di dalam jam layanan (07:30–16:00).',
    });
    expect(offer({ date: '2026-12-28', start: '09:00', end: '10:00' }).ok).toBe(true);
  });
});
