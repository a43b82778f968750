/**
 * The admin part of the sidebar contract: the settings wizard. Admins only;
 * every function checks that on the server. Zoom secrets go in, never out.
 */
import type { Result } from './rpc';

import type { FieldErrors, SettingsFieldsDto } from '../core/settings-form';

export type { FieldErrors, SettingsFieldsDto };

/** What the wizard shows. `zoomConfigured` says only whether credentials exist. */
export interface SettingsFormDto {
  fields: SettingsFieldsDto;
  presets: Array<{ id: string; name: string }>;
  timeZones: Array<{ id: string; label: string }>;
  zoomConfigured: boolean;
  users: { active: number; problems: string[] };
  resources: { summary: string; problems: string[] };
  /** How full the spreadsheet is and how many years remain at the current rate (once measured). */
  capacity?: string;
}

/** Server-to-Server OAuth app credentials from the Zoom Marketplace. */
export interface ZoomCredentialsDto {
  accountId: string;
  clientId: string;
  clientSecret: string;
}

/** Result of saving: a message, or field errors. */
export type SaveResultDto = { saved: true; message: string } | { saved: false; errors: FieldErrors };

/** Admin functions the sidebar may call. */
export interface AdminApi {
  getSettingsForm(): Result<SettingsFormDto>;
  saveSettings(fields: SettingsFieldsDto): Result<SaveResultDto>;
  saveZoomCredentials(creds: ZoomCredentialsDto): Result<SaveResultDto>;
  testZoomConnection(): Result<{ ok: boolean; message: string }>;
  runSetupFromPanel(): Result<{ lines: string[] }>;
}

/** Names of AdminApi (top-level functions in dist/Code.js). */
export const ADMIN_API_NAMES: Array<keyof AdminApi> = [
  'getSettingsForm',
  'saveSettings',
  'saveZoomCredentials',
  'testZoomConnection',
  'runSetupFromPanel',
];
