/**
 * The resource calendars (CalendarApp stand-in) by day: for each day from a week
 * ago onwards that has events, every live event with its calendar, time and title,
 * on the office's wall clock.
 */
import type { Workspace } from '../../standin';
import { calendarStore, type StoredEvent } from '../../standin/calendar';
import { attr, dayKey, esc, hourMinute, wallClock } from '../html';

const WEEK_MS = 7 * 24 * 3600 * 1000;

function eventRow(ev: StoredEvent, calendarName: string, timeZone: string): string {
  return `<tr${attr('data-calendar', calendarName)}><td>${esc(`${hourMinute(ev.start, timeZone)}–${hourMinute(ev.end, timeZone)}`)}</td>
<td>${esc(calendarName)}</td><td>${esc(ev.title)}</td><td>${esc(ev.location)}</td></tr>`;
}

/** The calendar section; days before now − 7 days are left out. */
export function renderCalendars(ws: Workspace, timeZone: string): string {
  const store = calendarStore(ws.ctx);
  const from = ws.clock.now().getTime() - WEEK_MS;
  const today = dayKey(ws.clock.now(), timeZone);
  const events = [...store.calendars.values()]
    .filter((c) => !c.deleted && !c.public)
    .flatMap((c) => store.liveEvents(c.id).map((ev) => ({ ev, name: c.name })))
    .filter(({ ev }) => ev.end.getTime() >= from)
    .sort((a, b) => a.ev.start.getTime() - b.ev.start.getTime());
  const byDay = new Map<string, typeof events>();
  for (const item of events) {
    const key = dayKey(item.ev.start, timeZone);
    byDay.set(key, [...(byDay.get(key) ?? []), item]);
  }
  const days = [...byDay.entries()].map(
    ([
      key,
      list,
    ]) => `<h3${attr('class', key === today ? 'today' : null)}>${esc(wallClock(list[0].ev.start, timeZone, false))}${key === today ? ' (hari ini)' : ''}</h3>
<table><thead><tr><th scope="col">Jam</th><th scope="col">Kalender</th><th scope="col">Acara</th><th scope="col">Lokasi</th></tr></thead>
<tbody>${list.map(({ ev, name }) => eventRow(ev, name, timeZone)).join('')}</tbody></table>`,
  );
  return `<section id="kalender"><h2>Kalender sumber daya</h2>
${days.length ? days.join('\n') : '<p>Belum ada acara di kalender sejak sepekan lalu.</p>'}</section>`;
}
