/**
 * The playground's controls: who the page acts as, the SOP preset (switching reseeds
 * the world), the fake clock (+1 jam / +1 hari, firing time triggers) and Reset.
 */
import { PRESETS } from '../../../src/core/sop/presets';
import type { PlaygroundWorld } from '../world';
import type { PlaygroundState } from '../state';
import { DEMO_APPLICANTS } from '../seed-data';
import { esc, options, postButton, wallClock } from '../html';

/** Everyone the page can act as: the admin, each role user, and each demo applicant. */
export function actorChoices(world: PlaygroundWorld): Array<{ value: string; label: string }> {
  return [
    ...world.roleUsers.map((u) => ({ value: u.email, label: `${u.label} (${u.email})` })),
    ...DEMO_APPLICANTS.map((a) => ({ value: a.email, label: `Pemohon: ${a.name} — ${a.agency}` })),
  ];
}

/** The controls bar. */
export function renderControls(world: PlaygroundWorld, state: PlaygroundState, timeZone: string): string {
  const presets = PRESETS.map((p) => ({ value: p.id, label: p.name }));
  return `<div class="controls">
<form method="post" action="/sebagai" class="inline" aria-label="Bertindak sebagai">
<label for="pilih-pengguna">Bertindak sebagai</label>
<select id="pilih-pengguna" name="email">${options(actorChoices(world), state.actor)}</select>
<button type="submit">Ganti pengguna</button></form>
<form method="post" action="/alur" class="inline" aria-label="Alur SOP">
<label for="pilih-alur">Alur SOP</label>
<select id="pilih-alur" name="presetId">${options(presets, state.presetId)}</select>
<button type="submit">Ganti alur (data demo dibuat ulang)</button></form>
<div class="inline clock"><span>Jam: <strong id="jam">${esc(wallClock(world.e.ws.clock.now(), timeZone))}</strong></span>
${postButton('/jam', '+1 jam', { langkah: 'jam' })}${postButton('/jam', '+1 hari', { langkah: 'hari' })}</div>
<div class="inline menu" role="group" aria-label="Menu Layanan Vicon (sebagai admin)">
${postButton('/menu', 'Pengaturan', { view: 'pengaturan' })}${postButton('/menu', 'Periksa pemasangan', { view: 'periksa' })}${postButton('/rekap', 'Perbarui rekap')}</div>
${postButton('/reset', 'Reset (hapus keadaan tersimpan)', {}, 'danger')}
</div>`;
}
