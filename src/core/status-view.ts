/**
 * The applicant's status page as HTML: their request's subject and time, where it stands, what it
 * waits for, what happened so far (short sentences for the applicant, core/story.ts), the meeting's
 * access once it was sent, the offered times with one button each, and a cancel button. Only this
 * request; no officials' names or notes. Buttons POST the page's own signed parameters. Pure.
 */
import { escapeHtml, isSafeUrl } from './messages/blocks';
import { postButton, type PageView } from './page-html';

/** The meeting's access as the applicant received it. */
export interface StatusMeeting {
  platform: string;
  joinUrl: string;
  meetingId: string;
  passcode: string;
}

/** Everything the page shows, already in Indonesian. */
export interface StatusModel {
  requestId: string;
  title: string;
  /** 'Senin, 7 Desember 2026 pukul 09.00–11.00 WIB'. */
  when: string;
  status: string;
  /** What it waits for now ('' when finished). */
  waitingFor: string;
  /** What happened, oldest first: when ('5 Januari 2026 pukul 09.00 WIB') and what. */
  story: Array<{ at: string; text: string }>;
  meeting: StatusMeeting | null;
  /** Times the applicant may accept: value 'YYYY-MM-DD HH:MM-HH:MM' and how it reads. */
  offers: Array<{ value: string; label: string }>;
  canCancel: boolean;
  /** The answer to the applicant's last click, shown on top. */
  notice?: { ok: boolean; text: string };
}

/** The signed parameters every button sends back. */
export interface SignedParams {
  selfUrl: string;
  hidden: Record<string, string>;
}

const p = (text: string): string => `<p>${escapeHtml(text)}</p>`;

function facts(m: StatusModel): string {
  const rows: Array<[string, string]> = [
    ['Nomor permohonan', m.requestId],
    ['Kegiatan', m.title],
    ['Waktu', m.when],
    ['Status', m.status],
  ];
  if (m.waitingFor) rows.push(['Sedang menunggu', m.waitingFor]);
  const body = rows.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`);
  return `<table>${body.join('')}</table>`;
}

function meetingPart(m: StatusMeeting | null): string {
  if (!m) return '';
  const rows: Array<[string, string]> = [['Platform', m.platform]];
  if (m.meetingId) rows.push(['ID rapat', m.meetingId]);
  if (m.passcode) rows.push(['Kode sandi', m.passcode]);
  const table = rows.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`);
  return [
    '<h2>Tautan rapat</h2>',
    isSafeUrl(m.joinUrl)
      ? `<p><a href="${escapeHtml(m.joinUrl)}" target="_blank" rel="noopener">Buka rapat</a></p>`
      : `<p>Tautan rapat: ${escapeHtml(m.joinUrl)}</p>`,
    `<table>${table.join('')}</table>`,
  ].join('');
}

function offersPart(m: StatusModel, s: SignedParams): string {
  if (m.offers.length === 0) return '';
  const buttons = m.offers.map((o) =>
    postButton(s.selfUrl, { ...s.hidden, a: 'terima', pilihan: o.value }, `Pilih ${o.label}`),
  );
  return [
    '<h2>Waktu lain yang kami tawarkan</h2>',
    p('Waktu yang Anda minta tidak dapat kami layani. Pilih salah satu waktu berikut dengan satu klik:'),
    ...buttons,
  ].join('');
}

function cancelPart(m: StatusModel, s: SignedParams): string {
  if (!m.canCancel) return '';
  const reason =
    '<label for="alasan">Alasan pembatalan (boleh dikosongkan)</label><textarea id="alasan" name="alasan" rows="2" maxlength="500"></textarea>';
  return [
    '<h2>Batalkan permohonan</h2>',
    p('Bila kegiatan tidak jadi dilaksanakan, batalkan permohonan ini agar jadwalnya dapat dipakai pemohon lain.'),
    postButton(s.selfUrl, { ...s.hidden, a: 'batal' }, 'Batalkan permohonan', { secondary: true, fieldsHtml: reason }),
  ].join('');
}

function storyPart(m: StatusModel): string {
  if (m.story.length === 0) return '';
  const items = m.story.map((e) => `<li><strong>${escapeHtml(e.at)}</strong>: ${escapeHtml(e.text)}</li>`);
  return `<h2>Perjalanan permohonan</h2><ol>${items.join('')}</ol>`;
}

/** The status page of `m`, its buttons posting `signed` back. */
export function statusPageView(m: StatusModel, signed: SignedParams): PageView {
  const notice = m.notice
    ? `<p class="${m.notice.ok ? 'ok' : 'note'}" role="status">${escapeHtml(m.notice.text)}</p>`
    : '';
  return {
    title: `Status permohonan ${m.requestId}`,
    html: [notice, facts(m), offersPart(m, signed), meetingPart(m.meeting), storyPart(m), cancelPart(m, signed)].join(
      '',
    ),
  };
}
