// Previous/next paging over the API's Page<T> ({ items, pageNumber, pageSize, totalCount, totalPages }).

import { h } from './dom.js';

/** Buttons for the pages around `page`; `go(number)` loads another. */
export function pager(page, go) {
  if (page.totalPages <= 1) return h('p', { class: 'muted' }, `${page.totalCount} in all.`);
  return h('nav', { class: 'inline-form', 'aria-label': 'Pages' },
    h('button', { type: 'button', class: 'secondary small', disabled: page.pageNumber <= 1, onclick: () => go(page.pageNumber - 1) }, 'Previous page'),
    h('span', {}, `Page ${page.pageNumber} of ${page.totalPages} (${page.totalCount} in all)`),
    h('button', { type: 'button', class: 'secondary small', disabled: page.pageNumber >= page.totalPages, onclick: () => go(page.pageNumber + 1) }, 'Next page'));
}
