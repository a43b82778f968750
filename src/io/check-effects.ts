/**
 * The effects "Periksa pemasangan" tries for real as the office account, each undone in a
 * finally block before it returns: a test event per resource calendar, a test mail, a letter
 * PDF from a template, the Sheets export of a temporary spreadsheet, a Zoom test meeting.
 */
import type { CalendarProbe, ExportFacts, LetterFacts, MailFacts, ZoomMeetingFacts } from '../core/check/effect-lines';
import type { OfficeZone } from '../core/dates';
import { scanPlaceholders } from '../core/letter';
import type { Settings } from '../core/settings';
import { buildCreateMeetingBody } from '../core/zoom-payload';
import { rawMessage } from '../app/error-log';
import { exportPdf, renderDoc, ROOT_FOLDER_NAME, templateName } from './docs';
import { deleteFile, DOC_MIME, fileInfo, findLive, FOLDER_MIME } from './drive-files';
import { fetchExport } from './rekap-export';
import type { ResourceCalendar } from './check-setup';
import { createZoomClient } from './zoom';
import { parseZoomJson, zoomCallOnce } from './zoom-http';

/** The title of everything the check makes (so a person who sees a leftover knows what it is). */
export const CHECK_ITEM_NAME = 'Periksa pemasangan Layanan Vicon (dihapus otomatis)';

/** Every resource calendar: read, a test event in [start, end) made, then deleted and looked for again. */
export function probeCalendars(list: ResourceCalendar[], start: Date, end: Date): CalendarProbe[] {
  return list.map((c): CalendarProbe => {
    if (!c.calendarId) return { resource: c.resource, failedAt: 'id', raw: '' };
    const cal = CalendarApp.getCalendarById(c.calendarId);
    if (!cal)
      return { resource: c.resource, failedAt: 'baca', raw: `CalendarApp.getCalendarById: null (${c.calendarId})` };
    let event: GoogleAppsScript.Calendar.CalendarEvent | null = null;
    let failedAt: CalendarProbe['failedAt'] = 'baca';
    let raw = '';
    try {
      cal.getEvents(start, end);
      failedAt = 'buat';
      event = cal.createEvent(CHECK_ITEM_NAME, start, end);
      failedAt = null;
    } catch (error) {
      raw = rawMessage(error);
    } finally {
      if (event) {
        const id = event.getId();
        try {
          event.deleteEvent();
          if (cal.getEvents(start, end).some((e) => e.getId() === id)) failedAt = 'hapus';
        } catch (error) {
          failedAt = 'hapus';
          raw = rawMessage(error);
        }
      }
    }
    return { resource: c.resource, failedAt, raw };
  });
}

/** A test mail to `to`, from the office account; the quota left after it. */
export function probeMail(to: string, officeName: string): MailFacts {
  let sent = false;
  let raw = '';
  try {
    MailApp.sendEmail({
      to,
      subject: 'Layanan Vicon — email uji (Periksa pemasangan)',
      body: `Email ini dikirim oleh "Periksa pemasangan" Layanan Vicon dari akun layanan ${officeName}. Tidak perlu dibalas.`,
      name: officeName,
    });
    sent = true;
  } catch (error) {
    raw = rawMessage(error);
  }
  let quotaLeft: number | null = null;
  try {
    quotaLeft = MailApp.getRemainingDailyQuota();
  } catch {
    quotaLeft = null;
  }
  return { sent, quotaLeft, raw };
}

function templateOf(settings: Settings, folderId: string): string {
  const configured = settings.templateApproval.trim();
  const id = configured || findLive(templateName('persetujuan'), folderId, DOC_MIME)[0]?.id || '';
  const info = id ? fileInfo(id) : null;
  return info && !info.trashed && info.mimeType === DOC_MIME ? id : '';
}

/** The approval template copied and filled into the office folder, exported to PDF; both deleted. */
export function probeLetter(settings: Settings): LetterFacts {
  const folder = findLive(ROOT_FOLDER_NAME, null, FOLDER_MIME)[0];
  if (!folder) return { failedAt: 'folder', raw: '' };
  const templateId = templateOf(settings, folder.id);
  if (!templateId) return { failedAt: 'templat', raw: '' };
  const made: string[] = [];
  let facts: LetterFacts = { failedAt: 'salin', raw: '' };
  try {
    const names = scanPlaceholders(DocumentApp.openById(templateId).getBody().getText());
    const doc = renderDoc({
      templateId,
      folderId: folder.id,
      name: CHECK_ITEM_NAME,
      fields: Object.fromEntries(names.map((n) => [n, 'CONTOH'])),
    });
    made.push(doc.docId);
    facts = { failedAt: 'pdf', raw: '' };
    const pdf = exportPdf(doc.docId, folder.id, CHECK_ITEM_NAME);
    made.push(pdf.fileId);
    facts = pdf.blob.getContentType() === 'application/pdf' ? { failedAt: null, raw: '' } : facts;
  } catch (error) {
    facts = { ...facts, raw: rawMessage(error) };
  } finally {
    for (const id of made) {
      try {
        deleteFile(id);
      } catch (error) {
        facts = { failedAt: facts.failedAt ?? 'hapus', raw: facts.raw || rawMessage(error) };
      }
    }
  }
  return facts;
}

const textOf = (res: GoogleAppsScript.URL_Fetch.HTTPResponse): string =>
  res
    .getContentText()
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);

/** Sheets' xlsx export of a temporary one-cell spreadsheet with the engine's own token; the spreadsheet deleted. */
export function probeExport(): ExportFacts {
  const temp = SpreadsheetApp.create(`${CHECK_ITEM_NAME} — ekspor`);
  const facts: ExportFacts = { status: 0, isXlsx: false, removed: false, raw: '' };
  try {
    temp.getSheets()[0].getRange(1, 1).setValue('Periksa pemasangan');
    SpreadsheetApp.flush();
    const res = fetchExport(temp.getId(), 'format=xlsx', ScriptApp.getOAuthToken());
    facts.status = res.getResponseCode();
    const bytes = res.getBlob().getBytes();
    facts.isXlsx = bytes[0] === 0x50 && bytes[1] === 0x4b;
    if (facts.status !== 200) facts.raw = `HTTP ${facts.status}: ${textOf(res)}`;
  } catch (error) {
    facts.raw = rawMessage(error);
  } finally {
    try {
      deleteFile(temp.getId());
      facts.removed = true;
    } catch (error) {
      facts.raw = facts.raw || rawMessage(error);
    }
  }
  return facts;
}

/** A meeting on `host` for 10:00–10:30 on `date` in `zone`, read back, then deleted (its id kept, never searched for). */
export function probeZoomMeeting(
  host: string,
  date: string,
  zone: OfficeZone,
): Pick<ZoomMeetingFacts, 'got' | 'failedAt' | 'raw'> {
  const body = buildCreateMeetingBody(
    {
      requestId: 'PERIKSA-PEMASANGAN',
      title: CHECK_ITEM_NAME,
      agency: '',
      date,
      start: '10:00',
      end: '10:30',
      timeZone: zone,
      recording: false,
      alternativeHosts: [],
    },
    CHECK_ITEM_NAME,
  );
  let id = '';
  try {
    const made = parseZoomJson(zoomCallOnce('post', `/users/${encodeURIComponent(host)}/meetings`, body).text) as {
      id?: unknown;
    };
    id = String(made.id ?? '');
  } catch (error) {
    return { got: '', failedAt: 'buat', raw: rawMessage(error) };
  }
  const zoom = createZoomClient({ sleep: (ms) => Utilities.sleep(ms), maxElapsedMs: 10000 });
  let out: Pick<ZoomMeetingFacts, 'got' | 'failedAt' | 'raw'> = { got: '', failedAt: null, raw: '' };
  try {
    const read = zoom.getMeeting(id);
    out = read ? { ...out, got: read.startTime } : { ...out, failedAt: 'baca' };
  } catch (error) {
    out = { ...out, failedAt: 'baca', raw: rawMessage(error) };
  } finally {
    try {
      zoom.deleteMeeting(id);
    } catch (error) {
      out = { ...out, failedAt: out.failedAt ?? 'hapus', raw: out.raw || rawMessage(error) };
    }
  }
  return out;
}
