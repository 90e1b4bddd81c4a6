// A small SVG line chart: time on x, up to two series each on its own y scale (left and right axes). Drawn with SVG
// attributes only (no style attributes), which the page's Content-Security-Policy allows.

import { h } from './dom.js';

const width = 720;
const height = 260;
const margin = { top: 14, right: 58, bottom: 28, left: 58 };

/**
 * Draws `series` ([{ name, unit, points: [{ t: Date|number, v: number }] }]) into a new <figure>; `label` names the
 * chart for screen readers, which also get the latest value of each series as text.
 */
export function lineChart(label, series) {
  const all = series.flatMap(s => s.points);
  const figure = h('figure', { class: 'chart' });
  const summary = series.map(s => {
    const last = s.points.at(-1);
    return last ? `${s.name}: ${format(last.v)} ${s.unit}` : `${s.name}: no data`;
  }).join('; ');
  if (all.length === 0) {
    figure.append(h('p', { class: 'empty' }, 'No readings yet.'));
    return figure;
  }

  const times = all.map(p => +p.t);
  let [t0, t1] = [Math.min(...times), Math.max(...times)];
  if (t0 === t1) [t0, t1] = [t0 - 30_000, t1 + 30_000];
  const x = t => margin.left + ((+t - t0) / (t1 - t0)) * (width - margin.left - margin.right);
  const svg = h('svg:svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${label}. ${summary}` });
  const bottom = height - margin.bottom;
  svg.append(h('svg:line', { class: 'axis', x1: margin.left, x2: width - margin.right, y1: bottom, y2: bottom }));
  for (const tick of ticks(t0, t1, 5)) {
    svg.append(h('svg:text', { x: x(tick), y: height - 8, 'text-anchor': 'middle' },
      new Date(tick).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' })));
  }

  series.forEach((s, index) => {
    if (s.points.length === 0) return;
    const values = s.points.map(p => p.v);
    const max = niceMax(Math.max(...values, 0));
    const min = Math.min(0, ...values);
    const y = v => bottom - ((v - min) / (max - min || 1)) * (bottom - margin.top);
    const axisX = index === 0 ? margin.left : width - margin.right;
    svg.append(h('svg:line', { class: 'axis', x1: axisX, x2: axisX, y1: margin.top, y2: bottom }));
    for (const tick of [min, (min + max) / 2, max]) {
      svg.append(h('svg:text', { x: index === 0 ? axisX - 6 : axisX + 6, y: y(tick) + 4, 'text-anchor': index === 0 ? 'end' : 'start' },
        `${format(tick)} ${s.unit}`));
    }
    const path = s.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
    svg.append(h('svg:path', { class: `series-${index}`, d: path, 'data-points': s.points.length }));
  });

  figure.append(svg, h('figcaption', { class: 'legend' }, series.map((s, i) => h('span', { class: `key-${i}` }, s.unit ? `${s.name} (${s.unit})` : s.name))));
  return figure;
}

function ticks(t0, t1, count) {
  return Array.from({ length: count }, (_, i) => t0 + ((t1 - t0) * i) / (count - 1));
}

function niceMax(value) {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map(step => step * magnitude).find(candidate => candidate >= value);
}

function format(value) {
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);
}
