import { letterKindOf, preflightProblems, signingRole } from '../../src/app/letters';
import type { VcRequest } from '../../src/core/request';
import type { Preset } from '../../src/core/sop/types';
import { letterWorld, tarakan } from './fakes-letters';

describe('letter kind, signer role and preflight', () => {
  it('takes the kind from params when valid, else from the step', () => {
    const r: VcRequest = letterWorld().w.register.rows[0];
    expect([
      letterKindOf({ ...r, stepId: 'penuh' }, {}),
      letterKindOf({ ...r, stepId: 'jadwal_penuh' }, { kind: 'undangan' }),
      letterKindOf({ ...r, stepId: 'ditolak' }, { kind: '' }),
      letterKindOf({ ...r, stepId: 'penuh' }, { kind: 'persetujuan' }),
      letterKindOf({ ...r, stepId: 'kirim_surat' }, {}),
    ]).toEqual(['jadwal_penuh', 'jadwal_penuh', 'penolakan', 'persetujuan', 'persetujuan']);
  });

  it('the signer is the actor of the step one of whose actions signs; kadis when none does', () => {
    const byKabid: Preset = structuredClone(tarakan);
    const step = byKabid.steps.find((s) => s.id === 'kirim_surat')!;
    step.actor = 'kabid';
    step.actions.push({ ...step.actions[0], id: 'tunda', label: 'Tunda', effects: [] });
    expect(signingRole(byKabid)).toBe('kabid');
    const unsigned: Preset = structuredClone(tarakan);
    for (const s of unsigned.steps)
      for (const a of s.actions) a.effects = a.effects.filter((e) => e.kind !== 'sign_letter');
    expect(signingRole(unsigned)).toBe('kadis');
  });

  it('preflight names unknown placeholders, then empty ones', () => {
    expect(
      preflightProblems('{{nama_kegiatan}} {{tanggal_rapat}} {{tautan}}', { nama_kegiatan: 'Rapat', tautan: ' ' }),
    ).toEqual([
      'Templat memuat {{tanggal_rapat}} yang tidak dikenal; perbaiki templat.',
      'Data untuk {{tautan}} belum ada; lengkapi (Pengaturan, Pengguna atau Register).',
    ]);
  });
});
