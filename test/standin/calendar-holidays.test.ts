import { createCalendarService } from '../../dev/standin/calendar';
import { HOLIDAY_CALENDARS } from '../../dev/standin/calendar-holidays';
import { createCtx } from '../../dev/standin/context';

const OFFICE = 'layanan@kominfo.go.id';

function app() {
  const ctx = createCtx({
    timeZone: 'Asia/Makassar',
    activeUser: OFFICE,
    effectiveUser: OFFICE,
    htmlDir: '',
    isAddon: false,
  });
  return createCalendarService(ctx);
}

describe("Google's public calendars of Indonesian holidays in the stand-in", () => {
  it('are found by id only once subscribed to, and list all-day holidays and observances apart', () => {
    const calendar = app();
    expect(calendar.getCalendarById(HOLIDAY_CALENDARS.id)).toBeNull();
    expect(calendar.subscribeToCalendar(HOLIDAY_CALENDARS.id).getName()).toBe('Hari libur di Indonesia');
    const cal = calendar.getCalendarById(HOLIDAY_CALENDARS.id)!;
    const december = cal.getEvents(new Date('2026-12-01T00:00:00+08:00'), new Date('2027-01-01T00:00:00+08:00'));
    expect(december.map((e) => [e.getTitle(), e.getDescription().split('\n')[0], e.isAllDayEvent()])).toEqual([
      ['Hari Ibu', 'Perayaan', true],
      ['Hari Raya Natal', 'Hari libur nasional', true],
    ]);
    const natal = december[1];
    expect(natal.getAllDayStartDate().toISOString()).toBe('2026-12-24T16:00:00.000Z');
    expect(natal.getAllDayEndDate().toISOString()).toBe('2026-12-25T16:00:00.000Z');
  });

  it('the English calendar carries the same days with English names and Google\'s "Public holiday"', () => {
    const calendar = app();
    const cal = calendar.subscribeToCalendar(HOLIDAY_CALENDARS.en);
    const events = cal.getEvents(new Date('2026-08-17T00:00:00+07:00'), new Date('2026-08-18T00:00:00+07:00'));
    expect(events.map((e) => [e.getTitle(), e.getDescription()])).toEqual([
      ['Indonesian Independence Day', 'Public holiday'],
    ]);
  });

  it('refuses to subscribe to a private calendar, as Google refuses an action it does not allow', () => {
    expect(() => app().subscribeToCalendar('c_rahasia@group.calendar.google.com')).toThrow('Action not allowed');
  });
});
