/**
 * Zoom error codes this product meets, their meaning (the error tables of each operation in the
 * vendored spec, contracts/zoom/ZoomMeetingAPISpec.json) and what a person should do, in
 * Indonesian. `{zoom}` is replaced by Zoom's own short error text. Pure data.
 */

/** One known code: whether it is permanent, and the advice. */
export interface KnownZoomCode {
  permanent: boolean;
  message: string;
}

const SUMBER_DAYA = 'Periksa alamat email akun host di lembar Sumber Daya.';

/** Zoom codes → advice. 300 (validation) and 4700/4711 (scopes) are handled apart. */
export const KNOWN_CODES: Record<number, KnownZoomCode> = {
  124: {
    permanent: false,
    message:
      'Token akses Zoom ditolak walaupun baru diminta. Sistem mencoba lagi; bila terus terjadi, periksa di Zoom App Marketplace bahwa aplikasi Server-to-Server OAuth masih aktif.',
  },
  1001: { permanent: true, message: `Akun host Zoom tidak ada di akun Zoom kantor. ${SUMBER_DAYA}` },
  1010: { permanent: true, message: `Pengguna Zoom ini bukan anggota akun Zoom kantor. ${SUMBER_DAYA}` },
  1120: {
    permanent: true,
    message:
      'Undangan bergabung ke akun Zoom kantor untuk host ini kedaluwarsa sebelum diterima. Minta admin Zoom mengundangnya lagi, atau pilih akun host lain di Sumber Daya.',
  },
  3000: {
    permanent: true,
    message:
      'Zoom tidak mengizinkan tindakan ini pada rapat tersebut (keterangan Zoom: "{zoom}"). Periksa rapat dan akun host di portal Zoom.',
  },
  3001: {
    permanent: true,
    message:
      'Rapat Zoom tidak ditemukan atau sudah kedaluwarsa. Bila rapat itu dihapus di Zoom, batalkan permohonan ini atau buat rapat baru dari panel samping.',
  },
  3002: {
    permanent: false,
    message: 'Rapat Zoom sedang berlangsung sehingga belum dapat dihapus. Sistem mencoba lagi setelah rapat selesai.',
  },
  3003: {
    permanent: true,
    message:
      'Akun host yang dipakai bukan host rapat Zoom ini. Periksa akun Zoom permohonan ini di lembar Sumber Daya.',
  },
  3007: { permanent: true, message: 'Rapat Zoom ini sudah berakhir sehingga tidak dapat dihapus lagi.' },
  3161: {
    permanent: true,
    message:
      'Akun host ini tidak diizinkan menjadi host atau menjadwalkan rapat Zoom (fitur rapat dimatikan untuk pengguna itu). Minta admin Zoom mengaktifkan fitur rapat bagi pengguna tersebut, atau pilih akun host lain di Sumber Daya.',
  },
  3301: {
    permanent: false,
    message: 'Belum ada rekaman Zoom untuk rapat ini. Rekaman cloud baru tersedia beberapa saat setelah rapat selesai.',
  },
};

/** The scope names inside Zoom's "Invalid access token, does not contain scopes:[a, b]." text. */
export function scopesInMessage(zoomMessage: string): string[] {
  const list = /scopes\s*:\s*\[([^\]]*)\]/i.exec(zoomMessage);
  return list
    ? list[1]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/** Advice for a token without a scope the call needs: it names the scopes; the credentials are fine. */
export function scopeAdvice(zoomMessage: string): string {
  const scopes = scopesInMessage(zoomMessage);
  const named = scopes.length > 0 ? `: ${scopes.join(', ')}` : '';
  return `Aplikasi Zoom (Server-to-Server OAuth) belum diberi izin (scope) yang dibutuhkan${named}. Kredensialnya benar. Tambahkan izin itu di Zoom App Marketplace (aplikasi › Scopes), lalu jalankan "Tes koneksi" di Pengaturan.`;
}
