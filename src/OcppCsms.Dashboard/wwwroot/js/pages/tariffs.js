// Tariffs (the billing contract's REST shape): list, create, and edit, which makes a new version. Prices are net; the
// list also shows the gross price per kWh. Where the server has no billing module yet, the page says so.

import { api, canOperate } from '../api.js';
import { field, formatTime, h, problemText, replace, table, toLocalInput } from '../dom.js';
import { pager } from '../pager.js';

const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const pageSize = 50;

export function render(container) {
  const results = h('div', {});
  const message = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  let pageNumber = 1;
  replace(container, h('h1', {}, 'Tariffs'),
    canOperate() ? h('details', { class: 'panel operate' }, h('summary', {}, 'New tariff'), tariffForm(null, async body => {
      const created = await api('/api/v1/tariffs', { method: 'POST', body });
      message.textContent = `${created.name} created.`;
      await load();
    })) : null,
    message, results);

  async function load() {
    try {
      const page = await api('/api/v1/tariffs', { query: { page: pageNumber, pageSize } });
      replace(results, page.items.length === 0 ? h('p', { class: 'empty' }, 'No tariffs yet: sessions are not priced.') : [
        h('div', { class: 'table-wrap' }, table('Tariffs',
          ['Tariff', 'Version', 'Currency', 'Per kWh (gross)', 'Per minute', 'Idle per minute', 'Session fee', 'Tax', 'Periods', 'Valid', ''],
          page.items.map(row))),
        pager(page, number => { pageNumber = number; load(); })]);
    } catch (e) {
      replace(results, h('p', { class: 'empty' }, e.status === 404 || e.status === 405
        ? 'Tariffs are not available on this server: its billing module does not serve /api/v1/tariffs yet.'
        : problemText(e)));
    }
  }

  function row(tariff) {
    const path = `/api/v1/tariffs/${tariff.id}`;
    const actions = canOperate() ? h('div', { class: 'inline-form operate' },
      h('details', {}, h('summary', {}, `Edit ${tariff.name}`), tariffForm(tariff, async body => {
        const saved = await api(path, { method: 'PUT', body });
        message.textContent = `${saved.name} saved as version ${saved.version}.`;
        await load();
      })),
      h('button', {
        type: 'button', class: 'small danger', onclick: async () => {
          try {
            await api(path, { method: 'DELETE' });
            message.textContent = `${tariff.name} deleted.`;
            await load();
          } catch (e) {
            message.textContent = problemText(e);
          }
        },
      }, `Delete ${tariff.name}`)) : null;
    return h('tr', { 'data-tariff': tariff.name },
      h('td', {}, tariff.name, tariff.isDefault ? h('div', { class: 'muted' }, 'default') : null),
      h('td', { class: 'num' }, tariff.version), h('td', {}, tariff.currency),
      h('td', { class: 'num' }, `${tariff.pricePerKwh} (${tariff.grossPricePerKwh ?? '—'})`),
      h('td', { class: 'num' }, tariff.pricePerMinute), h('td', { class: 'num' }, `${tariff.idlePricePerMinute} after ${tariff.idleGraceMinutes} min`),
      h('td', { class: 'num' }, tariff.sessionFee), h('td', { class: 'num' }, `${(Number(tariff.taxRate) * 100).toFixed(2)} %`),
      h('td', {}, (tariff.periods ?? []).map(p => h('div', {}, `${p.name}: ${p.startTime}–${p.endTime} ${(p.daysOfWeek ?? []).map(d => d.slice(0, 3)).join(' ') || 'daily'}`))),
      h('td', {}, `${tariff.validFrom ? formatTime(tariff.validFrom) : 'always'} – ${tariff.validTo ? formatTime(tariff.validTo) : 'open'}`),
      h('td', {}, actions));
  }

  load();
}

/** The create form (tariff null) or the edit form of `tariff`; `save(body)` sends it and may throw an ApiError. */
function tariffForm(tariff, save) {
  const decimal = (value, attributes = {}) => h('input', { type: 'number', step: 'any', min: 0, required: true, value: value ?? 0, ...attributes });
  const controls = {
    name: h('input', { required: true, maxlength: 100, value: tariff?.name ?? '' }),
    currency: h('input', { required: true, pattern: '[A-Z]{3}', maxlength: 3, value: tariff?.currency ?? 'EUR', title: 'ISO 4217 code, e.g. EUR' }),
    pricePerKwh: decimal(tariff?.pricePerKwh),
    pricePerMinute: decimal(tariff?.pricePerMinute),
    idlePricePerMinute: decimal(tariff?.idlePricePerMinute),
    idleGraceMinutes: decimal(tariff?.idleGraceMinutes, { step: 1 }),
    sessionFee: decimal(tariff?.sessionFee),
    minPrice: h('input', { type: 'number', step: 'any', min: 0, value: tariff?.minPrice ?? '' }),
    maxPrice: h('input', { type: 'number', step: 'any', min: 0, value: tariff?.maxPrice ?? '' }),
    taxPercent: decimal(tariff ? Number(tariff.taxRate) * 100 : 0, { max: 100 }),
    isDefault: h('input', { type: 'checkbox', checked: !!tariff?.isDefault }),
    validFrom: h('input', { type: 'datetime-local', value: tariff?.validFrom ? toLocalInput(tariff.validFrom) : '' }),
    validTo: h('input', { type: 'datetime-local', value: tariff?.validTo ? toLocalInput(tariff.validTo) : '' }),
    timeZone: h('input', { value: tariff?.timeZone ?? 'UTC', title: 'IANA time zone, e.g. Europe/Berlin' }),
  };
  const periods = h('div', {});
  for (const period of tariff?.periods ?? []) periods.append(periodRow(period));
  const error = h('p', { class: 'error', role: 'alert' });
  const optional = input => (input.value === '' ? null : Number(input.value));
  const time = input => (input.value ? new Date(input.value).toISOString() : null);

  return h('form', {
    onsubmit: async event => {
      event.preventDefault();
      error.textContent = '';
      const c = controls;
      const body = {
        name: c.name.value.trim(), currency: c.currency.value.trim().toUpperCase(),
        pricePerKwh: Number(c.pricePerKwh.value), pricePerMinute: Number(c.pricePerMinute.value),
        idlePricePerMinute: Number(c.idlePricePerMinute.value), idleGraceMinutes: Number(c.idleGraceMinutes.value),
        sessionFee: Number(c.sessionFee.value), minPrice: optional(c.minPrice), maxPrice: optional(c.maxPrice),
        taxRate: Number((Number(c.taxPercent.value) / 100).toFixed(6)), isDefault: c.isDefault.checked,
        validFrom: time(c.validFrom), validTo: time(c.validTo), timeZone: c.timeZone.value.trim() || 'UTC',
        periods: [...periods.children].map(readPeriod),
      };
      try {
        await save(body);
        if (!tariff) {
          event.target.reset();
          periods.replaceChildren();
        }
      } catch (e) {
        error.textContent = problemText(e);
      }
    },
  },
  h('div', { class: 'inline-form' },
    field('Name', controls.name), field('Currency', controls.currency), field('Price per kWh (net)', controls.pricePerKwh),
    field('Price per minute charging', controls.pricePerMinute), field('Idle price per minute', controls.idlePricePerMinute),
    field('Idle grace minutes', controls.idleGraceMinutes), field('Session fee', controls.sessionFee),
    field('Minimum price', controls.minPrice), field('Maximum price', controls.maxPrice), field('Tax rate (%)', controls.taxPercent),
    field('Valid from', controls.validFrom), field('Valid to', controls.validTo), field('Time zone', controls.timeZone),
    field('Default tariff', controls.isDefault)),
  h('fieldset', {}, h('legend', {}, 'Time-of-day periods'), periods,
    h('button', { type: 'button', class: 'secondary small', onclick: () => periods.append(periodRow(null)) }, 'Add a period')),
  h('button', { type: 'submit' }, tariff ? 'Save as a new version' : 'Create tariff'), error);
}

function periodRow(period) {
  const row = h('div', { class: 'inline-form period' },
    field('Period name', h('input', { name: 'name', required: true, value: period?.name ?? '' })),
    field('Starts', h('input', { name: 'startTime', type: 'time', required: true, value: period?.startTime ?? '' })),
    field('Ends', h('input', { name: 'endTime', type: 'time', required: true, value: period?.endTime ?? '' })),
    field('Per kWh', h('input', { name: 'pricePerKwh', type: 'number', step: 'any', min: 0, required: true, value: period?.pricePerKwh ?? 0 })),
    field('Per minute', h('input', { name: 'pricePerMinute', type: 'number', step: 'any', min: 0, required: true, value: period?.pricePerMinute ?? 0 })),
    h('fieldset', { class: 'days' }, h('legend', {}, 'Days (none: every day)'),
      days.map(day => h('label', {}, h('input', { type: 'checkbox', name: 'day', value: day, checked: (period?.daysOfWeek ?? []).includes(day) }), ` ${day.slice(0, 3)}`))),
    h('button', { type: 'button', class: 'secondary small', onclick: () => row.remove() }, 'Remove period'));
  return row;
}

function readPeriod(row) {
  const value = name => row.querySelector(`[name="${name}"]`).value;
  return {
    name: value('name').trim(), startTime: value('startTime'), endTime: value('endTime'),
    pricePerKwh: Number(value('pricePerKwh')), pricePerMinute: Number(value('pricePerMinute')),
    daysOfWeek: [...row.querySelectorAll('[name="day"]:checked')].map(input => input.value),
  };
}
