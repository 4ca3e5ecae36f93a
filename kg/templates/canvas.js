// A small Canvas 2D network renderer for large drawings (thousands of nodes), where vis-network
// takes many seconds to build its objects. Positions are final (computed in Python): it draws
// edges batched by colour, nodes batched by colour, and only the labels that fit (largest first,
// never overlapping), culls what is off screen, and hit-tests clicks through a grid index.
// It offers the subset of vis-network's API the page and its tests use.
"use strict";
function KgCanvasNetwork(container, view, makeTip) {
  const canvas = document.createElement("canvas");
  canvas.style.width = "100%";
  canvas.style.height = "100%";
  canvas.style.display = "block";
  container.appendChild(canvas);
  // Selection rings live on a second canvas on top, so a click redraws a ring, not 20,000 lines.
  const overlay = document.createElement("canvas");
  overlay.style.cssText = "position:absolute;left:0;top:0;width:100%;height:100%;pointer-events:none";
  container.appendChild(overlay);
  const octx = overlay.getContext("2d");
  const tipBox = document.createElement("div");
  tipBox.className = "vis-tooltip";
  container.appendChild(tipBox);
  const ctx = canvas.getContext("2d");
  const nodes = view.nodes, edges = view.edges;
  const byId = new Map();
  for (const n of nodes) byId.set(n.id, n);
  edges.forEach(function (e, i) { if (e.id === undefined) e.id = "e" + i; });
  const edgeById = new Map(edges.map(function (e) { return [e.id, e]; }));
  const listeners = {};
  let scale = 1, tx = 0, ty = 0, width = 0, height = 0, dpr = window.devicePixelRatio || 1;
  let selected = [], threshold = 0, frame = 0;
  const self = this;

  // groups for batched drawing
  function groupBy(list, key) {
    const m = new Map();
    for (const x of list) { const k = key(x); if (!m.has(k)) m.set(k, []); m.get(k).push(x); }
    return m;
  }
  const edgeGroups = groupBy(edges, function (e) { return (e.color || "#999") + "|" + (e.width || 1); });
  const nodeGroups = groupBy(nodes, function (n) { return n.color || "#4e79a7"; });
  const byFont = nodes.slice().sort(function (a, b) { return ((b.font && b.font.size) || 12) - ((a.font && a.font.size) || 12); });

  // grid index over canvas coordinates for hit tests
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, maxR = 1;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x); y0 = Math.min(y0, n.y); x1 = Math.max(x1, n.x); y1 = Math.max(y1, n.y);
    maxR = Math.max(maxR, (n.size || 10) / 2 + 2);
  }
  if (!nodes.length) { x0 = y0 = 0; x1 = y1 = 1; }
  const cell = Math.max(20, Math.sqrt(((x1 - x0 + 1) * (y1 - y0 + 1)) / Math.max(nodes.length, 1)) * 2);
  const grid = new Map();
  function cellKey(cx, cy) { return cx + "," + cy; }
  for (const n of nodes) {
    const k = cellKey(Math.floor(n.x / cell), Math.floor(n.y / cell));
    if (!grid.has(k)) grid.set(k, []);
    grid.get(k).push(n);
  }

  function resize() {
    const r = container.getBoundingClientRect();
    width = Math.max(1, r.width); height = Math.max(1, r.height);
    canvas.width = overlay.width = Math.round(width * dpr);
    canvas.height = overlay.height = Math.round(height * dpr);
  }
  function toScreen(x, y) { return [x * scale + tx, y * scale + ty]; }
  function toCanvas(sx, sy) { return [(sx - tx) / scale, (sy - ty) / scale]; }
  function request() { if (!frame) frame = requestAnimationFrame(function () { frame = 0; draw(); }); }
  let moving = false, still = 0;
  function motion() {
    moving = true;
    clearTimeout(still);
    still = setTimeout(function () { moving = false; request(); }, 200);
  }

  function draw() {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const [vx0, vy0] = toCanvas(-maxR, -maxR), [vx1, vy1] = toCanvas(width + maxR, height + maxR);
    // Software rasterising is what costs: wide or translucent strokes of 20,000 segments take a
    // second per frame, one-pixel opaque strokes in short paths a tenth of it. So lines get their
    // width only when few are on screen.
    let visible = 0;
    const inView = [];
    // While the reader drags or zooms a very large drawing, lines wait until the motion stops.
    const skipEdges = moving && edges.length > 20000;
    for (const [key, list] of skipEdges ? [] : edgeGroups) {
      const keep = [];
      for (const e of list) {
        const a = byId.get(e.from), b = byId.get(e.to);
        if (!a || !b) continue;
        if ((a.x < vx0 && b.x < vx0) || (a.x > vx1 && b.x > vx1) || (a.y < vy0 && b.y < vy0) || (a.y > vy1 && b.y > vy1)) continue;
        keep.push(a, b);
      }
      visible += keep.length / 2;
      inView.push([key, keep]);
    }
    const thin = visible > 2000;
    for (const [key, ends] of inView) {
      const parts = key.split("|");
      ctx.strokeStyle = parts[0];
      ctx.lineWidth = thin ? 1 : Math.max(1, Math.min(parseFloat(parts[1]) * Math.sqrt(scale), 8));
      ctx.beginPath();
      for (let i = 0; i < ends.length; i += 2) {
        ctx.moveTo(ends[i].x * scale + tx, ends[i].y * scale + ty);
        ctx.lineTo(ends[i + 1].x * scale + tx, ends[i + 1].y * scale + ty);
        if (i % 400 === 398) { ctx.stroke(); ctx.beginPath(); }
      }
      ctx.stroke();
    }
    for (const [colour, list] of nodeGroups) {
      ctx.fillStyle = colour;
      ctx.beginPath();
      for (const n of list) {
        if (n.x < vx0 || n.x > vx1 || n.y < vy0 || n.y > vy1) continue;
        const r = Math.max(1.5, (n.size || 10) / 2 * scale);
        const sx = n.x * scale + tx, sy = n.y * scale + ty;
        ctx.moveTo(sx + r, sy);
        ctx.arc(sx, sy, r, 0, 2 * Math.PI);
      }
      ctx.fill();
    }
    drawOverlay();
    // labels: largest first, only where they fit, at most a few hundred per frame
    const taken = [];
    let drawn = 0;
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineWidth = 3;
    ctx.strokeStyle = "#fff";
    for (const n of byFont) {
      const size = ((n.font && n.font.size) || 12) * scale;
      if (size < threshold - 1 || drawn >= 300) break;
      if (n.x < vx0 || n.x > vx1 || n.y < vy0 || n.y > vy1) continue;
      const fs = Math.min(size, 30);
      ctx.font = fs + "px system-ui, sans-serif";
      const w = ctx.measureText(n.label || "").width;
      const sx = n.x * scale + tx, sy = n.y * scale + ty + Math.max(1.5, (n.size || 10) / 2 * scale) + 2;
      const box = [sx - w / 2, sy, sx + w / 2, sy + fs];
      if (taken.some(function (t) { return box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1]; })) continue;
      taken.push(box);
      ctx.fillStyle = "#222";
      ctx.strokeText(n.label || "", sx, sy);
      ctx.fillText(n.label || "", sx, sy);
      drawn++;
    }
    emit("afterDrawing");
  }

  function drawOverlay() {
    octx.setTransform(dpr, 0, 0, dpr, 0, 0);
    octx.clearRect(0, 0, width, height);
    octx.strokeStyle = "#000";
    octx.lineWidth = 3;
    for (const id of selected) {
      const n = byId.get(id);
      if (!n) continue;
      octx.beginPath();
      octx.arc(n.x * scale + tx, n.y * scale + ty, Math.max(4, (n.size || 10) / 2 * scale) + 3, 0, 2 * Math.PI);
      octx.stroke();
    }
  }
  function nodeAt(sx, sy) {
    const [x, y] = toCanvas(sx, sy);
    const reach = Math.max(maxR, 6 / scale);
    const cx0 = Math.floor((x - reach) / cell), cx1 = Math.floor((x + reach) / cell);
    const cy0 = Math.floor((y - reach) / cell), cy1 = Math.floor((y + reach) / cell);
    let best = null, bestD = Infinity;
    for (let cx = cx0; cx <= cx1; cx++) for (let cy = cy0; cy <= cy1; cy++) {
      for (const n of grid.get(cellKey(cx, cy)) || []) {
        const d = Math.hypot(n.x - x, n.y - y), r = Math.max((n.size || 10) / 2, 4 / scale) + 2 / scale;
        if (d <= r && d < bestD) { best = n; bestD = d; }
      }
    }
    return best;
  }
  function edgeAt(sx, sy) {
    const [x, y] = toCanvas(sx, sy);
    const reach = 5 / scale;
    let best = null, bestD = reach;
    for (const e of edges) {
      const a = byId.get(e.from), b = byId.get(e.to);
      if (!a || !b) continue;
      const dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy || 1;
      const t = Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / len2));
      const d = Math.hypot(a.x + t * dx - x, a.y + t * dy - y);
      if (d < bestD) { best = e; bestD = d; }
    }
    return best;
  }
  function emit(name, arg) { for (const f of listeners[name] || []) f(arg); }
  function local(ev) { const r = canvas.getBoundingClientRect(); return [ev.clientX - r.left, ev.clientY - r.top]; }

  let drag = null;
  canvas.addEventListener("mousedown", function (ev) { drag = {x: ev.clientX, y: ev.clientY, tx: tx, ty: ty, moved: false}; });
  window.addEventListener("mousemove", function (ev) {
    if (drag) {
      const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      if (drag.moved) { tx = drag.tx + dx; ty = drag.ty + dy; tipBox.style.visibility = "hidden"; motion(); request(); }
      return;
    }
    if (ev.target !== canvas) return;
    const [sx, sy] = local(ev);
    const n = nodeAt(sx, sy);
    if (n) {
      tipBox.textContent = "";
      tipBox.appendChild(makeTip(kgInfo(n)));
      tipBox.style.left = (sx + 12) + "px";
      tipBox.style.top = (sy + 12) + "px";
      tipBox.style.visibility = "visible";
    } else {
      tipBox.style.visibility = "hidden";
    }
  });
  window.addEventListener("mouseup", function (ev) {
    if (!drag) return;
    const moved = drag.moved;
    drag = null;
    if (moved || ev.target !== canvas) return;
    const [sx, sy] = local(ev);
    const n = nodeAt(sx, sy);
    const e = n ? null : edgeAt(sx, sy);
    selected = n ? [n.id] : [];
    drawOverlay();
    emit("click", {nodes: n ? [n.id] : [], edges: e ? [e.id] : []});
  });
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    const [sx, sy] = local(ev);
    const f = Math.exp(-ev.deltaY * 0.0015);
    const ns = Math.max(1e-4, Math.min(scale * f, 20));
    tx = sx - (sx - tx) * (ns / scale);
    ty = sy - (sy - ty) * (ns / scale);
    scale = ns;
    motion();
    request();
  }, {passive: false});
  window.addEventListener("resize", function () { resize(); request(); });

  // the vis-network subset
  this.on = function (name, f) { (listeners[name] = listeners[name] || []).push(f); };
  this.once = function (name, f) {
    const g = function (arg) { listeners[name] = listeners[name].filter(function (h) { return h !== g; }); f(arg); };
    self.on(name, g);
  };
  this.fit = function () {
    const pad = 30;
    const s = Math.min((width - 2 * pad) / Math.max(x1 - x0, 1), (height - 2 * pad) / Math.max(y1 - y0, 1));
    scale = Math.max(1e-4, Math.min(s, 2));
    tx = width / 2 - (x0 + x1) / 2 * scale;
    ty = height / 2 - (y0 + y1) / 2 * scale;
    request();
  };
  this.getScale = function () { return scale; };
  this.getPosition = function (id) { const n = byId.get(id); return {x: n.x, y: n.y}; };
  this.getPositions = function () { const out = {}; for (const n of nodes) out[n.id] = {x: n.x, y: n.y}; return out; };
  this.canvasToDOM = function (p) { const s = toScreen(p.x, p.y); return {x: s[0], y: s[1]}; };
  this.getSelectedNodes = function () { return selected.slice(); };
  this.selectNodes = function (ids) { selected = ids.slice(); drawOverlay(); };
  this.focus = function (id, opts) {
    const n = byId.get(id);
    scale = (opts && opts.scale) || scale;
    tx = width / 2 - n.x * scale;
    ty = height / 2 - n.y * scale;
    request();
  };
  this.moveTo = function (opts) {
    if (opts.scale) scale = opts.scale;
    if (opts.position) { tx = width / 2 - opts.position.x * scale; ty = height / 2 - opts.position.y * scale; }
    request();
  };
  this.redraw = function () { if (frame) { cancelAnimationFrame(frame); frame = 0; } draw(); };
  this.setLabelThreshold = function (t) { threshold = t; request(); };
  this.edgeMiddle = function (id) {
    const e = edgeById.get(id), a = byId.get(e.from), b = byId.get(e.to);
    return {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2};
  };
  this.canvas = canvas;
  this.destroy = function () { container.textContent = ""; };
  resize();
  this.fit();
}
// The page's data: JSON, or for large pages gzip-compressed JSON in base64 (a fifth of the text
// for the parser to read), unpacked by the browser's own DecompressionStream.
function kgLoadData() {
  const node = document.getElementById("kg-data");
  const text = node.textContent;
  node.textContent = "";
  if (node.type === "application/json") return Promise.resolve(JSON.parse(text));
  const raw = atob(text), bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).text().then(JSON.parse);
}
// An item's tooltip and details record (large drawings carry it as a JSON string until first use).
function kgInfo(x) {
  if (typeof x.info === "string") x.info = JSON.parse(x.info);
  return x.info;
}
// The same reading interface as vis.DataSet, over a plain list; info records parsed on access.
function KgList(items) {
  const byId = new Map(items.map(function (x) { return [x.id, x]; }));
  function ready(x) { if (x) kgInfo(x); return x; }
  this.length = items.length;
  this.get = function (id) { return id === undefined ? items.map(ready) : ready(byId.get(id)); };
  this.getIds = function () { return items.map(function (x) { return x.id; }); };
  this.forEach = function (f) { items.forEach(function (x) { f(ready(x)); }); };
}
