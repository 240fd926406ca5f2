// The article view: the stored text with every extraction highlighted by kind; hovering a
// highlight says what was extracted there and by which component. The text is inserted as text
// nodes only (stored articles are untrusted input).
import { el, clear, getJson, query, showTip, hideTip } from './dom.js';

/** Highlight kinds in drawing order (later kinds sit inside earlier ones), with their labels. */
const KINDS = [
  ['event', 'event evidence'],
  ['movement', 'movement'],
  ['quote', 'quote'],
  ['speaker', 'speaker'],
  ['place', 'place'],
  ['time', 'time'],
  ['quantity', 'quantity'],
];

/** The article view. */
export class ArticleView {
  constructor(root, ctx) {
    this.root = root;
    this.ctx = ctx;
    this.hidden = new Set();
    this.current = null;
    this.picker = el('select', { onchange: (e) => { if (e.target.value) location.hash = `#article/${e.target.value}`; } });
    const words = el('input', { placeholder: 'search the articles…', size: 28 });
    this.hits = el('ol', { class: 'hits' });
    this.legend = el('div', { class: 'legend' });
    for (const [k, label] of KINDS) {
      const box = el('input', { type: 'checkbox', checked: 'checked', onchange: (e) => { if (e.target.checked) this.hidden.delete(k); else this.hidden.add(k); this.render(); } });
      this.legend.append(el('label', { class: `hl hl-${k}` }, box, label));
    }
    this.head = el('div', { class: 'article-head' });
    this.text = el('div', { class: 'article-text' });
    root.append(
      el('div', { class: 'columns' },
        el('div', { class: 'narrow' },
          el('h3', { text: 'Articles' }), this.picker,
          el('form', { onsubmit: (e) => { e.preventDefault(); this.search(words.value.trim()); } }, words, el('button', { type: 'submit' }, 'Search')),
          this.hits),
        el('div', { class: 'col' }, this.legend, this.head, this.text)));
  }

  async show(id) {
    if (!this.picker.options.length) {
      try {
        const list = await getJson('api/articles?limit=1000');
        this.picker.append(el('option', { value: '', text: `${list.length} article(s), newest first…` }));
        for (const a of list) this.picker.append(el('option', { value: a.id, text: `${a.published ?? ''} ${a.title ?? a.doc_id}` }));
        if (!id && list.length) id = String(list[0].id);
      } catch (e) {
        this.ctx.say(e.message, true);
      }
    }
    if (id && id !== String(this.current?.id)) await this.load(id);
  }

  async search(words) {
    clear(this.hits);
    if (!words) return;
    try {
      const hits = await getJson(`api/search${query({ q: words, limit: 30 })}`);
      if (!hits.length) this.hits.append(el('li', { class: 'hint', text: 'no match' }));
      for (const h of hits) {
        this.hits.append(el('li', {}, el('a', { href: `#article/${h.article_id}`, text: h.title || h.doc_id }), el('div', { class: 'hint', text: h.snippet })));
      }
    } catch (e) {
      this.hits.append(el('li', { class: 'error', text: e.message }));
    }
  }

  async load(id) {
    try {
      this.current = await getJson(`api/articles/${encodeURIComponent(id)}`);
    } catch (e) {
      this.current = null;
      clear(this.head);
      clear(this.text);
      this.head.append(el('p', { class: 'error', text: e.message }));
      return;
    }
    this.picker.value = String(this.current.id);
    this.render();
  }

  render() {
    const a = this.current;
    if (!a) return;
    clear(this.head);
    const counts = new Map();
    for (const h of a.highlights) counts.set(h.kind, (counts.get(h.kind) ?? 0) + 1);
    this.head.append(
      el('h2', { text: a.title ?? a.doc_id ?? `article ${a.id}` }),
      el('p', { class: 'meta', text: [a.outlet, a.published, a.doc_id].filter(Boolean).join(' · ') },
        a.url && /^https?:\/\//.test(a.url) ? el('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank', text: ' source' }) : null),
      el('p', { class: 'hint', text: a.status !== 'analysed' ? `This input was ${a.status}; it has no analysis.` : KINDS.map(([k, l]) => `${counts.get(k) ?? 0} ${l}`).join(' · ') }));
    clear(this.text);
    const text = a.text ?? '';
    const shown = a.highlights.filter((h) => !this.hidden.has(h.kind));
    // cut the text at every highlight boundary; each piece is covered by some highlights
    const cuts = new Set([0, text.length]);
    for (const h of shown) {
      cuts.add(h.start);
      cuts.add(h.end);
    }
    const points = [...cuts].sort((x, y) => x - y);
    const order = new Map(KINDS.map(([k], i) => [k, i]));
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i];
      const e = points[i + 1];
      const piece = text.slice(s, e);
      const over = shown.filter((h) => h.start <= s && h.end >= e);
      if (!over.length) {
        this.text.append(document.createTextNode(piece));
        continue;
      }
      // the innermost kind gives the colour; the outer ones show as underlines
      over.sort((x, y) => order.get(y.kind) - order.get(x.kind) || (x.end - x.start) - (y.end - y.start));
      const span = el('mark', { class: over.map((h) => `hl-${h.kind}`).join(' ') + ` top-${over[0].kind}` }, piece);
      span.addEventListener('mousemove', (m) => showTip(m, over.flatMap((h) => [`${h.label}`, `  by ${h.component}: “${h.text.length > 80 ? h.text.slice(0, 80) + '…' : h.text}”`])));
      span.addEventListener('mouseleave', hideTip);
      this.text.append(span);
    }
  }
}
