// Small DOM helpers. Text always goes in as text nodes, never as HTML, so data from stations cannot inject markup.

/** Creates an element: attributes (on* names become listeners, `text` the text content), then children. */
export function h(tag, attributes = {}, ...children) {
  const element = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'text') element.textContent = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of an element. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

export function formatTime(value) {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' });
}

/** An ISO time as the value of a datetime-local input, in the browser's time zone. */
export function toLocalInput(iso) {
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function formatAgo(value, now = Date.now()) {
  if (!value) return 'never';
  const seconds = Math.max(0, Math.round((now - new Date(value).getTime()) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)} h ago`;
  return `${Math.floor(seconds / 86400)} d ago`;
}

export function formatKwh(wh) {
  return wh === null || wh === undefined ? '—' : `${(Number(wh) / 1000).toFixed(2)} kWh`;
}

/** A coloured badge; the colour follows the word (CSS classes per status), the word is always shown. */
export function badge(text, kind = text) {
  return h('span', { class: `badge badge-${String(kind ?? 'none').toLowerCase()}` }, text ?? '—');
}

/** A table with a caption for screen readers, a header row and one row per item. */
export function table(caption, headers, rows) {
  return h('table', {},
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, headers.map(header => h('th', { scope: 'col' }, header)))),
    h('tbody', {}, rows));
}

/** A labelled form field; `input` is the control, which gets the id the label points at. */
export function field(label, input) {
  const id = input.id || `f-${Math.random().toString(36).slice(2, 10)}`;
  input.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

/** The message of an API error, from its problem details when it has them. */
export function problemText(error) {
  const problem = error?.problem;
  if (!problem) return error?.message ?? String(error);
  const fields = problem.errors ? Object.entries(problem.errors).map(([name, messages]) => `${name}: ${[].concat(messages).join(' ')}`) : [];
  return [problem.title, problem.detail, ...fields].filter(Boolean).join(' — ');
}
