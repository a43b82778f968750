/**
 * A small stateful FAKE of the server functions the sidebar calls (ServerApi), for
 * the browser tests. It keeps three requests in memory, refuses stale versions the
 * way the real server does, and records every call. The real bundle on the stand-in
 * replaces it later through the same `invoke(name, args)` shape (see harness.ts).
 */
import type {
  ActionDto,
  ActionRequestDto,
  ActionResultDto,
  IntakeResultDto,
  LetterRequestDto,
  RequestDetailDto,
  Result,
  ServerApi,
  SidebarStateDto,
  TaskDto,
} from '../../src/shared/rpc';

/** The message the real server gives for a stale click. */
export const STALE_MESSAGE = 'Permintaan sudah diperbarui, muat ulang.';

interface FakeRequest {
  detail: RequestDetailDto;
  agency: string;
  eventLabel: string;
  minutesLeft: number | null;
  mine: boolean;
}

const act = (id: string, label: string, requires: ActionDto['requires'] = [], negative = false): ActionDto => ({
  id,
  label,
  requires,
  negative,
});

function seedRequest(
  id: string,
  title: string,
  stepLabel: string,
  actions: ActionDto[],
  minutesLeft: number | null,
): FakeRequest {
  const detail: RequestDetailDto = {
    id,
    title,
    status: 'Diproses',
    stepLabel,
    version: 3,
    actions,
    hosts: ['Zoom Diskominfo 1', 'Zoom Diskominfo 2'],
    fields: [
      { label: 'Pemohon', value: 'Rina Wulandari (Kepala Subbagian Umum)' },
      { label: 'Email', value: 'sekretariat.bappelitbang.kotabandung@bandung.go.id' },
      { label: 'Kegiatan', value: 'Senin, 5 Januari 2026 · 09.00–11.00 WIB' },
      { label: 'Platform', value: 'Zoom' },
    ],
    warnings: ['Diajukan kurang dari H-1 sebelum kegiatan.'],
    problems: [],
    timeline: [
      {
        at: '2026-01-02T02:00:00.000Z',
        atLabel: '2 Januari 2026 pukul 09.00 WIB',
        actorLabel: 'Siti sebagai Plh Kepala Dinas',
        action: 'Disposisi',
        fromStep: 'Surat masuk',
        toStep: stepLabel,
        note: 'Mohon segera diproses.',
        minutesTaken: 45,
        standardMinutes: 30,
        withinStandard: false,
        sentence: 'Siti sebagai Plh Kepala Dinas mendisposisikan permohonan ke Kepala Bidang.',
        movedTo: stepLabel,
      },
    ],
    operators: [
      { email: 'andi@diskominfo.go.id', name: 'Andi Operator' },
      { email: 'dewi@diskominfo.go.id', name: 'Dewi' },
    ],
    whatsapp: [
      { label: 'Kabari pemohon lewat WhatsApp', url: 'https://wa.me/6281234567890?text=Permohonan%20diterima' },
    ],
    pending: ['Kirim email ke pemohon (menunggu kuota)'],
  };
  return {
    detail,
    agency: 'Bappelitbang Kota Bandung',
    eventLabel: 'Senin, 5 Januari 2026 · 09.00–11.00 WIB',
    minutesLeft,
    mine: true,
  };
}

/** The fake's in-memory server plus test controls. */
export class FakeSidebarServer implements ServerApi {
  readonly calls: Array<{ name: string; args: unknown[] }> = [];
  private readonly requests = new Map<string, FakeRequest>();
  private nextNumber = 4;

  constructor() {
    const seeds = [
      seedRequest(
        'VC-2026-0001',
        'Rapat Koordinasi Percepatan Penurunan Stunting Tingkat Kota Tahun Anggaran 2026',
        'Disposisi Kepala Bidang',
        [
          act('disposisi', 'Disposisi ke Subkoordinator'),
          act('tolak', 'Tolak', [], true),
          act('kembalikan', 'Kembalikan untuk perbaikan', ['note'], true),
        ],
        -125,
      ),
      seedRequest(
        'VC-2026-0002',
        'Sosialisasi SPBE',
        'Penugasan operator',
        [
          act('tugaskan', 'Tugaskan operator', ['operator']),
          act('jadwal_penuh', 'Jadwal penuh', ['alternative', 'note'], true),
        ],
        3,
      ),
      seedRequest(
        'VC-2026-0003',
        'Bimtek Aplikasi SRIKANDI',
        'Dokumentasi kegiatan',
        [act('dokumentasi', 'Simpan dokumentasi', ['documentation'])],
        null,
      ),
    ];
    for (const r of seeds) this.requests.set(r.detail.id, r);
  }

  /** Dispatches one call by name, as google.script.run would; unknown names throw. */
  invoke(name: string, args: unknown[]): unknown {
    this.calls.push({ name, args });
    const fn = (this as unknown as Record<string, unknown>)[name];
    if (
      !(['getSidebarState', 'getRequestDetail', 'performAction', 'submitLetterRequest'] as string[]).includes(name) ||
      typeof fn !== 'function'
    ) {
      throw new Error(`Script function not found: ${name}`);
    }
    return (fn as (...a: unknown[]) => unknown).apply(this, args);
  }

  /** Someone else acted on `id`: its version moves on. */
  bumpVersion(id: string): void {
    const r = this.requests.get(id);
    if (r) r.detail.version += 1;
  }

  getSidebarState(): Result<SidebarStateDto> {
    const tasks: TaskDto[] = [...this.requests.values()]
      .filter((r) => r.mine)
      .map((r) => ({
        id: r.detail.id,
        title: r.detail.title,
        agency: r.agency,
        eventLabel: r.eventLabel,
        stepLabel: r.detail.stepLabel,
        clash: '',
        missed: false,
        status: r.detail.status,
        since: '2026-01-02T02:00:00.000Z',
        minutesLeft: r.minutesLeft,
        overdue: r.minutesLeft !== null && r.minutesLeft < 0,
        version: r.detail.version,
      }));
    return {
      ok: true,
      value: {
        me: {
          email: 'budi.santoso@diskominfo.bandung.go.id',
          name: 'Budi Santoso',
          roles: ['Kepala Bidang Aplikasi dan Informatika'],
          delegations: ['Plh Kepala Dinas (untuk Siti Rahmawati)'],
          isAdmin: false,
        },
        office: {
          name: 'Diskominfo Kota Bandung',
          timeZone: 'Asia/Jakarta',
          zone: 'WIB',
          presetName: 'Kota Bandung — Link Zoom Meeting',
        },
        tasks,
        problem: null,
      },
    };
  }

  getRequestDetail(requestId: string): Result<RequestDetailDto> {
    const r = this.requests.get(requestId);
    return r
      ? { ok: true, value: structuredClone(r.detail) }
      : { ok: false, error: `Permohonan ${requestId} tidak ditemukan.` };
  }

  performAction(req: ActionRequestDto): Result<ActionResultDto> {
    const r = this.requests.get(req.requestId);
    if (!r) return { ok: false, error: `Permohonan ${req.requestId} tidak ditemukan.` };
    if (r.detail.version !== req.expectedVersion) return { ok: false, error: STALE_MESSAGE };
    const action = r.detail.actions.find((a) => a.id === req.action);
    if (!action) return { ok: false, error: 'Tindakan ini tidak tersedia pada tahap sekarang.' };
    if (action.negative && !req.input.note) return { ok: false, error: 'Catatan wajib diisi.' };
    const from = r.detail.stepLabel;
    r.detail.stepLabel = action.negative ? 'Ditolak' : 'Verifikasi Subkoordinator';
    r.detail.status = action.negative ? 'Ditolak' : 'Diproses';
    r.detail.actions = [];
    r.detail.version += 1;
    r.mine = false;
    r.detail.timeline.push({
      at: '2026-01-02T03:00:00.000Z',
      atLabel: '2 Januari 2026 pukul 10.00 WIB',
      actorLabel: 'Budi Santoso',
      action: action.label,
      fromStep: from,
      toStep: r.detail.stepLabel,
      note: req.input.note ?? '',
      minutesTaken: 20,
      standardMinutes: 30,
      withinStandard: true,
      sentence: `Budi Santoso menjalankan "${action.label}".`,
      movedTo: r.detail.status,
    });
    return {
      ok: true,
      value: { message: `${action.label}: berhasil untuk ${r.detail.id}.`, detail: structuredClone(r.detail) },
    };
  }

  submitLetterRequest(letter: LetterRequestDto): Result<IntakeResultDto> {
    const id = `VC-2026-${String(this.nextNumber++).padStart(4, '0')}`;
    const problems = letter.email || letter.phone ? [] : ['Email atau nomor WhatsApp pemohon belum diisi.'];
    const base = seedRequest(id, letter.title, 'Disposisi Kepala Bidang', [], null);
    this.requests.set(id, { ...base, agency: letter.agency, mine: false });
    return {
      ok: true,
      value: {
        id,
        status: problems.length ? 'Perlu Perbaikan' : 'Baru',
        warnings: ['Jadwal bertabrakan dengan VC-2026-0002.'],
        problems,
      },
    };
  }
}
