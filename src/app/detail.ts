/**
 * The request detail the sidebar shows: fields, timeline with SLA per step,
 * the caller's actions at the current step, pending effects and WhatsApp links.
 */
import { formatDateTime } from '../core/indonesian';
import type { HistoryRecord } from '../core/history';
import { PLATFORM_LABELS, type VcRequest } from '../core/request';
import { actionsFor, stepOf } from '../core/sop/engine';
import type { Actor, Preset } from '../core/sop/types';
import { holdersOf } from '../core/users';
import { localDate, type OfficeZone } from '../core/dates';
import type { FieldDto, RequestDetailDto, TimelineEntryDto } from '../shared/rpc';
import { pendingView } from './blocked';
import { eventLabel } from './tasks';
import { whatsappLinks } from './delivery';
import type { Deps } from './ports';

const yesNo = (b: boolean) => (b ? 'Ya' : 'Tidak');

function fieldsOf(r: VcRequest, tz: OfficeZone): FieldDto[] {
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
  return rows.filter(([, v]) => v !== '').map(([label, value]) => ({ label, value }));
}

function timelineOf(records: HistoryRecord[], preset: Preset | null, tz: OfficeZone): TimelineEntryDto[] {
  const label = (id: string) => (preset && stepOf(preset, id)?.label) || id;
  return records.map((h) => ({
    at: h.at,
    atLabel: formatDateTime(new Date(h.at), tz),
    actorLabel: h.actorLabel,
    action: h.action,
    fromStep: h.fromStep ? label(h.fromStep) : '',
    toStep: h.toStep ? label(h.toStep) : '',
    note: h.note,
    minutesTaken: h.minutesTaken,
    standardMinutes: h.standardMinutes,
    withinStandard:
      h.kind === 'aksi' && h.standardMinutes !== null && h.minutesTaken !== null
        ? h.minutesTaken <= h.standardMinutes
        : null,
  }));
}

/** The detail of `r` as `actor` sees it, with a WhatsApp link to the applicant when the number is valid. */
export function detailOf(
  deps: Pick<Deps, 'config' | 'clock'>,
  r: VcRequest,
  preset: Preset | null,
  actor: Actor,
  history: HistoryRecord[],
): RequestDetailDto {
  const settings = deps.config.settings().settings;
  const tz = settings.timeZone;
  const step = preset ? stepOf(preset, r.stepId) : undefined;
  const actions = preset ? actionsFor(r, preset, actor, { now: deps.clock.now(), zone: tz }) : [];
  const effects = pendingView(r);
  const needsOperator = actions.some((a) => a.requires.includes('operator'));
  const { users, delegations } = deps.config.users();
  const operators = needsOperator
    ? holdersOf('operator', users, delegations, localDate(deps.clock.now(), tz)).map((u) => ({
        email: u.email,
        name: u.name,
      }))
    : [];
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    stepLabel: step?.label ?? r.stepId,
    version: r.version,
    fields: fieldsOf(r, tz),
    warnings: r.warnings,
    problems: [...r.problems, ...effects.problems],
    actions: actions.map((a) => ({
      id: a.id,
      label: a.label,
      requires: a.requires,
      negative: a.negative === true,
      documents: a.requires.includes('documentation') ? (a.documents ?? preset?.requiredDocumentation ?? []) : [],
    })),
    timeline: timelineOf(history, preset, tz),
    operators,
    hosts: [],
    whatsapp: whatsappLinks(r, preset, settings),
    pending: effects.pending,
  };
}
