import { detailWorld, record, seen } from './fakes-detail';

const KADIS = 'kadis@kominfo.go.id';
const MEETING = {
  joinUrl: 'https://zoom.us/j/81234567890?pwd=AbCd',
  meetingId: '81234567890',
  passcode: '445566',
};

/** The warnings the Kepala Dinas reads of the request carrying `over` and warning `texts`. */
function kadisReads(texts: string[], over: Parameters<ReturnType<typeof detailWorld>['request']>[0] = {}) {
  const { w, request } = detailWorld();
  return seen(w, request({ ...MEETING, ...over, warnings: texts }), KADIS).warnings;
}

describe('what the detail hides in free text', () => {
  it('hides the contacts as stored, as typed in any case, and the number in its 08… form', () => {
    expect(
      kadisReads([
        'Balas ke SITI@DISDIK.GO.ID segera',
        'WA 081234567890 atau 6281234567890.',
        'siti@disdik.go.id menelepon',
      ]),
    ).toEqual([
      'Balas ke (disembunyikan) segera',
      'WA (disembunyikan) atau (disembunyikan).',
      '(disembunyikan) menelepon',
    ]);
  });

  it('hides every occurrence, not only the first', () => {
    expect(kadisReads(['siti@disdik.go.id, cc siti@disdik.go.id, cc Siti@Disdik.go.id'])).toEqual([
      '(disembunyikan), cc (disembunyikan), cc (disembunyikan)',
    ]);
  });

  it('hides the meeting link, the ID as stored and as printed, and the passcode', () => {
    expect(
      kadisReads(['Link https://zoom.us/j/81234567890?pwd=AbCd', 'ID 812 3456 7890 / 81234567890, sandi 445566']),
    ).toEqual(['Link (disembunyikan)', 'ID (disembunyikan) / (disembunyikan), sandi (disembunyikan)']);
  });

  it('hides a longer value whole even when a shorter hidden value is part of it', () => {
    expect(kadisReads(['ID 81234567890 dan sandi 4567'], { passcode: '4567' })).toEqual([
      'ID (disembunyikan) dan sandi (disembunyikan)',
    ]);
  });

  it('searches for the stored value without the spaces around it', () => {
    expect(kadisReads(['sandi 445566 ya'], { passcode: '  445566 ' })).toEqual(['sandi (disembunyikan) ya']);
  });

  it('hides a four-character passcode but leaves a shorter one (it would hide unrelated digits)', () => {
    expect(kadisReads(['sandi 4455'], { passcode: '4455' })).toEqual(['sandi (disembunyikan)']);
    expect(kadisReads(['sandi 445, ruang 445'], { passcode: '445' })).toEqual(['sandi 445, ruang 445']);
  });

  it('hides a number typed without 62 as typed and leaves other digits alone', () => {
    expect(kadisReads(['WA 0812621234, tiket 081201234'], { phone: '0812621234' })).toEqual([
      'WA (disembunyikan), tiket 081201234',
    ]);
  });

  it('stops after masking a value that is itself a word of the mask', () => {
    expect(kadisReads(['sandi Sembunyi'], { passcode: 'sembunyi' })).toEqual(['sandi (disembunyikan)']);
  });

  it('hides the same values in the notes field, problems and history, but not from an admin', () => {
    const { w, request } = detailWorld();
    const r = request({
      ...MEETING,
      notes: 'Hubungi 081234567890',
      problems: ['Surat ke siti@disdik.go.id gagal'],
    });
    const line = record({
      kind: 'efek',
      actorLabel: 'Layanan Vicon',
      action: 'mengirim tautan',
      note: 'Tautan https://zoom.us/j/81234567890?pwd=AbCd dikirim',
    });
    const kadis = seen(w, r, KADIS, undefined, [line]);
    expect(kadis.fields.find((f) => f.label === 'Keterangan')!.value).toBe('Hubungi (disembunyikan)');
    expect(kadis.problems).toEqual(['Surat ke (disembunyikan) gagal']);
    expect(kadis.timeline[0].note).toBe('Tautan (disembunyikan) dikirim');
    expect(kadis.timeline[0].sentence).toBe('Sistem: mengirim tautan, Tautan (disembunyikan) dikirim.');
    const admin = seen(w, r, 'admin@kominfo.go.id', undefined, [line]);
    expect(admin.problems).toEqual(['Surat ke siti@disdik.go.id gagal']);
    expect(admin.timeline[0].note).toBe('Tautan https://zoom.us/j/81234567890?pwd=AbCd dikirim');
  });
});
