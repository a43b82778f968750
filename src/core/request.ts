/**
 * The video-conference request (permohonan) as the domain sees it.
 * Pure data: every time is an ISO-8601 string (UTC instant) or a local
 * calendar string ('YYYY-MM-DD', 'HH:MM') in the office's time zone.
 */

import { SHEET_CELL_MAX_CHARS } from './limits';

/** Meeting platforms an applicant can ask for. */
export type Platform = 'zoom' | 'meet' | 'lainnya';

/** Where a request came from: the FPVC Google Form or a letter (paper / SRIKANDI). */
export type RequestSource = 'form' | 'letter';

/** What the applicant asked for, after parsing (not yet validated). */
export interface RequestFields {
  applicantName: string;
  agency: string;
  position: string;
  email: string;
  /** Normalised to 62… when valid; otherwise as typed. */
  phone: string;
  letterNumber: string;
  /** 'YYYY-MM-DD' or '' */
  letterDate: string;
  srikandiNumber: string;
  title: string;
  /** 'YYYY-MM-DD' in the office's time zone, or '' when unreadable. */
  eventDate: string;
  /** 'HH:MM' (24 h) in the office's time zone, or ''. */
  startTime: string;
  endTime: string;
  platform: Platform | '';
  participants: number | null;
  needsRoom: boolean;
  needsOperator: boolean;
  needsRecording: boolean;
  notes: string;
}

/** Resources and meeting details filled in as the SOP proceeds. */
export interface RequestAssignments {
  /** Email of the assigned operator (a user in Pengguna). */
  operator: string;
  /** Name of the Zoom host account (Sumber Daya). */
  host: string;
  /** Name of the room (Sumber Daya). */
  room: string;
  /** Zoom meeting ID (64-bit, kept as a string) or Meet code. */
  meetingId: string;
  joinUrl: string;
  passcode: string;
  /** Reply-letter (surat balasan) number and link to its PDF, once made. */
  replyLetterNumber: string;
  replyLetterUrl: string;
  /** The connection test agreed with the applicant, local 'YYYY-MM-DD HH:MM' (Singkawang step 8), or ''. */
  testTime: string;
  /**
   * The other times offered to the applicant when theirs could not be served (the official's choice
   * first), local to the office; the applicant may accept one on their status page. [] when none.
   */
  offers: OfferedSlot[];
}

/** A time offered instead of the one asked for: local 'YYYY-MM-DD' and 'HH:MM'. */
export interface OfferedSlot {
  date: string;
  start: string;
  end: string;
}

/** One request: a row of the Register. */
export interface VcRequest extends RequestFields, RequestAssignments {
  /** 'VC-YYYY-NNNN' */
  id: string;
  /** ISO instant the request entered the register. */
  receivedAt: string;
  source: RequestSource;
  /** Identifies the raw form response (or letter entry) this row came from. */
  responseRef: string;
  /** Human status label (Indonesian), derived from the step. */
  status: string;
  presetId: string;
  presetVersion: number;
  /** Current SOP step id. */
  stepId: string;
  /** ISO instant the request entered its current step (for Mutu Baku). */
  stepSince: string;
  /** Row version: increases by one on every accepted action. */
  version: number;
  /** Indonesian warnings that do not block processing (lead time, clash…). */
  warnings: string[];
  /** Indonesian reasons the request is invalid (status Perlu Perbaikan). */
  problems: string[];
  /** Last note written by an official (reason for rejection, disposition note…). */
  note: string;
  /** Form edit link for revisions, when known. */
  editUrl: string;
  /** Effects emitted but not yet performed: 'kind|key' entries, shown to officials and retried. */
  pending: string[];
  /** Where its Riwayat rows are (core/trail.ts), so its history is read without scanning Riwayat. */
  trail?: string;
  /** What the hourly run already did for it ('h1', 'rapat_berakhir', 'rekaman'): done once. */
  marks?: string[];
}

/** An empty assignments record. */
export function emptyAssignments(): RequestAssignments {
  return {
    operator: '',
    host: '',
    room: '',
    meetingId: '',
    joinUrl: '',
    passcode: '',
    replyLetterNumber: '',
    replyLetterUrl: '',
    testTime: '',
    offers: [],
  };
}

/** 'YYYY-MM-DD HH:MM-HH:MM', how an offer is kept in one line of the Register. */
export function offerLine(s: OfferedSlot): string {
  return `${s.date} ${s.start}-${s.end}`;
}

/** The offers kept one per line ('YYYY-MM-DD HH:MM-HH:MM'); unreadable lines are left out. */
export function parseOffers(text: string): OfferedSlot[] {
  return text
    .split('\n')
    .map((line) => /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ date: m[1], start: m[2], end: m[3] }));
}

/** Indonesian labels of the platforms, for people. */
export const PLATFORM_LABELS: Record<Platform, string> = {
  zoom: 'Zoom',
  meet: 'Google Meet',
  lainnya: 'Lainnya',
};

/**
 * Null when every field of `r` fits in one Sheets cell (lists are stored one item a line; a text gets
 * a leading apostrophe); otherwise the Indonesian refusal. Checked before a row is written, so an
 * over-long value refuses the action instead of failing halfway.
 */
export function cellSizeProblem(r: VcRequest): string | null {
  const texts = Object.values(r).map((v) => (Array.isArray(v) ? v.join('\n') : String(v ?? '')));
  const longest = Math.max(...texts.map((t) => t.length + 1));
  if (longest <= SHEET_CELL_MAX_CHARS) return null;
  return `Data permohonan ${r.id} terlalu panjang untuk satu sel Sheets (${longest} karakter, paling banyak ${SHEET_CELL_MAX_CHARS}); tidak ada yang diubah. Persingkat catatan, atau minta admin memeriksa baris Register-nya.`;
}
