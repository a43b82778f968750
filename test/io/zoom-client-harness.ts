/** The Zoom client over the stand-in UrlFetchApp and a fake Zoom, with tiny Cache/Properties/Utilities fakes. */
import { createFakeZoom, FAKE_ZOOM_CREDENTIALS, type FakeZoom, type FakeZoomOptions } from '../../dev/fake-zoom/server';
import { createHttpRouter, createUrlFetchApp } from '../../dev/standin/urlfetch';
import { agendaMarker, buildCreateMeetingBody, type ZoomMeetingInput } from '../../src/core/zoom-payload';
import { createZoomClient, ZOOM_PROPERTY_KEYS, ZoomError, type ZoomClient } from '../../src/io/zoom';

export const HOST = 'zoom1@diskominfo.example.go.id';
const input: ZoomMeetingInput = {
  requestId: 'VC-2026-0001',
  title: 'Rapat Koordinasi',
  agency: 'Bappeda',
  date: '2026-03-10',
  start: '09:00',
  end: '10:00',
  timeZone: 'Asia/Jakarta',
  recording: true,
  alternativeHosts: [],
};
/** The marker line of request `id`'s create effect (the agenda's first line). */
export const markerOf = (id: string): string => agendaMarker(id, `${id}:v7:create_meeting`);
export const MARKER = markerOf('VC-2026-0001');
export const body = buildCreateMeetingBody(input, MARKER);

interface Harness {
  zoom: FakeZoom;
  client: ZoomClient;
  sleeps: number[];
  cache: Map<string, { value: string; ttl: number; until: number }>;
  clock: { ms: number };
  fetches: Array<{ url: string; headers: Record<string, string> }>;
}

/** Installs UrlFetchApp (stand-in + fake Zoom) and tiny stateful Cache/Properties/Utilities fakes. */
export function install(
  opts: { zoom?: FakeZoomOptions; props?: Record<string, string>; maxElapsedMs?: number } = {},
): Harness {
  const clock = { ms: Date.UTC(2026, 2, 1, 3, 0, 0) };
  const zoom = createFakeZoom({ now: () => new Date(clock.ms), ...opts.zoom });
  const router = createHttpRouter();
  router.register('https://zoom.us/', zoom.handler);
  router.register('https://api.zoom.us/', zoom.handler);
  const fetches: Harness['fetches'] = [];
  const urlFetch = createUrlFetchApp({
    handle: (req) => {
      fetches.push({ url: req.url, headers: req.headers });
      return router.handle(req);
    },
  });
  const props = new Map(
    Object.entries(
      opts.props ?? {
        [ZOOM_PROPERTY_KEYS.accountId]: FAKE_ZOOM_CREDENTIALS.accountId,
        [ZOOM_PROPERTY_KEYS.clientId]: FAKE_ZOOM_CREDENTIALS.clientId,
        [ZOOM_PROPERTY_KEYS.clientSecret]: FAKE_ZOOM_CREDENTIALS.clientSecret,
      },
    ),
  );
  const cache: Harness['cache'] = new Map();
  const sleeps: number[] = [];
  const g = globalThis as any;
  g.UrlFetchApp = urlFetch;
  g.PropertiesService = { getScriptProperties: () => ({ getProperty: (k: string) => props.get(k) ?? null }) };
  g.CacheService = {
    getScriptCache: () => ({
      get: (k: string) => {
        const e = cache.get(k);
        return e && e.until > clock.ms ? e.value : null;
      },
      put: (k: string, value: string, ttl = 600) => cache.set(k, { value, ttl, until: clock.ms + ttl * 1000 }),
      remove: (k: string) => cache.delete(k),
    }),
  };
  g.Utilities = {
    base64Encode: (s: string) => Buffer.from(s, 'utf8').toString('base64'),
    sleep: () => {
      throw new Error('the client must use the injected sleep');
    },
  };
  const sleep = (ms: number) => {
    sleeps.push(ms);
    clock.ms += ms;
  };
  return { zoom, client: createZoomClient({ sleep, maxElapsedMs: opts.maxElapsedMs }), sleeps, cache, clock, fetches };
}

export function caught(fn: () => unknown): ZoomError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ZoomError) return error;
    throw error;
  }
  throw new Error('expected a ZoomError');
}

/** Removes the globals `install` put in place (call from afterEach). */
export function uninstall(): void {
  for (const name of ['UrlFetchApp', 'PropertiesService', 'CacheService', 'Utilities'])
    delete (globalThis as any)[name];
}
