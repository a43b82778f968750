/**
 * Helpers for the preset validation tests: a broken copy of a seed preset and the errors the
 * validator names for it.
 */
import { validatePreset } from '../../../src/core/sop/validate';
import { BANDUNG } from '../../../src/core/sop/presets';
import type { Preset } from '../../../src/core/sop/types';

/** A deep copy of `base` (Bandung unless told) after `edit`, typed loosely as an edited sheet would be. */
export function broken(edit: (p: Preset) => void, base: Preset = BANDUNG): unknown {
  const copy: Preset = JSON.parse(JSON.stringify(base));
  edit(copy);
  return copy;
}

/** The errors the validator reports for `p`; [] when it accepts it. */
export function errorsOf(p: unknown): string[] {
  const v = validatePreset(p);
  return v.ok ? [] : v.errors;
}

/** The step `id` of `p` (it must exist). */
export const step = (p: Preset, id: string) => p.steps.find((s) => s.id === id)!;

/** `v` as a plain record, to write a value of the wrong type into it as a hand-edited sheet can. */
export const loose = (v: object) => v as Record<string, unknown>;
