// Overview: the network at a glance. Counts come from the API's list totals (one small request each); connectors by
// status from the shared station store; the live chart counts the events stream's messages per second and follows
// the number of running sessions from TransactionStarted/Stopped; critical security events arrive live.

import { api } from '../api.js';
import { lineChart } from '../chart.js';
import { badge, formatKwh, formatTime, h, problemText, replace, table } from '../dom.js';
import { reloadAfterOutage } from '../events.js';

const windowSeconds = 120;

export function render(container, { events, store }) {
  const cards = h('div', { class: 'cards' });
  const connectors = h('div', {});
  const chart = h('div', { class: 'panel' });
  const security = h('div', {});
  const message = h('p', { class: 'status', role: 'status' });
  const counts = { online: null, offline: null, pending: null, active: null, energyWh: null };
  const rates = [];
  const sessions = [];
  const securityEvents = [];
  let eventsThisSecond = 0;

  replace(container, h('h1', {}, 'Overview'), message, cards,
    h('div', { class: 'grid-2' },
      h('section', { 'aria-labelledby': 'connectors-title' }, h('h2', { id: 'connectors-title' }, 'Connectors by status'), connectors),
      h('section', { 'aria-labelledby': 'live-title' }, h('h2', { id: 'live-title' }, 'Live activity'), chart)),
    h('section', { 'aria-labelledby': 'security-title' }, h('h2', { id: 'security-title' }, 'Recent security events'), security));

  async function total(path, query) {
    return (await api(path, { query: { ...query, pageSize: 1 } })).totalCount;
  }

  async function load() {
    try {
      const midnight = new Date();
      midnight.setHours(0, 0, 0, 0);
      const [online, offline, pending, active, today] = await Promise.all([
        total('/api/v1/stations', { connected: true }), total('/api/v1/stations', { connected: false }),
        total('/api/v1/stations', { registrationStatus: 'Pending' }), total('/api/v1/transactions', { status: 'Active' }),
        api('/api/v1/transactions', { query: { from: midnight.toISOString(), pageSize: 500 } })]);
      Object.assign(counts, { online, offline, pending, active, energyWh: today.items.reduce((sum, t) => sum + Number(t.energyWh ?? 0), 0) });
      message.textContent = '';
      drawCards();
    } catch (e) {
      message.textContent = problemText(e);
    }
  }

  function drawCards() {
    const card = (label, value, key) => h('div', { class: 'card', 'data-card': key }, h('div', { class: 'value' }, value ?? '…'), h('div', { class: 'label' }, label));
    replace(cards,
      card('Stations online', counts.online, 'online'), card('Stations offline', counts.offline, 'offline'),
      card('Pending stations', counts.pending, 'pending'), card('Active transactions', counts.active, 'active'),
      card('Energy of sessions started today', counts.energyWh === null ? null : formatKwh(counts.energyWh), 'energy'));
  }

  function drawConnectors() {
    const byStatus = new Map();
    for (const station of store.stations.values()) {
      for (const connector of station.connectors ?? []) {
        if (connector.connectorId === 0 && connector.evseId === 0) continue;
        const status = connector.status ?? 'Unknown';
        byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      }
    }
    const rows = [...byStatus.entries()].sort(([a], [b]) => a.localeCompare(b))
      .map(([status, count]) => h('tr', { 'data-connector-status': status }, h('td', {}, badge(status)), h('td', { class: 'num' }, count)));
    replace(connectors, rows.length === 0 ? h('p', { class: 'empty' }, 'No connector has reported a status yet.') : [
      h('div', { class: 'table-wrap' }, table('Connectors by status', ['Status', 'Connectors'], rows)),
      store.totalCount > store.stations.size ? h('p', { class: 'muted' }, `Of the first ${store.stations.size} of ${store.totalCount} stations.`) : null]);
  }

  function tick() {
    const now = new Date();
    rates.push({ t: now, v: eventsThisSecond });
    if (counts.active !== null) sessions.push({ t: now, v: counts.active });
    eventsThisSecond = 0;
    for (const series of [rates, sessions]) while (series.length > windowSeconds) series.shift();
    replace(chart, lineChart('Events per second and active sessions, last two minutes',
      [{ name: 'Events per second', unit: '/s', points: rates }, { name: 'Active sessions', unit: '', points: sessions }]));
  }

  function drawSecurity() {
    replace(security, securityEvents.length === 0
      ? h('p', { class: 'empty' }, 'No critical security event since this page opened.')
      : h('div', { class: 'table-wrap' }, table('Recent security events', ['Time', 'Station', 'Type', 'Details'],
        securityEvents.map(e => h('tr', {}, h('td', {}, formatTime(e.occurredAt)),
          h('td', {}, h('a', { href: `#/stations/${encodeURIComponent(e.stationId)}` }, e.stationId)),
          h('td', {}, e.data?.type ?? '—'), h('td', {}, e.data?.techInfo ?? '—'))))));
  }

  const unsubscribe = events.subscribe(event => {
    eventsThisSecond++;
    if (event.type === 'TransactionStarted' && counts.active !== null) counts.active++;
    else if (event.type === 'TransactionStopped' && counts.active !== null) counts.active = Math.max(0, counts.active - 1);
    else if (event.type === 'StationConnected' || event.type === 'StationDisconnected' || event.type === 'BootNotificationReceived') scheduleLoad();
    else if (event.type === 'SecurityEventReceived') {
      securityEvents.unshift(event);
      securityEvents.length = Math.min(securityEvents.length, 20);
      drawSecurity();
    }
    if (event.type === 'TransactionStarted' || event.type === 'TransactionStopped') {
      drawCards();
      scheduleLoad();
    }
  });

  // Totals are re-read after changes, at most every three seconds (the API budget).
  let pending = 0;
  function scheduleLoad() {
    pending ||= setTimeout(() => { pending = 0; load(); }, 3000);
  }

  const unstore = store.subscribe(drawConnectors);
  const unwatch = reloadAfterOutage(events, load);
  const ticker = setInterval(tick, 1000);
  drawCards();
  drawConnectors();
  drawSecurity();
  tick();
  load();
  store.ensureLoaded();
  return () => { unsubscribe(); unstore(); unwatch(); clearInterval(ticker); clearTimeout(pending); };
}
