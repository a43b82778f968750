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
}

/** A step that ran past its Mutu Baku, for the daily digest. */
export interface OverdueItem {
  requestId: string;
  stepLabel: string;
  roleLabel: string;
  /** Minutes past the standard time (positive). */
  lateMinutes: number;
}

/** Input of each template, by template name. */
export interface MessageInputs {
  diterima: ApplicantBase & { warnings: string[]; statusUrl: string };
  perbaikan: ApplicantBase & { reasons: string[]; editUrl: string };
  ditolak: ApplicantBase & { reason: string };
  dibatalkan: ApplicantBase & { reason: string };
  jadwal_penuh: ApplicantBase & { reason: string; alternatives: Slot[] };
  alternatif: ApplicantBase & { alternatives: Slot[]; note: string };
  /** Approved; `meeting` is null when the link will follow in a separate message. */
  disetujui: ApplicantBase & { meeting: MeetingAccess | null };
  tautan: ApplicantBase & { meeting: MeetingAccess };
  pengingat_h1: ApplicantBase & { meeting: MeetingAccess | null };
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
    spreadsheetUrl: string;
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
  ringkasan_terlambat: {
    /** 'YYYY-MM-DD' the digest is for. */
    date: string;
    items: OverdueItem[];
    spreadsheetUrl: string;
    officeName: string;
  };
}

/** Every template name. */
export type MessageTemplate = keyof MessageInputs;

/** The templates for officials; every other one is for the applicant. */
export type OfficialTemplate = 'tugas_baru' | 'ringkasan_terlambat' | 'dibatalkan_petugas' | 'minta_dokumentasi';
