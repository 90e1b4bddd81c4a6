// Stations: the registry with each station's live state, kept current from the events stream (no polling: the API
// allows each operator 100 requests a minute). Search and filters apply in the browser to the loaded page.

import { api, canOperate } from '../api.js';
import { badge, field, formatAgo, h, problemText, replace, table } from '../dom.js';

const pageSize = 50;

export function render(container, { events }) {
  const stations = new Map();
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

  async function load() {
    try {
      const list = await api('/api/v1/stations', { query: { pageSize, sort: 'id' } });
      stations.clear();
      for (const station of list.items) stations.set(station.id, station);
      status.textContent = list.totalCount > list.items.length ? `Showing the first ${list.items.length} of ${list.totalCount} stations.` : '';
      draw();
      // Connector statuses are only in the single-station answer; fetched for the stations on screen.
      await Promise.all(list.items.map(station => loadOne(station.id)));
    } catch (e) {
      status.textContent = problemText(e);
    }
  }

  async function loadOne(id) {
    try {
      stations.set(id, await api(`/api/v1/stations/${encodeURIComponent(id)}`));
      draw();
    } catch (e) {
      if (e.status === 404) {
        stations.delete(id);
        draw();
      }
    }
  }

  function draw() {
    const text = search.value.trim().toLowerCase();
    const rows = [...stations.values()]
      .filter(s => !text || s.id.toLowerCase().includes(text) || (s.description ?? '').toLowerCase().includes(text))
      .filter(s => !connection.value || (connection.value === 'online') === s.connected)
      .filter(s => !registration.value || s.registrationStatus === registration.value)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(row);
    replace(body, rows.length === 0
      ? h('p', { class: 'empty' }, stations.size === 0 ? 'No stations yet. Connect one to ws://<host>/ocpp/<identity>.' : 'No station matches.')
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
      await loadOne(id);
    } catch (e) {
      status.textContent = problemText(e);
    }
  }

  function apply(event) {
    const id = event.stationId;
    if (!id) return;
    const station = stations.get(id);
    if (!station) {
      if (event.type === 'StationConnected' || event.type === 'BootNotificationReceived') loadOne(id);
      return;
    }

    station.lastSeenAt = event.occurredAt;
    switch (event.type) {
      case 'StationConnected':
        Object.assign(station, { connected: true, protocol: event.data.subProtocol, connectedAt: event.occurredAt });
        announce.textContent = `${id} is online.`;
        break;
      case 'StationDisconnected':
        Object.assign(station, { connected: false, protocol: null, lastSeenAt: event.data.lastSeenAt ?? event.occurredAt });
        announce.textContent = `${id} went offline.`;
        break;
      case 'BootNotificationReceived':
        station.registrationStatus = event.data.registrationStatus;
        break;
      case 'StatusChanged':
        updateConnector(station, event.data);
        break;
    }
    draw();
  }

  const unsubscribe = events.subscribe(apply);
  const unwatch = reloadAfterOutage(events, load);
  const ticker = setInterval(draw, 15_000);
  load();
  return () => { unsubscribe(); unwatch(); clearInterval(ticker); };
}

/** Applies a StatusChanged event's data to the station's connector list. */
export function updateConnector(station, data) {
  station.connectors ??= [];
  const connector = station.connectors.find(c => c.evseId === data.evseId && c.connectorId === data.connectorId);
  if (connector) Object.assign(connector, { status: data.status, errorCode: data.errorCode, statusTimestamp: data.timestamp });
  else {
    station.connectors.push({ evseId: data.evseId, connectorId: data.connectorId, status: data.status, errorCode: data.errorCode, statusTimestamp: data.timestamp });
    station.connectors.sort((a, b) => a.evseId - b.evseId || a.connectorId - b.connectorId);
  }
}

export function connectorName(connector) {
  return connector.evseId > 0 ? `EVSE ${connector.evseId}${connector.connectorId ? `/${connector.connectorId}` : ''}` : `#${connector.connectorId}`;
}

export function connectorBadge(connector) {
  const label = `${connectorName(connector)} ${connector.status ?? 'unknown'}`;
  return h('span', { class: `badge badge-${(connector.status ?? 'none').toLowerCase()}`, title: connector.errorCode && connector.errorCode !== 'NoError' ? connector.errorCode : null }, label);
}

/** Calls `load` when the stream is live again after an outage: what happened meanwhile was not streamed. */
export function reloadAfterOutage(events, load) {
  let down = false;
  return events.onState(state => {
    if (state === 'reconnecting') down = true;
    else if (state === 'live' && down) {
      down = false;
      load();
    }
  });
}
