/**
 * The playground page: controls, the real sidebar in a 300 px iframe, and the world
 * as people would see it (sheets, outbox, files, calendars), plus the FPVC form.
 * The panels refresh themselves after every sidebar call (the iframe posts a message).
 */
import type { Session } from './session';
import { esc } from './html';
import { renderControls } from './views/controls';
import { renderEditForm, renderFpvcForm } from './views/form';
import { officeTimeZone, renderSheets, sheetAnchor, SHOWN_SHEETS } from './views/sheets';
import { renderOutbox } from './views/outbox';
import { renderFiles } from './views/files';
import { renderCalendars } from './views/calendar';
import { renderStatusLinks } from './views/status';
import { PAGE_CSS } from './page-style';

/** The refreshable part: sheets, outbox, files and calendars. */
export function renderPanels(session: Session): string {
  const ws = session.world.e.ws;
  const tz = officeTimeZone(ws);
  return [
    renderSheets(ws),
    renderOutbox(ws.mail.outbox, tz),
    renderStatusLinks(ws.mail.outbox, session.world.engineUrl),
    renderFiles(ws, tz),
    renderCalendars(ws, tz),
  ].join('\n');
}

const REFRESH_SCRIPT = `
window.addEventListener('message', function (event) {
  if (event.origin !== location.origin || event.data !== 'vicon-playground-changed') return;
  fetch('/panel', { cache: 'no-store' }).then(function (r) { return r.text(); }).then(function (html) {
    document.getElementById('panels').innerHTML = html;
    document.body.setAttribute('data-refreshed', String(Date.now()));
  });
});`;

function nav(): string {
  const links = [
    ...SHOWN_SHEETS.map((n) => [sheetAnchor(n), n]),
    ['surat-keluar', 'Email'],
    ['halaman-status', 'Halaman status'],
    ['berkas', 'Surat'],
    ['kalender', 'Kalender'],
  ];
  return `<nav aria-label="Bagian halaman">${links.map(([id, label]) => `<a href="#${id}">${esc(label)}</a>`).join(' · ')}</nav>`;
}

/**
 * The whole page for the session's current world and actor, the sidebar opened on `view` ('pengaturan',
 * 'periksa' as the Sheets menu opens them; '' = the panel). The applicant's form comes first in the
 * content, with the notice that answers it beside it.
 */
export function renderPage(session: Session, view = ''): string {
  const { world, state } = session;
  const tz = officeTimeZone(world.e.ws);
  const notice = session.takeNotice();
  const noticeHtml = notice
    ? `<p class="notice ${notice.kind}" role="${notice.kind === 'error' ? 'alert' : 'status'}" id="pemberitahuan">${esc(notice.text)}</p>`
    : '';
  const top = notice?.place === 'form' ? '' : noticeHtml;
  const atForm = notice?.place === 'form' ? noticeHtml : '';
  const sidebarSrc = view ? `/sidebar?view=${encodeURIComponent(view)}` : '/sidebar';
  return `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Playground Layanan Vicon</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${PAGE_CSS}</style></head>
<body><header><h1>Playground Layanan Vicon</h1>
<p class="note">Semua berjalan di tiruan Google Workspace di komputer ini. Zoom di playground ini adalah server Zoom palsu (dev/fake-zoom): tidak ada rapat sungguhan yang dibuat.</p>
<p class="note">Panel samping berjalan sebagai petugas yang dipilih; setiap perubahan dikerjakan mesin sebagai akun layanan ${esc(world.e.product.office)}, yang juga mengirim semua email.</p>
${top}${renderControls(world, state, tz)}</header>
<main class="layout"><aside class="panel-col"><h2>Panel samping</h2><p class="gray">Sebagai <strong id="aktor">${esc(state.actor)}</strong></p>
<iframe id="sidebar" src="${sidebarSrc}" title="Panel Layanan Vicon" width="300" height="900"></iframe></aside>
<div class="content"><div id="formulir-pemohon">${atForm}${renderFpvcForm(world, state.actor)}${renderEditForm(world)}</div>
${nav()}<div id="panels">${renderPanels(session)}</div></div></main>
<script>${REFRESH_SCRIPT}</script></body></html>`;
}
