/**
 * The HTML of officials' phone pages: one request's essentials and the actions the sidebar offers,
 * the "Tugas saya" list, the one-time-code form and plain answers. Built for a 360 px screen and
 * one thumb: full-width buttons at least 48 px high, labelled fields, no script. Every value is
 * escaped here.
 */
import { escapeHtml } from '../core/messages/blocks';
import { postButton, type PageView } from '../core/page-html';
import type { ActionDto, RequestDetailDto, TaskDto } from '../shared/rpc';

/** The fields of a request a phone page shows (no contacts, no meeting access: a link can be forwarded). */
const ESSENTIALS = ['Kegiatan', 'Waktu', 'Instansi/OPD', 'Pemohon', 'Nomor surat', 'Platform', 'Peserta', 'Keterangan'];
/** History entries shown, newest last. */
const HISTORY_SHOWN = 5;

const PHONE_STYLE =
  '<style>.act form{margin:0 0 1rem}.act button,.big{display:block;width:100%;min-height:48px;font-size:1.05rem;margin-top:.5rem;text-align:center;box-sizing:border-box}' +
  'a.big{padding:.75rem;border:#0b57d0 1px solid;border-radius:4px;text-decoration:none}' +
  'input,select,textarea{font:inherit;font-size:1rem;min-height:44px;width:100%;box-sizing:border-box}' +
  '.tasks{list-style:none;padding:0}.tasks li{margin:.6rem 0}.tasks a{display:block;padding:.6rem;border:#d0d7de 1px solid;border-radius:4px;text-decoration:none}' +
  '.warn{background:#fff8c5;border:#d4a72c 1px solid;padding:.6rem;border-radius:4px}</style>';

/** Where the page posts and which hidden fields every form carries (signed link, device). */
export interface FormTarget {
  selfUrl: string;
  hidden: Record<string, string>;
}

const p = (text: string) => `<p>${escapeHtml(text)}</p>`;
const link = (label: string, url: string) =>
  `<p><a class="big" target="_top" href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>`;

function field(id: string, label: string, control: string): string {
  return `<label for="${id}">${escapeHtml(label)}</label>${control}`;
}

/** A required input (every value an action asks on the phone is required). */
function input(id: string, name: string, type: string): string {
  return `<input id="${id}" name="${name}" type="${type}" required>`;
}

function operatorSelect(id: string, operators: RequestDetailDto['operators']): string {
  const options = operators.map(
    (o) => `<option value="${escapeHtml(o.email)}">${escapeHtml(o.name || o.email)}</option>`,
  );
  return `<select id="${id}" name="operator" required><option value="">— pilih operator —</option>${options.join('')}</select>`;
}

/** The fields an action asks for, as the sidebar asks them (reason, operator, alternative time, …). */
function actionFields(a: ActionDto, d: RequestDetailDto, n: number): string {
  const id = (name: string) => `f${n}-${name}`;
  const parts: string[] = [];
  if (a.requires.includes('operator')) parts.push(field(id('op'), 'Operator', operatorSelect(id('op'), d.operators)));
  if (a.requires.includes('alternative'))
    parts.push(
      field(id('ad'), 'Tanggal alternatif', input(id('ad'), 'altDate', 'date')),
      field(id('as'), 'Jam mulai alternatif', input(id('as'), 'altStart', 'time')),
      field(id('ae'), 'Jam selesai alternatif', input(id('ae'), 'altEnd', 'time')),
    );
  if (a.requires.includes('srikandi_number'))
    parts.push(field(id('sn'), 'Nomor SRIKANDI', input(id('sn'), 'srikandiNumber', 'text')));
  if (a.requires.includes('test_time'))
    parts.push(
      field(id('td'), 'Tanggal uji koneksi', input(id('td'), 'testDate', 'date')),
      field(id('tt'), 'Jam uji koneksi', input(id('tt'), 'testTime', 'time')),
    );
  if (a.requires.includes('link')) parts.push(field(id('ln'), 'Tautan rapat', input(id('ln'), 'link', 'url')));
  const noteNeeded = a.negative || a.requires.includes('note');
  const noteLabel = noteNeeded ? 'Alasan (wajib)' : 'Catatan (boleh kosong)';
  parts.push(
    field(
      id('nt'),
      noteLabel,
      `<textarea id="${id('nt')}" name="note" rows="3" maxlength="1000"${noteNeeded ? ' required' : ''}></textarea>`,
    ),
  );
  return parts.join('');
}

/** Actions the phone cannot take (files to attach): the official uses the sidebar for those. */
const phoneCannot = (a: ActionDto) => a.requires.includes('documentation') || a.requires.includes('host');

function actionsHtml(d: RequestDetailDto, target: FormTarget): string {
  if (d.actions.length === 0) return p('Tidak ada tindakan untuk Anda pada langkah ini.');
  return d.actions
    .map((a, n) =>
      phoneCannot(a)
        ? p(`${a.label}: isiannya diunggah dari panel di spreadsheet.`)
        : postButton(target.selfUrl, { ...target.hidden, a: 'aksi', x: a.id }, a.label, {
            secondary: a.negative,
            fieldsHtml: actionFields(a, d, n),
          }),
    )
    .join('');
}

function essentialsHtml(d: RequestDetailDto): string {
  const rows = d.fields
    .filter((f) => ESSENTIALS.includes(f.label))
    .map((f) => `<tr><th scope="row">${escapeHtml(f.label)}</th><td>${escapeHtml(f.value)}</td></tr>`);
  const warnings = d.warnings.length
    ? `<div class="warn" role="note"><strong>Perhatian:</strong><ul>${d.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul></div>`
    : '';
  return `<table><tbody>${rows.join('')}</tbody></table>${warnings}`;
}

function historyHtml(d: RequestDetailDto): string {
  const shown = d.timeline.slice(-HISTORY_SHOWN).map((t) => {
    const note = t.note ? ` — ${t.note}` : '';
    return `<li>${escapeHtml(`${t.atLabel}: ${t.action}, oleh ${t.actorLabel}${note}`)}</li>`;
  });
  return shown.length ? `<h2>Riwayat singkat</h2><ul>${shown.join('')}</ul>` : '';
}

/** The step page: the request's essentials, the actions (or the code box), its short history. */
export function stepView(d: RequestDetailDto, actionsOrCode: string, message: string, tasksUrl: string): PageView {
  return {
    title: `${d.id}: ${d.stepLabel}`,
    html: [
      PHONE_STYLE,
      message ? `<p class="ok" role="status">${escapeHtml(message)}</p>` : '',
      essentialsHtml(d),
      `<h2>Tindakan</h2><div class="act">${actionsOrCode}</div>`,
      historyHtml(d),
      link('Tugas saya', tasksUrl),
    ].join(''),
  };
}

/** The actions of `d` as forms posting to `target`. */
export function stepActions(d: RequestDetailDto, target: FormTarget): string {
  return actionsHtml(d, target);
}

/** The box asking for a one-time code (send one, or type the one received). */
export function codeBox(target: FormTarget, sent: boolean, problem: string): string {
  const intro = sent
    ? 'Kode 6 angka sudah dikirim ke email Anda. Ketik di sini (berlaku 10 menit).'
    : 'Perangkat ini belum dikenal. Sebelum bertindak, minta kode sekali pakai yang dikirim ke email Anda sendiri.';
  const problemHtml = problem ? `<p class="note" role="alert">${escapeHtml(problem)}</p>` : '';
  const send = postButton(
    target.selfUrl,
    { ...target.hidden, a: 'kode_kirim' },
    sent ? 'Kirim kode baru' : 'Kirim kode ke email saya',
  );
  const check = sent
    ? postButton(target.selfUrl, { ...target.hidden, a: 'kode_cek' }, 'Masuk dengan kode', {
        fieldsHtml: field(
          'kode',
          'Kode',
          '<input id="kode" name="k" inputmode="numeric" autocomplete="one-time-code" maxlength="6" required>',
        ),
      })
    : '';
  return `${problemHtml}${p(intro)}${check}${send}`;
}

/** "Tugas saya": each waiting request with its private link. */
export function tasksView(name: string, tasks: Array<{ task: TaskDto; url: string }>, waiting: number): PageView {
  const items = tasks.map(({ task, url }) => {
    const late = task.overdue ? ' · terlambat' : '';
    return `<li><a target="_top" href="${escapeHtml(url)}"><strong>${escapeHtml(task.id)}</strong> ${escapeHtml(task.title)}<br>${escapeHtml(task.stepLabel)}<br><small>${escapeHtml(task.eventLabel)}${late}</small></a></li>`;
  });
  const more =
    waiting > tasks.length ? p(`${waiting - tasks.length} permohonan lain menyusul setelah yang di atas selesai.`) : '';
  const body = items.length
    ? `<ul class="tasks">${items.join('')}</ul>${more}`
    : p('Tidak ada tugas yang menunggu Anda.');
  return {
    title: 'Tugas saya',
    html: `${PHONE_STYLE}${p(`${name}: ${waiting} permohonan menunggu tindakan Anda.`)}${body}`,
  };
}

/** A plain answer (done, refused), with links onward. */
export function answerView(title: string, text: string, links: Array<[string, string]>): PageView {
  return { title, html: `${PHONE_STYLE}${p(text)}${links.map(([label, url]) => link(label, url)).join('')}` };
}

/** The refusal for a visitor signed in as another account. */
export function otherAccountView(visitor: string): PageView {
  return answerView(
    'Tautan untuk petugas lain',
    `Tautan ini dibuat untuk petugas lain. Anda masuk ke Google sebagai ${visitor}, jadi tidak ada yang ditampilkan atau dijalankan. Buka tautan dari email Anda sendiri.`,
    [],
  );
}
