// The live events WebSocket (/api/v1/events/ws). A browser cannot set headers on a WebSocket upgrade, so it opens the
// socket without credentials and sends {"type":"auth","token":...} first, as the Events module expects. When the
// socket drops it reconnects by itself with a growing, jittered delay; pages hear "live" again and reload what they
// show, since events sent while disconnected are not replayed.

import { accessToken } from './api.js';

const maxDelayMs = 15_000;

export class EventStream {
  #socket = null;
  #handlers = new Set();
  #stateHandlers = new Set();
  #delay = 1000;
  #timer = 0;
  #running = false;
  state = 'connecting';

  start() {
    if (this.#running) return;
    this.#running = true;
    this.#connect();
  }

  stop() {
    this.#running = false;
    clearTimeout(this.#timer);
    this.#socket?.close(1000);
    this.#socket = null;
    this.#setState('stopped');
  }

  /** `handler(event)` for every event; answers a function that unsubscribes. */
  subscribe(handler) {
    this.#handlers.add(handler);
    return () => this.#handlers.delete(handler);
  }

  /** `handler(state)` on 'connecting', 'live', 'reconnecting', 'stopped'. */
  onState(handler) {
    this.#stateHandlers.add(handler);
    return () => this.#stateHandlers.delete(handler);
  }

  #setState(state) {
    this.state = state;
    for (const handler of this.#stateHandlers) handler(state);
  }

  async #connect() {
    let token;
    try {
      token = await accessToken();
    } catch {
      token = null;
    }
    if (!this.#running) return;
    if (!token) {
      this.#retry();
      return;
    }

    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${location.host}/api/v1/events/ws`);
    this.#socket = socket;
    socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'auth', token })));
    socket.addEventListener('message', message => {
      const data = JSON.parse(message.data);
      if (data.type === 'authenticated') {
        this.#delay = 1000;
        this.#setState('live');
        return;
      }
      for (const handler of this.#handlers) handler(data);
    });
    socket.addEventListener('close', () => {
      if (this.#socket === socket) this.#socket = null;
      if (this.#running) this.#retry();
    });
  }

  #retry() {
    this.#setState('reconnecting');
    clearTimeout(this.#timer);
    const delay = this.#delay * (0.75 + Math.random() / 2);
    this.#delay = Math.min(this.#delay * 2, maxDelayMs);
    this.#timer = setTimeout(() => this.#connect(), delay);
  }
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
