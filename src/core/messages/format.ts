/** Small Indonesian formatters shared by messages and letters. */
import { isLocalDate, isLocalTime, type OfficeZone } from '../dates';
import { formatLongDate, formatTimeRange } from '../indonesian';
import { isZoomStartUrl } from '../meeting-link';
import { PLATFORM_LABELS } from '../request';
import type { Block } from './blocks';
import type { EventInfo, MeetingAccess, Slot } from './types';

/** 'Senin, 5 Januari 2026', or a plain note when the date is not a valid 'YYYY-MM-DD'. */
export function dateText(date: string): string {
  return isLocalDate(date) ? formatLongDate(date) : '(tanggal belum jelas)';
}

/** '09.00–11.00 WITA', or a plain note when a time is missing. */
export function timeText(start: string, end: string, tz: OfficeZone): string {
  return isLocalTime(start) && isLocalTime(end) ? formatTimeRange(start, end, tz) : '(jam belum jelas)';
}

/** 'Senin, 5 Januari 2026 pukul 09.00–11.00 WITA'. */
export function slotText(slot: Slot, tz: OfficeZone): string {
  return `${dateText(slot.date)} pukul ${timeText(slot.start, slot.end, tz)}`;
}

/** Rows describing the event: Kegiatan, Hari/Tanggal, Pukul. */
export function eventRows(event: EventInfo): Array<[string, string]> {
  return [
    ['Kegiatan', event.title || '-'],
    ['Hari/Tanggal', dateText(event.date)],
    ['Pukul', timeText(event.start, event.end, event.timeZone)],
  ];
}

/** '81234567890' → '812 3456 7890' (Zoom's grouping for 10–11 digit IDs); anything else as given. */
export function formatMeetingId(id: string): string {
  const digits = id.replace(/\s/g, '');
  if (/^\d{11}$/.test(digits)) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  if (/^\d{10}$/.test(digits)) return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
  return id.trim();
}

/**
 * Blocks telling a participant how to join. Throws (Indonesian) when the link is a host
 * start link: it must never be sent to anyone.
 */
export function meetingBlocks(meeting: MeetingAccess): Block[] {
  if (isZoomStartUrl(meeting.joinUrl)) {
    throw new Error(
      'Tautan yang akan dikirim adalah tautan host (start URL), bukan tautan peserta. Pesan tidak dibuat; gunakan join URL.',
    );
  }
  const rows: Array<[string, string]> = [];
  if (meeting.platform) rows.push(['Platform', PLATFORM_LABELS[meeting.platform]]);
  if (meeting.meetingId) rows.push(['ID Rapat', formatMeetingId(meeting.meetingId)]);
  if (meeting.passcode) rows.push(['Kode Sandi', meeting.passcode]);
  return [
    { kind: 'link', label: 'Tautan rapat', url: meeting.joinUrl },
    { kind: 'fields', rows },
  ];
}
