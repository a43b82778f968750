/**
 * The settings wizard's use cases. Admins only, checked on the server for
 * every call. Zoom credentials are stored, never returned; the connection test
 * reports plainly without echoing them.
 */
import { localDate, OFFICE_ZONES, zoneAbbrev } from '../core/dates';
import { settingsToFields, validateSettingsForm } from '../core/settings-form';
import { FORM_RESPONDERS, type FormResponders, type Settings } from '../core/settings';
import { PRESETS } from '../core/sop/presets';
import type {
  FieldErrors,
  SaveResultDto,
  SettingsFieldsDto,
  SettingsFormDto,
  ZoomCredentialsDto,
} from '../shared/admin-rpc';
import type { Result } from '../shared/rpc';
import { asAdmin } from './guards';
import { checkZoom, type ZoomCheckPort } from './zoom-check';
import { CUSTOM_PRESET_ID } from './preset';
import { capacityText } from '../core/capacity';
import type { Deps } from './ports';

/** What the wizard needs from the outside (and, for "Tes koneksi", from Zoom). */
export interface AdminPort extends ZoomCheckPort {
  writeSettings(settings: Settings): void;
  zoomConfigured(): boolean;
  saveZoomCredentials(creds: ZoomCredentialsDto): void;
  runSetup(): string[];
}

const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'Jakarta',
  'Asia/Pontianak': 'Pontianak',
  'Asia/Makassar': 'Makassar',
  'Asia/Jayapura': 'Jayapura',
};

const RESPONDER_LABELS: Record<FormResponders, string> = {
  semua: 'Siapa saja yang punya tautannya (pemohon dari luar kantor)',
  kantor: 'Hanya akun Google kantor',
};

/** Longest Client Secret taken (Zoom's are 32 characters; the room covers other formats). */
const ZOOM_SECRET_MAX_CHARS = 200;

function adminOnly<T>(deps: Deps, fn: () => Result<T>): Result<T> {
  return asAdmin(deps, () => fn());
}

/** How full the spreadsheet is, as last measured by the hourly run (core/capacity.ts). */
function capacitySummary(deps: Deps): string {
  const measured = deps.space?.measured();
  return measured ? capacityText(measured) : 'Kapasitas spreadsheet diukur oleh pemicu per jam; belum ada ukuran.';
}

function resourcesSummary(deps: Deps): SettingsFormDto['resources'] {
  if (!deps.schedule) return { summary: 'Sheet Sumber Daya belum ada; jalankan Siapkan.', problems: [] };
  const read = deps.schedule.inventory();
  const { hosts, rooms, operators } = read.inventory;
  return {
    summary: `${hosts.length} akun Zoom, ${rooms.length} ruang, ${operators.length} operator.`,
    problems: read.problems,
  };
}

/** The wizard's current values and context. */
export function settingsForm(deps: Deps, port: AdminPort): Result<SettingsFormDto> {
  return adminOnly(deps, () => {
    const { settings } = deps.config.settings();
    const users = deps.config.users();
    return {
      ok: true,
      value: {
        fields: settingsToFields(settings),
        presets: [
          ...PRESETS.map((p) => ({ id: p.id, name: p.name, timeZone: p.timeZone })),
          { id: CUSTOM_PRESET_ID, name: 'Alur kantor sendiri (sheet "Alur SOP")', timeZone: '' },
        ],
        timeZones: OFFICE_ZONES.map((z) => ({ id: z, label: `${zoneAbbrev(z)} — ${ZONE_NAMES[z]}` })),
        responderChoices: FORM_RESPONDERS.map((id) => ({ id, label: RESPONDER_LABELS[id] })),
        zoomConfigured: port.zoomConfigured(),
        users: { active: users.users.filter((u) => u.active).length, problems: users.problems },
        resources: resourcesSummary(deps),
        capacity: capacitySummary(deps),
        archives: deps.archive?.list() ?? [],
        archiveYear: Number(localDate(deps.clock.now(), settings.timeZone).slice(0, 4)) - 1,
      },
    };
  });
}

/** Validate and save the settings, then run Setup so the workbook follows them. */
export function saveSettings(deps: Deps, port: AdminPort, fields: SettingsFieldsDto): Result<SaveResultDto> {
  return adminOnly<SaveResultDto>(deps, () => {
    const presetIds = [...PRESETS.map((p) => p.id), CUSTOM_PRESET_ID];
    const checked = validateSettingsForm(fields, presetIds, deps.config.settings().settings);
    if (!checked.ok) return { ok: true, value: { saved: false, errors: checked.errors } };
    deps.lock.run(() => port.writeSettings(checked.settings));
    deps.config.invalidate();
    const lines = port.runSetup();
    return { ok: true, value: { saved: true, message: `Pengaturan disimpan. ${lines.join(' ')}` } };
  });
}

/** Store the Zoom Server-to-Server credentials (Script Properties); never echoed back. */
export function saveZoomCredentials(deps: Deps, port: AdminPort, creds: ZoomCredentialsDto): Result<SaveResultDto> {
  return adminOnly<SaveResultDto>(deps, () => {
    const errors: FieldErrors = {};
    const value = (k: keyof ZoomCredentialsDto) => String(creds?.[k] ?? '').trim();
    if (!/^[\w-]{5,100}$/.test(value('accountId'))) errors.accountId = 'Account ID Zoom tidak valid.';
    if (!/^[\w-]{5,100}$/.test(value('clientId'))) errors.clientId = 'Client ID Zoom tidak valid.';
    if (value('clientSecret').length < 8) errors.clientSecret = 'Client Secret Zoom terlalu pendek.';
    else if (value('clientSecret').length > ZOOM_SECRET_MAX_CHARS)
      errors.clientSecret = `Client Secret Zoom terlalu panjang (paling banyak ${ZOOM_SECRET_MAX_CHARS} karakter); salin lagi dari Zoom Marketplace.`;
    if (Object.keys(errors).length > 0) return { ok: true, value: { saved: false, errors } };
    port.saveZoomCredentials({
      accountId: value('accountId'),
      clientId: value('clientId'),
      clientSecret: value('clientSecret'),
    });
    return {
      ok: true,
      value: {
        saved: true,
        message: 'Kredensial Zoom disimpan di Properti Skrip. Gunakan "Tes koneksi" untuk memeriksanya.',
      },
    };
  });
}

/** "Tes koneksi": token, scopes and the hosts of Sumber Daya, checked against Zoom and reported plainly. */
export function testZoomConnection(deps: Deps, port: AdminPort): Result<{ ok: boolean; message: string }> {
  return adminOnly(deps, () => ({ ok: true, value: checkZoom(deps, port) }));
}
