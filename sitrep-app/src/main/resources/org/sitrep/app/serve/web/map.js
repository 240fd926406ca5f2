// The map: country outlines, places and events on an equirectangular projection; wheel to zoom,
// drag to pan, click an event for its card.
import { el, svg, clear, getJson, query, typeColour, range, dates, showTip, hideTip, EVENT_TYPES } from './dom.js';

const WORLD = { x: -180, y: -90, w: 360, h: 180 };

/** A ring of [lon, lat] as an SVG path (y is -lat). */
function ringPath(ring) {
  let d = '';
  for (let i = 0; i < ring.length; i++) {
    d += `${i ? 'L' : 'M'}${ring[i][0]},${-ring[i][1]}`;
  }
  return `${d}Z`;
}

/** The map view. */
export class MapView {
  constructor(root, ctx) {
    this.root = root;
    this.ctx = ctx;
    this.view = { ...WORLD };
    this.places = [];
    this.showPlaces = true;
    this.mapSvg = svg('svg', { class: 'map', viewBox: this.viewBox(), preserveAspectRatio: 'xMidYMid meet' });
    this.base = svg('g', { class: 'base' });
    this.placeLayer = svg('g', { class: 'places' });
    this.eventLayer = svg('g', { class: 'events' });
    this.moveLayer = svg('g', { class: 'movements' });
    this.movements = [];
    this.showMoves = true;
    const arrow = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' },
      svg('path', { d: 'M0,0L10,5L0,10Z', class: 'arrowhead' }));
    this.mapSvg.append(svg('defs', {}, arrow), svg('rect', { class: 'sea', x: -180, y: -90, width: 360, height: 180 }), this.base, this.placeLayer, this.moveLayer, this.eventLayer);
    this.card = el('aside', { class: 'card' }, el('p', { class: 'hint', text: 'Click an event for its sources and evidence.' }));
    this.note = el('p', { class: 'note' });
    const toggle = el('input', { type: 'checkbox', checked: 'checked', onchange: (e) => { this.showPlaces = e.target.checked; this.draw(); } });
    const legend = el('div', { class: 'legend' },
      ...EVENT_TYPES.map(([t, c]) => el('span', {}, this.swatch(c, 'circle'), t)),
      el('span', {}, this.swatch('#555', 'square'), 'place (size: articles)'),
      el('label', {}, toggle, 'show places'),
      el('span', {}, svg('svg', { width: 16, height: 12, class: 'swatch' }, svg('line', { x1: 1, y1: 6, x2: 15, y2: 6, class: 'move-key' })), 'movement (from → to; ▼ arrival, ▲ departure where one end is unknown)'),
      el('label', {}, el('input', { type: 'checkbox', checked: 'checked', onchange: (e) => { this.showMoves = e.target.checked; this.draw(); } }), 'show movements'),
      el('button', { type: 'button', onclick: () => this.zoomTo({ ...WORLD }) }, 'Whole world'),
      el('button', { type: 'button', onclick: () => this.fit() }, 'Fit events'));
    root.append(legend, el('div', { class: 'map-row' }, el('div', { class: 'map-box' }, this.mapSvg, this.note), this.card));
    this.list = el('div', { class: 'event-list' });
    root.append(this.list);
    this.interact();
    ctx.onEvents(() => this.loadMovements());
    this.loadBase();
  }

  swatch(colour, shape) {
    return svg('svg', { width: 12, height: 12, class: 'swatch' },
      shape === 'circle' ? svg('circle', { cx: 6, cy: 6, r: 5, fill: colour }) : svg('rect', { x: 2, y: 2, width: 8, height: 8, fill: colour }));
  }

  viewBox() {
    const v = this.view;
    return `${v.x} ${v.y} ${v.w} ${v.h}`;
  }

  zoomTo(v) {
    this.view = v;
    this.mapSvg.setAttribute('viewBox', this.viewBox());
    this.draw();
  }

  fit() {
    const pts = this.ctx.events.filter((e) => e.lat != null);
    if (!pts.length) return;
    const xs = pts.map((e) => e.lon);
    const ys = pts.map((e) => -e.lat);
    // a margin of a tenth of the extent (at least 3°) keeps the outermost circles inside
    const pad = Math.max(3, 0.1 * Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)));
    const x0 = Math.min(...xs) - pad, x1 = Math.max(...xs) + pad;
    const y0 = Math.min(...ys) - pad, y1 = Math.max(...ys) + pad;
    const w = Math.max(x1 - x0, (y1 - y0) * 2, 4);
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    this.zoomTo({ x: cx - w / 2, y: cy - w / 4, w, h: w / 2 });
  }

  async loadBase() {
    // a graticule always, so the map has a frame even without outlines
    const grid = svg('g', { class: 'graticule' });
    for (let lon = -180; lon <= 180; lon += 30) grid.append(svg('line', { x1: lon, y1: -90, x2: lon, y2: 90 }));
    for (let lat = -60; lat <= 60; lat += 30) grid.append(svg('line', { x1: -180, y1: -lat, x2: 180, y2: -lat }));
    this.base.append(grid);
    try {
      const outline = await getJson('api/outline');
      const g = svg('g', { class: 'land' });
      for (const f of outline.features) {
        let d = '';
        for (const polygon of f.geometry.coordinates) for (const ring of polygon) d += ringPath(ring);
        g.append(svg('path', { d }));
      }
      this.base.prepend(g);
      document.getElementById('credit').textContent =
        `${outline.properties.credit}, version ${outline.properties.version}.`;
    } catch (e) {
      this.note.textContent = `No country outlines: ${e.message}. The map shows a graticule only.`;
      document.getElementById('credit').textContent = '';
    }
    try {
      this.places = await getJson('api/places?limit=2000');
    } catch (e) {
      this.places = [];
    }
    this.draw();
  }

  /** Movements under the shared filter's place and dates (movements have no type or actor). */
  async loadMovements() {
    const f = this.ctx.filter;
    try {
      this.movements = await getJson(`api/movements${query({ place: f.place, from: f.from, to: f.to, limit: 10000 })}`);
    } catch (e) {
      this.movements = [];
    }
    this.draw();
  }

  /** Radius in map units: grows with the square root of the count, constant on screen. */
  radius(n) {
    return (2.5 + 2.5 * Math.sqrt(n)) * (this.view.w / 900);
  }

  draw() {
    if (!this.fitted && this.ctx.events.some((e) => e.lat != null)) {
      // the first view frames the events; "Whole world" zooms out
      this.fitted = true;
      this.fit();
      return;
    }
    clear(this.placeLayer);
    clear(this.eventLayer);
    clear(this.moveLayer);
    if (this.showMoves) {
      for (const m of this.movements) {
        const tip = {
          onmousemove: (e) => showTip(e, [`${m.who ?? 'someone'}${m.count_low != null ? ` (${range(m.count_low, m.count_high)})` : ''}`, `${m.from ?? '?'} → ${m.to ?? '?'}`, `${m.date ?? m.published ?? ''}${m.source ? `, according to ${m.source}` : ''}`]),
          onmouseleave: hideTip,
        };
        if (m.from_lat != null && m.to_lat != null) {
          this.moveLayer.append(svg('line', { x1: m.from_lon, y1: -m.from_lat, x2: m.to_lon, y2: -m.to_lat, 'marker-end': 'url(#arrow)', ...tip }));
        } else if (m.from_lat != null || m.to_lat != null) {
          // one known end: a triangle pointing in (a destination) or out (an origin)
          const into = m.to_lat != null;
          const x = into ? m.to_lon : m.from_lon;
          const y = into ? -m.to_lat : -m.from_lat;
          const r = this.radius(1) * 0.9;
          const d = into ? `M${x},${y}L${x - r},${y - 1.6 * r}L${x + r},${y - 1.6 * r}Z` : `M${x},${y}L${x - r},${y + 1.6 * r}L${x + r},${y + 1.6 * r}Z`;
          this.moveLayer.append(svg('path', { d, class: into ? 'move-to' : 'move-from', ...tip }));
        }
      }
    }
    if (this.showPlaces) {
      for (const p of this.places) {
        const r = this.radius(p.articles) * 0.7;
        this.placeLayer.append(svg('rect', {
          x: p.lon - r / 2, y: -p.lat - r / 2, width: r, height: r,
          onmousemove: (e) => showTip(e, [p.name + (p.country_code ? `, ${p.country_code}` : ''), `${p.articles} article(s), ${p.mentions} mention(s)`]),
          onmouseleave: hideTip,
          onclick: () => this.ctx.setFilter({ place: p.name }),
        }));
      }
    }
    const located = this.ctx.events.filter((e) => e.lat != null && e.lon != null);
    // biggest first so small circles stay clickable on top
    located.sort((a, b) => b.reports.length - a.reports.length);
    for (const e of located) {
      this.eventLayer.append(svg('circle', {
        cx: e.lon, cy: -e.lat, r: this.radius(e.reports.length), fill: typeColour(e.type),
        class: this.selected === e.id ? 'selected' : null,
        onmousemove: (m) => showTip(m, [`${e.type}${e.sub_type ? ' / ' + e.sub_type : ''}`, `${dates(e.date_from, e.date_to)}, ${e.place ?? 'place unknown'}`, `${e.reports.length} source(s)`]),
        onmouseleave: hideTip,
        onclick: () => { this.selected = e.id; this.showCard(e); this.draw(); },
      }));
    }
    const unlocated = this.ctx.events.length - located.length;
    this.note.textContent = this.note.textContent.startsWith('No country')
      ? this.note.textContent
      : unlocated ? `${unlocated} event(s) without coordinates are listed below but not drawn.` : '';
    this.drawList();
  }

  drawList() {
    clear(this.list);
    const table = el('table', {}, el('thead', {}, el('tr', {}, ...['Date', 'Type', 'Where', 'Actors', 'Killed', 'Sources'].map((h) => el('th', { text: h })))));
    const body = el('tbody');
    for (const e of this.ctx.events) {
      body.append(el('tr', { class: this.selected === e.id ? 'selected' : null, onclick: () => { this.selected = e.id; this.showCard(e); this.draw(); } },
        el('td', { text: dates(e.date_from, e.date_to) }),
        el('td', {}, this.swatch(typeColour(e.type), 'circle'), ` ${e.type}${e.sub_type ? ' / ' + e.sub_type : ''}`),
        el('td', { text: e.place ?? '' }),
        el('td', { text: e.actors.join(', ') }),
        el('td', { text: range(e.fatalities_low, e.fatalities_high) }),
        el('td', { text: e.reports.length })));
    }
    table.append(body);
    this.list.append(table);
  }

  showCard(e) {
    clear(this.card);
    const parts = [
      el('h2', { text: `${e.type}${e.sub_type ? ' / ' + e.sub_type : ''}` }),
      el('p', { text: `${dates(e.date_from, e.date_to)} · ${e.place ?? 'place unknown'}${e.lat != null ? ` (${e.lat.toFixed(3)}, ${e.lon.toFixed(3)})` : ''}` }),
      e.actors.length ? el('p', { text: `Actors: ${e.actors.join(', ')}` }) : null,
      e.targets?.length ? el('p', { text: `Targets: ${e.targets.join(', ')}` }) : null,
      e.fatalities_low != null || e.fatalities_high != null ? el('p', { text: `Killed: ${range(e.fatalities_low, e.fatalities_high)} (across sources)` }) : null,
      el('h3', { text: `${e.reports.length} source(s)` })];
    this.card.append(...parts.filter(Boolean));
    for (const r of e.reports) {
      this.card.append(el('div', { class: 'report' },
        el('p', { class: 'meta' },
          `${r.published ?? ''} ${r.outlet ?? ''} `,
          el('a', { href: `#article/${r.article_id}`, text: r.title || r.doc_id || 'article' })),
        r.source || r.certainty ? el('p', { text: `${r.source ? `According to ${r.source}` : 'Source not named'}${r.certainty ? ` (${r.certainty.toLowerCase()})` : ''}` }) : null,
        r.evidence ? el('blockquote', { text: evidenceText(r.evidence) }) : null,
        r.background ? el('p', { class: 'hint', text: 'background mention' }) : null));
    }
  }

  interact() {
    const s = this.mapSvg;
    s.addEventListener('wheel', (e) => {
      e.preventDefault();
      const pt = this.toMap(e);
      const k = e.deltaY < 0 ? 0.8 : 1.25;
      const w = Math.min(360, Math.max(0.5, this.view.w * k));
      const h = w / 2;
      const fx = (pt.x - this.view.x) / this.view.w;
      const fy = (pt.y - this.view.y) / this.view.h;
      this.zoomTo({ x: pt.x - fx * w, y: pt.y - fy * h, w, h });
    }, { passive: false });
    let drag = null;
    s.addEventListener('pointerdown', (e) => {
      if (e.target.tagName === 'circle' || (e.target.tagName === 'rect' && e.target.parentNode === this.placeLayer)) return;
      drag = { view: { ...this.view }, cx0: e.clientX, cy0: e.clientY };
      s.setPointerCapture(e.pointerId);
    });
    s.addEventListener('pointermove', (e) => {
      if (!drag) return;
      const r = s.getBoundingClientRect();
      const scale = Math.max(drag.view.w / r.width, drag.view.h / r.height);
      const dx = (e.clientX - drag.cx0) * scale;
      const dy = (e.clientY - drag.cy0) * scale;
      this.view = { ...drag.view, x: drag.view.x - dx, y: drag.view.y - dy };
      s.setAttribute('viewBox', this.viewBox());
    });
    s.addEventListener('pointerup', () => { drag = null; });
  }

  toMap(e) {
    const pt = this.mapSvg.createSVGPoint();
    pt.x = e.clientX;
    pt.y = e.clientY;
    return pt.matrixTransform(this.mapSvg.getScreenCTM().inverse());
  }

  show() {}
}

/** The stored evidence: a JSON list of spans, or plain text. */
function evidenceText(evidence) {
  try {
    const spans = JSON.parse(evidence);
    if (Array.isArray(spans)) return spans.map((s) => s.text).join(' … ');
  } catch {
    // plain text
  }
  return String(evidence);
}
