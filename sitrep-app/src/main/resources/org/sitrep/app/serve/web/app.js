// The Sitrep UI: one shared filter (type, actor, place, dates) over four views.
import { el, clear, getJson, query, EVENT_TYPES } from './dom.js';
import { MapView } from './map.js';
import { TimelineView } from './timeline.js';
import { QuotesView } from './quotes.js';
import { ArticleView } from './article.js';

const form = document.getElementById('filters');
const status = document.getElementById('status');

/** What every view shares: the filter, the events it selects, and how to change them. */
const ctx = {
  filter: { type: '', actor: '', place: '', from: '', to: '' },
  events: [],
  listeners: [],
  /** Tells the user something (an error, or what is shown). */
  say(text, isError = false) {
    status.textContent = text;
    status.classList.toggle('error', isError);
  },
  /** Changes the filter, reloads the events and redraws every view. */
  async setFilter(changes) {
    Object.assign(ctx.filter, changes);
    for (const name of Object.keys(ctx.filter)) {
      if (form.elements[name]) form.elements[name].value = ctx.filter[name] ?? '';
    }
    await ctx.reload();
  },
  async reload() {
    try {
      ctx.events = await getJson(`api/events${query(ctx.filter)}`);
      const reports = ctx.events.reduce((n, e) => n + e.reports.length, 0);
      ctx.say(`${ctx.events.length} event(s) from ${reports} report(s)${describe(ctx.filter)}.`);
    } catch (e) {
      ctx.events = [];
      ctx.say(e.message, true);
    }
    for (const f of ctx.listeners) f();
  },
  onEvents(f) {
    ctx.listeners.push(f);
  },
  openArticle(id) {
    location.hash = `#article/${id}`;
  },
};

function describe(f) {
  const parts = [];
  if (f.type) parts.push(`type “${f.type}”`);
  if (f.actor) parts.push(`actor “${f.actor}”`);
  if (f.place) parts.push(`place “${f.place}”`);
  if (f.from || f.to) parts.push(`${f.from || '…'} to ${f.to || '…'}`);
  return parts.length ? `, ${parts.join(', ')}` : '';
}

const typeSelect = form.elements.type;
for (const [t] of EVENT_TYPES) typeSelect.append(el('option', { value: t, text: t }));

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const changes = {};
  for (const name of Object.keys(ctx.filter)) changes[name] = form.elements[name].value.trim();
  ctx.setFilter(changes);
});
document.getElementById('clear-filters').addEventListener('click', () =>
  ctx.setFilter({ type: '', actor: '', place: '', from: '', to: '' }),
);

const views = {
  map: new MapView(document.getElementById('view-map'), ctx),
  timeline: new TimelineView(document.getElementById('view-timeline'), ctx),
  quotes: new QuotesView(document.getElementById('view-quotes'), ctx),
  article: new ArticleView(document.getElementById('view-article'), ctx),
};

function route() {
  const [name, arg] = location.hash.replace(/^#/, '').split('/');
  const view = views[name] ? name : 'map';
  for (const [k, v] of Object.entries(views)) {
    v.root.hidden = k !== view;
  }
  for (const a of document.querySelectorAll('#tabs a')) {
    a.classList.toggle('active', a.dataset.view === view);
  }
  views[view].show(arg);
}

async function footer() {
  const overview = document.getElementById('overview');
  try {
    const o = await getJson('api/overview');
    overview.textContent =
      `${o.articles} article(s), ${o.events} event(s) from ${o.event_reports} report(s), ` +
      `${o.quotes} quote(s), ${o.quantities} quantities, ${o.places} place(s).`;
  } catch (e) {
    overview.textContent = e.message;
  }
}

window.addEventListener('hashchange', route);
clear(status);
footer();
route();
ctx.reload();
