/**
 * "Periksa pemasangan", the engine's side: one part of the checklist per call, run as the office
 * account for an admin. Every line is tried on its own (one that throws becomes its own ✗ with
 * Google's or Zoom's words and stops no other), and everything a line creates is removed by
 * the probe that made it. Nothing here changes the data or the settings.
 */
import { addDays, localDate, toInstant } from '../core/dates';
import { CHECK_PARTS, failed, type CheckLine, type CheckPart } from '../core/check/types';
import { accountLine, formLine, ownershipLine, protectionLine, triggerLine } from '../core/check/setup-lines';
import { cellsLine, logLine, scopeLine } from '../core/check/usage-lines';
import {
  calendarLine,
  exportLine,
  letterLine,
  mailLine,
  webAppLine,
  zoomConnectionLine,
  zoomMeetingLine,
} from '../core/check/effect-lines';
import type { CheckPartDto, PanelFactsDto } from '../shared/check-rpc';
import type { Result } from '../shared/rpc';
import { asAdmin } from './guards';
import { checkZoom } from './zoom-check';
import { rawMessage } from './error-log';
import type { InstallProbes } from './install-probes';
import type { Deps } from './ports';

/** Errors of the last this many days count in the Log line. */
const LOG_DAYS = 7;
/** Test events and meetings go this far ahead, at night, where no request is booked. */
const TEST_DAYS_AHEAD = 400;

type Probe = [id: string, title: string, run: () => CheckLine | CheckLine[]];

/** Run one probe; a throw becomes that line's ✗ with the exact message. */
function safely([id, title, run]: Probe): CheckLine[] {
  try {
    const out = run();
    return Array.isArray(out) ? out : [out];
  } catch (error) {
    return [
      failed(id, title, 'Pemeriksaan ini berhenti karena kesalahan.', 'Kirim laporan ini ke pengelola Layanan Vicon.', [
        rawMessage(error),
      ]),
    ];
  }
}

function zoomHosts(deps: Deps): string[] {
  const users = deps.schedule ? Object.values(deps.schedule.inventory().zoomUsers) : [];
  return [...new Set(users.map((u) => u.trim()).filter(Boolean))];
}

/** The office-local test date: far ahead, so a test booking never meets a real one. */
function testDate(deps: Deps): string {
  return addDays(localDate(deps.clock.now(), deps.config.settings().settings.timeZone), TEST_DAYS_AHEAD);
}

function basics(deps: Deps, p: InstallProbes): Probe[] {
  const settings = () => deps.config.settings().settings;
  return [
    ['akun', 'Akun layanan', () => accountLine(p.account())],
    ['pemicu', 'Pemicu akun layanan', () => triggerLine(p.triggers().found, p.triggers().needs)],
    ['milik', 'Kepemilikan formulir, folder, templat, kalender', () => ownershipLine(p.ownership())],
    ['formulir', 'Formulir FPVC', () => formLine(p.form(settings().formResponders))],
    ['perlindungan', 'Sheet data terlindungi', () => protectionLine(p.protections())],
    [
      'izin-mesin',
      'Izin yang disetujui akun layanan',
      () => scopeLine('izin-mesin', 'akun layanan', p.neededScopes(), p.grants()),
    ],
    ['sel', 'Ruang spreadsheet', () => cellsLine({ ...p.cells(), now: deps.clock.now() })],
    [
      'log',
      'Kesalahan saat dipakai (sheet Log)',
      () => logLine(p.recentErrors(new Date(deps.clock.now().getTime() - LOG_DAYS * 86_400_000)), LOG_DAYS),
    ],
  ];
}

function effects(deps: Deps, p: InstallProbes, part: CheckPart, facts: PanelFactsDto): Probe[] {
  const zone = deps.config.settings().settings.timeZone;
  const date = testDate(deps);
  switch (part) {
    case 'mesin':
      return [['mesin', 'Aplikasi web mesin dan identitas petugas', () => webAppLine(p.webApp(facts.engineUrl))]];
    case 'kalender':
      return [
        [
          'kalender',
          'Kalender sumber daya',
          () => calendarLine(p.calendars(toInstant(date, '03:00', zone), toInstant(date, '03:05', zone))),
        ],
      ];
    case 'email':
      return [['email', 'Email dari akun layanan', () => mailLine(p.testMail(deps.identity.activeUserEmail()))]];
    case 'surat':
      return [['surat', 'Surat dari templat Google Dokumen', () => letterLine(p.letter())]];
    case 'ekspor':
      return [['ekspor', 'Ekspor Rekap (xlsx)', () => exportLine(p.exportEndpoint())]];
    default:
      return zoomProbes(deps, p, date);
  }
}

function zoomProbes(deps: Deps, p: InstallProbes, date: string): Probe[] {
  const hosts = zoomHosts(deps);
  const zone = deps.config.settings().settings.timeZone;
  if (hosts.length === 0)
    return [['zoom', 'Koneksi Zoom', () => zoomConnectionLine({ used: false, ok: true, message: '' })]];
  const connection: Probe = [
    'zoom',
    'Koneksi Zoom',
    () => zoomConnectionLine({ used: true, ...checkZoom({ ...deps, state: undefined }, p) }),
  ];
  const meeting: Probe = [
    'zoom-waktu',
    'Rapat Zoom pada jam kantor',
    () => {
      const expected = toInstant(date, '10:00', zone);
      return zoomMeetingLine({ zone, expected, ...p.zoomTestMeeting(hosts[0], date, zone) });
    },
  ];
  return [connection, meeting];
}

function isPart(part: unknown): part is CheckPart {
  return (CHECK_PARTS as readonly string[]).includes(String(part));
}

/** Run `part` of the check for the calling admin; 'dasar' also answers the engine's meta for the report. */
export function checkInstallationPart(
  deps: Deps,
  probes: InstallProbes,
  part: unknown,
  facts: unknown,
): Result<CheckPartDto> {
  return asAdmin<CheckPartDto>(deps, () => {
    if (!isPart(part)) return { ok: false, error: 'Bagian pemeriksaan tidak dikenal.' };
    const panel = (facts && typeof facts === 'object' ? facts : {}) as PanelFactsDto;
    const list = part === 'dasar' ? basics(deps, probes) : effects(deps, probes, part, panel);
    const lines = list.flatMap(safely);
    if (part !== 'dasar') return { ok: true, value: { lines } };
    return {
      ok: true,
      value: { lines, meta: { ...probes.meta(), officeZone: deps.config.settings().settings.timeZone } },
    };
  });
}
