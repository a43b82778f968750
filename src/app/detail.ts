/**
 * The request detail the sidebar shows: fields, timeline with SLA per step,
 * the caller's actions at the current step, pending effects and WhatsApp links.
 * The applicant's contacts and the meeting's access appear only for officials
 * whose step needs them (core/sop/disclosure); everywhere else they are hidden,
 * in the history and messages too.
 */
import { formatDateTime } from '../core/indonesian';
import type { HistoryRecord } from '../core/history';
import { PLATFORM_LABELS, type VcRequest } from '../core/request';
import { actionsFor, stepOf } from '../core/sop/engine';
import { awaitsFollowUp, FOLLOW_UP_STATUS } from '../core/sop/follow-up';
import { disclosureFor, type Disclosure } from '../core/sop/disclosure';
import { formatMeetingId } from '../core/messages/format';
import type { ActionDef, Actor, Preset } from '../core/sop/types';
import { calendarOf } from '../core/office-calendar';
import { forPlatform } from '../core/platform-words';
import { movedTo, officialLine } from '../core/story';
import { daySchedule } from './day-schedule';
import type { WorkCalendar } from '../core/working-time';
import { closingActions, finishingTooEarly } from './closings';
import { holdersOf } from '../core/users';
import { localDate, type OfficeZone } from '../core/dates';
import type { FieldDto, RequestDetailDto, TimelineEntryDto } from '../shared/rpc';
import { pendingView } from './blocked';
import { eventLabel } from './tasks';
import { whatsappLinks } from './delivery';
import type { Deps } from './ports';

const yesNo = (b: boolean) => (b ? 'Ya' : 'Tidak');

/** What a hidden value is shown as. */
const HIDDEN = '(disembunyikan)';
/** Values shorter than this are not searched for in free text (they would hide unrelated digits). */
const MIN_HIDDEN_CHARS = 4;

/** The texts `d` hides for `r`: contacts and/or the meeting's access, as stored and as printed. */
function hiddenValues(r: VcRequest, d: Disclosure): string[] {
  const contact = d.contact ? [] : [r.email, r.phone, r.phone.replace(/^62/, '0')];
  const meeting = d.meeting ? [] : [r.joinUrl, r.passcode, r.meetingId, formatMeetingId(r.meetingId)];
  return [...contact, ...meeting]
    .map((v) => v.trim())
    .filter((v) => v.length >= MIN_HIDDEN_CHARS)
    .sort((a, b) => b.length - a.length);
}

/** `text` with every hidden value (case-insensitive) replaced by HIDDEN. */
function redactor(hidden: string[]): (text: string) => string {
  return (text) =>
    hidden.reduce((t, v) => {
      let at = t.toLowerCase().indexOf(v.toLowerCase());
      while (at >= 0) {
        t = `${t.slice(0, at)}${HIDDEN}${t.slice(at + v.length)}`;
        at = t.toLowerCase().indexOf(v.toLowerCase(), at + HIDDEN.length);
      }
      return t;
    }, text);
}

const CONTACT_FIELDS = new Set(['Email', 'WhatsApp']);
const MEETING_FIELDS = new Set(['Tautan rapat', 'ID rapat', 'Kode sandi']);

function fieldsOf(r: VcRequest, tz: OfficeZone, d: Disclosure): FieldDto[] {
  const rows: Array<[string, string]> = [
    ['Kegiatan', r.title],
    ['Waktu', eventLabel(r, tz)],
    ['Instansi/OPD', r.agency],
    ['Pemohon', `${r.applicantName}${r.position ? `, ${r.position}` : ''}`],
    ['Email', r.email],
    ['WhatsApp', r.phone],
    ['Nomor surat', r.letterNumber],
    ['Nomor SRIKANDI', r.srikandiNumber],
    ['Platform', r.platform ? PLATFORM_LABELS[r.platform] : ''],
    ['Peserta', r.participants === null ? '' : String(r.participants)],
    [
      'Perlu ruang / operator / rekaman',
      `${yesNo(r.needsRoom)} / ${yesNo(r.needsOperator)} / ${yesNo(r.needsRecording)}`,
    ],
    ['Keterangan', r.notes],
    ['Operator', r.operator],
    ['Akun Zoom', r.host],
    ['Ruang', r.room],
    ['Uji koneksi', r.testTime],
    ['Tautan rapat', r.joinUrl],
    ['ID rapat', r.meetingId],
    ['Kode sandi', r.passcode],
    ['Surat balasan', r.replyLetterNumber],
    ['Catatan petugas', r.note],
  ];
  return rows
    .filter(
      ([label, v]) =>
        v !== '' && (d.contact || !CONTACT_FIELDS.has(label)) && (d.meeting || !MEETING_FIELDS.has(label)),
    )
    .map(([label, value]) => ({ label, value }));
}

function timelineOf(
  records: HistoryRecord[],
  preset: Preset | null,
  tz: OfficeZone,
  hide: (text: string) => string,
): TimelineEntryDto[] {
  const label = (id: string) => (preset && stepOf(preset, id)?.label) || id;
  return records.map((h) => ({
    at: h.at,
    atLabel: formatDateTime(new Date(h.at), tz),
    actorLabel: h.actorLabel,
    action: h.action,
    fromStep: h.fromStep ? label(h.fromStep) : '',
    toStep: h.toStep ? label(h.toStep) : '',
    note: hide(h.note),
    minutesTaken: h.minutesTaken,
    standardMinutes: h.standardMinutes,
    withinStandard:
      h.kind === 'aksi' && h.standardMinutes !== null && h.minutesTaken !== null
        ? h.minutesTaken <= h.standardMinutes
        : null,
    sentence: hide(officialLine(h, preset)),
    movedTo: movedTo(h, preset),
  }));
}

/**
 * The detail of `r` as `actor` sees it: contacts and the meeting's access only where disclosureFor
 * allows (hidden in fields, history, warnings and pending notes otherwise), and a WhatsApp link to
 * the applicant only for whoever may see the contacts (and the link, once there is one).
 */
export function detailOf(
  deps: Pick<Deps, 'config' | 'clock' | 'register'>,
  r: VcRequest,
  preset: Preset | null,
  actor: Actor,
  history: HistoryRecord[],
): RequestDetailDto {
  const settings = deps.config.settings().settings;
  const tz = settings.timeZone;
  const step = preset ? stepOf(preset, r.stepId) : undefined;
  const now = deps.clock.now();
  const cal = calendarOf(settings);
  const closings = { actor, now, cal, history: () => history };
  const actions = preset
    ? [...actionsFor(r, preset, actor, { now, zone: tz }), ...closingActions(r, preset, closings)]
    : [];
  const effects = pendingView(r);
  const seen = disclosureFor(r, preset, actor);
  const hide = redactor(hiddenValues(r, seen));
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    stepLabel:
      preset && awaitsFollowUp(r, preset) ? FOLLOW_UP_STATUS : forPlatform(step?.label ?? r.status, r.platform),
    version: r.version,
    fields: fieldsOf(r, tz, seen).map((f) => ({ ...f, value: hide(f.value) })),
    warnings: r.warnings.map(hide),
    problems: [...r.problems, ...effects.problems].map(hide),
    actions: actions.map((a) => ({
      id: a.id,
      label: forPlatform(a.label, r.platform),
      requires: a.requires,
      negative: a.negative === true,
      documents: a.requires.includes('documentation') ? (a.documents ?? preset?.requiredDocumentation ?? []) : [],
      ...confirmOf(r, a, now, cal),
    })),
    timeline: timelineOf(history, preset, tz, hide),
    operators: operatorsFor(deps, actions, tz),
    hosts: [],
    whatsapp: seen.contact && (seen.meeting || !r.joinUrl) ? whatsappLinks(r, preset, settings) : [],
    pending: effects.pending.map(hide),
    ...dayOf(deps, r, preset, actions, tz),
  };
}

/** The day's bookings when one of `actions` checks the schedule (see day-schedule.ts). */
function dayOf(
  deps: Pick<Deps, 'register'>,
  r: VcRequest,
  preset: Preset | null,
  actions: ActionDef[],
  tz: OfficeZone,
): { daySchedule?: string[] } {
  if (!preset || !actions.some((a) => a.checksSchedule)) return {};
  const ended = new Set(preset.steps.filter((s) => s.terminal).map((s) => s.status));
  const running = (o: VcRequest) => !ended.has(o.status);
  const lines = daySchedule(
    r,
    actions,
    deps.register.live().map((s) => s.request),
    running,
    tz,
  );
  return lines ? { daySchedule: lines } : {};
}

/** The confirmation a finishing action asks before the meeting has happened (nothing otherwise). */
function confirmOf(r: VcRequest, a: ActionDef, now: Date, cal: WorkCalendar): { confirm?: string } {
  const question = finishingTooEarly(r, a, now, cal);
  return question ? { confirm: question } : {};
}

/** Operators to choose from, when one of `actions` asks for one. */
function operatorsFor(
  deps: Pick<Deps, 'config' | 'clock'>,
  actions: ReturnType<typeof actionsFor>,
  tz: OfficeZone,
): Array<{ email: string; name: string }> {
  if (!actions.some((a) => a.requires.includes('operator'))) return [];
  const { users, delegations } = deps.config.users();
  return holdersOf('operator', users, delegations, localDate(deps.clock.now(), tz)).map((u) => ({
    email: u.email,
    name: u.name,
  }));
}
