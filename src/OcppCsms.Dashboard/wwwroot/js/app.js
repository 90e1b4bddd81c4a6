// The dashboard shell: sign-in, navigation by URL fragment (#/stations/CP1), the live-events indicator, and the page
// in view. Each page module exports render(container, context) and may answer a function that undoes its
// subscriptions when the operator leaves it.

import { canOperate, currentSession, onSessionChange, signIn, signOut } from './api.js';
import { problemText, replace } from './dom.js';
import { EventStream } from './events.js';
import { StationStore } from './store.js';

const routes = [
  [/^#\/overview$/, () => import('./pages/overview.js')],
  [/^#\/stations$/, () => import('./pages/stations.js')],
  [/^#\/stations\/([^/]+)$/, () => import('./pages/station.js')],
  [/^#\/transactions$/, () => import('./pages/transactions.js')],
  [/^#\/transactions\/(\d+)$/, () => import('./pages/transaction.js')],
  [/^#\/id-tags$/, () => import('./pages/idtags.js')],
  [/^#\/tariffs$/, () => import('./pages/tariffs.js')],
];
const defaultRoute = '#/overview';

const events = new EventStream();
const page = document.getElementById('page');
let leave = null;
let store = null;
let rendering = 0;

const liveText = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…', stopped: 'Offline' };
events.onState(state => {
  const live = document.getElementById('live');
  live.textContent = liveText[state];
  live.dataset.state = state;
});

document.getElementById('sign-in-form').addEventListener('submit', async submit => {
  submit.preventDefault();
  const form = submit.target;
  const error = document.getElementById('sign-in-error');
  error.textContent = '';
  try {
    await signIn(form.username.value, form.password.value);
    form.reset();
  } catch (e) {
    error.textContent = e.status === 401 ? 'Wrong user name or password.' : problemText(e);
  }
});

document.getElementById('sign-out').addEventListener('click', () => signOut());
window.addEventListener('hashchange', () => show());
// A token refresh changes the session too; only signing in or out (or as someone else) redraws the page.
const who = session => (session ? `${session.name}/${session.role}` : null);
let shownFor = who(currentSession());
onSessionChange(session => {
  if (who(session) === shownFor) return;
  shownFor = who(session);
  show();
});
show();

async function show() {
  const session = currentSession();
  document.getElementById('sign-in').hidden = !!session;
  document.getElementById('top').hidden = !session;
  if (!session) {
    events.stop();
    leave?.();
    leave = null;
    store?.dispose();
    store = null;
    page.replaceChildren();
    document.getElementById('username').focus();
    return;
  }

  document.getElementById('who').textContent = `${session.name} (${session.role})`;
  document.body.classList.toggle('viewer', !canOperate());
  store ??= new StationStore(events);
  events.start();
  const route = routes.find(([pattern]) => pattern.test(location.hash));
  if (!route) {
    location.replace(defaultRoute);
    return;
  }

  const params = route[0].exec(location.hash).slice(1).map(decodeURIComponent);
  for (const link of document.querySelectorAll('#nav a')) {
    const current = location.hash.startsWith(link.getAttribute('href'));
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }

  const ticket = ++rendering;
  const module = await route[1]();
  if (ticket !== rendering) return;
  leave?.();
  const container = document.createElement('div');
  replace(page, container);
  leave = module.render(container, { params, events, store }) ?? null;
}
