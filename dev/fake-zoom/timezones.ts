/**
 * Zoom's documented time-zone list (zoom-timezones.json, vendored with its source): the only
 * `timezone` values the fake accepts, as Zoom documents for the meeting endpoints.
 */
import list from './zoom-timezones.json';

/** One entry of Zoom's list: its id, Zoom's name for it, and its UTC offsets ('+08:00'). */
export interface ZoomTimeZone {
  id: string;
  name: string;
  utcOffset: string;
  /** The summer offset, for zones that keep daylight saving time. */
  dstOffset?: string;
}

const ZONES: readonly ZoomTimeZone[] = list.zones;
const IDS = new Set(ZONES.map((z) => z.id));

/** Every zone of Zoom's list, in Zoom's order. */
export function zoomTimeZones(): readonly ZoomTimeZone[] {
  return ZONES;
}

/** True when `id` is spelled exactly as in Zoom's list (e.g. 'Asia/Jakarta'; not 'Asia/Makassar'). */
export function isZoomTimeZone(id: string): boolean {
  return IDS.has(id);
}
