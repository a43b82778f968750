/** The small Indonesian formatters messages and letters share: dates, times, meeting IDs, join blocks. */
import { dateText, eventRows, formatMeetingId, meetingBlocks, timeText } from '../../../src/core/messages/format';

describe('dateText and timeText', () => {
  it('say plainly that a date or a time is not known yet', () => {
    expect(dateText('2026-01-05')).toBe('Senin, 5 Januari 2026');
    expect(dateText('')).toBe('(tanggal belum jelas)');
    expect(dateText('5/1/2026')).toBe('(tanggal belum jelas)');
    expect(timeText('09:00', '11:00', 'Asia/Jakarta')).toBe('09.00–11.00 WIB');
    expect(timeText('09:00', '', 'Asia/Jakarta')).toBe('(jam belum jelas)');
    expect(timeText('', '11:00', 'Asia/Jakarta')).toBe('(jam belum jelas)');
    expect(timeText('', '', 'Asia/Jakarta')).toBe('(jam belum jelas)');
  });

  it('eventRows shows a dash for an untitled event and the notes for a missing date and time', () => {
    expect(eventRows({ title: '', date: '', start: '', end: '', timeZone: 'Asia/Jayapura' })).toEqual([
      ['Kegiatan', '-'],
      ['Hari/Tanggal', '(tanggal belum jelas)'],
      ['Pukul', '(jam belum jelas)'],
    ]);
  });
});

describe('formatMeetingId', () => {
  it('groups 11 and 10 digit IDs as Zoom shows them, whatever spaces they came with', () => {
    expect(formatMeetingId('81234567890')).toBe('812 3456 7890');
    expect(formatMeetingId('81234 567890')).toBe('812 3456 7890');
    expect(formatMeetingId('8123456789')).toBe('812 345 6789');
    expect(formatMeetingId(' 812 345 67 89 ')).toBe('812 345 6789');
  });

  it('gives any other ID back as typed, only trimmed', () => {
    expect(formatMeetingId('123456789012')).toBe('123456789012');
    expect(formatMeetingId('123456789')).toBe('123456789');
    expect(formatMeetingId('abcdefghij')).toBe('abcdefghij');
    expect(formatMeetingId('x8123456789')).toBe('x8123456789');
    expect(formatMeetingId('  meet-abc-xyz ')).toBe('meet-abc-xyz');
  });
});

describe('meetingBlocks', () => {
  it('lists only the meeting details that are known', () => {
    const joinUrl = 'https://meet.google.com/abc-defg-hij';
    expect(meetingBlocks({ platform: 'meet', joinUrl, meetingId: '', passcode: '' })).toEqual([
      { kind: 'link', label: 'Tautan rapat', url: joinUrl },
      { kind: 'fields', rows: [['Platform', 'Google Meet']] },
    ]);
    expect(meetingBlocks({ platform: '', joinUrl, meetingId: '8123456789', passcode: 'k0de' })).toEqual([
      { kind: 'link', label: 'Tautan rapat', url: joinUrl },
      {
        kind: 'fields',
        rows: [
          ['ID Rapat', '812 345 6789'],
          ['Kode Sandi', 'k0de'],
        ],
      },
    ]);
  });

  it('refuses a host start link', () => {
    expect(() =>
      meetingBlocks({ platform: 'zoom', joinUrl: 'https://zoom.us/s/81234567890?zak=x', meetingId: '', passcode: '' }),
    ).toThrow(
      'Tautan yang akan dikirim adalah tautan host (start URL), bukan tautan peserta. Pesan tidak dibuat; gunakan join URL.',
    );
  });
});
