/**
 * Public surface of the SOP engine: import from 'core/sop' rather than from its files.
 */
export * from './types';
export { applyAction, actionsFor, canAct, stepOf, enterStart, intakeEffects, resubmit, STALE_REASON } from './engine';
export type { ActionCommand, Outcome, RefusalCode, Revision } from './engine';
export { validatePreset } from './validate';
export { presetFromRows, presetToRows, STEP_HEADER } from './rows';
export { PRESETS, presetById } from './presets';
export { EFFECT_KINDS, REQUIREMENTS, REQUIREMENT_LABELS, CANCEL_ACTION, RESUBMIT_ACTION } from './vocabulary';
export { requirementsOf } from './inputs';
