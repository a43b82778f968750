/**
 * The admin part of the sidebar contract: the settings wizard. Admins only;
 * every function checks that on the server. Zoom secrets go in, never out.
 */
import type { Result } from './rpc';

import type { FieldErrors, SettingsFieldsDto } from '../core/settings-form';
import type { PeopleSection } from '../core/people-fields';
import type { InstallCheckDto } from './check-rpc';

export type { FieldErrors, SettingsFieldsDto };

/** What the wizard shows. `zoomConfigured` says only whether credentials exist. */
export interface SettingsFormDto {
  fields: SettingsFieldsDto;
  /** The SOP presets to choose from, with the time zone each proposes ('' for the office's own copy). */
  presets: Array<{ id: string; name: string; timeZone: string }>;
  timeZones: Array<{ id: string; label: string }>;
  /** Who may answer the FPVC form (Pengaturan "formResponders"). */
  responderChoices: Array<{ id: string; label: string }>;
  zoomConfigured: boolean;
  users: { active: number; problems: string[] };
  resources: { summary: string; problems: string[] };
  /** How full the spreadsheet is and how many years remain at the current rate (once measured). */
  capacity?: string;
  /** The archive spreadsheets made so far ("Arsipkan tahun"), by year. */
  archives?: Array<{ year: number; url: string }>;
  /** The year "Arsipkan tahun" proposes: last year, office time. */
  archiveYear?: number;
}

/** Server-to-Server OAuth app credentials from the Zoom Marketplace. */
export interface ZoomCredentialsDto {
  accountId: string;
  clientId: string;
  clientSecret: string;
}

/** Result of saving: a message, or field errors. */
export type SaveResultDto = { saved: true; message: string } | { saved: false; errors: FieldErrors };

/** One field of a people/resources section, as the wizard renders it (options already resolved). */
export interface PeopleFieldDto {
  name: string;
  label: string;
  kind: 'text' | 'select' | 'check' | 'date';
  required: boolean;
  hint?: string;
  options?: Array<{ id: string; label: string }>;
}

/** One row of a section: its key, a line to show, and its values for the edit form. */
export interface PeopleRowDto {
  key: string;
  summary: string;
  active: boolean;
  values: Record<string, string>;
}

/** One section of the wizard (Pengguna, Plh, Sumber Daya). */
export interface PeopleSectionDto {
  id: PeopleSection;
  title: string;
  /** What the row button does: 'Nonaktifkan' (keeps the row) or 'Hapus' (Plh). */
  endLabel: string;
  fields: PeopleFieldDto[];
  rows: PeopleRowDto[];
}

/** Pengguna, Plh and Sumber Daya as the wizard shows them. */
export interface PeopleDto {
  sections: PeopleSectionDto[];
}

/** Save one row: `key` null adds a row; `remove` deletes it (Plh only). */
export interface PeopleSaveDto {
  section: PeopleSection;
  key: string | null;
  values: Record<string, string>;
  remove?: boolean;
}

/** The saved message and the sections as they are now, or field errors. */
export type PeopleSaveResultDto =
  { saved: true; message: string; people: PeopleDto } | { saved: false; errors: Record<string, string> };

/** Admin functions the sidebar may call. */
export interface AdminApi {
  getSettingsForm(): Result<SettingsFormDto>;
  saveSettings(fields: SettingsFieldsDto): Result<SaveResultDto>;
  saveZoomCredentials(creds: ZoomCredentialsDto): Result<SaveResultDto>;
  testZoomConnection(): Result<{ ok: boolean; message: string }>;
  runSetupFromPanel(): Result<{ lines: string[] }>;
  getPeople(): Result<PeopleDto>;
  savePeopleRow(dto: PeopleSaveDto): Result<PeopleSaveResultDto>;
  /** "Periksa pemasangan": the live checklist and its report. */
  runInstallCheck(): Result<InstallCheckDto>;
  /** "Arsipkan tahun": move a past year's ended requests to that year's archive spreadsheet. */
  archiveYear(year: number): Result<{ lines: string[] }>;
}

/** Names of AdminApi (top-level functions in dist/Code.js). */
export const ADMIN_API_NAMES: Array<keyof AdminApi> = [
  'getSettingsForm',
  'saveSettings',
  'saveZoomCredentials',
  'testZoomConnection',
  'runSetupFromPanel',
  'getPeople',
  'savePeopleRow',
  'runInstallCheck',
  'archiveYear',
];
