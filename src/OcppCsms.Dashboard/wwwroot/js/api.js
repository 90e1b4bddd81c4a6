// The operator API client: the signed-in session (tokens in sessionStorage, so a reload keeps it and closing the tab
// ends it), refreshed a minute before the access token expires, and fetch calls that speak problem details.

const storageKey = 'ocppcsms.session';
const refreshMarginMs = 60_000;
const listeners = new Set();
let session = load();
let refreshTimer = 0;
let refreshing = null;

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

function load() {
  try {
    return JSON.parse(sessionStorage.getItem(storageKey));
  } catch {
    return null;
  }
}

function store(next) {
  session = next;
  if (next) sessionStorage.setItem(storageKey, JSON.stringify(next));
  else sessionStorage.removeItem(storageKey);
  scheduleRefresh();
  for (const listener of listeners) listener(session);
}

function scheduleRefresh() {
  clearTimeout(refreshTimer);
  if (!session) return;
  const delay = Math.max(0, new Date(session.expiresAt).getTime() - Date.now() - refreshMarginMs);
  refreshTimer = setTimeout(() => refresh().catch(() => store(null)), delay);
}

/** Calls `listener(session)` whenever the operator signs in or out (null when signed out). */
export function onSessionChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const currentSession = () => session;

/** Operators and Admins may run the network; Viewers only look. */
export const canOperate = () => session?.role === 'Operator' || session?.role === 'Admin';

async function post(path, body, token) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { response, json: await readJson(response) };
}

async function readJson(response) {
  const type = response.headers.get('content-type') ?? '';
  return type.includes('json') ? response.json() : null;
}

export async function signIn(username, password) {
  const { response, json } = await post('/api/v1/auth/login', { username, password });
  if (!response.ok) throw new ApiError(response.status, json);
  const me = await fetch('/api/v1/auth/me', { headers: { authorization: `Bearer ${json.accessToken}` } });
  const who = await readJson(me);
  if (!me.ok) throw new ApiError(me.status, who);
  store({ ...tokens(json), name: who.name, role: who.role });
}

function tokens(json) {
  return { accessToken: json.accessToken, expiresAt: json.expiresAt, refreshToken: json.refreshToken };
}

/** Exchanges the refresh token for new tokens; concurrent callers share one exchange (the old token works once). */
export function refresh() {
  refreshing ??= (async () => {
    try {
      const { response, json } = await post('/api/v1/auth/refresh', { refreshToken: session.refreshToken });
      if (!response.ok) throw new ApiError(response.status, json);
      store({ ...session, ...tokens(json) });
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

export async function signOut() {
  const ending = session;
  store(null);
  if (ending) {
    try {
      await post('/api/v1/auth/logout', { refreshToken: ending.refreshToken }, ending.accessToken);
    } catch {
      // Signed out here either way; the refresh token expires on its own.
    }
  }
}

/** A fresh access token (refreshed first when it is about to expire), for the events WebSocket. */
export async function accessToken() {
  if (!session) return null;
  if (new Date(session.expiresAt).getTime() - Date.now() < refreshMarginMs) await refresh();
  return session?.accessToken ?? null;
}

/**
 * Calls the API: `query` becomes the query string (null values left out), `body` is sent as JSON. Answers the parsed
 * JSON (null for an empty answer) or throws ApiError with the problem details. A 401 refreshes once and retries; if
 * that fails the session ends and the sign-in form returns.
 */
export async function api(path, { method = 'GET', body, query } = {}) {
  const url = new URL(path, location.origin);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== null && value !== undefined && value !== '') url.searchParams.set(name, value);
  }

  for (let attempt = 0; ; attempt++) {
    const token = await accessToken();
    const response = await fetch(url, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    if (response.status === 401 && attempt === 0 && session) {
      try {
        await refresh();
        continue;
      } catch {
        store(null);
      }
    }

    const json = await readJson(response);
    if (!response.ok) throw new ApiError(response.status, json);
    return json;
  }
}
