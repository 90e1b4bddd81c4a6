// Remote operations: one form per command, each showing the station's answer (or the error) inline, announced to
// screen readers. The API waits for the station, so the answer is the station's own.

import { api } from './api.js';
import { h, problemText } from './dom.js';

/** Sends `POST /api/v1/stations/{id}/commands/{name}`; answers { ok, text } for display. */
export async function runCommand(stationId, name, body) {
  try {
    const answer = await api(`/api/v1/stations/${encodeURIComponent(stationId)}/commands/${name}`, { method: 'POST', body });
    const status = answer?.status ?? answer?.outcome ?? 'Answered';
    const ok = !['Rejected', 'Failed', 'NotSupported', 'UnknownMessageId', 'Unknown'].includes(status);
    return { ok, text: `${answer?.action ?? name}: ${status}`, detail: answer?.response };
  } catch (e) {
    const detail = e.problem?.errorCode ? `Station error ${e.problem.errorCode}` : null;
    return { ok: false, text: [problemText(e), detail].filter(Boolean).join(' — ') };
  }
}

/**
 * A collapsible command form: `controls` are field elements, `body()` builds the request from them (it may throw an
 * Error whose message is shown). `after(result)` runs once the station answered.
 */
export function commandForm(stationId, title, name, controls, body, after) {
  const answer = h('output', { class: 'answer', role: 'status', 'aria-live': 'polite', hidden: true });
  const button = h('button', { type: 'submit' }, title);
  const form = h('form', {
    'data-command': name,
    onsubmit: async event => {
      event.preventDefault();
      let request;
      try {
        request = body();
      } catch (e) {
        show({ ok: false, text: e.message });
        return;
      }
      button.disabled = true;
      answer.hidden = false;
      answer.className = 'answer';
      answer.textContent = 'Waiting for the station…';
      const result = await runCommand(stationId, name, request);
      button.disabled = false;
      show(result);
      after?.(result);
    },
  }, controls, button);

  function show(result) {
    answer.hidden = false;
    answer.className = `answer ${result.ok ? 'ok' : 'bad'}`;
    answer.textContent = result.detail ? `${result.text}\n${JSON.stringify(result.detail)}` : result.text;
  }

  return h('details', { class: 'command' }, h('summary', {}, title), form, answer);
}

/** A number input's value, or undefined when empty. */
export function optionalNumber(input) {
  return input.value === '' ? undefined : Number(input.value);
}

/** A datetime-local input's value as a UTC ISO string, or undefined when empty. */
export function optionalDate(input) {
  return input.value === '' ? undefined : new Date(input.value).toISOString();
}
