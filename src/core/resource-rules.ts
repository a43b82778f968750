/**
 * What a Sumber Daya row may hold, shared by the sheet reader (io/resources.ts) and the settings
 * wizard's validation (core/people-form.ts): the kinds, the Zoom licences and host capacities.
 */

/** Jenis as typed (lower case) → kind. */
export const RESOURCE_KINDS: Record<string, 'host' | 'room' | 'operator'> = {
  'akun zoom': 'host',
  zoom: 'host',
  ruang: 'room',
  ruangan: 'room',
  operator: 'operator',
};

/** The Jenis the wizard offers, as the sheet spells them. */
export const RESOURCE_KIND_NAMES = ['Akun Zoom', 'Ruang', 'Operator'];

/** Zoom licences that can host meetings (Basic cannot host past 40 minutes). */
export const ZOOM_LICENCE = /^(pro|business|education|enterprise)(\s+plus)?$/i;

/** Participant capacities Zoom sells for a host. */
export const HOST_CAPACITIES = [100, 300, 500, 1000];
