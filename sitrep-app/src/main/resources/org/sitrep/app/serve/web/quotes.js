// Quotes by speaker, and the estimate groups: every estimate of one quantity side by side with
// its source and date, drawn as intervals over time.
import { el, svg, clear, getJson, query, range, showTip, hideTip } from './dom.js';

/** The quotes and estimates view. */
export class QuotesView {
  constructor(root, ctx) {
    this.root = root;
    this.ctx = ctx;
    this.loaded = false;
    const speaker = el('input', { name: 'speaker', placeholder: 'speaker or role contains…', size: 24 });
    const counts = el('input', { name: 'counts', placeholder: 'quantity counts… (e.g. killed)', size: 24 });
    this.speakers = el('ol', { class: 'speakers' });
    this.quotes = el('div', { class: 'quotes' });
    this.estimates = el('div', { class: 'estimates groups' });
    root.append(
      el('section', {},
        el('h2', { text: 'Quotes' }),
        el('form', { onsubmit: (e) => { e.preventDefault(); this.loadQuotes(speaker.value.trim()); } }, speaker, el('button', { type: 'submit' }, 'Filter')),
        el('div', { class: 'columns' }, el('div', { class: 'narrow' }, el('h3', { text: 'Most quoted' }), this.speakers), el('div', { class: 'col' }, this.quotes))),
      el('section', {},
        el('h2', { text: 'Estimates' }),
        el('p', { class: 'hint', text: 'One quantity (what is counted, where) as each source estimated it, oldest first; outliers are marked.' }),
        el('form', { onsubmit: (e) => { e.preventDefault(); this.loadEstimates(counts.value.trim()); } }, counts, el('button', { type: 'submit' }, 'Filter')),
        this.estimates));
  }

  show() {
    if (!this.loaded) {
      this.loaded = true;
      this.loadQuotes('');
      this.loadEstimates('');
    }
  }

  async loadQuotes(speaker) {
    clear(this.quotes);
    let rows;
    try {
      rows = await getJson(`api/quotes${query({ speaker, limit: 2000 })}`);
    } catch (e) {
      this.quotes.append(el('p', { class: 'error', text: e.message }));
      return;
    }
    const by = new Map();
    for (const q of rows) {
      const who = q.speaker ?? q.description ?? 'unattributed';
      if (!by.has(who)) by.set(who, []);
      by.get(who).push(q);
    }
    if (!speaker) {
      clear(this.speakers);
      const top = [...by.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, 25);
      for (const [who, qs] of top) {
        this.speakers.append(el('li', {}, el('a', { href: '#quotes', onclick: (e) => { e.preventDefault(); this.loadQuotes(who); }, text: who }), ` (${qs.length})`));
      }
    }
    const table = el('table', {}, el('thead', {}, el('tr', {}, ...['Speaker', 'Quote', 'Kind', 'Cue', 'Certainty', 'Published', 'Article'].map((h) => el('th', { text: h })))));
    const body = el('tbody');
    for (const [who, qs] of by) {
      qs.forEach((q, i) => body.append(el('tr', {},
        el('td', { text: i === 0 ? who + (q.speaker && q.description ? ` (${q.description})` : '') : '' }),
        el('td', { class: 'quote', text: q.text }),
        el('td', { text: (q.kind ?? '').toLowerCase() }),
        el('td', { text: q.cue ?? '' }),
        el('td', { class: `certainty ${q.certainty ?? ''}`, text: q.certainty ?? '' }),
        el('td', { text: q.published ?? '' }),
        el('td', {}, el('a', { href: `#article/${q.article_id}`, text: `${q.outlet ?? ''} ${q.title ?? q.doc_id ?? ''}`.trim() || 'article' })))));
    }
    table.append(body);
    this.quotes.append(el('p', { class: 'hint', text: `${rows.length} quote(s) by ${by.size} speaker(s)${speaker ? ` matching “${speaker}”` : ''}.` }), table);
  }

  async loadEstimates(counts) {
    clear(this.estimates);
    let groups;
    try {
      groups = await getJson(`api/estimates${query({ counts })}`);
    } catch (e) {
      this.estimates.append(el('p', { class: 'error', text: e.message }));
      return;
    }
    if (!groups.length) this.estimates.append(el('p', { class: 'hint', text: 'No quantity was estimated by more than one report.' }));
    for (const g of groups) {
      const box = el('div', { class: 'group' },
        el('h3', { text: `${g.counts ?? 'count'}${g.place ? ' in ' + g.place : ''}: ${range(g.low, g.high)}` }),
        el('p', { class: 'hint', text: `${g.estimates.length} estimate(s)${g.outliers ? `, ${g.outliers} outlier(s)` : ''}` }),
        this.strip(g));
      const table = el('table', {}, el('thead', {}, el('tr', {}, ...['Published', 'Outlet', 'Estimate', 'Text', 'Source', 'Certainty'].map((h) => el('th', { text: h })))));
      const body = el('tbody');
      for (const e of g.estimates) {
        body.append(el('tr', { class: e.outlier ? 'outlier' : null },
          el('td', { text: e.published ?? '' }),
          el('td', { text: e.outlet ?? e.doc_id ?? '' }),
          el('td', { text: range(e.low, e.high) + (e.unit ? ` ${e.unit}` : '') + (e.outlier ? ' (outlier)' : '') }),
          el('td', { class: 'quote', text: e.text ?? '' }),
          el('td', { text: e.source ?? '' }),
          el('td', { text: (e.certainty ?? '').toLowerCase() })));
      }
      table.append(body);
      box.append(table);
      this.estimates.append(box);
    }
  }

  /** Each estimate's interval as a vertical bar at its publication date. */
  strip(g) {
    const W = 420, H = 90, P = 24;
    const pts = g.estimates.filter((e) => e.published && (e.low != null || e.high != null));
    const s = svg('svg', { class: 'strip', viewBox: `0 0 ${W} ${H}` });
    if (pts.length < 1) return s;
    const ts = pts.map((e) => Date.parse(e.published));
    const vs = pts.flatMap((e) => [e.low ?? e.high, e.high ?? e.low]);
    const t0 = Math.min(...ts), t1 = Math.max(...ts);
    const v1 = Math.max(...vs) * 1.1 || 1;
    const x = (t) => (t1 === t0 ? W / 2 : P + ((t - t0) / (t1 - t0)) * (W - 2 * P));
    const y = (v) => H - P / 2 - (v / v1) * (H - P);
    s.append(svg('line', { class: 'grid', x1: P / 2, x2: W - P / 2, y1: y(0), y2: y(0) }));
    pts.forEach((e, i) => {
      const lo = e.low ?? e.high, hi = e.high ?? e.low;
      const cx = x(ts[i]) + (i % 3 - 1) * 3;
      s.append(svg('rect', {
        class: e.outlier ? 'est outlier' : 'est', x: cx - 3, width: 6, y: y(hi), height: Math.max(2, y(lo) - y(hi)),
        onmousemove: (m) => showTip(m, [`${e.published} ${e.outlet ?? ''}`, `${range(e.low, e.high)} ${e.unit ?? ''}`, e.source ? `according to ${e.source}` : 'source not named']),
        onmouseleave: hideTip,
      }));
    });
    s.append(svg('text', { class: 'tick', x: P / 2, y: 10, text: `max ${range(v1 / 1.1, v1 / 1.1)}` }));
    return s;
  }
}
