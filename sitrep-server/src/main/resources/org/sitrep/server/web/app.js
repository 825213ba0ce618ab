// Sitrep desk. Article text, titles and names are untrusted: every string from the API reaches the page
// through textContent / createTextNode / setAttribute on inert attributes, never through innerHTML.
'use strict';

const LAYERS = [
  { key: 'headline', label: 'Headlines' },
  { key: 'quote', label: 'Quotes' },
  { key: 'speaker', label: 'Speakers' },
  { key: 'entity', label: 'Entities (person / organisation / place)' },
  { key: 'time', label: 'Times' },
  { key: 'place', label: 'Places' },
  { key: 'event', label: 'Events' },
];

const $ = (id) => document.getElementById(id);

function el(tag, props, ...children) {
  const e = document.createElement(tag);
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (k === 'dataset') Object.assign(e.dataset, v);
      else e.setAttribute(k, v);
    }
  }
  for (const c of children) {
    if (c != null) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** "1 article", "2 articles": counts shown to a person read as English. */
function count(n, noun, plural) { return n + ' ' + (n === 1 ? noun : (plural || noun + 's')); }

function setStatus(msg) { $('status').textContent = msg || ''; }

function showError(msg) {
  const p = $('error');
  p.textContent = msg;
  p.hidden = !msg;
}

/** Collects every highlighted span of an analysis as {begin, end, layer, cls, info}. */
function annotations(a) {
  const out = [];
  const add = (s, layer, cls, info) => {
    if (s && Number.isInteger(s.begin) && Number.isInteger(s.end) && s.end > s.begin) {
      out.push({ begin: s.begin, end: s.end, layer, cls, info });
    }
  };
  (a.stories || []).forEach((st) => add(st.headline, 'headline', 'hl-headline',
    { Layer: 'Headline', Source: st.source || '—' }));
  (a.quotes || []).forEach((q, i) => {
    const who = (q.speaker && q.speaker.name) || 'unknown speaker';
    add(q.content, 'quote', 'hl-quote', { Layer: 'Quote (' + q.kind + ')', Speaker: who,
      Confidence: fmt(q.confidence), Rule: q.sieve || '—', _quote: i });
    if (q.speaker) add(q.speaker.mention, 'speaker', 'hl-speaker', { Layer: 'Speaker', Name: who });
    add(q.cue, 'speaker', 'hl-speaker-cue', { Layer: 'Quote cue', Speaker: who });
  });
  (a.entities || []).forEach((e) => (e.mentions || []).forEach((m) => add(m, 'entity', 'hl-entity-' + e.type,
    { Layer: 'Entity', Name: e.name, Type: e.type, Country: e.country || '—', Role: e.role || '—', Id: e.id })));
  (a.times || []).forEach((t) => add(t, 'time', 'hl-time', { Layer: 'Time', Type: t.type || '—', Value: t.value || '—' }));
  (a.places || []).forEach((p) => add(p, 'place', 'hl-place', { Layer: 'Place', Name: p.name || p.text,
    Country: p.country || '—', 'Lat/Lon': p.lat == null ? '—' : fmt(p.lat) + ', ' + fmt(p.lon) }));
  (a.events || []).forEach((ev) => add(ev.trigger, 'event', 'hl-event', { Layer: 'Event', Type: ev.type || '—',
    CAMEO: ev.cameo || '—', Source: actors(ev.source), Target: actors(ev.target), Evidence: ev.evidence ? ev.evidence.text : '—' }));
  return out;
}

/** The sentences overlapping a span (the span itself when the analysis carries no sentences). */
function focusSentences(a, focus) {
  const hit = (a.sentences || []).filter((s) => s.begin < focus.end && focus.begin < s.end);
  const spans = hit.length ? hit : [focus];
  return spans.map((s) => ({ begin: s.begin, end: s.end, layer: 'sentence', cls: 'hl-sentence', info: { Layer: 'Linked sentence' } }));
}

function actors(list) { return (list || []).map((x) => x.text).join(', ') || '—'; }
function fmt(x) { return x == null ? '—' : typeof x === 'number' ? (Math.round(x * 100) / 100).toString() : String(x); }

/** Cuts the text at every annotation boundary and wraps each run in one span per covering set of layers. */
function renderText(container, text, anns) {
  container.replaceChildren();
  const cuts = new Set([0, text.length]);
  anns.forEach((x) => { cuts.add(Math.min(x.begin, text.length)); cuts.add(Math.min(x.end, text.length)); });
  const points = [...cuts].sort((p, q) => p - q);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const b = points[i];
    const e = points[i + 1];
    const piece = text.slice(b, e);
    const covering = anns.filter((x) => x.begin <= b && x.end >= e);
    if (covering.length === 0) {
      frag.append(document.createTextNode(piece));
      continue;
    }
    const span = el('span', { class: 'hl ' + [...new Set(covering.map((x) => x.cls))].join(' '), text: piece });
    span.dataset.begin = b;
    span.dataset.end = e;
    span.title = covering.map((x) => x.info.Layer + (x.info.Name ? ': ' + x.info.Name : '')).join(' · ');
    span.addEventListener('click', () => showDetails(covering));
    const q = covering.find((x) => x.info._quote !== undefined);
    if (q) span.dataset.quote = q.info._quote;
    frag.append(span);
  }
  container.append(frag);
}

function showDetails(covering) {
  const box = $('details');
  box.replaceChildren();
  covering.forEach((x) => {
    const dl = el('dl');
    for (const [k, v] of Object.entries(x.info)) {
      if (k.startsWith('_')) continue;
      dl.append(el('dt', { text: k }), el('dd', { text: v }));
    }
    box.append(dl);
  });
}

function renderLegend() {
  const fs = $('legend');
  fs.querySelectorAll('label').forEach((l) => l.remove());
  LAYERS.forEach((l) => {
    const box = el('input', { type: 'checkbox', id: 'layer-' + l.key });
    box.checked = !document.body.classList.contains('hide-' + l.key);
    box.addEventListener('change', () => document.body.classList.toggle('hide-' + l.key, !box.checked));
    fs.append(el('label', null, box, el('span', { class: 'swatch sw-' + l.key }), l.label));
  });
}

function flash(nodes) {
  nodes.forEach((n) => n.classList.add('flash'));
  if (nodes.length) nodes[0].scrollIntoView({ block: 'center', behavior: 'instant' });
  setTimeout(() => nodes.forEach((n) => n.classList.remove('flash')), 2500);
}

/**
 * Shows an analysis in the article view. `focus` ({begin, end}, optional) is a span whose sentence(s) are
 * highlighted and scrolled into view: the speaker view links a quote to its place in the article this way.
 */
function renderArticle(a, focus) {
  $('article-panel').hidden = false;
  $('article-title').textContent = a.title || a.id || 'Untitled';
  const pub = a.published && a.published.date ? a.published.date + ' (' + a.published.how + ')' : 'date unknown';
  $('article-meta').textContent = [a.source, pub, count((a.stories || []).length, 'story', 'stories')].filter(Boolean).join(' · ');
  renderLegend();
  const anns = annotations(a);
  if (focus) anns.push(...focusSentences(a, focus));
  renderText($('article-text'), a.text || '', anns);
  const first = document.querySelector('#article-text .hl-sentence');
  if (first) first.scrollIntoView({ block: 'center', behavior: 'instant' });

  const ql = $('quote-list');
  ql.replaceChildren();
  (a.quotes || []).forEach((q, i) => {
    const li = el('li', { dataset: { quote: String(i) } },
      el('span', { class: 'who', text: (q.speaker && q.speaker.name) || 'unknown' }), ': ',
      el('span', { text: clip(q.content ? q.content.text : '', 160) }));
    li.addEventListener('click', () => flash([...document.querySelectorAll('#article-text [data-quote="' + i + '"]')]));
    ql.append(li);
  });
  $('quote-count').textContent = '(' + (a.quotes || []).length + ')';

  renderPlaces(a);

  const elist = $('entity-list');
  elist.replaceChildren();
  (a.entities || []).forEach((e) => {
    const li = el('li', null, el('span', { text: e.name }), el('span', { class: 'etype', text: e.type + ' · ' + (e.mentions || []).length }));
    li.addEventListener('click', () => flash((e.mentions || []).flatMap((m) => spansIn(m.begin, m.end))));
    elist.append(li);
  });
  $('entity-count').textContent = '(' + (a.entities || []).length + ')';
}

/** The article's located places on the offline map, one point per place name; a click flashes its mentions. */
function renderPlaces(a) {
  const byName = new Map();
  (a.places || []).forEach((p) => {
    if (p.lat == null || p.lon == null) return;
    const key = p.name || p.text;
    const e = byName.get(key) || { label: key, lat: p.lat, lon: p.lon, count: 0, spans: [] };
    e.count++;
    e.spans.push(p);
    byName.set(key, e);
  });
  $('place-count').textContent = '(' + byName.size + ')';
  window.SitrepMap.render($('place-map'), [...byName.values()],
    (pt) => flash(pt.spans.flatMap((s) => spansIn(s.begin, s.end))));
}

function spansIn(begin, end) {
  return [...document.querySelectorAll('#article-text .hl')].filter((s) => +s.dataset.begin >= begin && +s.dataset.end <= end);
}

function clip(s, n) { return s.length > n ? s.slice(0, n - 1) + '…' : s; }

async function analyze(ev) {
  ev.preventDefault();
  showError('');
  const body = { text: $('in-text').value };
  if ($('in-title').value) body.title = $('in-title').value;
  if ($('in-published').value) body.published = $('in-published').value;
  const btn = $('analyze-btn');
  btn.disabled = true;
  setStatus('Analysing… (the first request loads the language models)');
  try {
    const res = await fetch('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const data = await res.json();
    if (!res.ok) {
      showError((data.error && data.error.message) || ('HTTP ' + res.status));
      setStatus('');
      return;
    }
    renderArticle(data);
    $('article-panel').dataset.filled = '1';
    setStatus('Analysed: ' + (data.quotes || []).length + ' quotes, ' + (data.entities || []).length + ' entities');
  } catch (e) {
    showError('The request failed: ' + e.message);
    setStatus('');
  } finally {
    btn.disabled = false;
  }
}

function loadFile() {
  const f = $('in-file').files[0];
  if (!f) return;
  f.text().then((t) => {
    $('in-text').value = t;
    if (!$('in-title').value) $('in-title').value = f.name.replace(/\.[^.]*$/, '');
  });
}

document.addEventListener('DOMContentLoaded', () => {
  $('analyze-form').addEventListener('submit', analyze);
  $('in-file').addEventListener('change', loadFile);
});

// The views other front ends (and the browser tests) drive directly with an analysis object.
window.Sitrep = Object.freeze({ renderArticle, el, setStatus, showError, count });
