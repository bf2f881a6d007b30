"use strict";
(function () {
  const DATA = JSON.parse(document.getElementById("report-data").textContent);
  const MAP = JSON.parse(document.getElementById("map-data").textContent);
  const SVG = "http://www.w3.org/2000/svg";
  const colour = (label) => DATA.labels[label] || "#888";

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function table(head, rows) {
    const t = el("table");
    const tr = el("tr");
    head.forEach((h) => tr.appendChild(el("th", {}, h)));
    t.appendChild(el("thead")).appendChild(tr);
    const body = t.appendChild(el("tbody"));
    rows.forEach((r) => {
      const row = body.appendChild(el("tr"));
      r.forEach((c) => row.appendChild(c instanceof Node ? el("td").appendChild(c).parentNode : el("td", {}, c)));
    });
    return t;
  }
  function docLink(d) {
    const a = el("a", { href: "#doc-" + d }, DATA.docs[d].id);
    return a;
  }
  function flash(node) {
    if (!node) return;
    node.scrollIntoView({ block: "center" });
    node.classList.add("flash");
    setTimeout(() => node.classList.remove("flash"), 2500);
  }

  // ------------------------------------------------------------------ summary
  function renderSummary() {
    const box = document.getElementById("summary-body");
    const grid = box.appendChild(el("div", { class: "summary-grid" }));
    const labels = Object.entries(DATA.summary.labels).map(([label, n]) => {
      const cell = el("span");
      cell.appendChild(el("span", { class: "swatch", style: "background:" + colour(label) }));
      cell.appendChild(document.createTextNode(" " + label));
      return [cell, String(n)];
    });
    const first = grid.appendChild(el("div"));
    first.appendChild(el("h3", {}, "Entities per label"));
    first.appendChild(table(["label", "mentions"], labels));
    for (const [key, title] of [["units", "Top units"], ["places", "Top places"], ["people", "Top people"]]) {
      const part = grid.appendChild(el("div"));
      part.appendChild(el("h3", {}, title + " (by linked id)"));
      part.appendChild(table(["id", "forms", "mentions", "docs"], DATA.summary[key].map(
        (r) => [r.id, r.forms.slice(0, 4).join(" / "), String(r.mentions), String(r.documents)])));
    }
    box.appendChild(el("p", { class: "note" },
      `${DATA.docs.length} documents, ${DATA.places.length} located places, ${DATA.timeline.length} dated mentions, ` +
      `${DATA.chronicle.length} chronicle rows.`));
  }

  // ------------------------------------------------------------------ documents
  function renderDocuments() {
    const filter = document.getElementById("label-filter");
    Object.keys(DATA.labels).forEach((label) => {
      const box = el("input", { type: "checkbox", checked: "checked", "data-label": label });
      box.addEventListener("change", () => {
        document.querySelectorAll(`mark.ent[data-label="${label}"]`).forEach((m) => m.classList.toggle("off", !box.checked));
      });
      const lab = el("label");
      lab.appendChild(box);
      lab.appendChild(el("span", { class: "swatch", style: "background:" + colour(label) }));
      lab.appendChild(document.createTextNode(" " + label));
      filter.appendChild(lab);
    });
    const list = document.getElementById("doc-list");
    DATA.docs.forEach((doc, d) => list.appendChild(renderDoc(doc, d)));
  }

  function renderDoc(doc, d) {
    const box = el("div", { class: "doc", id: "doc-" + d });
    box.appendChild(el("h3", {}, `${doc.id}${doc.lang ? " (" + doc.lang + ")" : ""} — ${doc.entities.length} entities`));
    const out = box.appendChild(el("div", { class: "doc-text", lang: doc.lang === "en" ? "en" : "zh" }));
    const text = doc.text;
    const starts = doc.sentences.map((s) => s[0]);
    let pos = 0;
    let s = 0;
    const anchor = (i) => out.appendChild(el("span", { class: "sent-anchor", id: `d${d}-s${i}` }));
    function plain(upto) {
      while (pos < upto) {
        if (s < starts.length && starts[s] < upto) {
          const cut = Math.max(starts[s], pos);
          if (cut > pos) out.appendChild(document.createTextNode(text.slice(pos, cut)));
          anchor(s++);
          pos = cut;
        } else {
          out.appendChild(document.createTextNode(text.slice(pos, upto)));
          pos = upto;
        }
      }
    }
    doc.entities.forEach((e, k) => {
      if (e.start < pos) return; // overlapping span: not drawn
      plain(e.start);
      while (s < starts.length && starts[s] < e.end) anchor(s++);
      const c = colour(e.label);
      const mark = el("mark", {
        class: "ent", id: `d${d}-e${k}`, "data-label": e.label,
        style: `background:${c}33;border-bottom:2px solid ${c}`,
        title: [e.label, e.value, e.id].filter(Boolean).join(" · "),
      }, text.slice(e.start, e.end));
      out.appendChild(mark);
      pos = e.end;
    });
    plain(text.length);
    while (s < starts.length) anchor(s++);
    return box;
  }

  // ------------------------------------------------------------------ map
  const WORLD = [-180, 180, -58, 80];
  let extent = null;
  function placeExtent() {
    if (!DATA.places.length) return [70, 140, 15, 55];
    let [w, e, s, n] = [180, -180, 90, -90];
    DATA.places.forEach((p) => { w = Math.min(w, p.lon); e = Math.max(e, p.lon); s = Math.min(s, p.lat); n = Math.max(n, p.lat); });
    const padLon = Math.max(4, (e - w) * 0.15), padLat = Math.max(3, (n - s) * 0.15);
    return [w - padLon, e + padLon, s - padLat, n + padLat];
  }
  function projector(ext) {
    const [w, e, s, n] = ext;
    const k = Math.cos(((s + n) / 2) * Math.PI / 180);
    const scale = Math.min(1000 / ((e - w) * k), 620 / (n - s));
    const ox = (1000 - (e - w) * k * scale) / 2, oy = (620 - (n - s) * scale) / 2;
    return (lon, lat) => [ox + (lon - w) * k * scale, oy + (n - lat) * scale];
  }
  function pathOf(rings, project) {
    return rings.map((ring) => "M" + ring.map(([x, y]) => project(x, y).map((v) => v.toFixed(1)).join(" ")).join("L") + "Z").join("");
  }
  function renderMap() {
    const root = document.getElementById("map-svg");
    while (root.firstChild) root.removeChild(root.firstChild);
    const project = projector(extent);
    const base = root.appendChild(svg("g"));
    MAP.countries.forEach((c) => {
      const p = base.appendChild(svg("path", { class: "country", d: pathOf(c.rings, project) }));
      p.appendChild(svg("title", {}, c.name));
    });
    MAP.provinces.forEach((c) => {
      const p = base.appendChild(svg("path", { class: "province", d: pathOf(c.rings, project) }));
      p.appendChild(svg("title", {}, c.name));
    });
    if (document.getElementById("layer-places").checked) {
      const layer = root.appendChild(svg("g", { id: "place-layer" }));
      DATA.places.forEach((p, i) => {
        const [x, y] = project(p.lon, p.lat);
        const dot = layer.appendChild(svg("circle", {
          class: "place-marker", cx: x.toFixed(1), cy: y.toFixed(1), r: (3 + 2.2 * Math.sqrt(p.mentions)).toFixed(1),
          fill: colour(p.label), "data-id": p.id,
        }));
        dot.appendChild(svg("title", {}, `${p.forms.join(" / ")} (${p.mentions})`));
        dot.addEventListener("click", () => showPlace(i));
      });
      DATA.places.slice(0, 15).forEach((p) => {  // names of the most mentioned places
        const [x, y] = project(p.lon, p.lat);
        layer.appendChild(svg("text", { class: "place-name", x: (x + 5 + 2.2 * Math.sqrt(p.mentions)).toFixed(1), y: (y + 4).toFixed(1) }, p.name));
      });
    }
    if (document.getElementById("layer-chronicle").checked) drawChronicle(root, project);
  }
  function showPlace(i) {
    const p = DATA.places[i];
    const info = document.getElementById("map-info");
    info.textContent = "";
    info.appendChild(el("strong", {}, p.forms.join(" / ")));
    info.appendChild(el("div", {}, `${p.id} · ${p.label} · ${p.mentions} mention(s) · ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`));
    const docs = info.appendChild(el("div", {}, "documents: "));
    p.docs.forEach((d, k) => { if (k) docs.appendChild(document.createTextNode(", ")); docs.appendChild(docLink(d)); });
  }
  function drawChronicle(root, project) {
    const unit = document.getElementById("chronicle-unit").value;
    if (!unit) return;
    const stops = DATA.chronicle.filter((r) => r.unit_id === unit && r.lat !== null && r.lat !== undefined);
    stops.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
    const layer = root.appendChild(svg("g", { id: "chronicle-layer" }));
    const points = stops.map((r) => project(r.lon, r.lat));
    if (points.length > 1) {
      layer.appendChild(svg("polyline", { class: "chronicle-line", points: points.map((p) => p.join(",")).join(" ") }));
    }
    const labelled = new Set();
    stops.forEach((r, i) => {
      const [x, y] = points[i];
      const stop = layer.appendChild(svg("rect", { class: "chronicle-stop", x: x - 4, y: y - 4, width: 8, height: 8 }));
      stop.appendChild(svg("title", {}, `${i + 1}. ${r.unit} · ${r.place} · ${r.date}`));
      if (labelled.has(r.place_id)) return;  // one label per place: its first date
      labelled.add(r.place_id);
      layer.appendChild(svg("text", { class: "place-name", x: x + 6, y: y - 5 }, `${r.place} ${r.value}`));
    });
  }
  function setupMap() {
    extent = placeExtent();
    const select = document.getElementById("chronicle-unit");
    const units = [...new Set(DATA.chronicle.filter((r) => r.lat !== null && r.lat !== undefined).map((r) => r.unit_id))].sort();
    units.forEach((u) => select.appendChild(el("option", { value: u }, u)));
    const count = (u) => DATA.chronicle.filter((r) => r.unit_id === u && r.lat !== null && r.lat !== undefined).length;
    if (units.length) select.value = units.reduce((best, u) => (count(u) > count(best) ? u : best), units[0]);
    ["layer-places", "layer-chronicle", "chronicle-unit"].forEach((id) =>
      document.getElementById(id).addEventListener("change", renderMap));
    const button = document.getElementById("map-extent");
    button.addEventListener("click", () => {
      const world = extent !== WORLD;
      extent = world ? WORLD : placeExtent();
      button.textContent = world ? "zoom to places" : "whole world";
      renderMap();
    });
    renderMap();
  }

  // ------------------------------------------------------------------ timeline
  function renderTimeline() {
    const root = document.getElementById("timeline-svg");
    const items = DATA.timeline;
    const width = 1000, lanes = Math.max(1, DATA.docs.length), laneH = Math.min(24, 150 / lanes);
    root.setAttribute("viewBox", `0 0 ${width} ${30 + lanes * laneH + 20}`);
    if (!items.length) return;
    const t0 = Date.parse(items[0].first), t1 = Math.max(...items.map((i) => Date.parse(i.last))) + 864e5;
    const x = (t) => 20 + ((t - t0) / (t1 - t0 || 1)) * (width - 40);
    const y0 = new Date(t0).getUTCFullYear(), y1 = new Date(t1).getUTCFullYear();
    const step = Math.max(1, Math.ceil((y1 - y0 + 1) / 12));
    for (let y = y0; y <= y1; y += step) {
      const tx = x(Date.UTC(y, 0, 1));
      if (tx < 0) continue;
      root.appendChild(svg("line", { class: "tick", x1: tx, x2: tx, y1: 10, y2: 30 + lanes * laneH }));
      root.appendChild(svg("text", { x: tx + 2, y: 20, "font-size": 11 }, String(y)));
    }
    items.forEach((item, i) => {
      const a = x(Date.parse(item.first)), b = x(Date.parse(item.last) + 864e5);
      const mark = root.appendChild(svg("rect", {
        class: "date-mark", x: a.toFixed(1), y: 30 + item.doc * laneH + 2, width: Math.max(3, b - a).toFixed(1),
        height: Math.max(4, laneH - 4), fill: colour("DATE"), "data-i": i,
      }));
      mark.appendChild(svg("title", {}, `${item.value} (${item.precision}) ${item.text}`));
      mark.addEventListener("click", () => {
        const info = document.getElementById("timeline-info");
        info.textContent = `${item.value}${item.mod ? " " + item.mod : ""} (${item.precision}) — ${DATA.docs[item.doc].id}: ${item.sentence}`;
      });
    });
    const body = document.querySelector("#timeline-table tbody");
    items.forEach((item) => {
      const row = body.appendChild(el("tr"));
      row.appendChild(el("td", {}, item.value + (item.mod ? " " + item.mod : "")));
      row.appendChild(el("td", {}, item.precision));
      row.appendChild(el("td", {}, item.text));
      row.appendChild(el("td")).appendChild(docLink(item.doc));
      row.appendChild(el("td", {}, item.sentence));
    });
  }

  // ------------------------------------------------------------------ chronicle
  function renderChronicle(key, descending) {
    const rows = DATA.chronicle.slice();
    if (key) {
      rows.sort((a, b) => {
        const u = a[key] === null ? "" : a[key], v = b[key] === null ? "" : b[key];
        return (u < v ? -1 : u > v ? 1 : 0) * (descending ? -1 : 1);
      });
    }
    const body = document.querySelector("#chronicle-table tbody");
    body.textContent = "";
    rows.forEach((r) => {
      const row = body.appendChild(el("tr"));
      row.appendChild(el("td", {}, r.unit_id));
      row.appendChild(el("td", {}, r.unit));
      row.appendChild(el("td", {}, r.place));
      row.appendChild(el("td", {}, r.place_id));
      const date = row.appendChild(el("td", { class: r.carried ? "carried" : "" }, `${r.value} (${r.date}${r.carried ? ", carried" : ""})`));
      date.title = r.precision;
      row.appendChild(el("td")).appendChild(docLink(r.doc));
      const cell = row.appendChild(el("td"));
      const link = cell.appendChild(el("a", { href: `#d${r.doc}-s${r.sentence}`, class: "evidence" }, r.evidence));
      link.addEventListener("click", (ev) => {
        ev.preventDefault();
        const doc = DATA.docs[r.doc];
        const k = doc.entities.findIndex((e) => e.start === r.unit_start);
        flash(document.getElementById(`d${r.doc}-e${k}`) || document.getElementById(`d${r.doc}-s${r.sentence}`));
      });
    });
  }
  function setupChronicle() {
    let current = null, descending = false;
    document.querySelectorAll("#chronicle-table th[data-key]").forEach((th) => {
      th.addEventListener("click", () => {
        descending = current === th.dataset.key ? !descending : false;
        current = th.dataset.key;
        renderChronicle(current, descending);
      });
    });
    renderChronicle(null, false);
  }

  renderSummary();
  renderDocuments();
  setupMap();
  renderTimeline();
  setupChronicle();
  document.body.dataset.ready = "1";
})();
