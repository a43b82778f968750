/** The settings wizard's "Arsip" block: how full the spreadsheet is, the archives made, and "Arsipkan tahun". */
import type { SettingsFormDto } from '../../shared/admin-rpc';
import { h } from '../dom';

/** The block; `archive(year, target)` runs "Arsipkan tahun" and writes its answer into `target`. */
export function archiveBlock(dto: SettingsFormDto, archive: (year: number, target: HTMLElement) => void): HTMLElement {
  const result = h('div', { class: 'form-summary', 'aria-live': 'polite' });
  const year = h('input', {
    id: 'arsip-tahun',
    name: 'archiveYear',
    type: 'number',
    min: '2000',
    step: '1',
    value: String(dto.archiveYear ?? ''),
  }) as HTMLInputElement;
  const made = dto.archives ?? [];
  return h(
    'div',
    { class: 'block' },
    h('h3', null, 'Arsip'),
    ...(dto.capacity ? [h('p', null, dto.capacity)] : []),
    h(
      'p',
      null,
      'Permohonan dari tahun yang sudah lewat yang sudah selesai (beserta riwayatnya) dipindahkan ke spreadsheet "Arsip Layanan Vicon <tahun>" milik akun layanan, agar spreadsheet ini tidak penuh. Permohonan yang masih berjalan tetap di Register. Rekap bulan-bulan itu tetap dapat dibuat.',
    ),
    ...(made.length
      ? [
          h(
            'ul',
            null,
            ...made.map((a) =>
              h('li', null, h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, `Arsip ${a.year}`)),
            ),
          ),
        ]
      : []),
    h('label', { for: 'arsip-tahun' }, 'Tahun yang diarsipkan'),
    year,
    h(
      'button',
      { type: 'button', class: 'secondary', onClick: () => archive(Number(year.value), result) },
      'Arsipkan tahun',
    ),
    result,
  );
}
