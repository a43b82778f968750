import fc from 'fast-check';
import {
  agendaMarker,
  buildCreateMeetingBody,
  buildUpdateBody,
  findByMarker,
  generatePassword,
  mapZoomError,
  truncateText,
  type ZoomMeetingInput,
} from '../../src/core/zoom-payload';

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
  password: 'ab3Cd5Ef',
};

const hasLoneSurrogate = (s: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('buildCreateMeetingBody', () => {
  it('maps a request to a scheduled meeting in local time with safe settings', () => {
    expect(buildCreateMeetingBody(input)).toEqual({
      type: 2,
      topic: 'Rapat Koordinasi Smart City',
      agenda: '[VC-2026-0001]\nPemohon: Bappeda Kota\nRapat Koordinasi Smart City',
      start_time: '2026-03-10T09:00:00',
      timezone: 'Asia/Jakarta',
      duration: 150,
      password: 'ab3Cd5Ef',
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
    const body = buildCreateMeetingBody({
      ...input,
      recording: true,
      alternativeHosts: [' a@x.go.id', 'b@x.go.id ', ''],
    });
    expect(body.settings).toMatchObject({ auto_recording: 'cloud', alternative_hosts: 'a@x.go.id;b@x.go.id' });
  });

  it('cuts a long unicode title and agenda without breaking surrogate pairs and keeps the marker', () => {
    const title = '😀'.repeat(150) + 'Rapat';
    const body = buildCreateMeetingBody({ ...input, title, agency: 'Dinas 🏛️ '.repeat(400) });
    const topic = body.topic as string;
    const agenda = body.agenda as string;
    expect(topic.length).toBeLessThanOrEqual(200);
    expect(hasLoneSurrogate(topic)).toBe(false);
    expect(topic.endsWith('…')).toBe(true);
    expect(agenda.length).toBeLessThanOrEqual(2000);
    expect(agenda.startsWith('[VC-2026-0001]')).toBe(true);
    expect(hasLoneSurrogate(agenda)).toBe(false);
  });

  it('refuses an end before the start, a bad time and a passcode over 10 characters', () => {
    expect(() => buildCreateMeetingBody({ ...input, end: '09:00' })).toThrow('Jam selesai harus setelah jam mulai.');
    expect(() => buildCreateMeetingBody({ ...input, start: '9:00' })).toThrow(/Jam tidak valid/);
    expect(() => buildCreateMeetingBody({ ...input, date: '10/03/2026' })).toThrow(/Tanggal tidak valid/);
    expect(() => buildCreateMeetingBody({ ...input, password: '12345678901' })).toThrow(/paling banyak 10/);
  });

  it('falls back to the agency for an empty title', () => {
    expect(buildCreateMeetingBody({ ...input, title: '  ' }).topic).toBe('Vicon Bappeda Kota');
  });
});

describe('buildUpdateBody', () => {
  it('has no type and keeps the old passcode unless one is given', () => {
    const { password: _p, ...rest } = input;
    const body = buildUpdateBody({ ...rest, start: '13:00', end: '14:00' });
    expect(body).not.toHaveProperty('type');
    expect(body).not.toHaveProperty('password');
    expect(body).toMatchObject({ start_time: '2026-03-10T13:00:00', duration: 60 });
    expect(buildUpdateBody({ ...rest, password: 'zz9' }).password).toBe('zz9');
  });
});

describe('truncateText', () => {
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

describe('generatePassword', () => {
  it('is deterministic, 8 unambiguous characters with a letter and a digit', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 8, maxLength: 12 }), (ints) => {
        const pw = generatePassword(ints);
        expect(pw).toBe(generatePassword(ints));
        expect(pw).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{8}$/);
        expect(pw).toMatch(/[0-9]/);
        expect(pw).toMatch(/[a-zA-Z]/);
      }),
    );
  });

  it('differs for different randomness and needs enough of it', () => {
    expect(generatePassword([0, 1, 2, 3, 4, 5, 6, 7])).not.toBe(generatePassword([7, 6, 5, 4, 3, 2, 1, 0]));
    expect(generatePassword([54, 54, 54, 54, 54, 54, 54, 54])).toMatch(/[a-zA-Z]/);
    expect(generatePassword([0, 0, 0, 0, 0, 0, 0, 0])).toMatch(/[2-9]/);
    expect(() => generatePassword([1, 2, 3])).toThrow();
  });
});

describe('agendaMarker / findByMarker', () => {
  it('finds the meeting by the exact request number only', () => {
    const meetings = [
      { id: '1', agenda: '[VC-2026-00011]\nlain' },
      { id: '2', agenda: '[VC-2026-0001]\nini' },
      { id: '3' },
    ];
    expect(agendaMarker('VC-2026-0001')).toBe('[VC-2026-0001]');
    expect(findByMarker(meetings, 'VC-2026-0001')?.id).toBe('2');
    expect(findByMarker(meetings, 'VC-2026-0002')).toBeNull();
  });
});

describe('mapZoomError', () => {
  const body = (o: object) => JSON.stringify(o);

  it('names the rejected field on validation errors', () => {
    const info = mapZoomError(
      400,
      body({
        code: 300,
        message: 'Validation Failed.',
        errors: [{ field: 'settings.alternative_hosts', message: 'Invalid field.' }],
      }),
      {},
    );
    expect(info).toMatchObject({ code: 300, retry: 'never', field: 'settings.alternative_hosts' });
    expect(info.message).toContain('settings.alternative_hosts');
  });

  it('sends a missing host to Sumber Daya and a missing meeting to re-creation', () => {
    expect(mapZoomError(404, body({ code: 1001, message: 'User does not exist' }), {}).message).toContain(
      'Sumber Daya',
    );
    for (const code of [3000, 3001]) {
      expect(mapZoomError(404, body({ code, message: 'Meeting does not exist' }), {})).toMatchObject({
        code,
        retry: 'never',
      });
    }
  });

  it('tells a per-second limit from the daily limit', () => {
    const qps = mapZoomError(429, body({ code: 429, message: 'per-second' }), {
      'retry-after': '7',
      'X-RateLimit-Type': 'QPS',
    });
    expect(qps).toMatchObject({ retry: 'after', retryAfterSeconds: 7 });
    const now = Date.UTC(2026, 2, 10, 22, 0, 0);
    const daily = mapZoomError(
      429,
      body({ code: 429, message: 'daily rate limit' }),
      { 'X-RateLimit-Type': 'Daily-limit', 'Retry-After': '2026-03-11T00:00:00Z' },
      now,
    );
    expect(daily).toMatchObject({ retry: 'never', retryAfterSeconds: 7200 });
    expect(daily.message).toContain('00.00 UTC (07.00 WIB)');
    expect(mapZoomError(429, body({ code: 429, message: 'daily' }), {}, now).retryAfterSeconds).toBe(7200);
  });

  it('backs off on 5xx and no response, and refuses bad credentials with advice', () => {
    expect(mapZoomError(502, '<html>Bad Gateway</html>', {})).toMatchObject({ code: null, retry: 'backoff' });
    expect(mapZoomError(0, '', {})).toMatchObject({ retry: 'backoff' });
    const creds = mapZoomError(
      401,
      body({ reason: 'Invalid client_id or client_secret', error: 'invalid_client' }),
      {},
    );
    expect(creds).toMatchObject({ retry: 'never' });
    expect(creds.message).toContain('Pengaturan');
    expect(mapZoomError(401, body({ code: 124, message: 'Invalid access token.' }), {})).toMatchObject({
      code: 124,
      retry: 'never',
    });
    expect(mapZoomError(404, body({ code: 3301, message: 'no recording' }), {}).code).toBe(3301);
  });
});
