/**
 * Google's public calendars of Indonesian holidays, as the stand-in's fixture. Their ids follow
 * Google's pattern '<language>.<region>#holiday@group.v.calendar.google.com'; CalendarApp returns
 * them only to a user subscribed to them (getCalendarById gives null before
 * CalendarApp.subscribeToCalendar: reported in wiraqutra/slack-status-auto-updater#3 for
 * 'en.usa#holiday@…'). Events are all-day; Google marks days that are not days off as observances
 * in the description ("Observance\nTo hide observances, go to Google Calendar Settings > Holidays
 * in …", public holidays "Public holiday": the calendar's ICS, quoted in mitica/public-holidays-js#22).
 * The Indonesian calendar's wording ("Hari libur nasional" / "Perayaan") is assumed by analogy.
 *
 * Dates: 2026 — the national holidays (libur nasional) of the Keputusan Bersama Menteri Agama,
 * Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497, 2, 5 Tahun 2025 (17 days; the cuti bersama
 * are not national holidays and are not listed); 2027 — only the holidays whose date is the same
 * every year (1 Januari, 1 Mei, 1 Juni, 17 Agustus, 25 Desember), the 2027 decree being later.
 */
import { newAcl } from './acl';
import type { CalendarStore, StoredCalendar, StoredEvent } from './calendar-store';
import { fromWall } from './tz';

export const HOLIDAY_CALENDARS = {
  id: 'id.indonesian#holiday@group.v.calendar.google.com',
  en: 'en.indonesian#holiday@group.v.calendar.google.com',
} as const;

/** [date, Indonesian name, English name] */
const PUBLIC_HOLIDAYS: Array<[string, string, string]> = [
  ['2026-01-01', 'Tahun Baru Masehi', "New Year's Day"],
  ['2026-01-16', "Isra Mi'raj Nabi Muhammad SAW", 'Ascension of the Prophet Muhammad'],
  ['2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'Chinese New Year'],
  ['2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', "Bali's Day of Silence and Hindu New Year (Nyepi)"],
  ['2026-03-21', 'Hari Raya Idul Fitri 1447 H', 'Idul Fitri'],
  ['2026-03-22', 'Hari Raya Idul Fitri 1447 H', 'Idul Fitri Holiday'],
  ['2026-04-03', 'Wafat Yesus Kristus', 'Good Friday'],
  ['2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday'],
  ['2026-05-01', 'Hari Buruh Internasional', 'International Labor Day'],
  ['2026-05-14', 'Kenaikan Yesus Kristus', 'Ascension Day of Jesus Christ'],
  ['2026-05-27', 'Hari Raya Idul Adha 1447 H', 'Idul Adha'],
  ['2026-05-31', 'Hari Raya Waisak 2570 BE', "Waisak Day (Buddha's Anniversary)"],
  ['2026-06-01', 'Hari Lahir Pancasila', 'Pancasila Day'],
  ['2026-06-16', 'Tahun Baru Islam 1448 H', 'Islamic New Year'],
  ['2026-08-17', 'Hari Proklamasi Kemerdekaan R.I.', 'Indonesian Independence Day'],
  ['2026-08-25', 'Maulid Nabi Muhammad SAW', "The Prophet Muhammad's Birthday"],
  ['2026-12-25', 'Hari Raya Natal', 'Christmas Day'],
  ['2027-01-01', 'Tahun Baru Masehi', "New Year's Day"],
  ['2027-05-01', 'Hari Buruh Internasional', 'International Labor Day'],
  ['2027-06-01', 'Hari Lahir Pancasila', 'Pancasila Day'],
  ['2027-08-17', 'Hari Proklamasi Kemerdekaan R.I.', 'Indonesian Independence Day'],
  ['2027-12-25', 'Hari Raya Natal', 'Christmas Day'],
];

/** Days marked but worked (observances). */
const OBSERVANCES: Array<[string, string, string]> = [
  ['2026-12-22', 'Hari Ibu', "Mother's Day"],
  ['2027-12-22', 'Hari Ibu', "Mother's Day"],
];

const DESCRIPTIONS = {
  id: {
    holiday: 'Hari libur nasional',
    observance: 'Perayaan\nUntuk menyembunyikan perayaan, buka Setelan Google Kalender > Hari libur di Indonesia',
  },
  en: {
    holiday: 'Public holiday',
    observance: 'Observance\nTo hide observances, go to Google Calendar Settings > Holidays in Indonesia',
  },
};

const OWNER = 'holidays@group.v.calendar.google.com';
const ZONE = 'Asia/Jakarta';

function midnight(date: string): Date {
  return fromWall(ZONE, +date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10));
}

/** Adds both public holiday calendars and their all-day events to `store`. */
export function addHolidayCalendars(store: CalendarStore, now: Date): void {
  for (const lang of ['id', 'en'] as const) {
    const cal: StoredCalendar = {
      id: HOLIDAY_CALENDARS[lang],
      name: lang === 'id' ? 'Hari libur di Indonesia' : 'Holidays in Indonesia',
      timeZone: ZONE,
      primary: false,
      deleted: false,
      acl: newAcl(OWNER),
      public: true,
    };
    store.calendars.set(cal.id, cal);
    const rows = [
      ...PUBLIC_HOLIDAYS.map((r) => [...r, DESCRIPTIONS[lang].holiday]),
      ...OBSERVANCES.map((r) => [...r, DESCRIPTIONS[lang].observance]),
    ];
    for (const [date, idName, enName, description] of rows) {
      const start = midnight(date);
      const ev: StoredEvent = {
        id: store.newEventId(),
        calendarId: cal.id,
        title: lang === 'id' ? idName : enName,
        description,
        location: '',
        guests: [],
        start,
        end: new Date(start.getTime() + 86_400_000),
        tags: {},
        status: 'confirmed',
        updated: now,
        allDay: true,
      };
      store.events.set(ev.id, ev);
    }
  }
}
