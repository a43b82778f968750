/**
 * An SOP preset is data: roles, ordered steps, actions and the effects they emit.
 * The engine (engine.ts) interprets it; app/ performs the effects through ports.
 */
import type { OfficeZone } from '../dates';

/** A role id used in presets and in the Pengguna sheet, e.g. 'kadis', 'kabid', 'subkoor'. */
export type RoleId = string;

/** Who performs a step: a role of the office, or the applicant ('pemohon'). */
export const APPLICANT_ROLE = 'pemohon';

/** The kinds of side effect an action can ask app/ to perform. */
export type EffectKind =
  | 'notify_role' // tell the next step's role there is a task (mail)
  | 'notify_applicant' // tell the applicant (mail + WhatsApp link); params.template names the message
  | 'reserve' // book host/room/operator on their calendars
  | 'release' // free the reservations (reject, cancel, full)
  | 'create_meeting' // create the Zoom meeting / Meet link
  | 'update_meeting' // move the meeting after a new time was agreed
  | 'cancel_meeting' // delete the meeting
  | 'send_link' // send the join link to the applicant (by H-1)
  | 'draft_letter' // make (or remake) the reply letter draft from the template
  | 'sign_letter' // number and sign the letter; PDF
  | 'send_letter' // mail the signed PDF to the applicant
  | 'ask_documentation' // ask the operator for minutes / photos / recording
  | 'make_report' // the execution report (laporan pelaksanaan) from its Docs template, as PDF
  | 'close'; // the request is finished

/** One effect emitted by the engine. `key` is unique per request and occurrence (idempotency). */
export interface Effect {
  kind: EffectKind;
  /** Idempotency key, e.g. 'VC-2026-0001:v3:create_meeting'. */
  key: string;
  params: Record<string, string>;
}

/** What an action needs the official to supply before it can run. */
export type ActionRequirement =
  'note' | 'operator' | 'alternative' | 'link' | 'host' | 'documentation' | 'srikandi_number' | 'test_time' | 'email';

/** An action offered at a step (one button in the sidebar). */
export interface ActionDef {
  /** Stable id, e.g. 'disposisi', 'setujui', 'tolak', 'kembalikan', 'jadwal_penuh'. */
  id: string;
  /** Button label in Indonesian. */
  label: string;
  /** Step the request moves to. */
  to: string;
  requires: ActionRequirement[];
  /** Effect kinds in the order app/ must perform them; params are static per action. */
  effects: Array<{ kind: EffectKind; params?: Record<string, string> }>;
  /** True for negative outcomes (tolak, kembalikan): the sidebar asks for confirmation. */
  negative?: boolean;
  /** True when the supplied `alternative` becomes the request's new date and times (an agreed new time). */
  appliesAlternative?: boolean;
  /**
   * A precondition, not an effect: before anything is performed, the schedule is checked under the lock
   * (resource calendars and the register) and the host/room assigned; a clash refuses the action.
   */
  checksSchedule?: boolean;
  /**
   * The documentation keys this action needs when it requires 'documentation' (Demak: 'disposisi' when
   * the operator is assigned, 'video' after recording); absent = the preset's requiredDocumentation.
   */
  documents?: string[];
}

/**
 * Where a step's clock starts when it is tied to the event rather than to the previous click:
 * `offsetMinutes` from the event's start or end (Demak "peralatan 2 Jam": 120 before the start).
 */
export interface StepClock {
  anchor: 'event_start' | 'event_end';
  offsetMinutes: number;
}

/** A deadline of its own against the event date (Bandung: the link "paling lambat 1 hari sebelum"). */
export interface StepDeadline {
  /** The step must be done before the end of this many days before the event day (1 = by H-1). */
  daysBeforeEvent: number;
  /** How the Rekap names it, e.g. 'Tautan terkirim paling lambat H-1'. */
  label: string;
}

/** One step of the SOP. */
export interface StepDef {
  id: string;
  /** Step label as the SOP words it (Indonesian). */
  label: string;
  /** Role that acts at this step; APPLICANT_ROLE for steps waiting on the applicant. */
  actor: RoleId;
  /**
   * Mutu Baku in minutes; null for "setiap saat" / "menyesuaikan" (no standard time). Counted in the
   * office's working time, unless the step has a `clock` tied to the event (then wall-clock minutes).
   */
  standardMinutes: number | null;
  /** Mutu Baku in working days instead of minutes (Tarakan "1 hari"); wins over standardMinutes. */
  standardDays?: number;
  /** The clock starts relative to the event, not when the step is entered (or later, if entered later). */
  clock?: StepClock;
  /** A deadline against the event date, tracked on its own in the Rekap. */
  deadline?: StepDeadline;
  /** Other roles that may act at this step besides `actor` (Singkawang: "Subkor ILE dan Tim TCMR"). */
  alsoActors?: RoleId[];
  /** Status label shown in the register while the request is at this step. */
  status: string;
  actions: ActionDef[];
  /** A terminal step ends the flow (Selesai, Ditolak, Dibatalkan): it offers no action. */
  terminal?: boolean;
  /** This step is where the schedule is decided: the authoritative clash check runs here. */
  decidesSchedule?: boolean;
}

/** A role of the preset. */
export interface RoleDef {
  id: RoleId;
  /** Indonesian name as the SOP calls it, e.g. 'Kepala Bidang Aplikasi dan Informatika'. */
  label: string;
}

/** A whole SOP preset. */
export interface Preset {
  /** e.g. '000-bandung' */
  id: string;
  version: number;
  /** e.g. 'Kota Bandung — Pengajuan Pembuatan Link Zoom Meeting' */
  name: string;
  /** IANA zone the office is in (Asia/Jakarta, Asia/Pontianak, Asia/Makassar, Asia/Jayapura). */
  timeZone: OfficeZone;
  /** Minimum lead time in days before the event (Bandung: 1 = H-1); fewer days' notice is warned. */
  minLeadDays: number;
  /** The SOP's own warning for a request sent exactly `minLeadDays` before the event (Bandung's PERINGATAN). */
  leadWarning?: string;
  roles: RoleDef[];
  /** Step a valid new request enters. */
  start: string;
  /** Step an invalid request enters (waiting for the applicant's revision). */
  revisionStep: string;
  steps: StepDef[];
  /** Documentation the preset requires before closing (Demak: notulen, foto). */
  requiredDocumentation: string[];
  /**
   * Mutu Baku of the applicant's own first step (filling in the form / writing the letter), in minutes.
   * Intake is not an engine step, so it is recorded here for recap totals (Tangerang: 3 of its 7 minutes).
   */
  intakeStandardMinutes?: number;
}

/** The person acting, as resolved on the server from Session + Pengguna (+ Plh). */
export interface Actor {
  email: string;
  name: string;
  /** Roles held directly. */
  roles: RoleId[];
  /** Roles held as Plh/Plt today, with the name of the official substituted. */
  delegated: Array<{ role: RoleId; forName: string }>;
  isAdmin: boolean;
}

/** Input an official supplies with an action. */
export interface ActionInput {
  note?: string;
  /** Email of the chosen operator. */
  operator?: string;
  /** Chosen host account name (override of the automatic choice). */
  host?: string;
  /** Alternative time proposal, local 'YYYY-MM-DD' / 'HH:MM'. */
  alternative?: { date: string; start: string; end: string };
  /** A meeting link pasted by the operator (platform 'lainnya'). */
  link?: string;
  documentation?: Record<string, string>;
  /** The letter's SRIKANDI number, as TU records it. */
  srikandiNumber?: string;
  /** The connection test, local 'YYYY-MM-DD' / 'HH:MM'. */
  testTime?: { date: string; time: string };
  /** The applicant's email, as TU adds it to a letter that came without one. */
  email?: string;
}

/** One history (Riwayat) entry as the engine describes it; app/ adds hashes and ids. */
export interface HistoryDraft {
  requestId: string;
  at: string;
  actorEmail: string;
  /** "Nama" or "Nama sebagai Plh Kepala Dinas" */
  actorLabel: string;
  action: string;
  fromStep: string;
  toStep: string;
  note: string;
  /** Minutes the request spent in fromStep, and that step's standard (null = none). */
  minutesTaken: number | null;
  standardMinutes: number | null;
}
