/**
 * The exact effects one accepted click plans (kind, idempotency key and params), on a small preset
 * made for the purpose: the declared effects in order, the applicant's milestone mail, the automatic
 * notice to the next role, what the typed input contributes, and a documentation request.
 */
import { buildEffects } from '../../../src/core/sop/effects';
import { act, cancelAction, fx, step, terminal } from '../../../src/core/sop/presets/common';
import { APPLICANT_ROLE } from '../../../src/core/sop/types';
import type { ActionInput, Effect, Preset } from '../../../src/core/sop/types';
import type { VcRequest } from '../../../src/core/request';
import { makeRequest } from './fixtures';

/** A flow with a deciding step, a shared step, a documentation step and an office-handled revision step. */
function testPreset(): Preset {
  return {
    id: 'uji',
    version: 1,
    name: 'Alur Uji',
    timeZone: 'Asia/Jakarta',
    minLeadDays: 0,
    roles: [
      { id: 'kadis', label: 'Kepala Dinas' },
      { id: 'operator', label: 'Operator Zoom' },
      { id: 'tim', label: 'Tim TCMR' },
      { id: 'ketua', label: 'Ketua Tim' },
    ],
    start: 'putuskan',
    revisionStep: 'telaah',
    requiredDocumentation: ['notulen', 'foto'],
    steps: [
      step(
        'putuskan',
        'Kepala Dinas memutuskan jadwal',
        'kadis',
        5,
        'Menunggu Keputusan',
        [
          act('setujui', 'Setujui', 'laksana', {
            checksSchedule: true,
            effects: [fx('reserve'), fx('create_meeting')],
          }),
          act('tawarkan', 'Tawarkan Waktu Lain', 'jawab', { requires: ['alternative'], checksSchedule: true }),
          act('kembalikan', 'Kembalikan untuk Ditelaah', 'telaah', { checksSchedule: true }),
        ],
        true,
      ),
      {
        ...step('laksana', 'Pelaksanaan', 'operator', null, 'Menunggu Pelaksanaan', [
          act('selesai_acara', 'Acara Selesai', 'dok', { effects: [fx('ask_documentation')] }),
          act('ubah_jadwal', 'Ubah Jadwal', 'laksana', {
            requires: ['alternative'],
            appliesAlternative: true,
            effects: [fx('update_meeting')],
          }),
          cancelAction(),
        ]),
        alsoActors: ['tim', 'ketua'],
      },
      step('dok', 'Dokumentasi', 'operator', null, 'Menunggu Dokumentasi', [
        act('tolak', 'Tolak', 'ditolak', { effects: [fx('release')] }),
        act('unggah', 'Unggah Video', 'selesai', {
          requires: ['documentation'],
          documents: ['video'],
          effects: [fx('make_report'), fx('close')],
        }),
        act('tutup_sendiri', 'Tutup dengan Surat', 'selesai', {
          effects: [fx('close'), fx('notify_applicant', { template: 'laporan' })],
        }),
      ]),
      step('jawab', 'Pemohon menjawab', APPLICANT_ROLE, null, 'Menunggu Jawaban Pemohon', []),
      step('telaah', 'Operator menelaah ulang', 'operator', null, 'Perlu Ditelaah', [
        act('ajukan_ulang', 'Ajukan Ulang', 'putuskan'),
      ]),
      terminal('selesai', 'Selesai', 'Selesai', 'operator'),
      terminal('ditolak', 'Ditolak', 'Ditolak', 'operator'),
      terminal('dibatalkan', 'Dibatalkan', 'Dibatalkan', 'operator'),
    ],
  };
}

const EDIT_URL = 'https://docs.google.com/forms/d/e/abc/viewform?edit2=xyz';

/** The effects of `actionId` at step `fromId` of `preset`, as version 5 of the request. */
function plan(
  fromId: string,
  actionId: string,
  input: ActionInput = {},
  request: VcRequest = makeRequest({ editUrl: EDIT_URL }),
  preset: Preset = testPreset(),
): Effect[] {
  const from = preset.steps.find((s) => s.id === fromId)!;
  const action = from.actions.find((a) => a.id === actionId)!;
  const target = preset.steps.find((s) => s.id === action.to)!;
  return buildEffects({ request, preset, action, from, target, input, newVersion: 5 });
}

/** The params every effect of a click carries. */
function base(action: string, fromStep: string, toStep: string, status: string): Record<string, string> {
  return { action, fromStep, toStep, status };
}

describe('an official moving the request on', () => {
  const approved = base('setujui', 'putuskan', 'laksana', 'Menunggu Pelaksanaan');

  test('approval at the deciding step: the declared effects, "disetujui" to the applicant, the shared next step', () => {
    expect(plan('putuskan', 'setujui')).toEqual([
      { kind: 'reserve', key: 'VC-2026-0001:v5:reserve', params: approved },
      { kind: 'create_meeting', key: 'VC-2026-0001:v5:create_meeting', params: approved },
      {
        kind: 'notify_applicant',
        key: 'VC-2026-0001:v5:notify_applicant',
        params: { ...approved, template: 'disetujui', editUrl: EDIT_URL },
      },
      {
        kind: 'notify_role',
        key: 'VC-2026-0001:v5:notify_role',
        params: { ...approved, role: 'operator', roleLabel: 'Operator Zoom', alsoRoles: 'tim,ketua' },
      },
    ]);
  });

  test('typed values reach every effect once, operator, host and link without the spaces around them', () => {
    const input: ActionInput = {
      note: 'Sudah dicek',
      operator: '  budi@diskominfo.go.id ',
      host: ' Zoom 2 ',
      link: ' https://zoom.us/j/123 ',
      documentation: { laporan: 'https://drive/laporan' },
    };
    const typed = {
      note: 'Sudah dicek',
      operator: 'budi@diskominfo.go.id',
      host: 'Zoom 2',
      link: 'https://zoom.us/j/123',
      doc_laporan: 'https://drive/laporan',
    };
    expect(plan('putuskan', 'setujui', input).map((e) => e.params)).toEqual([
      { ...approved, ...typed },
      { ...approved, ...typed },
      { ...approved, ...typed, template: 'disetujui', editUrl: EDIT_URL },
      { ...approved, ...typed, role: 'operator', roleLabel: 'Operator Zoom', alsoRoles: 'tim,ketua' },
    ]);
  });

  test('sending the request back to a revision step the office handles is no approval: only the role hears', () => {
    expect(plan('putuskan', 'kembalikan')).toEqual([
      {
        kind: 'notify_role',
        key: 'VC-2026-0001:v5:notify_role',
        params: {
          ...base('kembalikan', 'putuskan', 'telaah', 'Perlu Ditelaah'),
          role: 'operator',
          roleLabel: 'Operator Zoom',
        },
      },
    ]);
  });

  test('an applied new time: "jadwal_diubah" to the applicant with the new date, then the step\'s roles', () => {
    const alternative = { date: '2026-03-23', start: '13:00', end: '15:00' };
    const moved = { ...base('ubah_jadwal', 'laksana', 'laksana', 'Menunggu Pelaksanaan'), ...alternative };
    expect(plan('laksana', 'ubah_jadwal', { alternative })).toEqual([
      { kind: 'update_meeting', key: 'VC-2026-0001:v5:update_meeting', params: moved },
      {
        kind: 'notify_applicant',
        key: 'VC-2026-0001:v5:notify_applicant',
        params: { ...moved, template: 'jadwal_diubah', editUrl: EDIT_URL },
      },
      {
        kind: 'notify_role',
        key: 'VC-2026-0001:v5:notify_role',
        params: { ...moved, role: 'operator', roleLabel: 'Operator Zoom', alsoRoles: 'tim,ketua' },
      },
    ]);
  });

  test('a cancel tells the roles of the step it leaves, all of them', () => {
    const notices = plan('laksana', 'batalkan', { note: 'Acara batal.' }).filter((e) => e.kind === 'notify_role');
    expect(notices.map((e) => e.params)).toEqual([
      {
        ...base('batalkan', 'laksana', 'dibatalkan', 'Dibatalkan'),
        note: 'Acara batal.',
        role: 'operator',
        roleLabel: 'Operator Zoom',
        alsoRoles: 'tim,ketua',
        template: 'dibatalkan',
        roleOf: 'from',
      },
    ]);
  });
});

describe('the applicant acting next', () => {
  const offered = { date: '2026-03-23', start: '13:00', end: '15:00' };
  const params = { ...base('tawarkan', 'putuskan', 'jawab', 'Menunggu Jawaban Pemohon'), ...offered };

  test('gets one mail named after the action, with the edit link; no approval, no role notice', () => {
    expect(plan('putuskan', 'tawarkan', { alternative: offered })).toEqual([
      {
        kind: 'notify_applicant',
        key: 'VC-2026-0001:v5:notify_applicant',
        params: { ...params, template: 'tawarkan', editUrl: EDIT_URL },
      },
    ]);
  });

  test('the mail lists the problems found, one a line, and has no edit link when the request has none', () => {
    const request = makeRequest({ editUrl: '', problems: ['Jam selesai kosong.', 'Email salah.'] });
    expect(plan('putuskan', 'tawarkan', { alternative: offered }, request)).toEqual([
      {
        kind: 'notify_applicant',
        key: 'VC-2026-0001:v5:notify_applicant',
        params: { ...params, template: 'tawarkan', problems: 'Jam selesai kosong.\nEmail salah.' },
      },
    ]);
  });
});

describe('asking for documentation', () => {
  const asked = base('selesai_acara', 'laksana', 'dok', 'Menunggu Dokumentasi');

  test("names the next step's role and the documents its documenting action needs, instead of a plain notice", () => {
    expect(plan('laksana', 'selesai_acara')).toEqual([
      {
        kind: 'ask_documentation',
        key: 'VC-2026-0001:v5:ask_documentation',
        params: { ...asked, role: 'operator', roleLabel: 'Operator Zoom', documents: 'video' },
      },
    ]);
  });

  test("falls back to the preset's required documentation when that action names none", () => {
    const preset = testPreset();
    delete preset.steps.find((s) => s.id === 'dok')!.actions.find((a) => a.id === 'unggah')!.documents;
    expect(plan('laksana', 'selesai_acara', {}, makeRequest(), preset).map((e) => e.params)).toEqual([
      { ...asked, role: 'operator', roleLabel: 'Operator Zoom', documents: 'notulen,foto' },
    ]);
  });
});

describe('ending the request', () => {
  test('a finishing action sends "selesai" to the applicant after its closing effects', () => {
    const done = base('unggah', 'dok', 'selesai', 'Selesai');
    const input = { documentation: { video: 'https://drive/video.mp4' } };
    const params = { ...done, doc_video: 'https://drive/video.mp4' };
    expect(plan('dok', 'unggah', input)).toEqual([
      { kind: 'make_report', key: 'VC-2026-0001:v5:make_report', params },
      { kind: 'close', key: 'VC-2026-0001:v5:close', params },
      {
        kind: 'notify_applicant',
        key: 'VC-2026-0001:v5:notify_applicant',
        params: { ...params, template: 'selesai', editUrl: EDIT_URL },
      },
    ]);
  });

  test('a finishing action declaring its own applicant mail sends only that one', () => {
    const done = base('tutup_sendiri', 'dok', 'selesai', 'Selesai');
    expect(plan('dok', 'tutup_sendiri')).toEqual([
      { kind: 'close', key: 'VC-2026-0001:v5:close', params: done },
      {
        kind: 'notify_applicant',
        key: 'VC-2026-0001:v5:notify_applicant',
        params: { ...done, template: 'laporan', editUrl: EDIT_URL },
      },
    ]);
  });

  test('an end without a close effect plans no "selesai" mail and no notice', () => {
    expect(plan('dok', 'tolak')).toEqual([
      { kind: 'release', key: 'VC-2026-0001:v5:release', params: base('tolak', 'dok', 'ditolak', 'Ditolak') },
    ]);
  });
});
