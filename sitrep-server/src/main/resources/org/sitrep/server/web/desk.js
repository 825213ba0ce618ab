// The desk's views over the corpus API, selected by the URL fragment:
//   #/                      corpus: timeline, stories, actor network, escalation per dyad
//   #/search/WORDS          people, quotes and articles matching
//   #/speaker/ID            a person's quotes over time, each linking to its sentence in the article
//   #/article/ID[/find/Q]   an article with its layers; Q (a quote) has its sentence highlighted
//   #/story/ID              a story's timeline, events and articles
//   #/analyze               analyse a pasted text
// All strings from the API are untrusted and reach the page through textContent (see app.js, charts.js).
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const { el, setStatus, showError, renderArticle, count } = window.Sitrep;
  const C = window.SitrepCharts;

  async function api(path) {
    const res = await fetch(path, { headers: { Accept: 'application/json' } });
    const data = await res.json();
    if (!res.ok) throw new Error((data.error && data.error.message) || ('HTTP ' + res.status));
    return data;
  }

  const q = (params) => new URLSearchParams(Object.entries(params).filter(([, v]) => v != null && v !== '')).toString();
  const link = (hash, text, cls) => el('a', { href: hash, text, class: cls || '' });
  const enc = encodeURIComponent;

  function show(view) {
    document.querySelectorAll('.view').forEach((v) => { v.hidden = v.id !== view && !(view === 'view-analyze' && v.id === 'article-panel' && v.dataset.filled); });
    $('nav-desk').classList.toggle('active', view === 'view-desk');
    $('nav-analyze').classList.toggle('active', view === 'view-analyze');
  }

  // ---- the corpus overview
  async function desk() {
    show('view-desk');
    const [counts, timeline, stories, network, dyads] = await Promise.all([
      api('/api/corpus'), api('/api/timeline?by=day'), api('/api/stories?limit=15'), api('/api/network'), api('/api/dyads'),
    ]);
    $('corpus-counts').textContent = `${count(counts.articles, 'article')} (${counts.distinct} distinct) · ${count(counts.stories, 'story', 'stories')} · `
      + `${counts.entities} people and bodies · ${count(counts.quotes, 'quote')} · ${count(counts.events, 'event')}`;
    C.bars($('timeline-chart'), timeline.items.map((r) => ({ key: r.day, ...r })), [
      { field: 'articles', label: 'articles', cls: 'b-articles' },
      { field: 'quotes', label: 'quotes', cls: 'b-quotes' },
      { field: 'events', label: 'events', cls: 'b-events' }], { label: 'Corpus timeline' });
    const sl = $('story-list');
    sl.replaceChildren(...stories.items.map((s) => el('li', null, link('#/story/' + s.id, s.label || ('Story ' + s.id)),
      el('span', { class: 'count', text: ` · ${count(s.articles, 'article')} · ${s.first_date || '?'} – ${s.last_date || '?'}` }))));
    C.network($('network-chart'), network, (n) => { location.hash = '#/search/' + enc(n.id); });
    const sel = $('dyad-select');
    sel.replaceChildren(...dyads.items.map((d) => el('option', { value: d.dyad, text: `${d.dyad} (${d.events})` })));
    if (dyads.items.length) await escalation(sel.value);
    else C.line($('escalation-chart'), [], { emptyText: 'No events between countries yet.' });
  }

  async function escalation(dyad) {
    const t = await api('/api/timeline?' + q({ dyad, by: 'day' }));
    C.line($('escalation-chart'), t.items.map((r) => ({ key: r.day, value: r.goldstein, count: r.events })),
      { label: 'Escalation ' + dyad, emptyText: 'No weighted events for ' + dyad + '.' });
  }

  // ---- search
  async function search(words) {
    show('view-search');
    $('search-box').value = words;
    $('search-q').textContent = words;
    const r = await api('/api/search?' + q({ q: words }));
    const none = (text) => el('li', { class: 'hint', text });
    $('search-entities').replaceChildren(...(r.entities.length ? r.entities.map((e) => el('li', null,
      link('#/speaker/' + e.id, e.name, 'entity-link'),
      el('span', { class: 'count', text: ` ${e.type} · ${count(e.quotes, 'quote')} · ${count(e.articles, 'article')}` }))) : [none('No one by that name.')]));
    $('search-quotes').replaceChildren(...(r.quotes.length ? r.quotes.map((x) => el('li', null,
      el('strong', { text: (x.speaker || 'unknown') + ': ' }),
      link(`#/article/${x.article}/find/${enc(x.quote)}`, clip(x.quote, 180)),
      el('span', { class: 'count', text: ' ' + (x.date || '') }))) : [none('No quote contains these words.')]));
    $('search-articles').replaceChildren(...(r.articles.length ? r.articles.map((a) => el('li', null,
      link('#/article/' + a.id, a.title || a.doc_id), el('span', { class: 'count', text: ' ' + (a.date || '') }))) : [none('No article contains these words.')]));
  }

  // ---- a speaker's quotes over time
  async function speaker(id) {
    show('view-speaker');
    const [ent, quotes] = await Promise.all([api('/api/entities?' + q({ who: id, limit: 1 })), api('/api/quotes?' + q({ who: id, limit: 500 }))]);
    const e = ent.items[0];
    $('speaker-name').textContent = e ? e.name : 'Entity ' + id;
    $('speaker-meta').textContent = e ? [e.type, e.country, e.roles, count(quotes.items.length, 'quote'), count(e.articles, 'article')].filter(Boolean).join(' · ') : '';
    const items = quotes.items.slice().sort((a, b) => String(a.date).localeCompare(String(b.date)));
    const perDay = new Map();
    items.forEach((x) => perDay.set(x.date || '?', (perDay.get(x.date || '?') || 0) + 1));
    C.bars($('speaker-chart'), [...perDay].map(([key, n]) => ({ key, quotes: n })),
      [{ field: 'quotes', label: 'quotes', cls: 'b-quotes' }], { height: 140, label: 'Quotes per day' });
    $('speaker-quotes').replaceChildren(...items.map((x) => el('li', null,
      el('span', { class: 'when', text: `${x.date || 'undated'} · ${x.kind}` }),
      link(`#/article/${x.article}/find/${enc(x.quote)}`, x.quote, 'quote-link'))));
    if (!items.length) $('speaker-quotes').append(el('li', { class: 'hint', text: 'No quotes attributed to them.' }));
  }

  // ---- one stored article
  async function article(id, find) {
    const a = await api('/api/articles/' + enc(id));
    show('article-panel');
    let focus = null;
    if (find) {
      const quote = (a.quotes || []).find((x) => x.content && x.content.text === find);
      if (quote) focus = { begin: quote.content.begin, end: quote.content.end };
      else {
        const at = a.text.indexOf(find);
        if (at >= 0) focus = { begin: at, end: at + find.length };
      }
    }
    renderArticle(a, focus);
  }

  // ---- one story
  async function story(id) {
    show('view-story');
    const [st, tl, ev, arts] = await Promise.all([api('/api/stories?' + q({ story: id, limit: 1 })), api('/api/timeline?' + q({ story: id })),
      api('/api/events?' + q({ story: id, limit: 200 })), api('/api/articles?' + q({ story: id, limit: 200 }))]);
    const s = st.items[0];
    $('story-title').textContent = s ? (s.label || 'Story ' + id) : 'Story ' + id;
    $('story-meta').textContent = s ? `${count(s.articles, 'article')} · ${s.first_date || '?'} – ${s.last_date || '?'}` : '';
    C.bars($('story-timeline'), tl.items.map((r) => ({ key: r.day, ...r })), [
      { field: 'articles', label: 'articles', cls: 'b-articles' }, { field: 'quotes', label: 'quotes', cls: 'b-quotes' },
      { field: 'events', label: 'events', cls: 'b-events' }], { label: 'Story timeline' });
    $('story-events').replaceChildren(...ev.items.map((e) => el('li', null,
      el('span', { class: 'count', text: (e.date || '?') + ' ' }), el('strong', { text: e.type + ' ' }),
      document.createTextNode(`${e.source || '?'} → ${e.target || '?'} `), link('#/article/' + e.article + '/find/' + enc(e.trigger || ''), '“' + (e.trigger || '') + '”'))));
    $('story-articles').replaceChildren(...arts.items.map((a) => el('li', null, link('#/article/' + a.id, a.title || a.doc_id),
      el('span', { class: 'count', text: ' ' + (a.date || '') }))));
    await storyMap(arts.items.slice(0, 40));
  }

  /** The located places of a story's articles on the offline map; places where an event happened are ringed. */
  async function storyMap(articles) {
    const analyses = await Promise.all(articles.map((a) => api('/api/articles/' + a.id)));
    const byName = new Map();
    analyses.forEach((a) => {
      const eventPlaces = new Set((a.events || []).filter((e) => e.place).map((e) => e.place.begin + ':' + e.place.end));
      (a.places || []).forEach((p) => {
        if (p.lat == null || p.lon == null) return;
        const key = p.name || p.text;
        const e = byName.get(key) || { label: key, lat: p.lat, lon: p.lon, count: 0, event: false, article: a.corpusId, at: p };
        e.count++;
        e.event = e.event || eventPlaces.has(p.begin + ':' + p.end);
        byName.set(key, e);
      });
    });
    const svg = await window.SitrepMap.render($('story-map'), [...byName.values()],
      (pt) => { location.hash = `#/article/${pt.article}/find/${enc(pt.at.text)}`; });
    if (svg) {
      const events = [...byName.values()].filter((p) => p.event);
      svg.querySelectorAll('circle.map-point').forEach((c, i) => {
        const p = [...byName.values()].filter((x) => Number.isFinite(x.lat) && Number.isFinite(x.lon))[i];
        if (p && p.event) c.classList.add('event-place');
      });
      document.body.dataset.eventPlaces = String(events.length);
    }
  }

  function clip(s, n) { return s && s.length > n ? s.slice(0, n - 1) + '…' : (s || ''); }

  async function route() {
    showError('');
    const parts = location.hash.replace(/^#\/?/, '').split('/');
    const what = parts[0] || '';
    try {
      setStatus('Loading…');
      if (what === '' || what === 'desk') await desk();
      else if (what === 'search') await search(decodeURIComponent(parts.slice(1).join('/')));
      else if (what === 'speaker') await speaker(decodeURIComponent(parts[1]));
      else if (what === 'article') await article(decodeURIComponent(parts[1]), parts[2] === 'find' ? decodeURIComponent(parts.slice(3).join('/')) : null);
      else if (what === 'story') await story(decodeURIComponent(parts[1]));
      else if (what === 'analyze') show('view-analyze');
      else throw new Error('no such view: ' + what);
      setStatus('');
    } catch (e) {
      setStatus('');
      show(null); // the view that failed must not show the previous view's content under the error
      showError(e.message);
    }
    window.sitrepReady = true;
    document.body.dataset.route = location.hash || '#/';
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('search-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      const words = $('search-box').value.trim();
      if (words) location.hash = '#/search/' + enc(words);
    });
    $('dyad-select').addEventListener('change', (ev) => escalation(ev.target.value).catch((e) => showError(e.message)));
    window.addEventListener('hashchange', () => { window.sitrepReady = false; route(); });
    route();
  });
})();
