// Offline map of places: country outlines from world.json (Natural Earth via the world-atlas npm package,
// built by scripts/build-world-outline) drawn as SVG in an equirectangular projection, zoomed to the points.
// Labels are untrusted text: they go into <title> elements through textContent.
'use strict';

(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  let world = null;

  function svgEl(tag, attrs) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    return e;
  }

  async function outlines() {
    if (!world) world = fetch('world.json').then((r) => r.json());
    return world;
  }

  /** The box around the points, at least `minSpan` degrees wide, padded by a fifth. */
  function bounds(points, minSpan) {
    let [x0, x1, y0, y1] = [180, -180, 90, -90];
    points.forEach((p) => { x0 = Math.min(x0, p.lon); x1 = Math.max(x1, p.lon); y0 = Math.min(y0, p.lat); y1 = Math.max(y1, p.lat); });
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    const w = Math.max(minSpan, (x1 - x0) * 1.4);
    const h = Math.max(minSpan * 0.6, (y1 - y0) * 1.4);
    return { x: cx - w / 2, y: -(cy + h / 2), w, h };
  }

  /**
   * Draws `points` ([{lat, lon, label, count}]) on the world outline inside `container`.
   * Returns the SVG element; `onPick(point)` is called when a point is clicked.
   */
  async function render(container, points, onPick) {
    container.replaceChildren();
    const located = points.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
    if (!located.length) {
      const p = document.createElement('p');
      p.className = 'hint';
      p.textContent = 'No located places.';
      container.append(p);
      return null;
    }
    const data = await outlines();
    const b = bounds(located, 12);
    const svg = svgEl('svg', { viewBox: [b.x, b.y, b.w, b.h].join(' '), class: 'map-svg', role: 'img', 'aria-label': 'Map of places' });
    svg.append(svgEl('rect', { x: b.x, y: b.y, width: b.w, height: b.h, class: 'map-sea' }));
    const land = svgEl('g', { class: 'map-land' });
    data.countries.forEach((c) => {
      let d = '';
      c.rings.forEach((r) => {
        for (let i = 0; i < r.length; i += 2) d += (i ? 'L' : 'M') + r[i] + ' ' + (-r[i + 1]);
        d += 'Z';
      });
      const path = svgEl('path', { d, 'vector-effect': 'non-scaling-stroke' });
      const t = svgEl('title');
      t.textContent = c.name;
      path.append(t);
      land.append(path);
    });
    svg.append(land);
    const unit = b.w / 100;
    const max = Math.max(...located.map((p) => p.count || 1));
    located.forEach((p) => {
      const r = unit * (0.8 + 1.6 * Math.sqrt((p.count || 1) / max));
      const dot = svgEl('circle', { cx: p.lon, cy: -p.lat, r, class: 'map-point', 'vector-effect': 'non-scaling-stroke' });
      const t = svgEl('title');
      t.textContent = p.label + (p.count > 1 ? ' (' + p.count + ')' : '');
      dot.append(t);
      if (onPick) dot.addEventListener('click', () => onPick(p));
      svg.append(dot);
      const label = svgEl('text', { x: p.lon + r * 1.3, y: -p.lat + r * 0.5, class: 'map-label', 'font-size': unit * 3.6 });
      label.textContent = p.label;
      svg.append(label);
    });
    container.append(svg);
    return svg;
  }

  window.SitrepMap = Object.freeze({ render });
})();
