/** A small stateful fake of the install-check probes (the office account's Google and Zoom). */
import type { InstallProbes } from '../../src/app/install-probes';

/**
 * The engine's install-check probes on a healthy installation (override any probe with `over`):
 * the office account owns and runs everything, two triggers, two protected sheets, every scope,
 * a year of modest growth, no Log errors. `asked` records, in order, each probe that reaches out.
 */
export function healthyProbes(over: Partial<InstallProbes> = {}): InstallProbes & { asked: string[] } {
  const asked: string[] = [];
  const fake: InstallProbes = {
    zoomTokenScopes: () => ({ ok: false, message: 'tidak dipakai' }),
    zoomUserExists: () => ({ ok: true, exists: true }),
    account: () => ({ office: 'layanan@kominfo.go.id', spreadsheetOwner: 'layanan@kominfo.go.id' }),
    triggers: () => ({
      found: [
        { handler: 'onFpvcSubmit', sourceId: 'form-1' },
        { handler: 'runHourly', sourceId: '' },
      ],
      needs: [
        { handler: 'onFpvcSubmit', label: 'kiriman formulir', sourceId: 'form-1' },
        { handler: 'runHourly', label: 'per jam', sourceId: null },
      ],
    }),
    ownership: () => [
      { what: 'Formulir FPVC', owned: true },
      { what: 'Folder "Layanan Vicon"', owned: true },
    ],
    form: (responders) => ({
      found: true,
      published: true,
      accepting: true,
      linkedHere: true,
      responders,
      anyoneMayAnswer: true,
      domainMayAnswer: false,
    }),
    protections: () =>
      ['Register', 'Riwayat'].map((sheet) => ({
        sheet,
        exists: true,
        protectedSheet: true,
        warningOnly: false,
        otherEditors: 0,
        domainEdit: false,
      })),
    neededScopes: () => ['spreadsheets', 'calendar'],
    grants: () => ({ granted: ['spreadsheets', 'calendar'], error: '' }),
    cells: () => ({ used: 120_000, growing: 20_000, since: new Date('2025-11-23T02:00:00Z') }),
    recentErrors: (since) => {
      asked.push(`errors since ${since.toISOString()}`);
      return [];
    },
    meta: () => ({ version: 'v1', spreadsheetZone: 'Asia/Jakarta', spreadsheetLocale: 'id_ID' }),
    webApp: (url) => {
      asked.push(`webApp ${url}`);
      return { answered: true, forgedRefused: true, raw: [] };
    },
    calendars: (start, end) => {
      asked.push(`calendars ${start.toISOString()} ${end.toISOString()}`);
      return [];
    },
    testMail: (to) => {
      asked.push(`mail ${to}`);
      return { sent: true, quotaLeft: 99, raw: '' };
    },
    letter: () => ({ failedAt: null, raw: '' }),
    exportEndpoint: () => ({ status: 200, isXlsx: true, removed: true, raw: '' }),
    zoomTestMeeting: (host, date, zone) => {
      asked.push(`zoom ${host} ${date} ${zone}`);
      return { got: '2027-12-28T03:00:00Z', failedAt: null, raw: '' };
    },
    ...over,
  };
  return Object.assign(fake, { asked });
}
