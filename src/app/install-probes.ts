/**
 * What "Periksa pemasangan" asks of the office account's Google and Zoom (src/io implements it
 * over the real services). Every probe that creates something removes it before it returns,
 * also when it fails; none writes the data sheets or the settings.
 */
import type { OfficeZone } from '../core/dates';
import type {
  AccountFacts,
  FormFacts,
  OwnedFact,
  ProtectionFact,
  TriggerFact,
  TriggerNeed,
} from '../core/check/setup-lines';
import type { CellFacts, GrantFacts, LogFact } from '../core/check/usage-lines';
import type {
  CalendarProbe,
  ExportFacts,
  LetterFacts,
  MailFacts,
  WebAppFacts,
  ZoomMeetingFacts,
} from '../core/check/effect-lines';
import type { FormResponders } from '../core/settings';
import type { EngineMetaDto } from '../shared/check-rpc';
import type { ZoomCheckPort } from './zoom-check';

/** The probes, run as the office account inside the engine. */
export interface InstallProbes extends ZoomCheckPort {
  account(): AccountFacts;
  triggers(): { found: TriggerFact[]; needs: TriggerNeed[] };
  ownership(): OwnedFact[];
  form(responders: FormResponders): FormFacts;
  protections(): ProtectionFact[];
  /** The scopes the engine's manifest asks for (baked in at build time). */
  neededScopes(): string[];
  grants(): GrantFacts;
  cells(): Omit<CellFacts, 'now'>;
  recentErrors(since: Date): LogFact[];
  /** The engine's version and the workbook's zone and locale (the office zone is added by the use case). */
  meta(): Omit<EngineMetaDto, 'officeZone'>;
  /** Ask the web app at `engineUrl`: doGet, then doPost with a forged identity token. */
  webApp(engineUrl: string): WebAppFacts;
  /** Every resource calendar: read, a test event in [start, end) made and deleted. */
  calendars(start: Date, end: Date): CalendarProbe[];
  /** A test mail to `to` from the office account. */
  testMail(to: string): MailFacts;
  /** A letter template copied, filled, exported to PDF in the office folder; both removed. */
  letter(): LetterFacts;
  /** The Sheets export endpoint on a temporary spreadsheet, removed after. */
  exportEndpoint(): ExportFacts;
  /** A meeting on `host` at 10:00 on `date` in `zone`, read back and deleted. */
  zoomTestMeeting(host: string, date: string, zone: OfficeZone): Pick<ZoomMeetingFacts, 'got' | 'failedAt' | 'raw'>;
}
