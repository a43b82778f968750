/**
 * The typed, JSON-safe contract between the sidebar (src/ui) and the server
 * functions in src/main.ts. Only plain data crosses: ISO strings, never Date.
 * Every server function returns a Result; errors are Indonesian text for people.
 */

import type { ActionInput, ActionRequirement } from '../core/sop/types';

export { FIELD_MAX_CHARS, NOTE_MAX_CHARS } from '../core/limits';
export { LETTER_NUMBER_FIELDS, LETTER_REQUIRED_FIELDS } from '../core/intake/letter-fields';
export { MEETING_LINK_MAX_CHARS } from '../core/meeting-link';

/** A server answer: the value, or an Indonesian error message to show in place. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Who is calling, as the server resolved it. */
export interface MeDto {
  email: string;
  name: string;
  /** Role labels held directly, e.g. ['Kepala Dinas']. */
  roles: string[];
  /** "Plh Kepala Bidang (untuk Budi)" entries active today. */
  delegations: string[];
  isAdmin: boolean;
}

/** Office context shown in the sidebar header. */
export interface OfficeDto {
  name: string;
  timeZone: string;
  /** WIB / WITA / WIT */
  zone: string;
  presetName: string;
}

/** One waiting request in "Tugas saya". */
export interface TaskDto {
  id: string;
  title: string;
  agency: string;
  /** e.g. 'Senin, 5 Januari 2026 · 09.00–11.00 WIB' */
  eventLabel: string;
  stepLabel: string;
  status: string;
  /** ISO instant the request entered its current step. */
  since: string;
  /** Minutes left against the step's standard time; negative when overdue; null = no standard. */
  minutesLeft: number | null;
  overdue: boolean;
  version: number;
  /** A sentence when the event overlaps other running requests; '' when none. */
  clash: string;
  /** The event passed without the request being handled: it belongs to the "Terlewat" group. */
  missed: boolean;
}

/** What the sidebar loads first. `problem` is set when the office setup is broken (e.g. a bad preset). */
export interface SidebarStateDto {
  me: MeDto;
  office: OfficeDto;
  tasks: TaskDto[];
  problem: string | null;
}

/** An action button at the current step, for this caller. */
export interface ActionDto {
  id: string;
  label: string;
  requires: ActionRequirement[];
  negative: boolean;
  /** The documentation keys the action needs ('notulen', 'video', …); [] = any (or none asked). */
  documents?: string[];
  /** A question the official confirms before the action runs (Selesai before the meeting has happened). */
  confirm?: string;
}

/** One entry of the request's timeline (Riwayat). */
export interface TimelineEntryDto {
  at: string;
  /** e.g. '5 Januari 2026 pukul 09.00 WIB' */
  atLabel: string;
  actorLabel: string;
  action: string;
  fromStep: string;
  toStep: string;
  note: string;
  minutesTaken: number | null;
  standardMinutes: number | null;
  /** true/false against Mutu Baku; null when the step has no standard time. */
  withinStandard: boolean | null;
  /** What happened as a short Indonesian sentence ('Budi mendisposisikan permohonan ke Kepala Bidang.'). */
  sentence: string;
  /** The status the request moved to with this entry ('' when it did not move). */
  movedTo: string;
}

/** A labelled field of the request, already formatted for people. */
export interface FieldDto {
  label: string;
  value: string;
}

/** A click-to-chat WhatsApp link with the message it carries. */
export interface WhatsAppLinkDto {
  label: string;
  url: string;
}

/** Everything the detail view shows. */
export interface RequestDetailDto {
  id: string;
  title: string;
  status: string;
  stepLabel: string;
  version: number;
  fields: FieldDto[];
  warnings: string[];
  problems: string[];
  actions: ActionDto[];
  timeline: TimelineEntryDto[];
  /** Operators to choose from when an action requires one. */
  operators: Array<{ email: string; name: string }>;
  /** Host accounts an official may choose (override); empty when not relevant. */
  hosts: string[];
  whatsapp: WhatsAppLinkDto[];
  /** Effects recorded as pending (not yet performed), in Indonesian. */
  pending: string[];
  /**
   * Where one of the caller's actions checks the schedule: what is already booked on the request's
   * day, one line each ('09.00–11.30 WIB · VC-2026-0002 · Zoom Kominfo 1'); absent otherwise.
   */
  daySchedule?: string[];
}

/** The sidebar sends this to perform one SOP step. */
export interface ActionRequestDto {
  requestId: string;
  action: string;
  /** The version the sidebar showed; a mismatch is refused as stale. */
  expectedVersion: number;
  input: ActionInput;
}

/** The answer to an action: a message and the refreshed detail. */
export interface ActionResultDto {
  message: string;
  detail: RequestDetailDto;
}

/** A paper / SRIKANDI letter entered from the sidebar. Same fields as the form. */
export interface LetterRequestDto {
  applicantName: string;
  agency: string;
  position: string;
  email: string;
  phone: string;
  letterNumber: string;
  /** 'YYYY-MM-DD' */
  letterDate: string;
  srikandiNumber: string;
  title: string;
  /** 'YYYY-MM-DD' */
  eventDate: string;
  /** 'HH:MM' */
  startTime: string;
  endTime: string;
  /** 'Zoom' | 'Google Meet' | 'Lainnya' */
  platform: string;
  participants: string;
  needsRoom: boolean;
  needsOperator: boolean;
  needsRecording: boolean;
  notes: string;
}

/** The answer to an intake: the number given and what was found. */
export interface IntakeResultDto {
  id: string;
  status: string;
  warnings: string[];
  problems: string[];
}

/** A documentation file from the sidebar: its name, MIME type and bytes in base64 (a 'data:' URL prefix is allowed). */
export interface UploadFileDto {
  name: string;
  mimeType: string;
  base64: string;
}

/** A saved documentation file: its Drive link, to put in the documentation field. */
export interface UploadResultDto {
  name: string;
  url: string;
  sizeBytes: number;
}

/**
 * The server functions the sidebar may call (names are top-level functions in dist/Code.js).
 * The client wrapper is typed against this map.
 */
export interface ServerApi {
  getSidebarState(): Result<SidebarStateDto>;
  getRequestDetail(requestId: string): Result<RequestDetailDto>;
  performAction(req: ActionRequestDto): Result<ActionResultDto>;
  submitLetterRequest(letter: LetterRequestDto): Result<IntakeResultDto>;
}

/** The names of ServerApi, for tests that check every one is exported by the bundle. */
export const SERVER_API_NAMES: Array<keyof ServerApi> = [
  'getSidebarState',
  'getRequestDetail',
  'performAction',
  'submitLetterRequest',
];

/**
 * Sidebar-callable documentation upload. Kept apart from ServerApi until the sidebar
 * (and its fake server in test/browser) offers the upload; the bundle exposes it already.
 */
export interface DocumentationApi {
  uploadDocumentation(requestId: string, file: UploadFileDto): Result<UploadResultDto>;
}

/** The names of DocumentationApi (exposed by the bundle like SERVER_API_NAMES). */
export const DOCUMENTATION_API_NAMES: Array<keyof DocumentationApi> = ['uploadDocumentation'];
