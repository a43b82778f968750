/** Zoom API errors mapped to an Indonesian message and a retry decision. Pure. */
/** Per-host daily limit of meeting creates/updates; Zoom resets it at 00:00 UTC. */
export const ZOOM_DAILY_WRITE_LIMIT = 100;

/** What a caller should do about a failed Zoom call. */
export interface ZoomErrorInfo {
  /** Zoom's error code (e.g. 300, 1001, 3001, 124, 429), or null when there is none. */
  code: number | null;
  /** never: do not retry; backoff: retry with growing waits; after: retry after retryAfterSeconds. */
  retry: 'never' | 'backoff' | 'after';
  retryAfterSeconds?: number;
  /** Indonesian: what went wrong and what to do. Never contains credentials. */
  message: string;
  /** The rejected body field (code 300), e.g. 'settings.alternative_hosts'. */
  field?: string;
}

const DAILY_RESET = 'Batas direset pukul 00.00 UTC (07.00 WIB).';

function parseBody(body: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function header(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : String(headers[key]);
}

function retryAfterSeconds(value: string | undefined, nowMs: number | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  if (Number.isNaN(at) || nowMs === undefined) return undefined;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}

function secondsToUtcMidnight(nowMs: number | undefined): number | undefined {
  if (nowMs === undefined) return undefined;
  const next = new Date(nowMs);
  next.setUTCHours(24, 0, 0, 0);
  return Math.ceil((next.getTime() - nowMs) / 1000);
}

function rateLimited(headers: Record<string, string>, zoomMessage: string, nowMs?: number): ZoomErrorInfo {
  const type = header(headers, 'X-RateLimit-Type') ?? '';
  const wait = retryAfterSeconds(header(headers, 'Retry-After'), nowMs);
  if (/daily/i.test(type) || /daily/i.test(zoomMessage)) {
    return {
      code: 429,
      retry: 'never',
      retryAfterSeconds: wait ?? secondsToUtcMidnight(nowMs),
      message: `Batas harian Zoom untuk akun host ini (${ZOOM_DAILY_WRITE_LIMIT} pembuatan/perubahan rapat per hari) sudah tercapai. ${DAILY_RESET} Coba lagi setelah itu atau pilih akun host lain.`,
    };
  }
  const seconds = wait ?? 1;
  return {
    code: 429,
    retry: 'after',
    retryAfterSeconds: seconds,
    message: `Zoom sedang membatasi jumlah permintaan. Coba lagi dalam ${seconds} detik.`,
  };
}

function validationFailed(parsed: Record<string, unknown>, zoomMessage: string): ZoomErrorInfo {
  const errors = Array.isArray(parsed.errors) ? (parsed.errors as Array<Record<string, unknown>>) : [];
  const first = errors.find((e) => typeof e.field === 'string');
  if (!first)
    return {
      code: 300,
      retry: 'never',
      message: `Zoom menolak data rapat (${zoomMessage || 'tidak valid'}). Periksa isian permohonan lalu coba lagi.`,
    };
  const field = String(first.field);
  const why = typeof first.message === 'string' ? `: ${first.message}` : '';
  return {
    code: 300,
    retry: 'never',
    field,
    message: `Zoom menolak isian "${field}"${why}. Perbaiki isian tersebut lalu coba lagi.`,
  };
}

function byCode(code: number, parsed: Record<string, unknown>, zoomMessage: string): ZoomErrorInfo | null {
  switch (code) {
    case 300:
      return validationFailed(parsed, zoomMessage);
    case 124:
      return {
        code,
        retry: 'never',
        message: 'Token akses Zoom ditolak. Periksa kredensial dan cakupan (scope) aplikasi Zoom di Pengaturan.',
      };
    case 1001:
      return {
        code,
        retry: 'never',
        message: 'Akun host Zoom tidak ditemukan di akun Zoom kantor. Periksa alamat email host di lembar Sumber Daya.',
      };
    case 3000:
    case 3001:
      return {
        code,
        retry: 'never',
        message: 'Rapat Zoom tidak ditemukan (sudah dihapus atau kedaluwarsa). Buat ulang rapatnya dari sidebar.',
      };
    case 3301:
      return {
        code,
        retry: 'never',
        message:
          'Belum ada rekaman Zoom untuk rapat ini. Rekaman cloud baru tersedia beberapa saat setelah rapat selesai.',
      };
    default:
      return null;
  }
}

/**
 * Maps a failed Zoom response to advice. `status` 0 means no response (timeout or network
 * failure). `headers` are matched case-insensitively; `nowMs` (epoch ms) lets a Retry-After
 * date and the 00:00 UTC daily reset be turned into seconds. 401/124 is 'never' here: the
 * caller refreshes the token once on its own. The message never echoes the response body
 * except Zoom's own short validation text.
 */
export function mapZoomError(
  status: number,
  body: string,
  headers: Record<string, string>,
  nowMs?: number,
): ZoomErrorInfo {
  const parsed = parseBody(body);
  const code = typeof parsed.code === 'number' ? parsed.code : null;
  const zoomMessage = typeof parsed.message === 'string' ? parsed.message : '';
  if (status === 0)
    return {
      code: null,
      retry: 'backoff',
      message: 'Zoom tidak dapat dihubungi (jaringan terputus atau waktu habis). Coba lagi beberapa saat lagi.',
    };
  if (status === 429) return rateLimited(headers, zoomMessage, nowMs);
  if (status >= 500)
    return {
      code,
      retry: 'backoff',
      message: `Layanan Zoom sedang bermasalah (HTTP ${status}). Coba lagi beberapa menit lagi.`,
    };
  const known = code === null ? null : byCode(code, parsed, zoomMessage);
  if (known) return known;
  if (parsed.error === 'invalid_client' || parsed.error === 'invalid_request' || status === 401) {
    return {
      code,
      retry: 'never',
      message:
        'Kredensial Zoom ditolak (Account ID, Client ID, atau Client Secret salah). Minta admin memeriksanya di Pengaturan.',
    };
  }
  if (status === 404)
    return { code, retry: 'never', message: 'Data yang diminta tidak ada di Zoom. Periksa host dan ID rapat.' };
  const detail = code === null ? `HTTP ${status}` : `kode ${code}`;
  return { code, retry: 'never', message: `Zoom menolak permintaan (${detail}). Hubungi admin bila terus terjadi.` };
}
