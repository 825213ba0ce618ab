// Small SVG charts for the desk: grouped bars per period, a zero-baseline line (escalation), and the actor
// network. Every label is untrusted text and goes through textContent.
'use strict';

(function () {
  const NS = 'http://www.w3.org/2000/svg';

  function s(tag, attrs, text) {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text != null) e.textContent = String(text);
    return e;
  }

  function titled(el, text) {
    el.append(s('title', null, text));
    return el;
  }

  function empty(container, msg) {
    const p = document.createElement('p');
    p.className = 'hint';
    p.textContent = msg;
    container.replaceChildren(p);
  }

  /** Grouped bars: items [{key, ...}], series [{field, label, cls}]. */
  function bars(container, items, series, opts) {
    if (!items.length) return empty(container, 'Nothing dated yet.');
    const W = 640, H = (opts && opts.height) || 200, L = 34, B = 30, T = 10;
    const max = Math.max(1, ...items.flatMap((it) => series.map((x) => +it[x.field] || 0)));
    const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': (opts && opts.label) || 'chart' });
    const ph = H - B - T, step = (W - L - 6) / items.length, bw = Math.min(28, step * 0.8 / series.length);
    svg.append(s('line', { x1: L, y1: T + ph, x2: W - 4, y2: T + ph, class: 'axis' }));
    svg.append(s('text', { x: L - 4, y: T + 8, 'text-anchor': 'end', class: 'tick' }, max));
    items.forEach((it, i) => {
      const x0 = L + i * step + (step - bw * series.length) / 2;
      series.forEach((x, j) => {
        const v = +it[x.field] || 0, h = ph * v / max;
        svg.append(titled(s('rect', { x: x0 + j * bw, y: T + ph - h, width: bw - 1, height: h, class: x.cls }), `${it.key}: ${v} ${x.label}`));
      });
      if (items.length <= 14 || i % Math.ceil(items.length / 14) === 0) {
        svg.append(s('text', { x: L + i * step + step / 2, y: H - 10, 'text-anchor': 'middle', class: 'tick' }, it.key));
      }
    });
    const legend = document.createElement('div');
    legend.className = 'chart-legend';
    series.forEach((x) => { const sw = document.createElement('span'); sw.className = x.cls; legend.append(sw, document.createTextNode(x.label)); });
    container.replaceChildren(svg, legend);
    return svg;
  }

  /** A line around zero: items [{key, value, count}]; points above are cooperation, below conflict. */
  function line(container, items, opts) {
    const pts = items.filter((it) => it.value != null);
    if (!pts.length) return empty(container, (opts && opts.emptyText) || 'No weighted events.');
    const W = 640, H = 200, L = 40, B = 30, T = 10;
    const max = Math.max(1, ...pts.map((p) => Math.abs(p.value)));
    const ph = H - B - T, zero = T + ph / 2, step = (W - L - 10) / items.length;
    const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': (opts && opts.label) || 'line chart' });
    svg.append(s('line', { x1: L, y1: zero, x2: W - 6, y2: zero, class: 'axis' }));
    svg.append(s('text', { x: L - 4, y: T + 8, 'text-anchor': 'end', class: 'tick' }, '+' + max));
    svg.append(s('text', { x: L - 4, y: zero + 4, 'text-anchor': 'end', class: 'tick' }, '0'));
    svg.append(s('text', { x: L - 4, y: T + ph, 'text-anchor': 'end', class: 'tick' }, '-' + max));
    let d = '';
    const dots = [];
    items.forEach((it, i) => {
      const x = L + i * step + step / 2;
      if (items.length <= 14 || i % Math.ceil(items.length / 14) === 0) {
        svg.append(s('text', { x, y: H - 10, 'text-anchor': 'middle', class: 'tick' }, it.key));
      }
      if (it.value == null) return;
      const y = zero - (ph / 2) * it.value / max;
      d += (d ? 'L' : 'M') + x.toFixed(1) + ' ' + y.toFixed(1);
      dots.push(titled(s('circle', { cx: x, cy: y, r: 5, class: it.value < 0 ? 'dot-conflict' : 'dot-coop' }),
        `${it.key}: Goldstein ${it.value} (${it.count} events)`));
    });
    svg.append(s('path', { d, class: 'curve' }), ...dots);
    container.replaceChildren(svg);
    return svg;
  }

  /**
   * The actor network on a circle: nodes [{id, country, events}], edges [{source, target, events,
   * goldstein}]; an edge is green when its Goldstein sum is positive, red when negative, grey when uncoded.
   */
  function network(container, graph, onPick) {
    if (!graph.nodes.length) return empty(container, 'No events with both actors yet.');
    const W = 640, H = 420, cx = W / 2, cy = H / 2, R = Math.min(W, H) / 2 - 60;
    const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart net', role: 'img', 'aria-label': 'Actor network' });
    const defs = s('defs');
    ['coop', 'conflict', 'neutral'].forEach((k) => {
      const m = s('marker', { id: 'arrow-' + k, viewBox: '0 0 10 10', refX: 10, refY: 5, markerUnits: 'userSpaceOnUse', markerWidth: 11, markerHeight: 11, orient: 'auto-start-reverse' });
      m.append(s('path', { d: 'M0 0L10 5L0 10z', class: 'arrow-' + k }));
      defs.append(m);
    });
    svg.append(defs);
    const pos = new Map();
    graph.nodes.forEach((n, i) => {
      const a = -Math.PI / 2 + 2 * Math.PI * i / graph.nodes.length;
      pos.set(n.id, { x: cx + R * Math.cos(a), y: cy + R * Math.sin(a), a });
    });
    const maxE = Math.max(1, ...graph.edges.map((e) => e.events));
    const rOf = (n) => 6 + 10 * Math.sqrt(n.events / Math.max(1, ...graph.nodes.map((m) => m.events)));
    const radius = new Map(graph.nodes.map((n) => [n.id, rOf(n)]));
    graph.edges.forEach((e) => {
      const p = pos.get(e.source), q = pos.get(e.target);
      if (!p || !q) return;
      const kind = e.goldstein == null ? 'neutral' : e.goldstein < 0 ? 'conflict' : e.goldstein > 0 ? 'coop' : 'neutral';
      const dx = q.x - p.x, dy = q.y - p.y, len = Math.hypot(dx, dy) || 1;
      const r1 = radius.get(e.source), r2 = radius.get(e.target) + 3;
      // A slight curve keeps A→B and B→A apart.
      const mx = (p.x + q.x) / 2 - dy * 0.12, my = (p.y + q.y) / 2 + dx * 0.12;
      const path = s('path', {
        d: `M${(p.x + dx / len * r1).toFixed(1)} ${(p.y + dy / len * r1).toFixed(1)} Q${mx.toFixed(1)} ${my.toFixed(1)} ${(q.x - dx / len * r2).toFixed(1)} ${(q.y - dy / len * r2).toFixed(1)}`,
        class: 'edge ' + kind, 'stroke-width': 1.5 + 4 * e.events / maxE, 'marker-end': `url(#arrow-${kind})`,
      });
      svg.append(titled(path, `${e.source} → ${e.target}: ${e.events} events, ${e.cooperative} cooperative, ${e.conflictual} conflictual` +
        (e.goldstein == null ? '' : `, Goldstein ${e.goldstein}`)));
    });
    graph.nodes.forEach((n) => {
      const p = pos.get(n.id);
      const g = s('g', { class: 'node', transform: `translate(${p.x.toFixed(1)} ${p.y.toFixed(1)})` });
      g.append(titled(s('circle', { r: radius.get(n.id) }), `${n.id}${n.country ? ' (' + n.country + ')' : ''}: ${n.events} events`));
      const right = Math.cos(p.a) >= 0;
      g.append(s('text', { x: (right ? 1 : -1) * (radius.get(n.id) + 4), y: 4, 'text-anchor': right ? 'start' : 'end' }, n.id));
      if (onPick) g.addEventListener('click', () => onPick(n));
      svg.append(g);
    });
    container.replaceChildren(svg);
    return svg;
  }

  window.SitrepCharts = Object.freeze({ bars, line, network });
})();
