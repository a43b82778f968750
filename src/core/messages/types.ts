/**
 * What each message template needs. Inputs are plain data assembled by app/ from
 * the request, the settings and the effect's params.
 */
import type { OfficeZone } from '../dates';
import type { Platform } from '../request';

/** The event as the applicant asked for it (local date/times; '' when unknown). */
export interface EventInfo {
  title: string;
  /** 'YYYY-MM-DD' or '' */
  date: string;
  /** 'HH:MM' or '' */
  start: string;
  end: string;
  timeZone: OfficeZone;
}

/** An offered time slot (local to the event's zone). */
export interface Slot {
  date: string;
  start: string;
  end: string;
}

/**
 * What a participant needs to join. Deliberately has no field for the host's
 * start URL: that link logs anyone in as the host and must never leave the office.
 */
export interface MeetingAccess {
  platform: Platform | '';
  joinUrl: string;
  meetingId: string;
  passcode: string;
}

/** Fields every message to an applicant carries. */
export interface ApplicantBase {
  requestId: string;
  applicantName: string;
  event: EventInfo;
  officeName: string;
  /** The applicant's private status page ('' when the engine has no address yet). */
  statusUrl?: string;
  /** 'whatsapp' words the closing for a chat (no "balas email ini"); default 'mail'. */
  channel?: 'mail' | 'whatsapp';
}

/** A step that ran past its Mutu Baku, for the daily digest. */
export interface OverdueItem {
  requestId: string;
  stepLabel: string;
  roleLabel: string;
  /** Minutes past the standard time (positive). */
  lateMinutes: number;
  /** The recipient's own private link to the request at this step ('' or absent: none). */
  url?: string;
}

/** Input of each template, by template name. */
export interface MessageInputs {
  /** The receipt: what happens next, the office's standard time, warnings (short notice). */
  diterima: ApplicantBase & {
    warnings: string[];
    /** 'diperiksa oleh Kepala Dinas' — who looks at it next. */
    nextStep?: string;
    /** '40 menit' — the office's whole-service standard time, in working time. */
    standard?: string;
    /** True for the receipt of a correction (the applicant fixed what was asked). */
    correction?: boolean;
  };
  perbaikan: ApplicantBase & { reasons: string[]; editUrl: string };
  ditolak: ApplicantBase & { reason: string };
  /** `linkSent`: a meeting link had gone out (the mail then says it no longer works). */
  dibatalkan: ApplicantBase & { reason: string; linkSent?: boolean };
  jadwal_penuh: ApplicantBase & { reason: string; alternatives: Slot[] };
  alternatif: ApplicantBase & { alternatives: Slot[]; note: string };
  /** Approved; `meeting` is null when the link will follow in a separate message. */
  disetujui: ApplicantBase & { meeting: MeetingAccess | null };
  /** `room`: the room reserved for the event, named in the mail (Tangerang's ruang rapat). */
  tautan: ApplicantBase & { meeting: MeetingAccess; room?: string };
  pengingat_h1: ApplicantBase & { meeting: MeetingAccess | null; room?: string };
  /** The event moved to a new time (an agreed alternative, a reschedule). */
  jadwal_diubah: ApplicantBase & { meeting: MeetingAccess | null; room?: string };
  /** The request is finished. */
  selesai: ApplicantBase;
  /** Closed because its time passed before it could be handled. */
  tidak_terlaksana: ApplicantBase & { reason: string };
  /** An admin reopened a closed request: it goes on. */
  dilanjutkan: ApplicantBase & { reason: string };
  surat_terkirim: ApplicantBase & { letterNumber: string; attachmentName: string };
  dokumentasi_tersedia: ApplicantBase & { items: Array<{ label: string; url: string }> };
  tugas_baru: {
    requestId: string;
    recipientName: string;
    roleLabel: string;
    stepLabel: string;
    applicantName: string;
    agency: string;
    event: EventInfo;
    /** Opens the spreadsheet on the request's Register row (the panel then opens the request). */
    spreadsheetUrl: string;
    /** The recipient's own private link to act on this step from a phone ('' or absent: none). */
    phoneUrl?: string;
    /** The recipient's own private "Tugas saya" link ('' or absent: none). */
    tasksUrl?: string;
    /** Mutu Baku of the step in minutes; null = no standard time. */
    standardMinutes: number | null;
    officeName: string;
    /** Warnings the officials must see at once (too little notice before the event). */
    warnings?: string[];
  };
  /** To the officials concerned: the request they were handling was cancelled. */
  dibatalkan_petugas: {
    requestId: string;
    recipientName: string;
    stepLabel: string;
    applicantName: string;
    agency: string;
    event: EventInfo;
    reason: string;
    /** Who cancelled: an admin, or the applicant. */
    cancelledBy: string;
    officeName: string;
  };
  /** To the operator / role that documents the event: what to upload, and where. */
  minta_dokumentasi: {
    requestId: string;
    recipientName: string;
    stepLabel: string;
    event: EventInfo;
    /** Indonesian names of the documents asked for. */
    documents: string[];
    spreadsheetUrl: string;
    officeName: string;
  };
  /**
   * To TU (or the admins): a letter without the applicant's email; what the applicant must be told,
   * by telephone, WhatsApp or letter, since no mail can reach them.
   */
  tindak_lanjut_pemohon: {
    requestId: string;
    recipientName: string;
    applicantName: string;
    agency: string;
    phone: string;
    /** The message for the applicant, as text. */
    message: string;
    /** A click-to-chat link with the message, '' without a valid number. */
    whatsappUrl: string;
    spreadsheetUrl: string;
    officeName: string;
  };
  ringkasan_terlambat: {
    /** 'YYYY-MM-DD' the digest is for. */
    date: string;
    /** The official the digest goes to ('' : the role's holders together). */
    recipientName?: string;
    items: OverdueItem[];
    /** The recipient's own private "Tugas saya" link ('' or absent: none). */
    tasksUrl?: string;
    spreadsheetUrl: string;
    officeName: string;
  };
}

/** Every template name. */
export type MessageTemplate = keyof MessageInputs;

/** The templates for officials; every other one is for the applicant. */
export type OfficialTemplate =
  'tugas_baru' | 'ringkasan_terlambat' | 'dibatalkan_petugas' | 'minta_dokumentasi' | 'tindak_lanjut_pemohon';
