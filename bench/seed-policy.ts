/**
 * How the seeded office behaves: when requests arrive, what they ask for, which branch each
 * takes (most finish; some are rejected, cancelled, returned for revision or moved), and what an
 * official types with each action. Deterministic: request k always walks the same way.
 */
import { addDays, localDate } from '../src/core/dates';
import type { VcRequest } from '../src/core/request';
import type { Settings } from '../src/core/settings';
import type { ActionDef, ActionInput, Preset } from '../src/core/sop/types';
import { CANCEL_ACTION } from '../src/core/sop/vocabulary';
import { isWorkingDay, type WorkCalendar } from '../src/core/working-time';
import { validAnswers } from '../test/fixtures/answers';

/** Requests a year in the seeded office (10,000 ≈ five years). */
export const PER_YEAR = 2000;
export const SPACING_MS = (365.25 * 86_400_000) / PER_YEAR;
/** Event slots of a day: one Zoom host account, so no two overlap (15-minute buffer); the last is kept for moves. */
const SLOTS: Array<[string, string]> = [
  ['08:00', '08:45'],
  ['09:00', '09:45'],
  ['10:00', '10:45'],
  ['11:00', '11:45'],
  ['12:00', '12:45'],
  ['13:00', '13:45'],
  ['14:00', '14:45'],
  ['15:00', '15:45'],
];
const MOVE_SLOT = SLOTS[SLOTS.length - 1];
/** Steps that wait for the event itself (the official acts after it ended). */
export const AFTER_EVENT = new Set(['pendampingan', 'pelaksanaan', 'perekaman']);

export type Fate = 'finish' | 'reject' | 'cancel' | 'return' | 'move';

/** A deterministic number in [0, 1) for request k (salt: which choice). */
export const frac = (k: number, salt: number) => {
  const x = Math.sin(k * 12.9898 + salt * 78.233) * 43758.5453;
  return x - Math.floor(x);
};

/** The day of the event asked for at t0: ten days ahead. */
export function eventDateOf(t0: Date, tz: Settings['timeZone']): string {
  return addDays(localDate(t0, tz), 10);
}

/** The branch request k takes. */
export function fateOf(k: number): Fate {
  const r = frac(k, 1);
  return r < 0.07 ? 'reject' : r < 0.12 ? 'cancel' : r < 0.17 ? 'return' : r < 0.2 ? 'move' : 'finish';
}

/** The form answers of request k received at t0, in the day's `slot` (invalid: without its letter number, to be revised). */
export function answersOf(
  k: number,
  slot: number,
  t0: Date,
  tz: Settings['timeZone'],
  invalid: boolean,
): Record<string, string> {
  const [start, end] = SLOTS[slot % (SLOTS.length - 1)];
  const platform = frac(k, 2) < 0.92 ? 'Zoom' : 'Google Meet';
  return validAnswers({
    'Nama pemohon': `Pemohon ${k % 500}`,
    'Instansi/OPD': `Dinas ${['Pendidikan', 'Kesehatan', 'Perhubungan', 'Sosial', 'Pariwisata'][k % 5]} ${k % 8}`,
    Email: `pemohon${k % 300}@opd${k % 40}.go.id`,
    'Nomor surat permohonan': invalid ? '' : `${String(k % 900).padStart(3, '0')}/${k}/OPD`,
    'Tanggal surat permohonan': localDate(new Date(t0.getTime() - 86_400_000), tz),
    'Judul kegiatan': `Rapat Koordinasi ${k}`,
    'Tanggal kegiatan': eventDateOf(t0, tz),
    'Jam mulai': start,
    'Jam selesai': end,
    Platform: platform,
    'Perlu ruang rapat': frac(k, 3) < 0.15 ? 'Ya' : 'Tidak',
    'Perlu rekaman': frac(k, 4) < 0.2 ? 'Ya' : 'Tidak',
  });
}

/** The action a request with `fate` takes at this step (null: none of the step's actions fits). */
export function pick(actions: ActionDef[], fate: Fate, k: number, stepIndex: number): ActionDef | undefined {
  const forward =
    actions.find((a) => !a.negative && !a.appliesAlternative && a.id !== CANCEL_ACTION) ??
    actions.find((a) => !a.negative && a.id !== CANCEL_ACTION);
  const negativeTo = (to: (id: string) => boolean) =>
    actions.find((a) => a.negative && a.id !== CANCEL_ACTION && to(a.to));
  const wanted =
    fate === 'cancel' && stepIndex >= 1 + (k % 3)
      ? actions.find((a) => a.id === CANCEL_ACTION)
      : fate === 'reject'
        ? negativeTo((to) => to !== 'perbaikan' && to !== 'draf_surat')
        : fate === 'return'
          ? negativeTo((to) => to === 'perbaikan')
          : fate === 'move'
            ? (actions.find((a) => a.appliesAlternative) ?? negativeTo((to) => to === 'draf_surat'))
            : undefined;
  return wanted ?? forward ?? actions[0];
}

/** The first working day of `cal` after `date`. */
function nextWorkingDay(cal: WorkCalendar, date: string): string {
  let d = addDays(date, 1);
  while (!isWorkingDay(cal, d)) d = addDays(d, 1);
  return d;
}

/** What the official types with `action`, in an office working by `cal`. */
export function inputFor(
  action: ActionDef,
  r: VcRequest,
  preset: Preset,
  hasOperator: boolean,
  cal: WorkCalendar,
): ActionInput {
  const input: ActionInput = {};
  if (action.negative || action.requires.includes('note')) input.note = 'Sesuai hasil pemeriksaan petugas.';
  if (action.requires.includes('operator') && hasOperator) input.operator = 'operator@kominfo.go.id';
  if (action.requires.includes('alternative'))
    input.alternative = { date: nextWorkingDay(cal, r.eventDate), start: MOVE_SLOT[0], end: MOVE_SLOT[1] };
  if (action.requires.includes('documentation')) {
    const keys = action.documents ?? (preset.requiredDocumentation.length ? preset.requiredDocumentation : ['laporan']);
    input.documentation = Object.fromEntries(keys.map((d) => [d, `https://drive.google.com/file/d/${d}-${r.id}/view`]));
  }
  if (action.requires.includes('srikandi_number'))
    input.srikandiNumber = `B/${r.id.slice(-4)}/PR.02.01/${r.id.slice(3, 7)}`;
  if (action.requires.includes('test_time')) input.testTime = { date: addDays(r.eventDate, -1), time: '10:00' };
  return input;
}

/** A time-ordered queue of what happens next. */
export class Queue {
  private items: Array<{ at: number; seq: number; run: () => void }> = [];
  private seq = 0;
  push(at: number, run: () => void): void {
    this.items.push({ at, seq: this.seq++, run });
    let i = this.items.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.less(p, i)) break;
      [this.items[p], this.items[i]] = [this.items[i], this.items[p]];
      i = p;
    }
  }
  pop(): { at: number; run: () => void } | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0 && last) {
      this.items[0] = last;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let m = i;
        if (l < this.items.length && this.less(l, m)) m = l;
        if (r < this.items.length && this.less(r, m)) m = r;
        if (m === i) break;
        [this.items[m], this.items[i]] = [this.items[i], this.items[m]];
        i = m;
      }
    }
    return top;
  }
  private less(a: number, b: number): boolean {
    const [x, y] = [this.items[a], this.items[b]];
    return x.at < y.at || (x.at === y.at && x.seq < y.seq);
  }
}
