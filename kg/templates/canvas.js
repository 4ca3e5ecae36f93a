// polkg's renderer for large drawings (thousands to tens of thousands of nodes), where vis-network
// takes many seconds to build its objects. Positions are final (computed in Python). Lines,
// arrows and nodes are drawn by WebGL from buffers built once (a frame is a few uniforms and three
// draw calls), or by Canvas 2D where WebGL is missing; labels (largest first, never overlapping,
// none below a readable size) and selection rings on a 2D canvas on top. Clicks are hit-tested
// through a grid index. It offers the subset of vis-network's API the page and its tests use.
"use strict";
const KG_EDGE_VS = "attribute vec2 a_from; attribute vec2 a_to; attribute vec2 a_corner; attribute float a_width;" +
  "attribute vec4 a_color; uniform vec2 u_res; uniform float u_scale; uniform vec2 u_shift; uniform float u_wscale;" +
  "uniform float u_alpha; varying vec4 v_color;" +
  "void main() { vec2 a = a_from * u_scale + u_shift; vec2 b = a_to * u_scale + u_shift; vec2 d = b - a;" +
  " float len = length(d); vec2 dir = len > 0.0 ? d / len : vec2(1.0, 0.0); vec2 nrm = vec2(-dir.y, dir.x);" +
  " float w = clamp(a_width * u_wscale, 1.0, 8.0); vec2 p = mix(a, b, a_corner.x) + nrm * a_corner.y * w * 0.5;" +
  " gl_Position = vec4(p / u_res * 2.0 - 1.0, 0.0, 1.0) * vec4(1.0, -1.0, 1.0, 1.0);" +
  " v_color = vec4(a_color.rgb, a_color.a * u_alpha); }";
const KG_ARROW_VS = "attribute vec2 a_from; attribute vec2 a_to; attribute vec2 a_corner; attribute float a_width;" +
  "attribute vec4 a_color; uniform vec2 u_res; uniform float u_scale; uniform vec2 u_shift; uniform float u_wscale;" +
  "uniform float u_alpha; varying vec4 v_color;" +
  "void main() { vec2 a = a_from * u_scale + u_shift; vec2 b = a_to * u_scale + u_shift; vec2 d = b - a;" +
  " float len = length(d); vec2 dir = len > 0.0 ? d / len : vec2(1.0, 0.0); vec2 nrm = vec2(-dir.y, dir.x);" +
  " vec2 tip = b - dir * max(1.5, a_width * 0.5 * u_scale);" +
  " vec2 p = tip - dir * u_wscale * a_corner.x + nrm * a_corner.y * u_wscale * 0.45;" +
  " gl_Position = vec4(p / u_res * 2.0 - 1.0, 0.0, 1.0) * vec4(1.0, -1.0, 1.0, 1.0); v_color = a_color; }";
const KG_COLOR_FS = "precision mediump float; varying vec4 v_color; void main() { gl_FragColor = v_color; }";
const KG_NODE_VS = "attribute vec2 a_pos; attribute float a_size; attribute float a_shape; attribute vec4 a_color;" +
  "uniform vec2 u_res; uniform float u_scale; uniform vec2 u_shift; uniform float u_dpr;" +
  "varying vec4 v_color; varying float v_shape; varying float v_px;" +
  "void main() { vec2 p = a_pos * u_scale + u_shift; float r = max(1.5, a_size * 0.5 * u_scale);" +
  " gl_Position = vec4(p / u_res * 2.0 - 1.0, 0.0, 1.0) * vec4(1.0, -1.0, 1.0, 1.0);" +
  " gl_PointSize = min((2.0 * r + 2.0) * u_dpr, 1000.0); v_px = gl_PointSize; v_color = a_color; v_shape = a_shape; }";
const KG_NODE_FS = "precision mediump float; varying vec4 v_color; varying float v_shape; varying float v_px;" +
  "void main() { vec2 c = gl_PointCoord * 2.0 - 1.0; float d = v_shape > 0.5 ? max(abs(c.x), abs(c.y)) : length(c);" +
  " if (d > 1.0) discard; float px = 2.0 / v_px; float alpha = clamp((1.0 - d) / px, 0.0, 1.0);" +
  " float ring = v_px > 7.0 ? smoothstep(1.0 - 3.0 * px, 1.0 - 2.0 * px, d) : 0.0;" +
  " gl_FragColor = vec4(mix(v_color.rgb, v_color.rgb * 0.5, ring), alpha); }";

function kgRgba(hex) {
  const h = hex.charAt(0) === "#" ? hex.slice(1) : hex;
  const full = h.length === 3 ? h.split("").map(function (c) { return c + c; }).join("") : h;
  const v = parseInt(full.slice(0, 6), 16);
  return isNaN(v) ? [128, 128, 128, 255] : [(v >> 16) & 255, (v >> 8) & 255, v & 255, 255];
}

// Lines, arrows and nodes with WebGL (``ok`` false where the browser has none).
function KgGlPainter(canvas, nodes, edges, byId) {
  this.ok = false;
  const gl = canvas.getContext("webgl", {antialias: false, preserveDrawingBuffer: true, alpha: false});
  if (!gl) return;
  function program(vs, fs) {
    const p = gl.createProgram();
    for (const [type, src] of [[gl.VERTEX_SHADER, vs], [gl.FRAGMENT_SHADER, fs]]) {
      const s = gl.createShader(type);
      gl.shaderSource(s, src);
      gl.compileShader(s);
      gl.attachShader(p, s);
    }
    gl.linkProgram(p);
    return gl.getProgramParameter(p, gl.LINK_STATUS) ? p : null;
  }
  const lineProg = program(KG_EDGE_VS, KG_COLOR_FS), arrowProg = program(KG_ARROW_VS, KG_COLOR_FS);
  const nodeProg = program(KG_NODE_VS, KG_NODE_FS);
  if (!lineProg || !arrowProg || !nodeProg) return;
  const colours = new Map();
  function rgba(c) { if (!colours.has(c)) colours.set(c, kgRgba(c)); return colours.get(c); }

  // one segment: 7 floats and 4 colour bytes per vertex
  function segments(list, corners, width) {
    const f = new Float32Array(list.length * corners.length * 7), c = new Uint8Array(list.length * corners.length * 4);
    let i = 0;
    for (const e of list) {
      const a = byId.get(e.from), b = byId.get(e.to), col = rgba(e.color || "#999999"), w = width(e, b);
      for (let k = 0; k < corners.length; k += 2) {
        f.set([a.x, a.y, b.x, b.y, corners[k], corners[k + 1], w], i * 7);
        c.set(col, i * 4);
        i++;
      }
    }
    return {f: f, c: c, count: i};
  }
  const drawn = edges.filter(function (e) { return byId.has(e.from) && byId.has(e.to); });
  // Hairlines (gl.LINES, two vertices a tie) when zoomed out; quads as wide as the tie's events when zoomed in.
  const hair = segments(drawn, [0, 0, 1, 0], function (e) { return e.width || 1; });
  let quads = null;
  const arrows = segments(drawn.filter(function (e) { return e.arrows; }), [0, 0, 1, 1, 1, -1],
                          function (e, b) { return b.size || 10; });
  const nf = new Float32Array(nodes.length * 4), nc = new Uint8Array(nodes.length * 4);
  nodes.forEach(function (n, i) {
    nf.set([n.x, n.y, n.size || 10, n.shape === "square" || n.shape === "box" ? 1 : 0], i * 4);
    nc.set(rgba(n.color || "#4e79a7"), i * 4);
  });
  function buffer(data) { const b = gl.createBuffer(); gl.bindBuffer(gl.ARRAY_BUFFER, b); gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW); return b; }
  const buffers = {hair: [buffer(hair.f), buffer(hair.c)], arrows: [buffer(arrows.f), buffer(arrows.c)],
                   nodes: [buffer(nf), buffer(nc)]};
  function bind(prog, bufs, floats) {
    gl.useProgram(prog);
    gl.bindBuffer(gl.ARRAY_BUFFER, bufs[0]);
    let off = 0;
    for (const [name, size] of floats) {
      const loc = gl.getAttribLocation(prog, name);
      if (loc >= 0) {
        gl.enableVertexAttribArray(loc);
        gl.vertexAttribPointer(loc, size, gl.FLOAT, false, floats.reduce(function (s, x) { return s + x[1]; }, 0) * 4, off * 4);
      }
      off += size;
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, bufs[1]);
    const loc = gl.getAttribLocation(prog, "a_color");
    gl.enableVertexAttribArray(loc);
    gl.vertexAttribPointer(loc, 4, gl.UNSIGNED_BYTE, true, 0, 0);
  }
  function uniforms(prog, v) {
    for (const name in v) {
      const loc = gl.getUniformLocation(prog, name);
      if (loc === null) continue;
      if (Array.isArray(v[name])) gl.uniform2f(loc, v[name][0], v[name][1]); else gl.uniform1f(loc, v[name]);
    }
  }
  const segAttrs = [["a_from", 2], ["a_to", 2], ["a_corner", 2], ["a_width", 1]];
  this.ok = true;
  this.arrowCount = arrows.count / 3;
  this.draw = function (view) {
    gl.viewport(0, 0, canvas.width, canvas.height);
    gl.clearColor(1, 1, 1, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    // Opaque lines: a software rasteriser (headless browsers) pays for every blended pixel.
    gl.disable(gl.BLEND);
    const common = {u_res: [view.width, view.height], u_scale: view.scale, u_shift: [view.tx, view.ty], u_dpr: view.dpr};
    const wide = Math.sqrt(view.scale) >= 0.8;
    if (wide && !quads) {
      const q = segments(drawn, [0, -1, 1, -1, 1, 1, 0, -1, 1, 1, 0, 1], function (e) { return e.width || 1; });
      quads = {count: q.count, bufs: [buffer(q.f), buffer(q.c)]};
    }
    // While the reader drags or zooms a very large drawing, lines wait until the motion stops.
    const lines = !(view.moving && edges.length > 20000);
    if (lines) {
      bind(lineProg, wide ? quads.bufs : buffers.hair, segAttrs);
      uniforms(lineProg, Object.assign({u_wscale: Math.sqrt(view.scale), u_alpha: 1}, common));
      gl.drawArrays(wide ? gl.TRIANGLES : gl.LINES, 0, wide ? quads.count : hair.count);
    }
    if (lines && view.arrow > 0 && arrows.count) {
      bind(arrowProg, buffers.arrows, segAttrs);
      uniforms(arrowProg, Object.assign({u_wscale: view.arrow}, common));
      gl.drawArrays(gl.TRIANGLES, 0, arrows.count);
    }
    for (let i = 0; i < 8; i++) gl.disableVertexAttribArray(i);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA);
    bind(nodeProg, buffers.nodes, [["a_pos", 2], ["a_size", 1], ["a_shape", 1]]);
    uniforms(nodeProg, common);
    gl.drawArrays(gl.POINTS, 0, nodes.length);
    for (let i = 0; i < 8; i++) gl.disableVertexAttribArray(i);
    return lines && view.arrow > 0 ? this.arrowCount : 0;
  };
}

// The same drawing with Canvas 2D (software: lines batched by colour, culled, thin when many).
function Kg2dPainter(canvas, nodes, edges, byId) {
  const ctx = canvas.getContext("2d");
  function groupBy(list, key) {
    const m = new Map();
    for (const x of list) { const k = key(x); if (!m.has(k)) m.set(k, []); m.get(k).push(x); }
    return m;
  }
  const edgeGroups = groupBy(edges, function (e) { return (e.color || "#999") + "|" + (e.width || 1); });
  const nodeGroups = groupBy(nodes, function (n) { return n.color || "#4e79a7"; });
  this.draw = function (v) {
    const scale = v.scale, tx = v.tx, ty = v.ty, pad = 30;
    ctx.setTransform(v.dpr, 0, 0, v.dpr, 0, 0);
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, v.width, v.height);
    const vx0 = (-pad - tx) / scale, vy0 = (-pad - ty) / scale;
    const vx1 = (v.width + pad - tx) / scale, vy1 = (v.height + pad - ty) / scale;
    let visible = 0, arrowsDrawn = 0;
    const inView = [];
    for (const [key, list] of v.moving && edges.length > 20000 ? [] : edgeGroups) {
      const keep = [];
      for (const e of list) {
        const a = byId.get(e.from), b = byId.get(e.to);
        if (!a || !b) continue;
        if ((a.x < vx0 && b.x < vx0) || (a.x > vx1 && b.x > vx1) || (a.y < vy0 && b.y < vy0) || (a.y > vy1 && b.y > vy1)) continue;
        keep.push(e);
      }
      visible += keep.length;
      inView.push([key, keep]);
    }
    const thin = visible > 2000;
    for (const [key, list] of inView) {
      const parts = key.split("|");
      ctx.strokeStyle = ctx.fillStyle = parts[0];
      ctx.lineWidth = thin ? 1 : Math.max(1, Math.min(parseFloat(parts[1]) * Math.sqrt(scale), 8));
      ctx.beginPath();
      list.forEach(function (e, i) {
        const a = byId.get(e.from), b = byId.get(e.to);
        ctx.moveTo(a.x * scale + tx, a.y * scale + ty);
        ctx.lineTo(b.x * scale + tx, b.y * scale + ty);
        if (i % 200 === 199) { ctx.stroke(); ctx.beginPath(); }
      });
      ctx.stroke();
      if (v.arrow > 0 && visible <= 3000) {
        ctx.beginPath();
        for (const e of list) {
          if (!e.arrows) continue;
          const a = byId.get(e.from), b = byId.get(e.to);
          const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1, ux = dx / len, uy = dy / len;
          const r = Math.max(1.5, (b.size || 10) / 2 * scale), L = v.arrow;
          const px = b.x * scale + tx - ux * r, py = b.y * scale + ty - uy * r;
          ctx.moveTo(px, py);
          ctx.lineTo(px - ux * L - uy * L * 0.45, py - uy * L + ux * L * 0.45);
          ctx.lineTo(px - ux * L + uy * L * 0.45, py - uy * L - ux * L * 0.45);
          ctx.closePath();
          arrowsDrawn++;
        }
        ctx.fill();
      }
    }
    ctx.strokeStyle = "rgba(0, 0, 0, 0.5)";
    ctx.lineWidth = 1;
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
      if (scale > 0.3) ctx.stroke();  // a dark rim: a node stays visible on lines of its own colour
    }
    return arrowsDrawn;
  };
}

function KgCanvasNetwork(container, view, makeTip, infoOf) {
  function layer(css) {
    const c = document.createElement("canvas");
    c.style.cssText = "position:absolute;left:0;top:0;width:100%;height:100%;display:block;" + (css || "");
    container.appendChild(c);
    return c;
  }
  const canvas = layer();
  const top = layer("pointer-events:none");  // labels and selection rings
  const tctx = top.getContext("2d");
  const tipBox = document.createElement("div");
  tipBox.className = "vis-tooltip";
  container.appendChild(tipBox);
  const nodes = view.nodes, edges = view.edges;
  const byId = new Map();
  for (const n of nodes) byId.set(n.id, n);
  edges.forEach(function (e, i) { if (e.id === undefined) e.id = "e" + i; });
  const edgeById = new Map(edges.map(function (e) { return [e.id, e]; }));
  // WebGL for the largest drawings; below that Canvas 2D draws a first frame sooner (a headless or
  // GPU-less browser rasterises WebGL in software), and wherever WebGL is missing.
  const wantGl = (view.webgl || window.kgWebGL) && !window.kgNoWebGL;
  const gl = wantGl ? new KgGlPainter(canvas, nodes, edges, byId) : {ok: false};
  const painter = gl.ok ? gl : new Kg2dPainter(canvas, nodes, edges, byId);
  this.renderer = gl.ok ? "webgl" : "canvas2d";
  const listeners = {};
  let scale = 1, tx = 0, ty = 0, width = 0, height = 0;
  const dpr = window.devicePixelRatio || 1;
  let selected = [], threshold = 0, frame = 0;
  const self = this;
  const byFont = nodes.slice().sort(function (a, b) { return ((b.font && b.font.size) || 12) - ((a.font && a.font.size) || 12); });
  // The typical tie length: arrows are drawn once ties are long enough on screen to carry one.
  const lengths = edges.slice(0, 2000).map(function (e) {
    const a = byId.get(e.from), b = byId.get(e.to);
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  }).sort(function (a, b) { return a - b; });
  const typical = lengths.length ? lengths[Math.floor(lengths.length / 2)] : 0;

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
    canvas.width = top.width = Math.round(width * dpr);
    canvas.height = top.height = Math.round(height * dpr);
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
  function arrowLength() {
    // Arrows once ties are long enough on screen to carry one and few enough (about 3,000 in the
    // window, estimated from the drawing's area) to be told apart; zoomed out they are noise.
    const L = 8 * Math.min(Math.max(Math.sqrt(scale), 0.75), 1.75);
    const area = Math.max((x1 - x0 + 2 * maxR) * (y1 - y0 + 2 * maxR) * scale * scale, 1);
    const inWindow = edges.length * Math.min(1, (width * height) / area);
    return typical * scale > 3 * L && inWindow <= 3000 ? L : 0;
  }

  function draw() {
    self.arrowsDrawn = painter.draw({scale: scale, tx: tx, ty: ty, width: width, height: height, dpr: dpr,
                                     moving: moving, arrow: arrowLength()});
    drawTop();
    emit("afterDrawing");
  }
  function drawTop() {
    tctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    tctx.clearRect(0, 0, width, height);
    tctx.strokeStyle = "#000";
    tctx.lineWidth = 3;
    for (const id of selected) {
      const n = byId.get(id);
      if (!n) continue;
      tctx.beginPath();
      tctx.arc(n.x * scale + tx, n.y * scale + ty, Math.max(4, (n.size || 10) / 2 * scale) + 3, 0, 2 * Math.PI);
      tctx.stroke();
    }
    // labels: largest first, only where they fit and are readable, at most a few hundred
    const [vx0, vy0] = toCanvas(-maxR, -maxR), [vx1, vy1] = toCanvas(width + maxR, height + maxR);
    const taken = [];
    let drawn = 0;
    tctx.textAlign = "center";
    tctx.textBaseline = "top";
    tctx.strokeStyle = "#fff";
    for (const n of byFont) {
      const size = ((n.font && n.font.size) || 12) * scale;
      if (size < threshold - 1 || size < 8 || drawn >= 300) break;
      if (n.x < vx0 || n.x > vx1 || n.y < vy0 || n.y > vy1) continue;
      const fs = Math.min(size, 30);
      tctx.font = fs + "px system-ui, sans-serif";
      const w = tctx.measureText(n.label || "").width;
      const sx = n.x * scale + tx, sy = n.y * scale + ty + Math.max(1.5, (n.size || 10) / 2 * scale) + 2;
      const box = [sx - w / 2, sy, sx + w / 2, sy + fs];
      if (taken.some(function (t) { return box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1]; })) continue;
      taken.push(box);
      tctx.lineWidth = 3;
      tctx.fillStyle = "#222";
      tctx.strokeText(n.label || "", sx, sy);
      tctx.fillText(n.label || "", sx, sy);
      drawn++;
    }
    self.labelsDrawn = drawn;
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

  let drag = null, hovered = null;
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
    hovered = n;
    if (!n) { tipBox.style.visibility = "hidden"; return; }
    infoOf("nodes", n).then(function (info) {
      if (hovered !== n) return;
      tipBox.textContent = "";
      tipBox.appendChild(makeTip(info));
      tipBox.style.left = (sx + 12) + "px";
      tipBox.style.top = (sy + 12) + "px";
      tipBox.style.visibility = "visible";
    });
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
    drawTop();
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
    const s = Math.min((width - 2 * pad) / Math.max(x1 - x0 + 2 * maxR, 1), (height - 2 * pad) / Math.max(y1 - y0 + 2 * maxR, 1));
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
  this.selectNodes = function (ids) { selected = ids.slice(); drawTop(); };
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
  this.layers = [canvas, top];
  this.destroy = function () { container.textContent = ""; };
  resize();
  this.fit();
}

// The page's data: one JSON block (a large drawing's columns parse in milliseconds).
function kgLoadData() {
  const node = document.getElementById("kg-data");
  const data = JSON.parse(node.textContent);
  node.textContent = "";
  return Promise.resolve(data);
}
// A packed drawing as node and edge objects: ids are positions in the columns.
function kgUnpackDrawing(view) {
  const p = view.packed, c = p.nodes, colours = p.colors, nodes = new Array(c.x.length);
  for (let i = 0; i < nodes.length; i++) {
    const name = c.name[i];
    nodes[i] = {id: i, name: name, label: name.length > 32 ? name.slice(0, 31) + "\u2026" : name, x: c.x[i], y: c.y[i],
                size: c.size[i], font: {size: c.font[i]}, color: colours[c.color[i]],
                shape: c.shape[i] ? "square" : "dot", aliases: c.aliases ? c.aliases[i] : ""};
  }
  const e = p.edges, edges = new Array(e.from.length);
  for (let i = 0; i < edges.length; i++) {
    edges[i] = {id: i, from: e.from[i], to: e.to[i], color: colours[e.color[i]], width: e.width[i], arrows: e.arrow[i] === 1};
  }
  return {nodes: nodes, edges: edges};
}
// The details of a packed drawing, one compressed chunk unpacked (by the browser's own
// DecompressionStream) when a click or a hover first needs it.
function KgDetails(info) {
  const cache = new Map();
  function chunk(kind, i) {
    const key = kind + ":" + i;
    if (!cache.has(key)) {
      const raw = atob(info[kind][i]), bytes = new Uint8Array(raw.length);
      for (let k = 0; k < raw.length; k++) bytes[k] = raw.charCodeAt(k);
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
      cache.set(key, new Response(stream).text().then(JSON.parse));
    }
    return cache.get(key);
  }
  function get(kind, id) {
    return chunk(kind, Math.floor(id / info.chunk)).then(function (list) { return list[id % info.chunk]; });
  }
  this.node = function (id) { return get("nodes", id); };
  this.edge = function (id) {
    return get("edges", id).then(function (rec) {
      if (!rec.events) return rec;
      return Promise.all(rec.events.map(function (k) { return get("events", k); })).then(function (events) {
        return Object.assign({}, rec, {events: events});
      });
    });
  };
}
// The same reading interface as vis.DataSet, over a plain list.
function KgList(items) {
  const byId = new Map(items.map(function (x) { return [x.id, x]; }));
  this.length = items.length;
  this.get = function (id) { return id === undefined ? items.slice() : byId.get(id); };
  this.getIds = function () { return items.map(function (x) { return x.id; }); };
  this.forEach = function (f) { items.forEach(f); };
}
