// Transactions: the list with the API's filters (station, status, id tag, start time range), newest first, paged;
// the first page follows TransactionStarted/Stopped live.

import { api } from '../api.js';
import { badge, field, formatKwh, formatTime, h, problemText, replace, table } from '../dom.js';
import { pager } from '../pager.js';
import { reloadAfterOutage } from '../events.js';

const pageSize = 25;

export function render(container, { events }) {
  const station = h('input', { type: 'search', name: 'stationId' });
  const status = h('select', { name: 'status' }, ['', 'Active', 'Completed', 'Orphaned'].map(value => h('option', { value }, value || 'All')));
  const idTag = h('input', { type: 'search', name: 'idTag' });
  const from = h('input', { type: 'date', name: 'from' });
  const to = h('input', { type: 'date', name: 'to' });
  const results = h('div', {});
  const message = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  let pageNumber = 1;

  replace(container, h('h1', {}, 'Transactions'),
    h('form', { class: 'filters', role: 'search', onsubmit: event => { event.preventDefault(); pageNumber = 1; load(); } },
      field('Station', station), field('Status', status), field('Id tag', idTag), field('Started from', from), field('Started before', to),
      h('button', { type: 'submit' }, 'Apply filters')),
    message, results);

  async function load() {
    try {
      const page = await api('/api/v1/transactions', {
        query: {
          stationId: station.value.trim(), status: status.value, idTag: idTag.value.trim(), page: pageNumber, pageSize,
          from: from.value ? new Date(`${from.value}T00:00:00`).toISOString() : null,
          to: to.value ? new Date(`${to.value}T00:00:00`).toISOString() : null,
        },
      });
      message.textContent = '';
      replace(results, page.items.length === 0 ? h('p', { class: 'empty' }, 'No transaction matches.') : [
        h('div', { class: 'table-wrap' }, table('Transactions', ['Transaction', 'Station', 'Connector', 'Status', 'Id tag', 'Started', 'Stopped', 'Energy'],
          page.items.map(t => h('tr', { 'data-transaction': t.transactionId },
            h('td', {}, h('a', { href: `#/transactions/${t.id}` }, t.transactionId)),
            h('td', {}, h('a', { href: `#/stations/${encodeURIComponent(t.stationId)}` }, t.stationId)),
            h('td', {}, t.evseId ? `EVSE ${t.evseId}` : `#${t.connectorId ?? '—'}`),
            h('td', {}, badge(t.status)), h('td', {}, t.idTag ?? '—'),
            h('td', {}, formatTime(t.startedAt)), h('td', {}, formatTime(t.stoppedAt)),
            h('td', { class: 'num' }, formatKwh(t.energyWh)))))),
        pager(page, number => { pageNumber = number; load(); })]);
    } catch (e) {
      message.textContent = problemText(e);
    }
  }

  let pending = 0;
  const unsubscribe = events.subscribe(event => {
    if (pageNumber === 1 && (event.type === 'TransactionStarted' || event.type === 'TransactionStopped')) {
      pending ||= setTimeout(() => { pending = 0; load(); }, 1000);
    }
  });
  const unwatch = reloadAfterOutage(events, load);
  load();
  return () => { unsubscribe(); unwatch(); clearTimeout(pending); };
}
