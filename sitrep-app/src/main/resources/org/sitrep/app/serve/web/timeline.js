// The timeline: events per day (or per week over long spans) as stacked bars by ACLED type.
// Drag across the bars to set the date filter, which the map and lists share.
import { el, svg, clear, typeColour, showTip, hideTip, EVENT_TYPES, dates, range } from './dom.js';

const DAY = 86400000;
const W = 900;
const H = 260;
const PAD = { left: 36, right: 10, top: 10, bottom: 34 };

function day(s) {
  return Date.parse(`${s}T00:00:00Z`);
}

function iso(t) {
  return new Date(t).toISOString().slice(0, 10);
}

/** The timeline view. */
export class TimelineView {
  constructor(root, ctx) {
    this.root = root;
    this.ctx = ctx;
    this.chart = svg('svg', { class: 'timeline', viewBox: `0 0 ${W} ${H}` });
    this.caption = el('p', { class: 'hint' });
    this.list = el('div', { class: 'event-list' });
    root.append(
      el('div', { class: 'legend' }, ...EVENT_TYPES.map(([t, c]) => el('span', {}, svg('svg', { width: 12, height: 12 }, svg('rect', { width: 12, height: 12, fill: c })), t)),
        el('button', { type: 'button', onclick: () => ctx.setFilter({ from: '', to: '' }) }, 'All dates')),
      this.chart, this.caption, this.list);
    ctx.onEvents(() => this.draw());
  }

  draw() {
    clear(this.chart);
    clear(this.list);
    const events = this.ctx.events.filter((e) => e.date_from);
    if (!events.length) {
      this.caption.textContent = 'No dated events match the filter.';
      return;
    }
    const t0 = Math.min(...events.map((e) => day(e.date_from)));
    const t1 = Math.max(...events.map((e) => day(e.date_from)));
    const weekly = (t1 - t0) / DAY > 120;
    const step = weekly ? 7 * DAY : DAY;
    // weeks start on Monday (ISO 8601); 1970-01-01 was a Thursday
    const start = weekly ? t0 - ((new Date(t0).getUTCDay() + 6) % 7) * DAY : t0;
    const n = Math.floor((t1 - start) / step) + 1;
    const bins = Array.from({ length: n }, () => new Map());
    for (const e of events) {
      const i = Math.floor((day(e.date_from) - start) / step);
      bins[i].set(e.type, (bins[i].get(e.type) ?? 0) + 1);
    }
    const max = Math.max(...bins.map((b) => [...b.values()].reduce((a, c) => a + c, 0)));
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const bw = plotW / n;
    const y = (v) => PAD.top + plotH - (v / max) * plotH;
    const g = svg('g');
    this.chart.append(g);
    // y axis: 0, max/2, max
    for (const v of [0, Math.ceil(max / 2), max]) {
      g.append(svg('line', { class: 'grid', x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v) }),
        svg('text', { class: 'tick', x: PAD.left - 4, y: y(v) + 4, 'text-anchor': 'end', text: v }));
    }
    const types = EVENT_TYPES.map(([t]) => t);
    bins.forEach((b, i) => {
      let acc = 0;
      const keys = [...b.keys()].sort((a, c) => (types.indexOf(a) + 99) % 99 - (types.indexOf(c) + 99) % 99);
      const from = iso(start + i * step);
      const to = iso(start + (i + 1) * step - DAY);
      for (const k of keys) {
        const v = b.get(k);
        g.append(svg('rect', {
          x: PAD.left + i * bw + 0.5, width: Math.max(bw - 1, 0.5), y: y(acc + v), height: y(acc) - y(acc + v), fill: typeColour(k),
          onmousemove: (e) => showTip(e, [weekly ? `week of ${from}` : from, `${k}: ${v} event(s)`]),
          onmouseleave: hideTip,
        }));
        acc += v;
      }
    });
    // date ticks, about eight
    const every = Math.max(1, Math.ceil(n / 8));
    for (let i = 0; i < n; i += every) {
      const x = PAD.left + i * bw + bw / 2;
      g.append(svg('text', { class: 'tick', x, y: H - PAD.bottom + 14, 'text-anchor': 'middle', text: iso(start + i * step) }));
    }
    this.caption.textContent = `${events.length} dated event(s) per ${weekly ? 'week' : 'day'}. Drag across the bars to filter by date.`;
    this.brush(start, step, n, bw, plotH);
    for (const e of events) {
      this.list.append(el('p', {},
        el('span', { class: 'dot', text: '●' }), ` ${dates(e.date_from, e.date_to)} · ${e.type}${e.sub_type ? ' / ' + e.sub_type : ''} · ${e.place ?? 'place unknown'}`,
        e.fatalities_low != null ? ` · killed ${range(e.fatalities_low, e.fatalities_high)}` : '',
        ` · ${e.reports.length} source(s) `,
        ...e.reports.slice(0, 3).map((r) => el('a', { href: `#article/${r.article_id}`, text: `[${r.outlet || r.doc_id}]` }))));
      this.list.lastChild.firstChild.style.color = typeColour(e.type);
    }
  }

  brush(start, step, n, bw, plotH) {
    const band = svg('rect', { class: 'brush', y: PAD.top, height: plotH, x: 0, width: 0 });
    this.chart.append(band);
    const binAt = (evt) => {
      const pt = this.chart.createSVGPoint();
      pt.x = evt.clientX;
      pt.y = evt.clientY;
      const p = pt.matrixTransform(this.chart.getScreenCTM().inverse());
      return Math.min(n - 1, Math.max(0, Math.floor((p.x - PAD.left) / bw)));
    };
    let a = null;
    this.chart.onpointerdown = (e) => {
      a = binAt(e);
      this.chart.setPointerCapture(e.pointerId);
    };
    this.chart.onpointermove = (e) => {
      if (a === null) return;
      const b = binAt(e);
      band.setAttribute('x', PAD.left + Math.min(a, b) * bw);
      band.setAttribute('width', (Math.abs(b - a) + 1) * bw);
    };
    this.chart.onpointerup = (e) => {
      if (a === null) return;
      const b = binAt(e);
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      a = null;
      this.ctx.setFilter({ from: iso(start + lo * step), to: iso(start + (hi + 1) * step - DAY) });
    };
  }

  show() {}
}
