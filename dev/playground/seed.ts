/**
 * The demo data set: four weeks of requests from several OPD, driven through the
 * real bundle — applicants submit the form, officials click their steps as the role
 * users, the clock moves and the hourly trigger fires — so every state a request
 * can be in (new, mid-way, overdue, rejected, returned, cancelled, done) shows up.
 */
import type { ActionDto, RequestDetailDto } from '../../src/shared/rpc';
import { CANCEL_ACTION } from '../../src/core/sop/vocabulary';
import { presetById } from '../../src/core/sop/presets';
import type { PlaygroundWorld } from './world';
import {
  DEMO_APPLICANTS,
  DEMO_SLOTS,
  DEMO_TITLES,
  addMinutes,
  plusDays,
  sequence,
  weekdayOnOrAfter,
  wibDay,
} from './seed-data';

type Plan = 'full' | 'stall' | 'negative' | 'cancel' | 'fresh';
interface Tracked {
  id: string;
  eventDay: string;
  plan: Plan;
  steps: number;
  done: boolean;
}

const SEED_DAYS = 28;
/** Every documentation key a preset may require (Demak: notulen + foto; Singkawang: laporan). */
const DEMO_DOCUMENTATION = {
  notulen: 'Notulen tersimpan di Drive bidang.',
  foto: 'https://drive.google.com/drive/folders/dokumentasi-demo',
  laporan: 'Laporan hasil pelaksanaan: kegiatan berjalan lancar.',
  disposisi: 'Disposisi pimpinan nomor 045/112.',
  video: 'https://drive.google.com/drive/folders/rekaman-demo',
  jumlahPeserta: '45',
  kendala: 'Tidak ada',
};
/** Actions that belong after the event (closing, documentation): held until its day has passed. */
const AFTER_EVENT = /selesai|unggah/;

function advanceTo(world: PlaygroundWorld, at: Date): void {
  const delta = at.getTime() - world.e.ws.clock.now().getTime();
  if (delta > 0) world.e.ws.clock.advance(delta);
}

function wibTime(day: string, hhmm: string): Date {
  return new Date(`${day}T${hhmm}:00+07:00`);
}

function chooseAction(detail: RequestDetailDto, plan: Plan): ActionDto | undefined {
  const forward = detail.actions.find((a) => !a.negative);
  if (plan === 'cancel') return detail.actions.find((a) => a.id === CANCEL_ACTION) ?? forward;
  if (plan === 'negative') return detail.actions.find((a) => a.negative && a.id !== CANCEL_ACTION) ?? forward;
  return forward;
}

function inputFor(action: ActionDto, detail: RequestDetailDto, today: string): Record<string, unknown> | null {
  const req = new Set(action.requires);
  if (req.has('alternative')) return null;
  const input: Record<string, unknown> = {};
  if (req.has('note'))
    input.note = action.negative
      ? 'Jadwal bentrok dengan agenda pimpinan; mohon ajukan waktu lain.'
      : 'Sudah diperiksa.';
  if (req.has('operator')) input.operator = detail.operators[0]?.email;
  if (req.has('host')) input.host = detail.hosts[0];
  if (req.has('link')) input.link = 'https://meet.google.com/abc-defg-hij';
  if (req.has('documentation')) input.documentation = DEMO_DOCUMENTATION;
  if (req.has('srikandi_number')) input.srikandiNumber = `B/${detail.id.slice(-4)}/DISKOMINFO/2026`;
  if (req.has('test_time')) input.testTime = { date: today, time: '15:00' };
  return input;
}

/** Email of the user who acts at request `id`'s current step (from Register › Langkah and the preset), or null at the end. */
function actorNow(world: PlaygroundWorld, id: string): string | null {
  const [header = [], ...rows] = world.e.ws.spreadsheet.sheetByName('Register')?.values ?? [];
  const row = rows.find((r) => r[header.indexOf('Nomor')] === id);
  const step = presetById(world.presetId)?.steps.find((st) => st.id === row?.[header.indexOf('Langkah')]);
  if (!step || step.terminal || !step.actions.length) return null;
  return world.roleUsers.find((u) => u.email === `${step.actor}@kominfo.go.id`)?.email ?? null;
}

/** One step of `t` by the user whose turn it is; false when nothing (more) can be done today. */
function stepOnce(world: PlaygroundWorld, t: Tracked, today: string): boolean {
  const who = actorNow(world, t.id);
  if (!who) {
    t.done = true;
    return false;
  }
  world.e.as(who);
  const detail = world.e.detail(t.id);
  if (!detail.ok || !detail.value.actions.length) return false;
  const action = chooseAction(detail.value, t.plan);
  if (!action || (AFTER_EVENT.test(action.id) && today <= t.eventDay)) return false;
  const input = inputFor(action, detail.value, today);
  if (!input) return false;
  const result = world.e.app.call<{ ok: boolean }>('performAction', {
    requestId: t.id,
    action: action.id,
    expectedVersion: detail.value.version,
    input,
  });
  if (!result.ok) return false;
  if (action.negative) t.done = true;
  return true;
}

function walk(world: PlaygroundWorld, t: Tracked, today: string, minutes: () => number): void {
  const limit = t.plan === 'stall' ? 1 : t.plan === 'fresh' ? t.steps : 50;
  for (let taken = 0; !t.done && taken < limit; taken++) {
    world.e.ws.clock.advance(minutes() * 60000);
    if (!stepOnce(world, t, today)) break;
  }
  if (t.plan === 'stall' || t.plan === 'fresh') t.done = true;
}

function planFor(index: number, dayIndex: number, pick: number): Plan {
  if (dayIndex >= SEED_DAYS - 5) return 'fresh';
  if (index % 7 === 3) return 'negative';
  if (index % 11 === 6) return 'cancel';
  return pick === 0 ? 'stall' : 'full';
}

function submitOne(
  world: PlaygroundWorld,
  index: number,
  day: string,
  rnd: { next(n: number): number },
): Tracked | null {
  const who = DEMO_APPLICANTS[index % DEMO_APPLICANTS.length];
  const eventDay = weekdayOnOrAfter(plusDays(day, 2 + rnd.next(5)));
  const start = DEMO_SLOTS[rnd.next(DEMO_SLOTS.length)];
  const answers = {
    'Nama pemohon': who.name,
    'Instansi/OPD': who.agency,
    Jabatan: who.position,
    'Nomor WhatsApp': who.phone,
    'Nomor surat permohonan': `${String(100 + index)}/${String(400 + rnd.next(300))}/${who.letterCode}`,
    'Tanggal surat permohonan': day,
    'Judul kegiatan': DEMO_TITLES[(index * 3) % DEMO_TITLES.length],
    'Tanggal kegiatan': eventDay,
    'Jam mulai': start,
    'Jam selesai': addMinutes(start, 90),
    Platform: index % 6 === 5 ? 'Google Meet' : 'Zoom',
    'Perkiraan jumlah peserta': String(20 + rnd.next(180)),
    'Perlu ruang rapat': index % 3 === 0 ? 'Ya' : 'Tidak',
    'Perlu pendampingan operator': index % 2 === 0 ? 'Ya' : 'Tidak',
    'Perlu rekaman': index % 4 === 0 ? 'Ya' : 'Tidak',
    Keterangan: index % 5 === 0 ? 'Narasumber dari provinsi ikut daring.' : '',
  };
  const id = world.apply({ kind: 'submit', email: who.email, answers }).value;
  return typeof id === 'string' ? { id, eventDay, plan: 'full', steps: 0, done: false } : null;
}

/**
 * Seeds `world` (fresh, at PLAYGROUND_START) with four weeks of demo requests and leaves its
 * clock on the Monday after, 09:00 WIB. Deterministic: the same preset always gives the same data.
 */
export function seedDemo(world: PlaygroundWorld): void {
  const rnd = sequence(20261026);
  const first = wibDay(world.e.ws.clock.now());
  const tracked: Tracked[] = [];
  for (let d = 0; d < SEED_DAYS; d++) {
    const day = plusDays(first, d);
    advanceTo(world, wibTime(day, '08:00'));
    const weekday = weekdayOnOrAfter(day) === day;
    const count = weekday ? 1 + rnd.next(2) : 0;
    for (let i = 0; i < count; i++) {
      world.e.ws.clock.advance((15 + rnd.next(60)) * 60000);
      const t = submitOne(world, tracked.length, day, rnd);
      if (!t) continue;
      t.plan = planFor(tracked.length, d, rnd.next(5));
      t.steps = t.plan === 'fresh' ? rnd.next(3) : 0;
      tracked.push(t);
    }
    if (weekday) for (const t of tracked.filter((x) => !x.done)) walk(world, t, day, () => 3 + rnd.next(20));
    advanceTo(world, wibTime(day, '17:00'));
    world.e.ws.fireTimeTriggers();
  }
  advanceTo(world, wibTime(plusDays(first, SEED_DAYS), '09:00'));
  world.e.ws.fireTimeTriggers();
  world.e.as(world.roleUsers[0].email);
}
