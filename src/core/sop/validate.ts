/**
 * Validation of a preset (a seed, or an office's own copy edited in the 'Alur SOP' sheet):
 * one clear Indonesian error per mistake, so a broken preset is refused before it can half-run.
 */
import { APPLICANT_ROLE } from './types';
import type { Preset } from './types';
import { isEffectKind, isRequirement, RESUBMIT_ACTION } from './vocabulary';
import { checkGraph } from './graph';
import { isOfficeZone, OFFICE_ZONES } from '../dates';
import { OPERATOR_ROLE } from '../users';

type Rec = Record<string, unknown>;

function isRec(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

function isCount(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function checkMeta(p: Rec, errors: string[]): void {
  if (!text(p.id)) errors.push('ID alur SOP belum diisi.');
  if (!isCount(p.version) || p.version === 0) errors.push('Versi alur SOP harus bilangan bulat 1 atau lebih.');
  if (!text(p.name)) errors.push('Nama alur SOP belum diisi.');
  if (!text(p.timeZone)) errors.push('Zona waktu belum diisi (misalnya Asia/Jakarta).');
  else if (!isOfficeZone(String(p.timeZone)))
    errors.push(`Zona waktu "${text(p.timeZone)}" tidak dikenal; pilih ${OFFICE_ZONES.join(', ')}.`);
  if (!isCount(p.minLeadDays)) errors.push('Minimal hari sebelum acara harus bilangan bulat 0 atau lebih.');
  const docs = p.requiredDocumentation;
  if (!Array.isArray(docs) || docs.some((d) => !text(d)))
    errors.push('Dokumentasi wajib harus berupa daftar nama dokumen (boleh kosong).');
  const intake = p.intakeStandardMinutes;
  if (intake !== undefined && (typeof intake !== 'number' || !Number.isFinite(intake) || intake < 0)) {
    errors.push('Mutu Baku pengajuan harus berupa angka menit 0 atau lebih.');
  }
  if (p.leadWarning !== undefined && !text(p.leadWarning)) errors.push('Peringatan batas hari kosong; hapus barisnya.');
}

function checkRoles(p: Rec, errors: string[]): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(p.roles) || p.roles.length === 0) {
    errors.push('Daftar peran kosong: tambahkan minimal satu peran.');
    return ids;
  }
  for (const role of p.roles) {
    const id = isRec(role) ? text(role.id) : '';
    if (!id) errors.push('Ada peran tanpa ID.');
    else if (ids.has(id)) errors.push(`ID peran "${id}" dipakai lebih dari sekali.`);
    else if (id === APPLICANT_ROLE)
      errors.push(`"${APPLICANT_ROLE}" sudah disediakan untuk pemohon; jangan didaftarkan sebagai peran.`);
    if (id && isRec(role) && !text(role.label)) errors.push(`Peran "${id}": nama peran kosong.`);
    if (id) ids.add(id);
  }
  return ids;
}

function checkMinutes(where: string, v: unknown, errors: string[]): void {
  if (v === null) return;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
    errors.push(`${where}: Mutu Baku harus berupa angka menit 0 atau lebih, atau kosong untuk "setiap saat".`);
  }
}

/** The optional timing and sharing fields of a step: working days, event clock, deadline, shared roles. */
function checkTiming(where: string, s: Rec, roles: Set<string>, errors: string[]): void {
  const days = s.standardDays;
  if (days !== undefined && (typeof days !== 'number' || !Number.isFinite(days) || days <= 0))
    errors.push(`${where}: Mutu Baku dalam hari harus angka lebih dari 0, misalnya "1 hari".`);
  const clock = s.clock;
  if (
    clock !== undefined &&
    (!isRec(clock) ||
      (clock.anchor !== 'event_start' && clock.anchor !== 'event_end') ||
      !Number.isInteger(clock.offsetMinutes))
  )
    errors.push(
      `${where}: Patokan Waktu harus mulai_acara atau selesai_acara, boleh dengan menit, misalnya mulai_acara-120.`,
    );
  const deadline = s.deadline;
  if (
    deadline !== undefined &&
    (!isRec(deadline) || !isCount(deadline.daysBeforeEvent) || deadline.daysBeforeEvent === 0 || !text(deadline.label))
  )
    errors.push(
      `${where}: Tenggat harus H-1 atau lebih, dengan nama, misalnya "H-1: Link terkirim paling lambat H-1".`,
    );
  const also = s.alsoActors;
  if (also !== undefined && (!Array.isArray(also) || also.length === 0))
    errors.push(`${where}: daftar pelaksana tambahan tidak terbaca.`);
  else
    for (const role of (also ?? []) as unknown[])
      if (typeof role !== 'string' || !roles.has(role))
        errors.push(`${where}: pelaksana "${String(role)}" bukan peran yang terdaftar.`);
}

function checkEffects(where: string, effects: unknown, errors: string[]): void {
  if (!Array.isArray(effects)) {
    errors.push(`${where}: daftar efek tidak terbaca.`);
    return;
  }
  for (const e of effects) {
    const kind = isRec(e) ? e.kind : e;
    if (!isEffectKind(kind)) errors.push(`${where}: efek "${String(kind)}" tidak dikenal.`);
    else if (
      isRec(e) &&
      e.params !== undefined &&
      (!isRec(e.params) || Object.values(e.params).some((v) => typeof v !== 'string'))
    ) {
      errors.push(`${where}: parameter efek "${kind}" harus berupa pasangan nama=nilai.`);
    }
  }
}

function checkRequires(where: string, requires: unknown, roles: Set<string>, errors: string[]): void {
  if (!Array.isArray(requires)) {
    errors.push(`${where}: daftar isian wajib tidak terbaca.`);
    return;
  }
  for (const r of requires.filter((r) => !isRequirement(r)))
    errors.push(`${where}: isian wajib "${String(r)}" tidak dikenal.`);
  if (requires.includes('operator') && !roles.has(OPERATOR_ROLE))
    errors.push(
      `${where}: meminta operator, tetapi peran "${OPERATOR_ROLE}" tidak terdaftar; operator dipilih dari pemegang peran itu.`,
    );
}

type Known = { stepIds: Set<string>; roles: Set<string> };

function checkAction(stepId: string, a: unknown, known: Known, seen: Set<string>, errors: string[]): void {
  if (!isRec(a) || !text(a.id)) {
    errors.push(`Langkah "${stepId}": ada tindakan tanpa ID.`);
    return;
  }
  const id = text(a.id);
  const where = `Langkah "${stepId}", tindakan "${id}"`;
  if (seen.has(id)) errors.push(`Langkah "${stepId}": tindakan "${id}" tercantum lebih dari sekali.`);
  seen.add(id);
  if (!text(a.label)) errors.push(`${where}: nama tindakan kosong.`);
  if (!text(a.to)) errors.push(`${where}: langkah tujuan belum diisi.`);
  else if (!known.stepIds.has(text(a.to))) errors.push(`${where}: menuju langkah "${text(a.to)}" yang tidak ada.`);
  checkRequires(where, a.requires, known.roles, errors);
  if (a.documents !== undefined && (!Array.isArray(a.documents) || a.documents.some((d) => !text(d))))
    errors.push(`${where}: daftar dokumen yang diminta harus berisi nama dokumen.`);
  checkEffects(where, a.effects, errors);
}

function checkStep(s: Rec, roles: Set<string>, stepIds: Set<string>, errors: string[]): void {
  const id = text(s.id);
  const where = `Langkah "${id}"`;
  if (!text(s.label)) errors.push(`${where}: nama langkah kosong.`);
  if (!text(s.status)) errors.push(`${where}: status belum diisi.`);
  const actor = text(s.actor);
  if (!actor) errors.push(`${where}: pelaksana belum diisi.`);
  else if (actor !== APPLICANT_ROLE && !roles.has(actor))
    errors.push(`${where}: pelaksana "${actor}" bukan peran yang terdaftar.`);
  checkMinutes(where, s.standardMinutes, errors);
  checkTiming(where, s, roles, errors);
  if (!Array.isArray(s.actions)) {
    errors.push(`${where}: daftar tindakan tidak terbaca.`);
    return;
  }
  if (s.terminal === true && s.actions.length > 0)
    errors.push(`${where} adalah langkah akhir tetapi masih punya tindakan.`);
  if (s.terminal !== true && s.actions.length === 0)
    errors.push(`${where} bukan langkah akhir tetapi tidak punya tindakan (tidak ada jalan keluar).`);
  const seen = new Set<string>();
  for (const a of s.actions) checkAction(id, a, { stepIds, roles }, seen, errors);
}

function collectStepIds(steps: unknown[], errors: string[]): Set<string> {
  const ids = new Set<string>();
  for (const s of steps) {
    const id = isRec(s) ? text(s.id) : '';
    if (!id) errors.push('Ada langkah tanpa ID.');
    else if (ids.has(id)) errors.push(`ID langkah "${id}" dipakai lebih dari sekali.`);
    else ids.add(id);
  }
  return ids;
}

function checkEntry(p: Rec, steps: Rec[], errors: string[]): void {
  const byId = new Map(steps.map((s) => [text(s.id), s]));
  const start = text(p.start);
  if (!start) errors.push('Langkah awal belum diisi.');
  else if (!byId.has(start)) errors.push(`Langkah awal "${start}" tidak ada.`);
  else if (byId.get(start)?.terminal === true) errors.push(`Langkah awal "${start}" tidak boleh langkah akhir.`);
  const rev = text(p.revisionStep);
  const revStep = byId.get(rev);
  if (!rev) errors.push('Langkah perbaikan belum diisi.');
  else if (!revStep) errors.push(`Langkah perbaikan "${rev}" tidak ada.`);
  else if (!Array.isArray(revStep.actions) || !revStep.actions.some((a) => isRec(a) && a.id === RESUBMIT_ACTION)) {
    errors.push(`Langkah perbaikan "${rev}" harus punya tindakan "${RESUBMIT_ACTION}" untuk pengajuan ulang pemohon.`);
  }
}

/**
 * Checks that `p` is a runnable preset. Returns it typed, or every mistake found, each as one
 * Indonesian sentence naming the step/action concerned. Reachability and dead ends are checked
 * only once references are sound, so one typo yields one error.
 */
export function validatePreset(p: unknown): { ok: true; preset: Preset } | { ok: false; errors: string[] } {
  if (!isRec(p)) return { ok: false, errors: ['Alur SOP kosong atau tidak terbaca.'] };
  const errors: string[] = [];
  checkMeta(p, errors);
  const roles = checkRoles(p, errors);
  if (!Array.isArray(p.steps) || p.steps.length === 0)
    return { ok: false, errors: [...errors, 'Alur SOP belum punya langkah.'] };
  const stepIds = collectStepIds(p.steps, errors);
  const steps = p.steps.filter(isRec);
  for (const s of steps.filter((s) => text(s.id))) checkStep(s, roles, stepIds, errors);
  checkEntry(p, steps, errors);
  if (errors.length === 0) errors.push(...checkGraph(p as unknown as Preset));
  return errors.length === 0 ? { ok: true, preset: p as unknown as Preset } : { ok: false, errors };
}
