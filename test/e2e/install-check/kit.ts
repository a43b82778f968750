/**
 * Helpers of the "Periksa pemasangan" proofs: run the check as the admin from the sidebar (the
 * built panel, forwarding each part to the built engine), read its lines, and take a footprint of
 * everything the check could leave behind (calendars and their live events, Drive, Zoom meetings,
 * forms, spreadsheets with every sheet's values, triggers, the engine's Script Properties).
 */
import { calendarStore } from '../../../dev/standin/calendar';
import { as } from '../../standin/helpers';
import { ADMIN, ok, type E2E } from '../world';
import type { CheckLine, InstallCheckDto } from '../../../src/shared/check-rpc';

/** Layanan Vicon › Pengaturan › Periksa pemasangan, clicked by `who`. */
export function runCheck(e: E2E, who = ADMIN): InstallCheckDto {
  e.as(who);
  return ok(e.app.callFromClient<{ ok: true; value: InstallCheckDto }>('runInstallCheck'));
}

/** The line `id` of a checklist (the test fails when it is missing). */
export function line(dto: InstallCheckDto, id: string): CheckLine {
  const found = dto.lines.find((l) => l.id === id);
  if (!found) throw new Error(`baris ${id} tidak ada: ${dto.lines.map((l) => l.id).join(', ')}`);
  return found;
}

/** The ids of the failed lines. */
export const failedIds = (dto: InstallCheckDto): string[] => dto.lines.filter((l) => !l.ok).map((l) => l.id);

/** Everything the check might create or change, as comparable text. */
export function footprint(e: E2E): Record<string, unknown> {
  const cal = calendarStore(e.ws.ctx);
  const book = (id: string) => {
    const ss = e.ws.ctx.spreadsheets.get(id)!;
    return ss.sheets.map((s) => [s.name, JSON.stringify(s.values)]);
  };
  return {
    calendars: [...cal.calendars.keys()].sort(),
    events: [...cal.events.values()]
      .filter((ev) => ev.status === 'confirmed')
      .map((ev) => `${ev.calendarId} ${ev.title} ${ev.start.toISOString()}`)
      .sort(),
    drive: [...e.ws.drive.items.values()].map((i) => `${i.name} ${i.mimeType} ${i.trashed}`).sort(),
    docs: e.ws.drive.docs.size,
    zoom: [...e.zoom.state.meetings.keys()].sort(),
    forms: [...e.ws.ctx.forms.keys()].sort(),
    spreadsheets: [...e.ws.ctx.spreadsheets.keys()].sort().map((id) => [id, book(id)]),
    triggers: e.ws.ctx.triggers.list.map((t) => `${t.projectId} ${t.handler} ${t.owner} ${t.sourceId ?? ''}`).sort(),
    engineProperties: e.engineProps().getProperties(),
  };
}

/** Runs `fn` as `email` in test code (outside any bundle), e.g. someone else making a calendar. */
export function asPerson<T>(e: E2E, email: string, fn: () => T): T {
  return as(e.ws, email, fn);
}

/** The stand-in's globals of the implicit project (no scope limits), typed loosely for planting causes. */
export function google(e: E2E): Record<string, any> {
  return e.ws.globals as Record<string, any>;
}
