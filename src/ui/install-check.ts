/// <reference lib="dom" />
/**
 * "Periksa pemasangan" in the settings wizard: runs the live check, shows one line per thing
 * checked (✓ or ✗, what was found, what to do, Google's or Zoom's own words), and "Salin laporan"
 * copies the plain-text report (no personal data, no secrets) for a bug report.
 */

import type { CheckLine, InstallCheckDto } from '../shared/check-rpc';
import { call, errorText, unwrap } from './client';
import { h, replaceChildren, uid } from './dom';
import { focusHeading, loading, messageBox } from './views/common';

function lineItem(line: CheckLine): HTMLElement {
  return h(
    'li',
    { class: line.ok ? 'check-line check-ok' : 'check-line check-fail', 'data-check': line.id },
    h('span', { class: 'check-mark', 'aria-hidden': 'true' }, line.ok ? '✓' : '✗'),
    h(
      'div',
      { class: 'check-body' },
      h(
        'p',
        { class: 'check-title' },
        h('span', { class: 'visually-hidden' }, line.ok ? 'Berhasil: ' : 'Gagal: '),
        line.title,
      ),
      h('p', null, line.detail),
      line.ok ? null : h('p', { class: 'check-fix' }, `Yang harus dilakukan: ${line.fix}`),
      line.raw.length
        ? h(
            'details',
            null,
            h('summary', null, 'Pesan asli Google/Zoom'),
            h(
              'ul',
              null,
              line.raw.map((r) => h('li', null, r)),
            ),
          )
        : null,
    ),
  );
}

async function copyReport(report: string, area: HTMLTextAreaElement, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(report);
    replaceChildren(status, 'Laporan disalin. Tempel di pesan Anda ke pengelola Layanan Vicon.');
  } catch {
    const details = area.closest('details');
    if (details) details.open = true;
    area.focus();
    area.select();
    const copied = typeof document.execCommand === 'function' && document.execCommand('copy');
    replaceChildren(
      status,
      copied ? 'Laporan disalin.' : 'Laporan sudah dipilih: tekan Ctrl+C (⌘C di Mac) untuk menyalinnya.',
    );
  }
}

function reportBlock(report: string): HTMLElement {
  const id = uid('laporan');
  const area = h('textarea', { id, readonly: true, rows: '8', class: 'check-report' }, report) as HTMLTextAreaElement;
  const status = h('p', { class: 'hint', role: 'status' });
  return h(
    'div',
    { class: 'block' },
    h(
      'button',
      { type: 'button', class: 'action', onClick: () => void copyReport(report, area, status) },
      'Salin laporan',
    ),
    status,
    h('details', null, h('summary', null, 'Lihat laporan'), h('label', { for: id }, 'Laporan (teks)'), area),
  );
}

/** The checklist: a summary, the failed lines first, then the passed ones, and the report. */
export function renderChecklist(dto: InstallCheckDto): HTMLElement {
  const ordered = [...dto.lines.filter((l) => !l.ok), ...dto.lines.filter((l) => l.ok)];
  return h(
    'section',
    { class: 'checklist', 'aria-label': 'Hasil pemeriksaan' },
    focusHeading('h3', 'Hasil pemeriksaan'),
    dto.failed === 0
      ? messageBox('success', `Semua ${dto.passed} pemeriksaan berhasil.`)
      : messageBox(
          'alert',
          `${dto.failed} dari ${dto.lines.length} pemeriksaan gagal. Lihat yang harus dilakukan di bawah.`,
        ),
    h('ul', { class: 'check-list' }, ordered.map(lineItem)),
    reportBlock(dto.report),
  );
}

/** Run the check and show its checklist in `target` (a message when it could not run). */
export async function runInstallCheck(target: HTMLElement): Promise<void> {
  replaceChildren(target, loading('Memeriksa pemasangan… Ini dapat memakan waktu sekitar satu menit.'));
  try {
    replaceChildren(target, renderChecklist(unwrap(await call('runInstallCheck'))));
    target.querySelector<HTMLElement>('.view-title')?.focus();
  } catch (error) {
    replaceChildren(target, messageBox('alert', errorText(error)));
  }
}

/** The "Periksa pemasangan" block of the wizard: what it does, its button, and where the checklist goes. */
export function installCheckBlock(autostart = false): HTMLElement {
  const result = h('div', { class: 'check-result', 'aria-live': 'polite' });
  const block = h(
    'div',
    { class: 'block install-check' },
    autostart ? focusHeading('h2', 'Periksa pemasangan') : h('h3', null, 'Periksa pemasangan'),
    h(
      'p',
      { class: 'hint' },
      'Mencoba pemasangan di akun Google dan Zoom kantor yang sebenarnya: membuat acara kalender, email, surat, dan rapat Zoom uji, lalu menghapusnya lagi. Tidak ada data yang berubah.',
    ),
    h(
      'button',
      { type: 'button', class: 'secondary', onClick: () => void runInstallCheck(result) },
      'Periksa pemasangan',
    ),
    result,
  );
  if (autostart) void runInstallCheck(result);
  return block;
}
