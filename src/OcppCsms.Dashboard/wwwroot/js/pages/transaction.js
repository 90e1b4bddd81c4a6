// One transaction: its facts, a chart of energy and power over time that grows with each MeterValues while it runs,
// and, once billing has priced it, the charge detail record's lines and totals (or the running cost while active).

import { api } from '../api.js';
import { lineChart } from '../chart.js';
import { badge, formatKwh, formatTime, h, problemText, replace, table } from '../dom.js';
import { meterSeries } from '../meter.js';
import { reloadAfterOutage } from '../events.js';

export function render(container, { params: [id], events }) {
  const path = `/api/v1/transactions/${encodeURIComponent(id)}`;
  let transaction = null;
  const facts = h('div', { class: 'panel' });
  const chart = h('div', { class: 'panel', 'aria-live': 'polite' });
  const cost = h('div', {});
  const status = h('p', { class: 'status', role: 'status' });
  replace(container,
    h('p', {}, h('a', { href: '#/transactions' }, '← Transactions')),
    h('h1', {}, `Transaction ${id}`), status, facts,
    h('section', { 'aria-labelledby': 'meter-title' }, h('h2', { id: 'meter-title' }, 'Meter values'), chart),
    h('section', { 'aria-labelledby': 'cost-title' }, h('h2', { id: 'cost-title' }, 'Cost'), cost));

  async function load() {
    try {
      transaction = await api(path);
      status.textContent = '';
      drawFacts();
      drawCost();
      await loadMeter();
    } catch (e) {
      status.textContent = e.status === 404 ? `No transaction ${id}.` : problemText(e);
    }
  }

  async function loadMeter() {
    const page = await api(`${path}/meter-values`, { query: { pageSize: 500, sort: 'timestamp' } });
    replace(chart, lineChart('Energy and power over time', meterSeries(page.items)),
      page.totalCount > page.items.length ? h('p', { class: 'muted' }, `The first ${page.items.length} of ${page.totalCount} values.`) : null);
  }

  function drawFacts() {
    const t = transaction;
    replace(facts,
      h('div', { class: 'inline-form' }, badge(t.status), t.chargingState ? badge(t.chargingState) : null),
      h('dl', { class: 'facts' },
        [['Station', h('a', { href: `#/stations/${encodeURIComponent(t.stationId)}` }, t.stationId)],
          ['Station transaction id', t.transactionId],
          ['Connector', t.evseId ? `EVSE ${t.evseId}${t.connectorId ? ` / ${t.connectorId}` : ''}` : t.connectorId],
          ['Id tag', t.idTag ? `${t.idTag} (${t.idTagStatus ?? 'unknown'})` : null],
          ['Started', formatTime(t.startedAt)], ['Stopped', t.stoppedAt ? formatTime(t.stoppedAt) : null],
          ['Energy', formatKwh(t.energyWh)], ['Latest reading', t.latestEnergyAt ? `${formatKwh(t.latestEnergyWh)} at ${formatTime(t.latestEnergyAt)}` : null],
          ['Stop reason', t.stopReason]]
          .filter(([, value]) => value !== null && value !== undefined && value !== '')
          .map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])));
  }

  function drawCost() {
    const t = transaction;
    const priced = t.cost && typeof t.cost === 'object' ? t.cost : null;
    if (priced) {
      replace(cost, h('div', { class: 'table-wrap' }, table(`Charge detail record, tariff ${priced.tariff?.name ?? ''}`,
        ['Component', 'Period', 'From', 'To', 'Quantity', 'Unit price', 'Amount'],
        [...(priced.lines ?? []).map(line => h('tr', {},
          h('td', {}, line.component), h('td', {}, line.period ?? '—'), h('td', {}, formatTime(line.from)), h('td', {}, formatTime(line.to)),
          h('td', { class: 'num' }, `${line.quantity} ${line.unit}`), h('td', { class: 'num' }, money(line.unitPrice, priced.currency)),
          h('td', { class: 'num' }, money(line.amount, priced.currency)))),
        totalRow('Net', priced.net, priced.currency), totalRow('Tax', priced.tax, priced.currency), totalRow('Total', priced.total, priced.currency)])),
      priced.tariff ? h('p', { class: 'muted' }, `Tariff ${priced.tariff.name}, version ${priced.tariff.version}.`) : null);
      return;
    }

    const running = t.runningCost;
    const billing = t.billing;
    replace(cost, h('p', { class: 'empty' },
      running ? `Running cost: ${money(running.total, running.currency)} (net ${money(running.net, running.currency)}, at ${formatTime(running.at)}).`
        : typeof t.cost === 'number' ? `Cost: ${t.cost}.`
          : billing ? `Billing: ${billing.status}${billing.reason ? ` — ${billing.reason}` : ''}.`
            : 'No cost yet.'));
  }

  let pending = 0;
  const unsubscribe = events.subscribe(event => {
    if (!transaction || event.stationId !== transaction.stationId || event.data?.transactionId !== transaction.transactionId) return;
    if (event.type === 'MeterValuesReceived' || event.type === 'TransactionStopped' || event.type === 'TransactionBilled') {
      // MeterValues come in bursts; one reload a second at most.
      pending ||= setTimeout(() => { pending = 0; load(); }, 1000);
    }
  });
  const unwatch = reloadAfterOutage(events, load);
  load();
  return () => { unsubscribe(); unwatch(); clearTimeout(pending); };
}

function money(amount, currency) {
  if (amount === null || amount === undefined) return '—';
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 6 }).format(amount);
  } catch {
    return `${amount} ${currency ?? ''}`;
  }
}

function totalRow(label, amount, currency) {
  return h('tr', {}, h('th', { scope: 'row', colspan: 6 }, label), h('td', { class: 'num' }, money(amount, currency)));
}
