// One station: its session and boot, connectors, configuration or device model (editable where mutable), recent
// transactions, the OCPP message log tail and the remote operations. Live from the events stream.

import { api, canOperate } from '../api.js';
import { commandForm, optionalDate, optionalNumber, runCommand } from '../commands.js';
import { badge, field, formatAgo, formatKwh, formatTime, h, problemText, replace, table } from '../dom.js';
import { reloadAfterOutage } from '../events.js';
import { updateConnector } from '../store.js';
import { connectorBadge, connectorName } from './stations.js';

const triggerable = ['BootNotification', 'Heartbeat', 'MeterValues', 'StatusNotification', 'FirmwareStatusNotification', 'DiagnosticsStatusNotification'];

export function render(container, { params: [id], events }) {
  const path = `/api/v1/stations/${encodeURIComponent(id)}`;
  let station = null;
  const header = h('div', { class: 'panel' });
  const connectors = h('div', {});
  const operations = h('div', {});
  const settings = h('div', {});
  const transactions = h('div', {});
  const log = h('div', {});
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });

  replace(container,
    h('p', {}, h('a', { href: '#/stations' }, '← Stations')),
    h('h1', {}, `Station ${id}`), status, header,
    h('div', { class: 'grid-2' },
      h('section', { 'aria-labelledby': 'connectors-title' }, h('h2', { id: 'connectors-title' }, 'Connectors'), connectors),
      canOperate() ? h('section', { class: 'panel operate', 'aria-labelledby': 'operations-title' }, h('h2', { id: 'operations-title' }, 'Remote operations'), operations) : null),
    h('section', { 'aria-labelledby': 'transactions-title' }, h('h2', { id: 'transactions-title' }, 'Recent transactions'), transactions),
    h('section', { 'aria-labelledby': 'settings-title' }, h('h2', { id: 'settings-title' }, 'Configuration'), settings),
    h('section', { 'aria-labelledby': 'log-title' }, h('h2', { id: 'log-title' }, 'OCPP message log'), log));

  const protocol = () => station?.protocol ?? station?.boot?.protocol ?? null;

  async function loadStation() {
    try {
      station = await api(path);
      drawHeader();
      drawConnectors();
      if (canOperate() && !operations.hasChildNodes()) drawOperations();
    } catch (e) {
      status.textContent = e.status === 404 ? `No station ${id} is registered.` : problemText(e);
    }
  }

  function drawHeader() {
    const boot = station.boot ?? {};
    const actions = canOperate()
      ? h('div', { class: 'inline-form operate' },
        station.registrationStatus !== 'Accepted' ? h('button', { type: 'button', onclick: () => register('accept') }, 'Accept') : null,
        station.registrationStatus !== 'Rejected' ? h('button', { type: 'button', class: 'secondary', onclick: () => register('reject') }, 'Reject') : null)
      : null;
    replace(header,
      h('div', { class: 'inline-form' }, badge(station.connected ? 'Online' : 'Offline'), badge(station.registrationStatus),
        h('span', {}, protocol() ?? 'protocol unknown'), h('span', { class: 'muted' }, `last seen ${formatAgo(station.lastSeenAt)}`)),
      h('dl', { class: 'facts' },
        fact('Description', station.description),
        fact('Connected since', station.connected ? formatTime(station.connectedAt) : null),
        fact('Remote address', station.remoteAddress),
        fact('Security profile', station.securityProfileInUse ?? station.securityProfile),
        fact('Vendor / model', [boot.vendor, boot.model].filter(Boolean).join(' / ')),
        fact('Serial number', boot.serialNumber ?? boot.chargeBoxSerialNumber),
        fact('Firmware', boot.firmwareVersion),
        fact('Last boot', boot.bootedAt ? `${formatTime(boot.bootedAt)}${boot.reason ? ` (${boot.reason})` : ''}` : null)),
      actions);
  }

  async function register(action) {
    try {
      await api(`${path}/${action}`, { method: 'POST' });
      status.textContent = action === 'accept' ? 'Accepted.' : 'Rejected.';
      await loadStation();
    } catch (e) {
      status.textContent = problemText(e);
    }
  }

  function drawConnectors() {
    const rows = (station.connectors ?? []).map(c => h('tr', {},
      h('td', {}, c.evseId === 0 && c.connectorId === 0 ? 'Station' : connectorName(c)),
      h('td', {}, connectorBadge(c)),
      h('td', {}, c.errorCode && c.errorCode !== 'NoError' ? c.errorCode : '—'),
      h('td', {}, c.availability ?? '—'),
      h('td', {}, formatTime(c.statusTimestamp))));
    replace(connectors, rows.length
      ? h('div', { class: 'table-wrap' }, table('Connectors', ['Connector', 'Status', 'Error', 'Availability', 'Since'], rows))
      : h('p', { class: 'empty' }, 'No connector has reported a status yet.'));
  }

  function drawOperations() {
    const v201 = () => protocol() === 'ocpp2.0.1';
    const number = (label, attributes = {}) => field(label, h('input', { type: 'number', min: 0, ...attributes }));
    const text = (label, attributes = {}) => field(label, h('input', { type: 'text', ...attributes }));
    const choice = (label, values) => field(label, h('select', {}, values.map(value => h('option', { value }, value))));
    const input = wrapper => wrapper.querySelector('input, select');

    const startConnector = number('Connector / EVSE', { min: 1 });
    const startTag = text('Id tag', { required: true, maxlength: 36 });
    const stopId = text('Transaction id', { required: true });
    const resetType = choice('Reset type', ['Soft', 'Hard']);
    const unlockConnector = number('Connector', { min: 1, required: true });
    const availabilityConnector = number('Connector (0: station)', { required: true, value: 0 });
    const availabilityType = choice('Availability', ['Operative', 'Inoperative']);
    const triggerMessage = choice('Message', triggerable);
    const triggerConnector = number('Connector (optional)');
    const firmwareLocation = text('Firmware URL', { required: true, type: 'url' });
    const firmwareDate = field('Retrieve at', h('input', { type: 'datetime-local', required: true }));
    const diagnosticsLocation = text('Upload URL', { required: true, type: 'url' });
    const refreshTransactions = () => setTimeout(loadTransactions, 500);

    replace(operations,
      commandForm(id, 'Remote start', 'remote-start', [startTag, startConnector],
        () => ({ idTag: input(startTag).value, connectorId: optionalNumber(input(startConnector)) }), refreshTransactions),
      commandForm(id, 'Remote stop', 'remote-stop', [stopId], () => {
        const value = input(stopId).value.trim();
        return { transactionId: !v201() && /^-?\d+$/.test(value) ? Number(value) : value };
      }, refreshTransactions),
      commandForm(id, 'Reset', 'reset', [resetType], () => ({ type: input(resetType).value })),
      commandForm(id, 'Unlock connector', 'unlock-connector', [unlockConnector], () => ({ connectorId: Number(input(unlockConnector).value) })),
      commandForm(id, 'Change availability', 'change-availability', [availabilityConnector, availabilityType],
        () => ({ connectorId: Number(input(availabilityConnector).value), type: input(availabilityType).value }), () => loadStation()),
      commandForm(id, 'Trigger message', 'trigger-message', [triggerMessage, triggerConnector],
        () => ({ requestedMessage: input(triggerMessage).value, connectorId: optionalNumber(input(triggerConnector)) })),
      commandForm(id, 'Clear cache', 'clear-cache', [], () => undefined),
      commandForm(id, 'Update firmware', 'update-firmware', [firmwareLocation, firmwareDate],
        () => ({ location: input(firmwareLocation).value, retrieveDate: optionalDate(input(firmwareDate)) })),
      commandForm(id, 'Get diagnostics / log', 'get-diagnostics', [diagnosticsLocation], () => ({ location: input(diagnosticsLocation).value })));
  }

  async function loadSettings() {
    try {
      const page = await api(`${path}/variables`, { query: { pageSize: 500, sort: 'variable' } });
      drawSettings(page.items);
    } catch (e) {
      replace(settings, h('p', { class: 'error' }, problemText(e)));
    }
  }

  function drawSettings(rows) {
    const v201 = protocol() === 'ocpp2.0.1';
    const read = canOperate()
      ? h('button', {
        type: 'button', class: 'secondary operate', onclick: async event => {
          event.target.disabled = true;
          const result = v201
            ? await runCommand(id, 'get-base-report', { reportBase: 'ConfigurationInventory' })
            : await runCommand(id, 'get-configuration', undefined);
          event.target.disabled = false;
          readStatus.textContent = result.text;
          // A 2.0.1 station answers at once and sends its NotifyReport parts afterwards, over some seconds.
          for (const delay of v201 ? [1500, 5000, 15000] : [0]) throttled.set(Symbol('report'), setTimeout(loadSettings, delay));
        },
      }, v201 ? 'Request the configuration report' : 'Read the configuration from the station')
      : null;
    const readStatus = h('span', { class: 'muted', role: 'status', 'aria-live': 'polite' });
    const body = rows.length === 0
      ? h('p', { class: 'empty' }, 'Nothing read from the station yet.')
      : h('div', { class: 'table-wrap' }, table(v201 ? 'Device model variables' : 'Configuration keys',
        v201 ? ['Component', 'Variable', 'Type', 'Value', 'Mutability'] : ['Key', 'Value', 'Mutability'],
        rows.map(row => settingRow(row, v201))));
    replace(settings, h('div', { class: 'inline-form' }, read, readStatus), body);
  }

  function settingRow(row, v201) {
    const name = [row.variable, row.variableInstance].filter(Boolean).join('.');
    const editable = canOperate() && (row.mutability === 'ReadWrite' || row.mutability === 'WriteOnly');
    const label = `${v201 ? `${row.component}.` : ''}${name}`;
    const value = editable ? valueEditor(row, v201, label) : h('span', { class: 'mono' }, row.value ?? '—');
    const cells = v201
      ? [[row.component, row.componentInstance, row.evseId ? `EVSE ${row.evseId}` : null].filter(Boolean).join(' / '), name, row.attributeType]
      : [name];
    return h('tr', { 'data-setting': label }, cells.map(cell => h('td', {}, cell)), h('td', {}, value), h('td', {}, row.mutability ?? 'unknown'));
  }

  function valueEditor(row, v201, label) {
    const input = h('input', { value: row.value ?? '', 'aria-label': `Value of ${label}` });
    const answer = h('span', { class: 'muted', role: 'status', 'aria-live': 'polite' });
    const save = async event => {
      event.preventDefault();
      const result = v201
        ? await runCommand(id, 'set-variables', {
          setVariableData: [{
            component: { name: row.component, instance: row.componentInstance ?? undefined, evse: row.evseId ? { id: row.evseId, connectorId: row.connectorId ?? undefined } : undefined },
            variable: { name: row.variable, instance: row.variableInstance ?? undefined },
            attributeValue: input.value, attributeType: row.attributeType,
          }],
        })
        : await runCommand(id, 'change-configuration', { key: row.variable, value: input.value });
      const setStatus = result.detail?.setVariableResult?.[0]?.attributeStatus;
      answer.textContent = setStatus ? `${result.text} (${setStatus})` : result.text;
    };
    return h('form', { class: 'inline-form', onsubmit: save }, input, h('button', { type: 'submit', class: 'small' }, `Save ${label}`), answer);
  }

  async function loadTransactions() {
    try {
      const page = await api('/api/v1/transactions', { query: { stationId: id, pageSize: 10 } });
      replace(transactions, page.items.length === 0
        ? h('p', { class: 'empty' }, 'No transactions yet.')
        : h('div', { class: 'table-wrap' }, table('Recent transactions', ['Transaction', 'Connector', 'Status', 'Id tag', 'Started', 'Energy'],
          page.items.map(t => h('tr', { 'data-transaction': t.transactionId },
            h('td', {}, h('a', { href: `#/transactions/${t.id}` }, t.transactionId)),
            h('td', {}, t.evseId ? `EVSE ${t.evseId}` : `#${t.connectorId ?? '—'}`),
            h('td', {}, badge(t.status)), h('td', {}, t.idTag ?? '—'), h('td', {}, formatTime(t.startedAt)),
            h('td', { class: 'num' }, formatKwh(t.energyWh)))))));
    } catch (e) {
      replace(transactions, h('p', { class: 'error' }, problemText(e)));
    }
  }

  async function loadLog() {
    if (!canOperate()) {
      replace(log, h('p', { class: 'empty' }, 'The message log is open to Operators and Admins.'));
      return;
    }
    try {
      const page = await api('/api/v1/ocpp/messages', { query: { stationId: id, pageSize: 25 } });
      replace(log, page.items.length === 0
        ? h('p', { class: 'empty' }, 'No messages logged yet.')
        : h('div', { class: 'table-wrap log' }, table('OCPP message log, newest first', ['Time', 'Direction', 'Type', 'Action', 'Frame'],
          page.items.map(m => h('tr', {},
            h('td', {}, formatTime(m.loggedAt)), h('td', {}, m.direction === 'in' ? '← in' : '→ out'), h('td', {}, m.messageType),
            h('td', {}, m.action ?? '—'), h('td', { class: 'mono' }, m.frame))))));
    } catch (e) {
      replace(log, h('p', { class: 'error' }, problemText(e)));
    }
  }

  // The log and the transaction list follow the station's events, at most every two seconds (the API budget).
  const throttled = new Map();
  function soon(load, delay = 2000) {
    if (throttled.has(load)) return;
    throttled.set(load, setTimeout(() => { throttled.delete(load); load(); }, delay));
  }

  const unsubscribe = events.subscribe(event => {
    if (event.stationId !== id || !station) return;
    station.lastSeenAt = event.occurredAt;
    switch (event.type) {
      case 'StationConnected':
      case 'StationDisconnected':
      case 'BootNotificationReceived':
        soon(loadStation, 300);
        break;
      case 'StatusChanged':
        updateConnector(station, event.data);
        drawConnectors();
        break;
      case 'TransactionStarted':
      case 'TransactionStopped':
      case 'MeterValuesReceived':
        soon(loadTransactions);
        break;
    }
    drawHeader();
    soon(loadLog);
  });
  const unwatch = reloadAfterOutage(events, () => { loadStation(); loadTransactions(); loadLog(); });

  loadStation().then(() => { if (station) loadSettings(); });
  loadTransactions();
  loadLog();
  return () => { unsubscribe(); unwatch(); for (const timer of throttled.values()) clearTimeout(timer); };
}

function fact(term, value) {
  return value === null || value === undefined || value === '' ? null : [h('dt', {}, term), h('dd', {}, String(value))];
}
