import { checkInput } from '../../../src/core/sop/inputs';
import type { InputContext } from '../../../src/core/sop/inputs';
import type { ActionDef, ActionInput, ActionRequirement } from '../../../src/core/sop/types';

const UNREADABLE = {
  code: 'invalid_input',
  reason: 'Isian tindakan tidak terbaca. Muat ulang panel lalu coba lagi.',
};

/** An action labelled "Catat" requiring `requires`. */
function action(requires: ActionRequirement[], documents?: string[]): ActionDef {
  return { id: 'catat', label: 'Catat', to: 'berikut', requires, effects: [], ...(documents ? { documents } : {}) };
}

const CTX: InputContext = { requiredDocs: [], today: '2026-03-02', platform: 'lainnya' };

function check(requires: ActionRequirement[], input: unknown, ctx: Partial<InputContext> = {}) {
  return checkInput(action(requires), input as ActionInput, { ...CTX, ...ctx });
}

function invalid(reason: string) {
  return { code: 'invalid_input', reason };
}

const ALT = { date: '2026-03-20', start: '09:00', end: '11:00' };
const TEST_TIME = { date: '2026-03-19', time: '13:00' };

describe('an input that is not a plain object', () => {
  test.each([
    ['null', null],
    ['an array', []],
    ['a text', 'catatan'],
    ['a number', 7],
  ])('%s is unreadable, even for an action that requires nothing', (_name, input) => {
    expect(check([], input)).toEqual(UNREADABLE);
  });

  test('an empty object is what an action without requirements takes', () => {
    expect(check([], {})).toBeNull();
  });
});

describe('over-long texts name their field', () => {
  test('a note of 1001 characters is refused, 1000 pass', () => {
    expect(check(['note'], { note: 'c'.repeat(1001) })).toEqual(
      invalid('Catatan terlalu panjang: 1001 karakter, paling banyak 1000. Ringkas isiannya.'),
    );
    expect(check(['note'], { note: 'c'.repeat(1000) })).toBeNull();
  });

  test('an operator or host account of 2001 characters is refused with its own name', () => {
    expect(check(['operator'], { operator: 'o'.repeat(2001) })).toEqual(
      invalid('Operator terlalu panjang: 2001 karakter, paling banyak 2000. Ringkas isiannya.'),
    );
    expect(check(['host'], { host: 'h'.repeat(2001) })).toEqual(
      invalid('Akun host terlalu panjang: 2001 karakter, paling banyak 2000. Ringkas isiannya.'),
    );
    expect(check(['host'], { host: 'h'.repeat(2000) })).toBeNull();
  });

  test('a text field holding something else than text is unreadable', () => {
    expect(check(['host'], { host: 5 })).toEqual(UNREADABLE);
    expect(check(['srikandi_number'], { srikandiNumber: null })).toEqual(UNREADABLE);
  });
});

describe('the alternative time', () => {
  test('a complete alternative in the future is taken', () => {
    expect(check(['alternative'], { alternative: ALT })).toBeNull();
  });

  test.each([
    ['without its end', { date: '2026-03-20', start: '09:00' }],
    ['with a numeric start', { date: '2026-03-20', start: 900, end: '11:00' }],
    ['with only a date', { date: '2026-03-20' }],
    ['as a list', ['2026-03-20', '09:00', '11:00']],
    ['as one text', '2026-03-20 09:00-11:00'],
    ['as null', null],
  ])('an alternative %s is unreadable', (_name, alternative) => {
    expect(check(['alternative'], { alternative })).toEqual(UNREADABLE);
  });

  test('a part longer than 10 characters is unreadable; 10 characters are read (and judged)', () => {
    expect(check(['alternative'], { alternative: { ...ALT, end: '11:00:00.000' } })).toEqual(UNREADABLE);
    expect(check(['alternative'], { alternative: { ...ALT, date: '20-03-2026' } })).toEqual(
      invalid('Tanggal alternatif harus berformat TTTT-BB-HH (misalnya 2026-03-15).'),
    );
  });
});

describe('the connection-test time', () => {
  test('a date and a time are taken', () => {
    expect(check(['test_time'], { testTime: TEST_TIME })).toBeNull();
  });

  test.each([
    ['without its time', { date: '2026-03-19' }],
    ['with a numeric time', { date: '2026-03-19', time: 1300 }],
    ['as one text', '2026-03-19 13:00'],
    ['as a list', ['2026-03-19', '13:00']],
  ])('a test time %s is unreadable', (_name, testTime) => {
    expect(check(['test_time'], { testTime })).toEqual(UNREADABLE);
  });

  test('a valid test time does not hide a problem in a later field', () => {
    expect(check(['test_time', 'operator'], { testTime: TEST_TIME, operator: 'budi' })).toEqual(
      invalid('Operator harus berupa alamat email; pilih dari daftar operator.'),
    );
    expect(check(['test_time'], { testTime: { date: '2026-03-01', time: '13:00' } })).toEqual(
      invalid('Tanggal uji koneksi sudah lewat.'),
    );
  });
});

describe('documentation', () => {
  const items = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`dok${i}`, `isi ${i}`]));

  test('20 items are taken, 21 are unreadable', () => {
    expect(check(['documentation'], { documentation: items(20) })).toBeNull();
    expect(check(['documentation'], { documentation: items(21) })).toEqual(UNREADABLE);
  });

  test('every item is checked, not only the first', () => {
    expect(check(['documentation'], { documentation: { laporan: 'x', 'bad key': 'y' } })).toEqual(UNREADABLE);
    expect(check(['documentation'], { documentation: { laporan: 'x', foto: 3 } })).toEqual(UNREADABLE);
    expect(check(['documentation'], { documentation: { laporan: 'x', foto: 'f'.repeat(2001) } })).toEqual(
      invalid('Isian dokumentasi terlalu panjang: 2001 karakter, paling banyak 2000. Ringkas isiannya.'),
    );
    expect(check(['documentation'], { documentation: ['x'] })).toEqual(UNREADABLE);
  });

  test('without required documents, any one filled item is enough; none or only blanks is missing', () => {
    const missing = { code: 'missing_input', reason: 'Tindakan "Catat" memerlukan: dokumentasi (dokumen apa pun).' };
    expect(check(['documentation'], {})).toEqual(missing);
    expect(check(['documentation'], { documentation: {} })).toEqual(missing);
    expect(check(['documentation'], { documentation: { foto: '  ' } })).toEqual(missing);
    expect(check(['documentation'], { documentation: { foto: '  ', laporan: 'https://drive/laporan' } })).toBeNull();
  });

  test('required documents are each named when missing, from the context or the action', () => {
    const ctx = { requiredDocs: ['laporan', 'notulen', 'foto'] };
    expect(check(['documentation'], { documentation: { foto: 'ada', notulen: ' ' } }, ctx)).toEqual({
      code: 'missing_input',
      reason: 'Tindakan "Catat" memerlukan: dokumentasi (laporan, notulen).',
    });
    expect(check(['documentation'], { documentation: { laporan: 'a', notulen: 'b', foto: 'c' } }, ctx)).toBeNull();
    expect(checkInput(action(['documentation'], ['video']), { documentation: { laporan: 'a' } }, CTX)).toEqual({
      code: 'missing_input',
      reason: 'Tindakan "Catat" memerlukan: dokumentasi (video).',
    });
  });
});

describe('missing requirements', () => {
  test('every missing one is named in one sentence, in the order declared', () => {
    expect(check(['operator', 'host', 'srikandi_number'], { host: ' ' })).toEqual({
      code: 'missing_input',
      reason: 'Tindakan "Catat" memerlukan: operator yang ditugaskan; akun host; nomor SRIKANDI.',
    });
  });
});

describe('the SRIKANDI number', () => {
  test('more than 100 characters is refused; 100, or 100 between spaces, is taken', () => {
    expect(check(['srikandi_number'], { srikandiNumber: 'S'.repeat(101) })).toEqual(
      invalid('Nomor SRIKANDI terlalu panjang (maksimal 100 karakter).'),
    );
    expect(check(['srikandi_number'], { srikandiNumber: 'S'.repeat(100) })).toBeNull();
    expect(check(['srikandi_number'], { srikandiNumber: `  ${'S'.repeat(100)}  ` })).toBeNull();
  });
});

describe('a typed meeting link', () => {
  test('a link between spaces is judged without them', () => {
    expect(check(['link'], { link: '  https://zoom.us/j/123  ' })).toBeNull();
  });

  test('is taken only for platform Lainnya', () => {
    expect(check(['link'], { link: 'https://zoom.us/j/123' }, { platform: 'zoom' })).toEqual(
      invalid(
        'Tautan rapat hanya diisi untuk permohonan dengan platform Lainnya; tautan Zoom dan Google Meet dibuat oleh sistem.',
      ),
    );
  });

  test('a good link does not hide a past alternative', () => {
    expect(
      check(['link', 'alternative'], {
        link: 'https://zoom.us/j/123',
        alternative: { ...ALT, date: '2026-03-01' },
      }),
    ).toEqual(invalid('Tanggal alternatif sudah lewat.'));
  });
});
