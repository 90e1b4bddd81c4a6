// Stations: the registry with each station's live state, from the shared station store (kept current by the events
// stream, no polling). Search and filters apply in the browser to the loaded stations.

import { api, canOperate } from '../api.js';
import { badge, field, formatAgo, h, problemText, replace, table } from '../dom.js';

export function render(container, { store }) {
  const search = h('input', { type: 'search', placeholder: 'Identity or description' });
  const connection = h('select', {}, h('option', { value: '' }, 'All'), h('option', { value: 'online' }, 'Online'), h('option', { value: 'offline' }, 'Offline'));
  const registration = h('select', {}, ['', 'Accepted', 'Pending', 'Rejected'].map(value => h('option', { value }, value || 'All')));
  const body = h('div', { class: 'table-wrap' });
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const announce = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  for (const control of [search, connection, registration]) control.addEventListener('input', draw);

  replace(container,
    h('h1', {}, 'Stations'),
    h('form', { class: 'filters', role: 'search', onsubmit: e => e.preventDefault() },
      field('Search', search), field('Connection', connection), field('Registration', registration)),
    status, announce, body);

  function draw() {
    status.textContent = store.error ? problemText(store.error)
      : store.totalCount > store.stations.size ? `Showing the first ${store.stations.size} of ${store.totalCount} stations.` : '';
    const text = search.value.trim().toLowerCase();
    const rows = [...store.stations.values()]
      .filter(s => !text || s.id.toLowerCase().includes(text) || (s.description ?? '').toLowerCase().includes(text))
      .filter(s => !connection.value || (connection.value === 'online') === s.connected)
      .filter(s => !registration.value || s.registrationStatus === registration.value)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(row);
    replace(body, rows.length === 0
      ? h('p', { class: 'empty' }, store.stations.size === 0 ? 'No stations yet. Connect one to ws://<host>/ocpp/<identity>.' : 'No station matches.')
      : table('Stations', ['Station', 'Connection', 'Protocol', 'Registration', 'Last seen', 'Connectors', ''], rows));
  }

  function row(station) {
    const acceptButton = canOperate() && station.registrationStatus === 'Pending'
      ? h('button', { type: 'button', class: 'small', onclick: () => accept(station.id) }, `Accept ${station.id}`)
      : null;
    return h('tr', { 'data-station': station.id },
      h('td', {}, h('a', { href: `#/stations/${encodeURIComponent(station.id)}` }, station.id),
        station.description ? h('div', { class: 'muted' }, station.description) : null),
      h('td', {}, badge(station.connected ? 'Online' : 'Offline')),
      h('td', {}, station.protocol ?? '—'),
      h('td', {}, badge(station.registrationStatus)),
      h('td', { title: station.lastSeenAt ?? '' }, formatAgo(station.lastSeenAt)),
      h('td', { class: 'connectors' }, (station.connectors ?? []).filter(c => c.connectorId !== 0 || c.evseId !== 0).map(connectorBadge)),
      h('td', {}, acceptButton));
  }

  async function accept(id) {
    try {
      await api(`/api/v1/stations/${encodeURIComponent(id)}/accept`, { method: 'POST' });
      announce.textContent = `${id} accepted.`;
      await store.loadOne(id);
    } catch (e) {
      status.textContent = problemText(e);
    }
  }

  const unsubscribe = store.subscribe(announcement => {
    if (announcement) announce.textContent = announcement;
    draw();
  });
  const ticker = setInterval(draw, 15_000);
  draw();
  store.ensureLoaded();
  return () => { unsubscribe(); clearInterval(ticker); };
}

export function connectorName(connector) {
  return connector.evseId > 0 ? `EVSE ${connector.evseId}${connector.connectorId ? `/${connector.connectorId}` : ''}` : `#${connector.connectorId}`;
}

export function connectorBadge(connector) {
  const label = `${connectorName(connector)} ${connector.status ?? 'unknown'}`;
  return h('span', { class: `badge badge-${(connector.status ?? 'none').toLowerCase()}`, title: connector.errorCode && connector.errorCode !== 'NoError' ? connector.errorCode : null }, label);
}
