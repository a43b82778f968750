/// <reference lib="dom" />
/** The sidebar header: office, zone, preset, and who is signed in (with Plh delegations). */

import type { SidebarStateDto } from '../../shared/rpc';
import { h } from '../dom';
import { messageBox } from './common';

/** Renders the header of the sidebar state; a setup problem is shown as an alert below it. */
export function renderHeader(state: SidebarStateDto): HTMLElement {
  const { me, office } = state;
  const roles = me.roles.length ? me.roles.join(', ') : 'Tidak punya peran';
  return h(
    'header',
    { class: 'header' },
    h('h1', null, office.name || 'Layanan Vicon'),
    h('p', { class: 'gray' }, `${office.zone} (${office.timeZone}) · ${office.presetName}`),
    h(
      'dl',
      { class: 'me' },
      h('dt', null, 'Masuk sebagai'),
      h('dd', null, me.name ? `${me.name} (${me.email})` : me.email),
      h('dt', null, 'Peran'),
      h('dd', null, me.isAdmin ? `${roles} · Admin` : roles),
      me.delegations.length ? [h('dt', null, 'Plh/Plt hari ini'), h('dd', null, me.delegations.join('; '))] : null,
    ),
    state.problem ? messageBox('alert', state.problem) : null,
  );
}
