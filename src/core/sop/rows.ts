/**
 * The editable sheet form of a preset ('Alur SOP'), and back. Layout, top to bottom:
 *
 *   ID Alur                      | 000-bandung
 *   Versi                        | 1
 *   Nama                         | Kota Bandung — …
 *   Zona Waktu                   | Asia/Jakarta
 *   Minimal Hari Sebelum Acara   | 1
 *   Langkah Awal                 | disposisi_kadis
 *   Langkah Perbaikan            | perbaikan
 *   Dokumentasi Wajib            | notulen, foto            (comma list; may be empty)
 *   Mutu Baku Pengajuan (menit)  | 5                        (optional row)
 *   Peringatan Batas Hari        | Jika permohonan …        (optional row: warned at exactly the minimum)
 *   Peran                        | kadis | Kepala Dinas     (one row per role)
 *   (blank row)
 *   ID Langkah | Nama Langkah | Pelaksana | Mutu Baku (menit) | Status | Sifat Langkah |
 *     ID Tindakan | Nama Tindakan | Ke Langkah | Wajib Diisi | Efek | Sifat Tindakan |
 *     Patokan Waktu | Tenggat
 *   then one row per action. A step's first row defines it; its later rows repeat only the ID
 *   Langkah (other step cells blank, or equal to the first row). A terminal step has one row with
 *   empty action columns.
 *
 * Pelaksana: one role, or several ('subkoor, tim': either may act). Mutu Baku '' = "setiap saat"
 * (null), a number = minutes, '1 hari' = working days. Patokan Waktu: '' = from when the step is
 * entered, 'mulai_acara-120' / 'selesai_acara' = from the event (StepDef.clock). Tenggat: '' or
 * 'H-1: <label>' (done before the end of H-1). Wajib Diisi may name the documents asked:
 * 'documentation(notulen; foto)'. Sifat Langkah: 'akhir', 'penentu_jadwal'. Sifat Tindakan:
 * 'negatif', 'terapkan_alternatif', 'periksa_jadwal' (the schedule is checked before the effects; a
 * clash refuses the action). Wajib Diisi: comma list of note, operator, alternative, link, host,
 * documentation. Efek: comma list of kinds, with static params as kind(nama=nilai; nama2=nilai2).
 * A copy made before 'periksa_jadwal' existed lists 'check_schedule' among its effects; it is read
 * as that flag.
 */
import type { ActionDef, Preset, StepDef } from './types';
import { validatePreset } from './validate';
import {
  flagWords,
  formatActors,
  formatClock,
  formatDeadline,
  formatEffects,
  formatRequires,
  formatStandard,
  parseActors,
  parseList,
  parseClock,
  parseDeadline,
  parseEffects,
  parseRequires,
  parseStandard,
  readFlags,
} from './cells';

const META = {
  id: 'ID Alur',
  version: 'Versi',
  name: 'Nama',
  timeZone: 'Zona Waktu',
  minLeadDays: 'Minimal Hari Sebelum Acara',
  start: 'Langkah Awal',
  revisionStep: 'Langkah Perbaikan',
  requiredDocumentation: 'Dokumentasi Wajib',
  intakeStandardMinutes: 'Mutu Baku Pengajuan (menit)',
  leadWarning: 'Peringatan Batas Hari',
} as const;
const ROLE = 'Peran';

/** Header of the step table. */
export const STEP_HEADER = [
  'ID Langkah',
  'Nama Langkah',
  'Pelaksana',
  'Mutu Baku (menit)',
  'Status',
  'Sifat Langkah',
  'ID Tindakan',
  'Nama Tindakan',
  'Ke Langkah',
  'Wajib Diisi',
  'Efek',
  'Sifat Tindakan',
  'Patokan Waktu',
  'Tenggat',
];
/** Where the step cells after the action columns start. */
const STEP_EXTRA = 12;
const WIDTH = STEP_HEADER.length;

function pad(row: string[]): string[] {
  return [...row, ...Array<string>(Math.max(0, WIDTH - row.length)).fill('')];
}

/** The words of the Sifat columns, by the flag each sets. */
const STEP_FLAGS = { terminal: 'akhir', decidesSchedule: 'penentu_jadwal' } as const;
const ACTION_FLAGS = {
  negative: 'negatif',
  appliesAlternative: 'terapkan_alternatif',
  checksSchedule: 'periksa_jadwal',
} as const;

function stepExtraCells(s: StepDef): string[] {
  return [formatClock(s.clock), formatDeadline(s.deadline)];
}

/** The effect name older copies of a preset used for what is now the 'periksa_jadwal' flag. */
const LEGACY_SCHEDULE_EFFECT = 'check_schedule';

function stepCells(s: StepDef): string[] {
  return [s.id, s.label, formatActors(s), formatStandard(s), s.status, flagWords(s, STEP_FLAGS)];
}

function actionCells(a: ActionDef): string[] {
  return [a.id, a.label, a.to, formatRequires(a), formatEffects(a.effects), flagWords(a, ACTION_FLAGS)];
}

/** `p` as rectangular sheet rows in the 'Alur SOP' layout above (all cells strings). */
export function presetToRows(p: Preset): string[][] {
  const meta: string[][] = [
    [META.id, p.id],
    [META.version, String(p.version)],
    [META.name, p.name],
    [META.timeZone, p.timeZone],
    [META.minLeadDays, String(p.minLeadDays)],
    [META.start, p.start],
    [META.revisionStep, p.revisionStep],
    [META.requiredDocumentation, p.requiredDocumentation.join(', ')],
  ];
  if (p.intakeStandardMinutes !== undefined) meta.push([META.intakeStandardMinutes, String(p.intakeStandardMinutes)]);
  if (p.leadWarning !== undefined) meta.push([META.leadWarning, p.leadWarning]);
  const roles = p.roles.map((r) => [ROLE, r.id, r.label]);
  const steps = p.steps.flatMap((s) => {
    const continued = [s.id, '', '', '', '', ''];
    const extra = (i: number) => (i === 0 ? stepExtraCells(s) : ['', '']);
    return s.actions.length === 0
      ? [[...pad(stepCells(s)).slice(0, STEP_EXTRA), ...extra(0)]]
      : s.actions.map((a, i) => [...(i === 0 ? stepCells(s) : continued), ...actionCells(a), ...extra(i)]);
  });
  return [...meta, ...roles, [], STEP_HEADER, ...steps].map(pad);
}

function numberOrNaN(cell: string): number {
  return cell === '' ? Number.NaN : Number(cell);
}

type Draft = Record<string, unknown> & { roles: Array<{ id: string; label: string }>; steps: StepDef[] };

function readMeta(rows: string[][], draft: Draft, errors: string[]): void {
  rows.forEach((row, i) => {
    const [key, value = '', extra = ''] = row;
    if (key === '') return;
    if (key === ROLE) draft.roles.push({ id: value, label: extra });
    else if (key === META.version || key === META.minLeadDays)
      draft[key === META.version ? 'version' : 'minLeadDays'] = numberOrNaN(value);
    else if (key === META.intakeStandardMinutes) {
      if (value !== '') draft.intakeStandardMinutes = numberOrNaN(value);
    } else if (key === META.requiredDocumentation) draft.requiredDocumentation = parseList(value);
    else {
      const field = (Object.keys(META) as Array<keyof typeof META>).find((k) => META[k] === key);
      if (field) draft[field] = value;
      else errors.push(`Baris ${i + 1}: "${key}" tidak dikenal di bagian atas Alur SOP.`);
    }
  });
}

function newStep(cells: string[], line: number, errors: string[]): StepDef {
  const [id, label, actors, minutes, status, flagCell] = cells;
  const s: StepDef = { id, label, ...parseActors(actors), ...parseStandard(minutes), status, actions: [] };
  readFlags(s, STEP_FLAGS, flagCell, line, errors);
  const clock = parseClock(cells[STEP_EXTRA]);
  const deadline = parseDeadline(cells[STEP_EXTRA + 1]);
  if (clock === null)
    errors.push(`Baris ${line}: Patokan Waktu "${cells[STEP_EXTRA]}" tidak terbaca; tulis misalnya mulai_acara-120.`);
  else if (clock) s.clock = clock;
  if (deadline === null)
    errors.push(
      `Baris ${line}: Tenggat "${cells[STEP_EXTRA + 1]}" tidak terbaca; tulis misalnya H-1: Link terkirim paling lambat H-1.`,
    );
  else if (deadline) s.deadline = deadline;
  return s;
}

/** A later row of a step: its unreadable cells are named, and a filled cell must say what the first row says. */
function checkRepeat(first: StepDef, cells: string[], line: number, errors: string[]): void {
  const again = newStep(cells, line, errors);
  const differs =
    (cells[1] && again.label !== first.label) ||
    (cells[2] && again.actor !== first.actor) ||
    (cells[3] && again.standardMinutes !== first.standardMinutes) ||
    (cells[4] && again.status !== first.status) ||
    (cells[5] && (again.terminal !== first.terminal || again.decidesSchedule !== first.decidesSchedule)) ||
    // A blank or unreadable timing cell parses to no clock or deadline; compare the readable ones as written.
    (again.clock && formatClock(again.clock) !== formatClock(first.clock)) ||
    (again.deadline && formatDeadline(again.deadline) !== formatDeadline(first.deadline));
  if (differs)
    errors.push(
      `Baris ${line}: langkah "${first.id}" sudah ditulis dengan isi lain di baris sebelumnya; samakan atau kosongkan.`,
    );
}

function newAction(cells: string[], line: number, errors: string[]): ActionDef {
  const [id, label, to, requires, effectCell, flagCell] = cells;
  const parsed = parseEffects(effectCell, line, errors);
  const effects = parsed.filter((e) => String(e.kind) !== LEGACY_SCHEDULE_EFFECT);
  const a = { id, label, to, ...parseRequires(requires), effects } as ActionDef;
  readFlags(a, ACTION_FLAGS, flagCell, line, errors);
  if (effects.length < parsed.length) a.checksSchedule = true;
  return a;
}

function readSteps(rows: string[][], offset: number, draft: Draft, errors: string[]): void {
  const byId = new Map<string, StepDef>();
  rows.forEach((raw, i) => {
    const cells = pad(raw);
    const line = offset + i + 1;
    if (cells.every((c) => c === '')) return;
    if (cells[0] === '') {
      errors.push(`Baris ${line}: ID Langkah kosong.`);
      return;
    }
    let s = byId.get(cells[0]);
    if (s) checkRepeat(s, cells, line, errors);
    else {
      s = newStep(cells, line, errors);
      byId.set(s.id, s);
      draft.steps.push(s);
    }
    if (cells.slice(6, STEP_EXTRA).some((c) => c !== ''))
      s.actions.push(newAction(cells.slice(6, STEP_EXTRA), line, errors));
  });
}

/**
 * Parses sheet rows in the 'Alur SOP' layout (cells trimmed) and validates the result with
 * validatePreset. Layout mistakes (unknown meta key, missing header, conflicting repeat rows, bad
 * flags or effect syntax) are reported with their row number, before any validation.
 */
export function presetFromRows(rows: string[][]): { ok: true; preset: Preset } | { ok: false; errors: string[] } {
  const clean = rows.map((r) => r.map((c) => c.trim()));
  const headerAt = clean.findIndex((r) => r[0] === STEP_HEADER[0]);
  if (headerAt < 0)
    return { ok: false, errors: [`Baris judul tabel langkah ("${STEP_HEADER[0]}", …) tidak ditemukan.`] };
  const errors: string[] = [];
  const draft: Draft = { roles: [], steps: [], requiredDocumentation: [] };
  readMeta(clean.slice(0, headerAt), draft, errors);
  readSteps(clean.slice(headerAt + 1), headerAt + 1, draft, errors);
  return errors.length > 0 ? { ok: false, errors } : validatePreset(draft);
}
