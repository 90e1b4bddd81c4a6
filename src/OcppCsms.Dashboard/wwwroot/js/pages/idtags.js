// Id tags: list (search, status), create, edit and block/unblock. Changes are JSON merge patches, as the API takes
// them: only what the form changed is sent, and an emptied field clears the value.

import { api, canOperate } from '../api.js';
import { badge, field, formatTime, h, problemText, replace, table, toLocalInput } from '../dom.js';
import { pager } from '../pager.js';

const statuses = ['Accepted', 'Blocked', 'Expired', 'Invalid'];
const pageSize = 50;

export function render(container) {
  const search = h('input', { type: 'search' });
  const status = h('select', {}, ['', ...statuses].map(value => h('option', { value }, value || 'All')));
  const results = h('div', {});
  const message = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  let pageNumber = 1;

  replace(container, h('h1', {}, 'Id tags'),
    canOperate() ? h('details', { class: 'panel operate' }, h('summary', {}, 'New id tag'), tagForm(null, async body => {
      await api('/api/v1/id-tags', { method: 'POST', body });
      message.textContent = `${body.idTag} created.`;
      await load();
    })) : null,
    h('form', { class: 'filters', role: 'search', onsubmit: event => { event.preventDefault(); pageNumber = 1; load(); } },
      field('Search tags', search), field('Status', status), h('button', { type: 'submit' }, 'Apply filters')),
    message, results);

  async function load() {
    try {
      const page = await api('/api/v1/id-tags', { query: { search: search.value.trim(), status: status.value, page: pageNumber, pageSize } });
      replace(results, page.items.length === 0 ? h('p', { class: 'empty' }, 'No id tag matches.') : [
        h('div', { class: 'table-wrap' }, table('Id tags', ['Id tag', 'Status', 'Expires', 'Parent', 'Description', 'Updated', ''], page.items.map(row))),
        pager(page, number => { pageNumber = number; load(); })]);
    } catch (e) {
      message.textContent = problemText(e);
    }
  }

  function row(tag) {
    const path = `/api/v1/id-tags/${encodeURIComponent(tag.idTag)}`;
    const patch = async (body, done) => {
      try {
        await api(path, { method: 'PATCH', body });
        message.textContent = done;
        await load();
      } catch (e) {
        message.textContent = problemText(e);
      }
    };
    const actions = canOperate() ? h('div', { class: 'inline-form operate' },
      tag.status === 'Blocked'
        ? h('button', { type: 'button', class: 'small secondary', onclick: () => patch({ status: 'Accepted' }, `${tag.idTag} unblocked.`) }, `Unblock ${tag.idTag}`)
        : h('button', { type: 'button', class: 'small danger', onclick: () => patch({ status: 'Blocked' }, `${tag.idTag} blocked.`) }, `Block ${tag.idTag}`),
      h('details', {}, h('summary', {}, `Edit ${tag.idTag}`), tagForm(tag, async body => {
        await api(path, { method: 'PATCH', body });
        message.textContent = `${tag.idTag} saved.`;
        await load();
      }))) : null;
    return h('tr', { 'data-id-tag': tag.idTag },
      h('td', { class: 'mono' }, tag.idTag), h('td', {}, badge(tag.status)), h('td', {}, formatTime(tag.expiryDate)),
      h('td', {}, tag.parentIdTag ?? '—'), h('td', {}, tag.description ?? '—'), h('td', {}, formatTime(tag.updatedAt)), h('td', {}, actions));
  }

  load();
}

/** The create form (tag null) or the edit form of `tag`; `save(body)` sends it and may throw an ApiError. */
function tagForm(tag, save) {
  const idTag = h('input', { required: true, maxlength: 36, value: tag?.idTag ?? '', readonly: !!tag });
  const status = h('select', {}, statuses.map(value => h('option', { value, selected: value === (tag?.status ?? 'Accepted') }, value)));
  const expiry = h('input', { type: 'datetime-local', value: tag?.expiryDate ? toLocalInput(tag.expiryDate) : '' });
  const parent = h('input', { maxlength: 36, value: tag?.parentIdTag ?? '' });
  const description = h('input', { maxlength: 200, value: tag?.description ?? '' });
  const error = h('p', { class: 'error', role: 'alert' });
  return h('form', {
    class: 'inline-form',
    onsubmit: async event => {
      event.preventDefault();
      error.textContent = '';
      const values = {
        status: status.value,
        expiryDate: expiry.value ? new Date(expiry.value).toISOString() : null,
        parentIdTag: parent.value.trim() || null,
        description: description.value.trim() || null,
      };
      const body = tag
        ? Object.fromEntries(Object.entries(values).filter(([name, value]) => value !== (name === 'expiryDate' && tag.expiryDate ? new Date(tag.expiryDate).toISOString() : tag[name] ?? null)))
        : Object.fromEntries(Object.entries({ idTag: idTag.value.trim(), ...values }).filter(([, value]) => value !== null));
      try {
        await save(body);
        if (!tag) event.target.reset();
      } catch (e) {
        error.textContent = problemText(e);
      }
    },
  }, field('Id tag', idTag), field('Status', status), field('Expires', expiry), field('Parent id tag', parent), field('Description', description),
  h('button', { type: 'submit' }, tag ? 'Save' : 'Create'), error);
}
