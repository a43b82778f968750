import fc from 'fast-check';
import { OFFICE_ZONES, zoneOffsetMinutes } from '../../src/core/dates';
import {
  agendaMarker,
  buildCreateMeetingBody,
  oneLine,
  buildUpdateBody,
  findByMarker,
  truncateText,
  ZOOM_TIME_ZONE,
  type ZoomMeetingInput,
} from '../../src/core/zoom-payload';
import { isZoomTimeZone, zoomTimeZones } from '../../dev/fake-zoom/timezones';

const input: ZoomMeetingInput = {
  requestId: 'VC-2026-0001',
  title: 'Rapat Koordinasi Smart City',
  agency: 'Bappeda Kota',
  date: '2026-03-10',
  start: '09:00',
  end: '11:30',
  timeZone: 'Asia/Jakarta',
  recording: false,
  alternativeHosts: [],
};

/** The marker line the create effect 'VC-2026-0001:v7:create_meeting' puts first in its agenda. */
const MARKER = agendaMarker('VC-2026-0001', 'VC-2026-0001:v7:create_meeting');
const create = (i: ZoomMeetingInput): Record<string, unknown> => buildCreateMeetingBody(i, MARKER);

const hasLoneSurrogate = (s: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('buildCreateMeetingBody', () => {
  it('maps a request to a scheduled meeting at its UTC instant, asking Zoom for the passcode, with safe settings', () => {
    expect(create(input)).toEqual({
      type: 2,
      topic: 'Rapat Koordinasi Smart City',
      agenda: `${MARKER}\nPemohon: Bappeda Kota\nRapat Koordinasi Smart City`,
      start_time: '2026-03-10T02:00:00Z',
      timezone: 'Asia/Jakarta',
      duration: 150,
      default_password: true,
      settings: {
        host_video: false,
        join_before_host: false,
        mute_upon_entry: true,
        waiting_room: true,
        auto_recording: 'none',
      },
    });
  });

  it('asks for cloud recording and joins alternative hosts with ";"', () => {
    const body = create({
      ...input,
      recording: true,
      alternativeHosts: [' a@x.go.id', 'b@x.go.id ', ''],
    });
    expect(body.settings).toMatchObject({ auto_recording: 'cloud', alternative_hosts: 'a@x.go.id;b@x.go.id' });
  });

  it('cuts a long unicode title and agenda without breaking surrogate pairs and keeps the marker', () => {
    const title = '😀'.repeat(150) + 'Rapat';
    const body = create({ ...input, title, agency: 'Dinas 🏛️ '.repeat(400) });
    const topic = body.topic as string;
    const agenda = body.agenda as string;
    expect(topic.length).toBeLessThanOrEqual(200);
    expect(hasLoneSurrogate(topic)).toBe(false);
    expect(topic.endsWith('…')).toBe(true);
    expect(agenda.length).toBeLessThanOrEqual(2000);
    expect(agenda.split('\n')[0]).toBe(MARKER);
    expect(hasLoneSurrogate(agenda)).toBe(false);
  });

  it('refuses an end before the start and a bad date or time', () => {
    expect(() => create({ ...input, end: '09:00' })).toThrow('Jam selesai harus setelah jam mulai.');
    expect(() => create({ ...input, start: '9:00' })).toThrow(/Jam tidak valid/);
    expect(() => create({ ...input, date: '10/03/2026' })).toThrow(/Tanggal tidak valid/);
  });

  it('names the unusable date in the office format before looking at the times', () => {
    for (const date of ['10/03/2026', 'x2026-03-10', '2026-03-10x', '2026-02-30'])
      expect(() => create({ ...input, date, start: '9:00' })).toThrow(
        `Tanggal tidak valid: "${date}" (format TTTT-BB-HH).`,
      );
  });

  it('takes any time from 00:00 to 23:59 and refuses hours past 23, minutes past 59 and extra text', () => {
    expect(create({ ...input, start: '00:00', end: '23:59' }).duration).toBe(1439);
    expect(create({ ...input, start: '22:59', end: '23:59' })).toMatchObject({
      start_time: '2026-03-10T15:59:00Z',
      duration: 60,
    });
    for (const end of ['24:00', '11:60', '11:30x', 'x11:30'])
      expect(() => create({ ...input, end })).toThrow(`Jam tidak valid: "${end}" (format JJ:MM).`);
  });

  it("sends WIB, WITA and WIT meetings as the same UTC instant the office means, labelled with a zone from Zoom's list", () => {
    const at = (timeZone: ZoomMeetingInput['timeZone']) => create({ ...input, timeZone });
    expect(at('Asia/Jakarta')).toMatchObject({ start_time: '2026-03-10T02:00:00Z', timezone: 'Asia/Jakarta' });
    expect(at('Asia/Pontianak')).toMatchObject({ start_time: '2026-03-10T02:00:00Z', timezone: 'Asia/Jakarta' });
    expect(at('Asia/Makassar')).toMatchObject({ start_time: '2026-03-10T01:00:00Z', timezone: 'Asia/Singapore' });
    expect(at('Asia/Jayapura')).toMatchObject({ start_time: '2026-03-10T00:00:00Z', timezone: 'Asia/Tokyo' });
    expect(at('Asia/Jayapura')).not.toHaveProperty('password');
  });

  it("labels every office zone with a zone of Zoom's documented list that has the same UTC offset", () => {
    for (const zone of OFFICE_ZONES) {
      const zoomZone = zoomTimeZones().find((z) => z.id === ZOOM_TIME_ZONE[zone]);
      expect(isZoomTimeZone(ZOOM_TIME_ZONE[zone])).toBe(true);
      expect(zoomZone?.dstOffset).toBeUndefined();
      const [h, m] = (zoomZone?.utcOffset ?? '').slice(1).split(':').map(Number);
      expect(h * 60 + m).toBe(zoneOffsetMinutes(zone));
    }
    expect(isZoomTimeZone('Asia/Makassar')).toBe(false);
    expect(isZoomTimeZone('Asia/Jayapura')).toBe(false);
    expect(isZoomTimeZone('Asia/Pontianak')).toBe(false);
  });

  it('crosses midnight back to the previous UTC day for an early WIT meeting', () => {
    const body = create({ ...input, timeZone: 'Asia/Jayapura', start: '07:30', end: '08:00' });
    expect(body).toMatchObject({ start_time: '2026-03-09T22:30:00Z', duration: 30 });
  });

  it('falls back to the agency for an empty title', () => {
    expect(create({ ...input, title: '  ' }).topic).toBe('Vicon Bappeda Kota');
    expect(create({ ...input, title: '  ', agency: '\n ' }).topic).toBe('Vicon');
  });

  it('leaves out an empty agency or title from the agenda instead of writing blank lines', () => {
    expect(create({ ...input, agency: ' ' }).agenda).toBe(`${MARKER}\nRapat Koordinasi Smart City`);
    expect(create({ ...input, title: '' }).agenda).toBe(`${MARKER}\nPemohon: Bappeda Kota`);
    expect(create({ ...input, title: '', agency: '' }).agenda).toBe(MARKER);
  });
});

describe('buildUpdateBody', () => {
  it('has no type and no passcode (Zoom keeps the one it made), and moves the UTC instant', () => {
    const body = buildUpdateBody({ ...input, timeZone: 'Asia/Makassar', start: '13:00', end: '14:00' });
    expect(body).not.toHaveProperty('type');
    expect(body).not.toHaveProperty('password');
    expect(body).not.toHaveProperty('default_password');
    expect(body).toMatchObject({ start_time: '2026-03-10T05:00:00Z', timezone: 'Asia/Singapore', duration: 60 });
  });
});

describe('truncateText', () => {
  it('keeps as much as fits before the ellipsis, dropping only a pair the cut would split', () => {
    expect(truncateText('abcdef', 4)).toBe('abc…');
    expect(truncateText('abcd', 4)).toBe('abcd');
    expect(truncateText('ab\u{10000}cd', 4)).toBe('ab…');
    expect(truncateText('ab\u{10FFFF}cd', 4)).toBe('ab…');
    expect(truncateText('a\u{10000}cd', 4)).toBe('a\u{10000}…');
  });

  it('never exceeds the limit nor leaves a lone surrogate', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 2, max: 250 }), (text, max) => {
        const out = truncateText(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(hasLoneSurrogate(out)).toBe(false);
        if (text.length <= max) expect(out).toBe(text);
        else expect(text.startsWith(out.slice(0, -1))).toBe(true);
      }),
    );
  });
});

describe('agendaMarker / findByMarker', () => {
  it('the marker names the request and a digest of the creating effect, one per create effect', () => {
    expect(MARKER).toMatch(/^Layanan Vicon VC-2026-0001 [0-9a-f]{8}$/);
    expect(agendaMarker('VC-2026-0001', 'VC-2026-0001:v7:create_meeting')).toBe(MARKER);
    expect(agendaMarker('VC-2026-0001', 'VC-2026-0001:v9:create_meeting')).not.toBe(MARKER);
    expect(agendaMarker('VC-2026-0002', 'VC-2026-0001:v7:create_meeting')).not.toBe(MARKER);
  });

  it('the digest is FNV-1a 32 bit in eight hex digits, so markers of meetings made by an earlier version still match', () => {
    // Published FNV-1a test vectors, and a key whose digest starts with a zero (computed independently).
    expect(agendaMarker('VC-2026-0001', '')).toBe('Layanan Vicon VC-2026-0001 811c9dc5');
    expect(agendaMarker('VC-2026-0001', 'a')).toBe('Layanan Vicon VC-2026-0001 e40c292c');
    expect(agendaMarker('VC-2026-0001', 'foobar')).toBe('Layanan Vicon VC-2026-0001 bf9cf968');
    expect(agendaMarker('VC-2026-0001', 'VC-2026-0001:v29:create_meeting')).toBe('Layanan Vicon VC-2026-0001 05053f8c');
  });

  it('finds a meeting only by the exact first line of its agenda, never by text further down', () => {
    const meetings = [
      { id: '1', agenda: `Rapat ${MARKER}\nlain` },
      { id: '2', agenda: `Pemohon: x\n${MARKER}` },
      { id: '3', agenda: `[VC-2026-0001]\n${MARKER}` },
      { id: '4' },
      { id: '5', agenda: `${MARKER}x\nlain` },
      { id: '6', agenda: `${MARKER}\r\nini` },
    ];
    expect(findByMarker(meetings, MARKER)?.id).toBe('6');
    expect(findByMarker(meetings.slice(0, 5), MARKER)).toBeNull();
    expect(findByMarker([...meetings.slice(0, 5), { id: '7', agenda: `${MARKER}\nPemohon: x` }], MARKER)?.id).toBe('7');
  });

  it("applicant text never reaches the first line of the agenda, so it cannot carry another request's marker", () => {
    const other = agendaMarker('VC-2026-0002', 'VC-2026-0002:v7:create_meeting');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ maxLength: 80 }), (title, agency) => {
        const agenda = create({ ...input, title: `\n${other}\r${title}`, agency: `${agency}\u2028${other}` })
          .agenda as string;
        expect(agenda.split(/\r?\n/)[0]).toBe(MARKER);
        expect(findByMarker([{ agenda }], other)).toBeNull();
      }),
    );
  });

  it('oneLine turns every kind of line break into a space', () => {
    expect(oneLine(' a\r\nb\u2028c\u2029d\ve\ff\u0085g ')).toBe('a b c d e f g');
  });
});
