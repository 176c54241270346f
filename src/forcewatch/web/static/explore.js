/* forcewatch explore page: one filter panel drives the chart, the map and the table, and the
   page's URL keeps the filters (shareable). Data from /api/overview, /api/deaths, /api/map.
   Text from the data is only ever set with textContent (never innerHTML). No network access
   beyond this server: the libraries and the map outlines are bundled in /static/vendor/. */
(function () {
  "use strict";

  var cfg = JSON.parse(document.getElementById("fw-config").textContent);
  var form = document.getElementById("filters");
  var results = document.querySelector(".results");
  var COLORS = {linked: "#111111", wapo: "#1f77b4", mpv: "#d62728", guardian: "#2ca02c", fe: "#9467bd",
                ksr: "#ff7f0e", news: "#8c564b"};
  var COLUMNS = [["name", "Name"], ["age", "Age"], ["gender", "Gender"], ["race", "Race"], ["date", "Date"],
                 ["city", "City"], ["state", "State"], ["cause", "Cause"], ["armed", "Armed"], ["sources", "Sources"]];
  var CODED = {gender: 1, race: 1, cause: 1, armed: 1};
  var DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
  var view = {sort: cfg.sort || "date", order: cfg.order || "desc", page: pageFromUrl()};
  var seq = 0, chart = null, map = null, cluster = null, counties = null, countiesLoading = false;

  function pageFromUrl() {
    var p = parseInt(new URLSearchParams(location.search).get("page") || "1", 10);
    return p > 0 ? p : 1;
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function personUrl(id) {
    return "/deaths/" + encodeURIComponent(id).replace(/%2F/g, "/").replace(/%3A/g, ":").replace(/%40/g, "@");
  }

  function label(v) { return v === null || v === undefined ? "" : String(v).replace(/_/g, " "); }

  /* --- the filters <-> URL ------------------------------------------------------------------ */
  function filterParams() {
    var p = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (e) {
      if (!e.name || e.name === "sort" || e.name === "order" || e.disabled) return;
      if (e.tagName === "SELECT" && e.multiple) {
        Array.prototype.forEach.call(e.selectedOptions, function (o) { p.append(e.name, o.value); });
      } else if (e.type === "checkbox") {
        if (e.checked) p.append(e.name, e.value);
      } else if (e.value && e.value.trim() !== "") {
        if ((e.name === "since" || e.name === "until") && !DATE_RE.test(e.value.trim())) return;
        p.append(e.name, e.value.trim());
      }
    });
    return p;
  }

  function viewParams(filters) {
    var p = new URLSearchParams(filters);
    p.set("sort", view.sort);
    p.set("order", view.order);
    if (view.page > 1) p.set("page", String(view.page));
    return p;
  }

  function formFromUrl() {
    var p = new URLSearchParams(location.search);
    Array.prototype.forEach.call(form.elements, function (e) {
      if (!e.name || e.name === "sort" || e.name === "order") return;
      if (e.tagName === "SELECT" && e.multiple) {
        var chosen = p.getAll(e.name);
        Array.prototype.forEach.call(e.options, function (o) { o.selected = chosen.indexOf(o.value) >= 0; });
      } else if (e.type === "checkbox") {
        e.checked = p.get(e.name) === e.value;
      } else if (e.tagName !== "BUTTON") {
        e.value = p.get(e.name) || "";
      }
    });
    view.sort = p.get("sort") || "date";
    view.order = p.get("order") || "desc";
    view.page = pageFromUrl();
  }

  function setLinks(fq) {
    var s = fq.toString() ? "?" + fq.toString() : "";
    document.getElementById("export-csv").href = "/api/export.csv" + s;
    document.getElementById("export-geojson").href = "/api/export.geojson" + s;
    document.getElementById("json-overview").href = "/api/overview" + s;
    document.getElementById("json-table").href = "/api/deaths" + s;
    document.getElementById("json-map").href = "/api/map" + s;
  }

  function getJSON(url) {
    return fetch(url, {headers: {Accept: "application/json"}, credentials: "same-origin"}).then(function (r) {
      if (!r.ok) throw new Error(url + ": HTTP " + r.status);
      return r.json();
    });
  }

  function refresh(push, only) {
    var my = ++seq;
    var fq = filterParams(), vq = viewParams(fq);
    var url = "/" + (vq.toString() ? "?" + vq.toString() : "");
    if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
    setLinks(fq);
    results.classList.add("busy");
    var qs = fq.toString() ? "?" + fq.toString() : "";
    var jobs = [
      only === "table" ? null : getJSON("/api/overview" + qs),
      only === "first" ? null : getJSON("/api/deaths?" + vq.toString()),  // first: the server drew it
      only === "table" ? null : getJSON("/api/map" + qs)
    ];
    return Promise.all(jobs).then(function (r) {
      if (my !== seq) return;  // a newer request superseded this one
      if (r[0]) drawChart(r[0]);
      if (r[1]) {
        drawTable(r[1]);
        document.getElementById("deaths-count").textContent = r[1].total.toLocaleString("en-US");
      }
      if (r[2]) drawMap(r[2], fq.toString() !== "");
      results.classList.remove("busy");
      document.body.dataset.ready = String(my);
    }).catch(function (err) {
      if (my !== seq) return;
      results.classList.remove("busy");
      document.getElementById("deaths-count").textContent = "?";
      document.getElementById("located-note").textContent = "(could not load: " + err.message + ")";
    });
  }

  var timer = null;
  function later(fn) { clearTimeout(timer); timer = setTimeout(fn, 350); }

  form.addEventListener("submit", function (ev) { ev.preventDefault(); view.page = 1; refresh(true); });
  form.addEventListener("change", function (ev) {
    if (ev.target.name === "since" || ev.target.name === "until") {
      if (ev.target.value && !DATE_RE.test(ev.target.value.trim())) return;
    }
    view.page = 1;
    refresh(true);
  });
  form.addEventListener("input", function (ev) {
    if (["q", "city", "agency"].indexOf(ev.target.name) >= 0) { later(function () { view.page = 1; refresh(true); }); }
  });
  window.addEventListener("popstate", function () { formFromUrl(); refresh(false); });

  /* sort and page links (server-rendered or ours) are followed here without reloading */
  document.getElementById("table-wrap").addEventListener("click", function (ev) {
    var a = ev.target.closest("a");
    if (!a || a.closest("tbody") || ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
    var p = new URL(a.href, location.href).searchParams;
    ev.preventDefault();
    view.sort = p.get("sort") || view.sort;
    view.order = p.get("order") || view.order;
    view.page = parseInt(p.get("page") || "1", 10);
    refresh(true, "table");
  });

  /* --- table ----------------------------------------------------------------------------------- */
  function drawTable(t) {
    var fq = filterParams();
    function href(extra) {
      var p = new URLSearchParams(fq);
      Object.keys(extra).forEach(function (k) { p.set(k, extra[k]); });
      return "/?" + p.toString();
    }
    var table = el("table", {id: "deaths-table", "class": "data", "data-total": t.total});
    var tr = el("tr");
    COLUMNS.forEach(function (c) {
      var col = c[0], active = t.sort === col;
      var next = active ? (t.order === "desc" ? "asc" : "desc") : (["date", "age", "sources"].indexOf(col) >= 0 ? "desc" : "asc");
      var th = el("th", {"data-sort": col});
      if (active) th.setAttribute("aria-sort", t.order === "asc" ? "ascending" : "descending");
      th.appendChild(el("a", {href: href({sort: col, order: next})}, c[1] + (active ? (t.order === "asc" ? " ▲" : " ▼") : "")));
      tr.appendChild(th);
    });
    table.appendChild(el("thead")).appendChild(tr);
    var body = table.appendChild(el("tbody"));
    t.rows.forEach(function (r) {
      var row = el("tr");
      var name = el("td");
      name.appendChild(el("a", {href: personUrl(r.death_id)}, r.name || "(name withheld or unknown)"));
      row.appendChild(name);
      COLUMNS.slice(1).forEach(function (c) {
        var v = r[c[0]], td = el("td");
        if (v === null || v === undefined || (Array.isArray(v) && !v.length)) {
          td.appendChild(el("span", {"class": "unknown", title: "unknown / not stated"}, "—"));
        } else {
          var text = Array.isArray(v) ? v.map(CODED[c[0]] ? label : String).join(", ") : (CODED[c[0]] ? label(v) : String(v));
          td.textContent = text;
        }
        row.appendChild(td);
      });
      body.appendChild(row);
    });
    if (!t.rows.length) {
      var empty = el("tr");
      empty.appendChild(el("td", {colspan: "10"}, "No death matches these filters."));
      body.appendChild(empty);
    }
    var pager = el("nav", {"class": "pager", "aria-label": "pages"});
    if (t.page > 1) pager.appendChild(el("a", {id: "prev", href: href({sort: t.sort, order: t.order, page: t.page - 1})}, "← previous"));
    pager.appendChild(el("span", {id: "page-info"}, "page " + t.page + " of " + t.pages));
    if (t.page < t.pages) pager.appendChild(el("a", {id: "next", href: href({sort: t.sort, order: t.order, page: t.page + 1})}, "next →"));
    document.getElementById("table-wrap").replaceChildren(table, pager);
  }

  /* --- chart (uPlot) ---------------------------------------------------------------------------- */
  function drawChart(ov) {
    var box = document.getElementById("chart");
    var series = ov.series.filter(function (s) { return s.key === "linked" || s.total > 0; });
    var data = [ov.years].concat(series.map(function (s) { return s.values; }));
    var opts = {
      width: Math.max(300, box.clientWidth), height: 300,
      scales: {x: {time: false}},
      axes: [{values: function (u, splits) { return splits.map(function (v) { return Number.isInteger(v) ? String(v) : ""; }); }},
             {size: 55}],
      legend: {live: true},
      series: [{label: "year"}].concat(series.map(function (s) {
        return {label: s.key === "linked" ? "de-duplicated" : s.key + (s.snapshot ? " (" + s.snapshot + ")" : ""),
                stroke: COLORS[s.key] || "#555", width: s.key === "linked" ? 3 : 1.5,
                points: {show: ov.years.length <= 25}, spanGaps: false};
      }))
    };
    if (chart) chart.destroy();
    box.replaceChildren();
    chart = new uPlot(opts, data, box);
    box.dataset.deaths = String(ov.deaths);
    box.dataset.series = series.map(function (s) { return s.key; }).join(",");
  }
  window.addEventListener("resize", function () {
    if (chart) chart.setSize({width: Math.max(300, document.getElementById("chart").clientWidth), height: 300});
  });

  /* --- map (Leaflet, no tiles: outlines from us-atlas; markercluster) ------------------------------ */
  function initMap() {
    map = L.map("map", {preferCanvas: true, minZoom: 2, maxZoom: 13, zoomSnap: 0.5}).setView([38.5, -96], 4);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Outlines: US Census Bureau (us-atlas) · Leaflet");
    map.createPane("outlines");
    map.getPane("outlines").style.zIndex = "350";
    var outlines = {pane: "outlines", interactive: false};
    getJSON("/static/vendor/us-atlas/states-10m.json").then(function (us) {
      L.geoJSON(topojson.feature(us, us.objects.nation), Object.assign({style: {color: "#7a8793", weight: 1,
        fillColor: "#fbfbf7", fillOpacity: 1}}, outlines)).addTo(map);
      L.geoJSON(topojson.mesh(us, us.objects.states, function (a, b) { return a !== b; }),
                Object.assign({style: {color: "#9aa5b1", weight: 0.9}}, outlines)).addTo(map);
    });
    map.on("zoomend", function () {
      if (map.getZoom() >= 6 && !counties && !countiesLoading) {
        countiesLoading = true;
        getJSON("/static/vendor/us-atlas/counties-10m.json").then(function (us) {
          counties = L.geoJSON(topojson.mesh(us, us.objects.counties, function (a, b) { return a !== b; }),
                               Object.assign({style: {color: "#c5ccd3", weight: 0.5}}, outlines));
          if (map.getZoom() >= 6) counties.addTo(map);
        });
      } else if (counties) {
        if (map.getZoom() >= 6) counties.addTo(map); else counties.remove();
      }
    });
    cluster = L.markerClusterGroup({chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 45});
    cluster.on("click", function (ev) { showPoint(ev.layer); });
    map.addLayer(cluster);
  }

  function showPoint(marker) {
    getJSON("/api/points/" + marker.fwKey).then(function (p) {
      var box = el("div");
      var a = box.appendChild(el("a", {href: personUrl(p.death_id), "class": "popup-name"}, p.name || "(name withheld or unknown)"));
      a.setAttribute("rel", "noopener");
      var bits = [p.age !== null ? p.age + " years" : null, p.date, [p.city, p.state].filter(Boolean).join(", ")];
      box.appendChild(el("div", {}, bits.filter(Boolean).join(" · ")));
      box.appendChild(el("div", {"class": "hint"}, "reported by " + p.sources.join(", ")));
      marker.bindPopup(box).openPopup();
    });
  }

  function drawMap(mp, filtered) {
    if (!map) initMap();
    cluster.clearLayers();
    var markers = mp.points.map(function (pt) {
      var m = L.circleMarker([pt[0], pt[1]], {radius: 5, color: "#8a1c1c", weight: 1, fillColor: "#c0392b", fillOpacity: 0.75});
      m.fwKey = pt[2];
      return m;
    });
    cluster.addLayers(markers);
    /* filtered: show where the deaths are -- unless they are all over the country */
    var b = markers.length ? cluster.getBounds() : null;
    if (filtered && b && b.isValid() && b.getEast() - b.getWest() < 40) {
      map.fitBounds(b, {maxZoom: 9, padding: [20, 20]});
    } else {
      map.setView([38.5, -96], 4);
    }
    document.getElementById("map").dataset.points = String(mp.points.length);
    document.getElementById("located-note").textContent =
      "(" + mp.located.toLocaleString("en-US") + " of them on the map: those with coordinates)";
  }

  refresh(false, "first");
})();
