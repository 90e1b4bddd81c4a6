// The stations and their live state, loaded once per sign-in and kept current from the events stream, shared by the
// Overview and Stations pages. Sharing matters: the API allows each operator 100 requests a minute, and connector
// statuses are only in the single-station answer, so every page loading them on its own would soon exhaust it.

import { api } from './api.js';
import { reloadAfterOutage } from './events.js';

const pageSize = 50;

export class StationStore {
  stations = new Map();
  totalCount = 0;
  error = null;
  #listeners = new Set();
  #loading = null;
  #loaded = false;
  #unsubscribe;

  constructor(events) {
    const unsubscribe = events.subscribe(event => this.#apply(event));
    const unwatch = reloadAfterOutage(events, () => this.load());
    this.#unsubscribe = () => { unsubscribe(); unwatch(); };
  }

  dispose() {
    this.#unsubscribe();
    this.#listeners.clear();
  }

  /** `listener(announcement)` after every change; the announcement is a sentence for screen readers, or null. */
  subscribe(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  ensureLoaded() {
    return this.#loaded ? Promise.resolve() : this.load();
  }

  /** The first stations by id, then each one's details (connectors, boot); concurrent callers share one load. */
  load() {
    this.#loading ??= (async () => {
      try {
        const list = await api('/api/v1/stations', { query: { pageSize, sort: 'id' } });
        this.stations = new Map(list.items.map(station => [station.id, station]));
        this.totalCount = list.totalCount;
        this.error = null;
        this.#loaded = true;
        this.#changed(null);
        await Promise.all(list.items.map(station => this.loadOne(station.id)));
      } catch (e) {
        this.error = e;
        this.#changed(null);
      } finally {
        this.#loading = null;
      }
    })();
    return this.#loading;
  }

  async loadOne(id) {
    try {
      this.stations.set(id, await api(`/api/v1/stations/${encodeURIComponent(id)}`));
    } catch (e) {
      if (e.status !== 404) return;
      this.stations.delete(id);
    }
    this.#changed(null);
  }

  #changed(announcement) {
    for (const listener of this.#listeners) listener(announcement);
  }

  #apply(event) {
    const id = event.stationId;
    if (!id || !this.#loaded) return;
    const station = this.stations.get(id);
    if (!station) {
      if ((event.type === 'StationConnected' || event.type === 'BootNotificationReceived') && this.stations.size < pageSize) this.loadOne(id);
      return;
    }

    let announcement = null;
    station.lastSeenAt = event.occurredAt;
    switch (event.type) {
      case 'StationConnected':
        Object.assign(station, { connected: true, protocol: event.data.subProtocol, connectedAt: event.occurredAt });
        announcement = `${id} is online.`;
        break;
      case 'StationDisconnected':
        Object.assign(station, { connected: false, protocol: null, lastSeenAt: event.data.lastSeenAt ?? event.occurredAt });
        announcement = `${id} went offline.`;
        break;
      case 'BootNotificationReceived':
        station.registrationStatus = event.data.registrationStatus;
        break;
      case 'StatusChanged':
        updateConnector(station, event.data);
        break;
    }
    this.#changed(announcement);
  }
}

/** Applies a StatusChanged event's data to a station's connector list. */
export function updateConnector(station, data) {
  station.connectors ??= [];
  const connector = station.connectors.find(c => c.evseId === data.evseId && c.connectorId === data.connectorId);
  if (connector) Object.assign(connector, { status: data.status, errorCode: data.errorCode, statusTimestamp: data.timestamp });
  else {
    station.connectors.push({ evseId: data.evseId, connectorId: data.connectorId, status: data.status, errorCode: data.errorCode, statusTimestamp: data.timestamp });
    station.connectors.sort((a, b) => a.evseId - b.evseId || a.connectorId - b.connectorId);
  }
}
