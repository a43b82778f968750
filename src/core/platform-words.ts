/**
 * The presets word their buttons and statuses for Zoom ("Buat Link dan Agenda Zoom"); a request on
 * Google Meet or another platform is shown the same words with its own platform, so no button that
 * makes a Meet link says "Zoom". Pure.
 */
import type { Platform } from './request';

const ZOOM_WORDS = /\bZoom(?: Meeting)?\b/g;

/** `text` with "Zoom" / "Zoom Meeting" naming the request's platform instead (unchanged for Zoom or unknown). */
export function forPlatform(text: string, platform: Platform | ''): string {
  if (platform === 'meet') return text.replace(ZOOM_WORDS, 'Google Meet');
  if (platform === 'lainnya') return text.replace(ZOOM_WORDS, 'rapat daring');
  return text;
}
