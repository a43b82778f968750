/**
 * The five seed presets, one per office SOP (the SOP texts the offices wrote).
 */
import type { Preset } from '../types';
import { BANDUNG } from './bandung';
import { DEMAK } from './demak';
import { SINGKAWANG } from './singkawang';
import { TANGERANG } from './tangerang';
import { TARAKAN } from './tarakan';

/** All seed presets, in SOP number order. */
export const PRESETS: Preset[] = [BANDUNG, TARAKAN, SINGKAWANG, TANGERANG, DEMAK];

/** The seed preset with id `id` (e.g. '003-tangerang'), or undefined. */
export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

export { BANDUNG, TARAKAN, SINGKAWANG, TANGERANG, DEMAK };
