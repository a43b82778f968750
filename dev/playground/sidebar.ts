/**
 * The panel's real dist/panel/Sidebar.html as the playground serves it: the google.script.run
 * shim (HTTP transport to /__gas, answered by the panel bundle as the official chosen on the page)
 * injected before the sidebar's own script, and a hook that tells the parent page to refresh
 * after every call that may change the world.
 */
import * as fs from 'fs';
import * as path from 'path';
import { shimScript } from '../sidebar-shim';
import { DOCUMENTATION_API_NAMES, SERVER_API_NAMES } from '../../src/shared/rpc';
import { ADMIN_API_NAMES } from '../../src/shared/admin-rpc';
import { READ_ONLY_FUNCTIONS } from './world';

export const SIDEBAR_FILE = path.resolve(__dirname, '../../dist/panel/Sidebar.html');
export const SHIM_ENDPOINT = '/__gas';

function changeHook(): string {
  const names = JSON.stringify([...READ_ONLY_FUNCTIONS].map((n) => `${SHIM_ENDPOINT}/${n}`));
  return `(function (paths) {
  var original = window.fetch;
  window.fetch = function (url, init) {
    return original.call(window, url, init).then(function (response) {
      if (paths.indexOf(String(url)) < 0 && window.parent !== window) window.parent.postMessage('vicon-playground-changed', location.origin);
      return response;
    });
  };
})(${names});`;
}

/**
 * dist/panel/Sidebar.html with the shim and the change hook in <head>, opened on `view` ('pengaturan',
 * 'periksa': as the menu in Sheets opens it; '' = the panel); throws an Indonesian error if it was not built.
 */
export function sidebarHtml(file = SIDEBAR_FILE, view = ''): string {
  if (!fs.existsSync(file)) throw new Error(`${file} belum ada. Jalankan "npm run build" (atau "npm start") dulu.`);
  const html = fs.readFileSync(file, 'utf8');
  const inject = [
    changeHook(),
    shimScript({
      transport: 'http',
      endpoint: SHIM_ENDPOINT,
      functions: [...SERVER_API_NAMES, ...DOCUMENTATION_API_NAMES, ...ADMIN_API_NAMES],
    }),
    ...(view ? [`window.__VICON_VIEW = ${JSON.stringify(view)};`] : []),
  ]
    .map((js) => `<script>${js.replace(/<\/(script)/gi, '<\\/$1')}</script>`)
    .join('');
  const at = html.search(/<head[^>]*>/i);
  if (at < 0) return inject + html;
  const end = html.indexOf('>', at) + 1;
  return html.slice(0, end) + inject + html.slice(end);
}
