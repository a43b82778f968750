/** A meeting slot in office-local terms, and whether it is usable at all. Pure. */
import { isLocalDate, isLocalTime, timeToMinutes, type OfficeZone } from './dates';

export interface ScheduleSettings {
  bufferMinutes: number;
  officeStart: string;
  officeEnd: string;
  timeZone: OfficeZone;
  /** Whether the office works on a local date (working days, holidays); default Monday–Friday. */
  isWorkingDay?: (date: string) => boolean;
}
export interface SlotTime {
  date: string;
  start: string;
  end: string;
}

/** Indonesian reasons the slot itself is unusable (bad date, bad time, end not after start); [] when fine. */
export function slotProblems(slot: SlotTime): string[] {
  const out: string[] = [];
  if (!isLocalDate(slot.date)) out.push(`Tanggal acara tidak valid: "${slot.date}".`);
  if (!isLocalTime(slot.start) || !isLocalTime(slot.end))
    out.push(`Jam acara tidak valid: "${slot.start}"–"${slot.end}".`);
  else if (timeToMinutes(slot.end) <= timeToMinutes(slot.start)) out.push('Jam selesai harus setelah jam mulai.');
  return out;
}
