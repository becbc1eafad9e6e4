// egt4j explorer: the page's own code. It reads EGT4J_DATA and the functions egt4j generated above
// (atoms, coefficients, field, eigenvalues, thresholdHolds) and parses no expression.
(function () {
  var D = EGT4J_DATA;
  var L = D.labels;
  var NP = D.parameters.length;
  var N = D.coordinates.length;
  var base = D.parameters.map(function (q) { return q.value; });
  var p = Float64Array.from(base);
  var S = { coef: null, q: null, runs: [], clicked: null, clickedRun: null, phaseX: 0, phaseY: Math.min(1, N - 1),
    eig: [], verdicts: [], holds: [], failed: false, ms: 0 };
  var PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd"];

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function fill(template, value) { return template.split("{0}").join(value); }
  function fmt(v) {
    if (!isFinite(v)) { return String(v); }
    var a = Math.abs(v);
    if (a !== 0 && (a < 1e-4 || a >= 1e6)) { return v.toExponential(3); }
    return String(Math.round(v * 1e6) / 1e6);
  }

  // ---- the state space: reduced coordinates, the last share of each population is 1 - sum ----
  function sizeOf(k) { return D.populations[k].strategies.length; }
  function project(y) {
    // back into the product of simplices after a step that undershot (as egt4j's solvers do)
    var changed = false;
    for (var k = 0; k < D.populations.length; k++) {
      var off = D.populations[k].offset, m = sizeOf(k) - 1, sum = 0, i;
      for (i = 0; i < m; i++) {
        if (y[off + i] < 0) { y[off + i] = 0; changed = true; }
        sum += y[off + i];
      }
      if (sum > 1) { for (i = 0; i < m; i++) { y[off + i] /= sum; } changed = true; }
    }
    return changed;
  }

  // ---- Dormand–Prince 5(4) (Dormand and Prince 1980; Hairer, Nørsett and Wanner, Solving ODEs I,
  // II.4-II.5): FSAL, error of the embedded 4th-order solution in the scaled RMS norm
  // sk = atol + rtol*max(|y|, |ynew|), PI step control (beta 0.04, alpha 1/5 - 0.75 beta, step ratio
  // in [0.2, 10], safety 0.9), Hairer's initial step ----
  var C2 = 1 / 5, C3 = 3 / 10, C4 = 4 / 5, C5 = 8 / 9;
  var A21 = 1 / 5, A31 = 3 / 40, A32 = 9 / 40, A41 = 44 / 45, A42 = -56 / 15, A43 = 32 / 9;
  var A51 = 19372 / 6561, A52 = -25360 / 2187, A53 = 64448 / 6561, A54 = -212 / 729;
  var A61 = 9017 / 3168, A62 = -355 / 33, A63 = 46732 / 5247, A64 = 49 / 176, A65 = -5103 / 18656;
  var B1 = 35 / 384, B3 = 500 / 1113, B4 = 125 / 192, B5 = -2187 / 6784, B6 = 11 / 84;
  var E1 = 71 / 57600, E3 = -71 / 16695, E4 = 71 / 1920, E5 = -17253 / 339200, E6 = 22 / 525, E7 = -1 / 40;
  var BETA = 0.04, ALPHA = 0.2 - 0.75 * BETA, SAFE = 0.9, FAC_MIN = 0.1, FAC_MAX = 5, LOG_MIN_FACOLD = Math.log(1e-4);
  var MAX_STEPS = 1000000;

  // record: the accepted steps as times t and states x, flat (step s, coordinate i at x[s*n + i])
  function integrate(c, y0, T, record, rtol, atol) {
    var n = y0.length;
    var y = Float64Array.from(y0), yn = new Float64Array(n), yt = new Float64Array(n);
    var k1 = new Float64Array(n), k2 = new Float64Array(n), k3 = new Float64Array(n), k4 = new Float64Array(n);
    var k5 = new Float64Array(n), k6 = new Float64Array(n), k7 = new Float64Array(n), sw, i;
    var ts = record ? [0] : null, xs = record ? Array.from(y) : null;
    var t = 0;
    if (T === 0) { return { t: ts, x: xs, end: y }; }
    field(c, y, k1);
    // Hairer's initial step
    var dnf = 0, dny = 0, sk;
    for (i = 0; i < n; i++) { sk = atol + rtol * Math.abs(y[i]); dnf += (k1[i] / sk) * (k1[i] / sk); dny += (y[i] / sk) * (y[i] / sk); }
    var h = (dnf <= 1e-10 || dny <= 1e-10) ? 1e-6 : Math.sqrt(dny / dnf) * 0.01;
    for (i = 0; i < n; i++) { yt[i] = y[i] + h * k1[i]; }
    field(c, yt, k2);
    var der2 = 0;
    for (i = 0; i < n; i++) { sk = atol + rtol * Math.abs(y[i]); der2 += ((k2[i] - k1[i]) / sk) * ((k2[i] - k1[i]) / sk); }
    der2 = Math.sqrt(der2) / h;
    var der12 = Math.max(Math.abs(der2), Math.sqrt(dnf));
    if (!isFinite(der12)) { throw new Error("the field is not finite at the start"); }
    var h1 = der12 <= 1e-15 ? Math.max(1e-6, h * 1e-3) : Math.pow(0.01 / der12, 1 / 5);
    h = Math.min(100 * h, h1, T);
    var logFacold = LOG_MIN_FACOLD, lastRejected = false, steps = 0;
    for (;;) {
      if (++steps > MAX_STEPS) { throw new Error("more than " + MAX_STEPS + " steps"); }
      if (h <= 16 * Number.EPSILON * Math.max(t, 1e-300)) { throw new Error("the step size underflowed at t = " + t); }
      var last = false;
      if (t + 1.01 * h >= T) { h = T - t; last = true; }
      for (i = 0; i < n; i++) { yt[i] = y[i] + h * A21 * k1[i]; }
      field(c, yt, k2);
      for (i = 0; i < n; i++) { yt[i] = y[i] + h * (A31 * k1[i] + A32 * k2[i]); }
      field(c, yt, k3);
      for (i = 0; i < n; i++) { yt[i] = y[i] + h * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]); }
      field(c, yt, k4);
      for (i = 0; i < n; i++) { yt[i] = y[i] + h * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]); }
      field(c, yt, k5);
      for (i = 0; i < n; i++) { yt[i] = y[i] + h * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]); }
      field(c, yt, k6);
      for (i = 0; i < n; i++) { yn[i] = y[i] + h * (B1 * k1[i] + B3 * k3[i] + B4 * k4[i] + B5 * k5[i] + B6 * k6[i]); }
      field(c, yn, k7);
      var err = 0;
      for (i = 0; i < n; i++) {
        sk = atol + rtol * Math.max(Math.abs(y[i]), Math.abs(yn[i]));
        var e = h * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i]) / sk;
        err += e * e;
      }
      err = Math.sqrt(err / n);
      if (!isFinite(err)) { h /= 10; lastRejected = true; continue; }
      var logErr = Math.log(err);
      if (err <= 1) {
        var fac = Math.exp(ALPHA * logErr - BETA * logFacold);
        fac = Math.max(FAC_MIN, Math.min(FAC_MAX, fac / SAFE));
        var hnew = h / fac;
        logFacold = Math.max(logErr, LOG_MIN_FACOLD);
        t = last ? T : t + h;
        if (project(yn)) { field(c, yn, k7); }
        sw = y; y = yn; yn = sw;
        sw = k1; k1 = k7; k7 = sw;
        if (record) { ts.push(t); for (i = 0; i < n; i++) { xs.push(y[i]); } }
        if (last) { return { t: ts, x: xs, end: y }; }
        if (lastRejected) { hnew = Math.min(hnew, h); }
        lastRejected = false;
        h = hnew;
      } else {
        h = h / Math.min(FAC_MAX, Math.exp(ALPHA * logErr) / SAFE);
        lastRejected = true;
      }
    }
  }

  // ---- exact best-response paths: x' in BR(x) - x per population (Gilboa and Matsui 1991; Hofbauer 1995),
  // the algorithm of egt4j's BestResponsePath, SwitchFinder and Sliding. While the best reply b of every
  // population is fixed, x(t) = b + (x0 - b)s with s = exp(-(t - t0)) in (0, 1], so every payoff is a
  // polynomial of degree <= D in s (D = the payoffs' largest share degree). A segment ends at the earliest
  // switch: the largest s < 1 at which some strategy j overtakes its population's best reply i, that is
  // d(s) = F_j - F_i becomes > 0 as s decreases from 1 ----
  var BR = D.dynamics.bestResponse, DEG = D.dynamics.degree;
  var NF = D.populations.reduce(function (n, pop, k) { return n + sizeOf(k); }, 0);
  var FAT = [];
  (function () { var at = 0; D.populations.forEach(function (pop, k) { FAT.push(at); at += sizeOf(k); }); })();

  /** The reduced coordinates of a pure profile. */
  function vertexOf(target) {
    var b = new Float64Array(N);
    D.populations.forEach(function (pop, k) { if (target[k] < sizeOf(k) - 1) { b[pop.offset + target[k]] = 1; } });
    return b;
  }
  /** The lowest-index strategy of largest payoff of population k (as egt4j: strictly larger replaces). */
  function bestOf(f, k) {
    var at = FAT[k], best = 0;
    for (var i = 1; i < sizeOf(k); i++) { if (f[at + i] > f[at + best]) { best = i; } }
    return best;
  }

  // -- D >= 2: d(s) interpolated at the D + 1 Chebyshev-Lobatto points u_m = cos(pi m/D) of u = 2s - 1 (s = 1,
  // the start, is m = 0; s = 0, the target, is m = D), Chebyshev coefficients by the discrete cosine transform
  // (Trefethen 2013, ch. 3), real roots isolated between the roots of the derivative (as SwitchFinder) --
  var CHEB = (function () {
    if (DEG < 2) { return null; }
    var nodes = [], cosines = [], m, q;
    for (m = 0; m <= DEG; m++) { nodes.push(Math.cos(Math.PI * m / DEG)); }
    for (q = 0; q <= DEG; q++) {
      cosines.push([]);
      for (m = 0; m <= DEG; m++) { cosines[q].push(Math.cos(Math.PI * ((q * m) % (2 * DEG)) / DEG)); }
    }
    nodes[0] = 1; nodes[DEG] = -1; // exact ends: the start and the target themselves
    var values = [];
    for (m = 0; m <= DEG; m++) { values.push(new Float64Array(NF)); }
    return { nodes: nodes, cosines: cosines, values: values };
  })();
  /** The payoffs at the Lobatto nodes of the segment from x towards b. */
  function chebSample(c, x, b) {
    var xs = new Float64Array(N);
    for (var m = 0; m <= DEG; m++) {
      var s = (CHEB.nodes[m] + 1) / 2;
      for (var i = 0; i < N; i++) { xs[i] = m === 0 ? x[i] : m === DEG ? b[i] : b[i] + (x[i] - b[i]) * s; }
      payoffs(c, xs, CHEB.values[m]);
    }
  }
  /** The Chebyshev coefficients of the interpolant of the values v at the Lobatto points. */
  function chebCoefficients(v) {
    var d = v.length - 1, a = new Array(d + 1), cos = CHEB && CHEB.cosines.length === d + 1 ? CHEB.cosines : null;
    for (var q = 0; q <= d; q++) {
      var sum = 0;
      for (var m = 0; m <= d; m++) {
        var w = m === 0 || m === d ? 0.5 : 1;
        sum += w * v[m] * (cos ? cos[q][m] : Math.cos(Math.PI * ((q * m) % (2 * d)) / d));
      }
      a[q] = 2 * sum / d;
    }
    a[0] /= 2; a[d] /= 2;
    return a;
  }
  /** f(u) = sum a_q T_q(u) by Clenshaw's recurrence. */
  function clenshaw(a, u) {
    var b1 = 0, b2 = 0;
    for (var q = a.length - 1; q >= 1; q--) { var b = 2 * u * b1 - b2 + a[q]; b2 = b1; b1 = b; }
    return u * b1 - b2 + a[0];
  }
  /** The Chebyshev coefficients of f' (c_{q-1} = c_{q+1} + 2q a_q). */
  function chebDerivative(a) {
    var n = a.length - 1;
    if (n === 0) { return [0]; }
    var c = new Array(n + 1).fill(0);
    for (var q = n; q >= 1; q--) { c[q - 1] = (q + 1 <= n ? c[q + 1] : 0) + 2 * q * a[q]; }
    c[0] /= 2;
    return c.slice(0, n);
  }
  /** The root of a monotone f on [u, w] with a sign change, to full precision. */
  function bisect(f, u, w, fu) {
    var lo = u, hi = w, negativeAtLo = fu < 0;
    for (var k = 0; k < 200; k++) {
      var mid = (lo + hi) / 2;
      if (mid <= lo || mid >= hi) { break; }
      var fm = clenshaw(f, mid);
      if (fm === 0) { return mid; }
      if ((fm < 0) === negativeAtLo) { lo = mid; } else { hi = mid; }
    }
    return (lo + hi) / 2;
  }
  /** The real roots of sum a_q T_q in the open interval (lo, hi), increasing: monotone pieces between critical points. */
  function chebRoots(a, lo, hi) {
    var max = 0, q;
    for (q = 0; q < a.length; q++) { max = Math.max(max, Math.abs(a[q])); }
    var n = a.length - 1;
    while (n > 0 && Math.abs(a[n]) <= 1e-14 * max) { n--; } // a coefficient at round-off level does not raise the degree
    var roots = [];
    if (n === 0) { return roots; }
    var f = a.slice(0, n + 1), breaks = [lo];
    if (n > 1) { breaks = breaks.concat(chebRoots(chebDerivative(f), lo, hi)); }
    breaks.push(hi);
    var fu = clenshaw(f, lo);
    for (var k = 0; k + 1 < breaks.length; k++) {
      var u = breaks[k], w = breaks[k + 1], fw = clenshaw(f, w);
      if (fw === 0 && k + 2 < breaks.length) {
        roots.push(w); // a root exactly at a critical point
      } else if ((fu < 0 && fw > 0) || (fu > 0 && fw < 0)) {
        roots.push(bisect(f, u, w, fu));
      }
      fu = fw;
    }
    return roots;
  }
  /**
   * Where strategy j overtakes best reply i on the sampled segment (D >= 2): the largest s* in (0, 1] below which
   * d is positive (a root within 2e-13 of the start is the tie there; d counts as positive above 1e-14 of the
   * payoffs' magnitude), or 0 when j does not overtake i.
   */
  function chebOvertaking(j, i) {
    var v = new Array(DEG + 1), scale = 0, m;
    for (m = 0; m <= DEG; m++) {
      v[m] = CHEB.values[m][j] - CHEB.values[m][i];
      scale = Math.max(scale, Math.abs(CHEB.values[m][j]) + Math.abs(CHEB.values[m][i]));
    }
    var a = chebCoefficients(v), positive = 1e-14 * scale, roots = chebRoots(a, -1, 1), upper = 1;
    for (var q = roots.length - 1; q >= -1; q--) {
      var lower = q >= 0 ? roots[q] : -1;
      if (q >= 0 && lower > 1 - 2e-13) { continue; }
      if (clenshaw(a, (lower + upper) / 2) > positive) { return (upper + 1) / 2; }
      upper = lower;
    }
    return 0;
  }
  /** The real roots in (0, 1) of the polynomial sum a[m] s^m (lowest first), by the same Chebyshev isolation. */
  function rootsInUnitInterval(a) {
    var d = Math.max(a.length - 1, 1), v = [], m;
    for (m = 0; m <= d; m++) {
      var s = m === 0 ? 1 : m === d ? 0 : (Math.cos(Math.PI * m / d) + 1) / 2, p = 0;
      for (var q = a.length - 1; q >= 0; q--) { p = p * s + a[q]; }
      v.push(p);
    }
    return chebRoots(chebCoefficients(v), -1, 1).map(function (u) { return (u + 1) / 2; });
  }

  // -- Filippov sliding (Sliding.find; payoffs affine, D <= 1): at a state where pure best replies would chatter
  // the path moves towards a mixed best reply b that keeps the tied strategies tied (Filippov 1988, §2.4) --
  /** The sliding mode at x ({point, target, tied}) or null: supports S_k of the tied sets, smallest total first. */
  function slidingMode(c, x, f) {
    var P = D.populations.length, tiedSets = [], combinations = 1, k, i, a, r;
    for (k = 0; k < P; k++) {
      var at = FAT[k], m = sizeOf(k), best = -Infinity, scale = 1, t = [];
      for (i = 0; i < m; i++) { best = Math.max(best, f[at + i]); scale = Math.max(scale, Math.abs(f[at + i])); }
      for (i = 0; i < m; i++) { if (f[at + i] >= best - 1e-10 * scale) { t.push(i); } }
      tiedSets.push(t);
      combinations *= (1 << t.length) - 1;
      if (combinations > 4096) { return null; }
    }
    // affine payoffs: F(b) = F(0) + J b with J's columns F(e_a) - F(0), exact
    var zero = new Float64Array(N), f00 = new Float64Array(NF), fa = new Float64Array(NF), jac = new Float64Array(NF * N);
    payoffs(c, zero, f00);
    for (a = 0; a < N; a++) {
      var e = new Float64Array(N);
      e[a] = 1;
      payoffs(c, e, fa);
      for (r = 0; r < NF; r++) { jac[r * N + a] = fa[r] - f00[r]; }
    }
    var masks = [];
    (function enumerate(kk, mask) {
      if (kk === P) { masks.push(mask.slice()); return; }
      for (var bits = 1; bits < (1 << tiedSets[kk].length); bits++) { mask[kk] = bits; enumerate(kk + 1, mask); }
    })(0, new Array(P).fill(0));
    function size(mask) { return mask.reduce(function (s, bits) { var n = 0; while (bits) { n += bits & 1; bits >>= 1; } return s + n; }, 0); }
    masks.sort(function (p, q) { return size(p) - size(q); }); // stable, as List.sort
    for (var q = 0; q < masks.length; q++) {
      if (size(masks[q]) === P) { continue; } // all pure: what chattered
      var slide = slideSolve(c, f, f00, jac, tiedSets, masks[q]);
      if (slide) { return slide; }
    }
    return null;
  }
  /** The reduced coordinate of strategy i of population k, or -1 for its last strategy. */
  function reducedOf(k, i) { return i < sizeOf(k) - 1 ? D.populations[k].offset + i : -1; }
  /** The mixed target of one support: weights per population summing to 1, F_{k,i}(b) = F_{k,i0}(b) on the support. */
  function slideSolve(c, f, f00, jac, tiedSets, mask) {
    var P = D.populations.length, unknowns = [], k, q, v, i;
    for (k = 0; k < P; k++) {
      for (q = 0; q < tiedSets[k].length; q++) { if (mask[k] & (1 << q)) { unknowns.push([k, tiedSets[k][q]]); } }
    }
    var u = unknowns.length, A = [], row = 0, first = 0, counts = [];
    for (k = 0; k < P; k++) {
      var count = 0;
      for (q = 0; q < tiedSets[k].length; q++) { if (mask[k] & (1 << q)) { count++; } }
      counts.push(count);
      var at = FAT[k], sum = new Array(u + 1).fill(0);
      for (q = first; q < first + count; q++) { sum[q] = 1; }
      sum[u] = 1;
      A.push(sum); row++;
      var i0 = unknowns[first][1];
      for (q = first + 1; q < first + count; q++) {
        i = unknowns[q][1];
        var eq = new Array(u + 1).fill(0);
        for (v = 0; v < u; v++) {
          var coord = reducedOf(unknowns[v][0], unknowns[v][1]);
          if (coord >= 0) { eq[v] = jac[(at + i) * N + coord] - jac[(at + i0) * N + coord]; }
        }
        eq[u] = -(f00[at + i] - f00[at + i0]);
        A.push(eq); row++;
      }
      first += count;
    }
    var w = gauss(A);
    if (!w) { return null; }
    var b = new Float64Array(N), target = [], tied = new Array(NF).fill(false);
    first = 0;
    for (k = 0; k < P; k++) {
      target.push(unknowns[first][1]);
      for (q = first; q < first + counts[k]; q++) {
        if (w[q] < -1e-12 || w[q] > 1 + 1e-12) { return null; }
        var c2 = reducedOf(k, unknowns[q][1]);
        if (c2 >= 0) { b[c2] = Math.min(1, Math.max(0, w[q])); }
        if (counts[k] > 1) { tied[FAT[k] + unknowns[q][1]] = true; }
      }
      first += counts[k];
    }
    var fb = new Float64Array(NF);
    payoffs(c, b, fb);
    for (k = 0; k < P; k++) {
      var at2 = FAT[k], j0 = target[k], scale = 1 + Math.abs(fb[at2 + j0]);
      for (i = 0; i < sizeOf(k); i++) {
        if (tied[at2 + i] || i === j0) { continue; }
        var db = fb[at2 + i] - fb[at2 + j0], d0 = f[at2 + i] - f[at2 + j0];
        // overtaking at s = d_b/(d_b - d_0): at once when it is 1 (a tied strategy gaining)
        if (db > 1e-12 * scale && db / (db - Math.min(d0, 0)) >= 1 - 1e-12) { return null; }
      }
    }
    return { point: b, target: target, tied: tied };
  }
  /** Gaussian elimination with partial pivoting of an augmented u x (u + 1) system; null if singular. */
  function gauss(A) {
    var u = A.length, norm = 0, r, q, col;
    A.forEach(function (row) { row.forEach(function (v) { norm = Math.max(norm, Math.abs(v)); }); });
    for (col = 0; col < u; col++) {
      var p = col;
      for (r = col + 1; r < u; r++) { if (Math.abs(A[r][col]) > Math.abs(A[p][col])) { p = r; } }
      if (Math.abs(A[p][col]) <= 1e-12 * Math.max(1, norm)) { return null; }
      var tmp = A[p]; A[p] = A[col]; A[col] = tmp;
      for (r = col + 1; r < u; r++) {
        var factor = A[r][col] / A[col][col];
        for (q = col; q <= u; q++) { A[r][q] -= factor * A[col][q]; }
      }
    }
    var w = new Array(u);
    for (r = u - 1; r >= 0; r--) {
      var sum = A[r][u];
      for (q = r + 1; q < u; q++) { sum -= A[r][q] * w[q]; }
      w[r] = sum / A[r][r];
    }
    return w;
  }

  /** The state of a segment at time t. */
  function segmentState(seg, t) {
    var e = Math.exp(-(t - seg.start)), x = new Float64Array(N);
    for (var i = 0; i < N; i++) { x[i] = seg.b[i] + (seg.from[i] - seg.b[i]) * e; }
    return x;
  }
  /**
   * The exact path from x0 up to time T, at most cap switches: its segments {start, end, from, target, b} (b the
   * target state: a vertex, or the mixed best reply of a sliding segment) and why it ends ("horizon",
   * "switches", or "sliding"). A segment no longer than 1e-14 switches the populations whose overtaking comes
   * first at that instant; a profile met again at the same instant would chatter: there the path slides
   * (D <= 1, a sliding mode exists) or ends in a sliding state. Only the first keep segments are kept (all when
   * keep is undefined), and the last one as {last}.
   */
  function brPath(c, x0, T, cap, keep) {
    var P = D.populations.length, segs = [], t = 0, k, i, j, kept = keep === undefined ? Infinity : keep;
    function add(seg) { if (segs.length < kept) { segs.push(seg); } }
    var x = Float64Array.from(x0), f0 = new Float64Array(NF), fb = new Float64Array(NF);
    payoffs(c, x, f0);
    var target = [];
    for (k = 0; k < P; k++) { target.push(bestOf(f0, k)); }
    var sw = new Float64Array(P), over = new Int32Array(P), triedHere = {}, point = null;
    var sliding = new Array(NF).fill(false); // strategies kept tied by the mixed target
    function switched() {
      var next = target.slice();
      for (var q = 0; q < P; q++) {
        // the population(s) whose overtaking came first switch to the overtaker
        if (over[q] >= 0 && sw[q] >= sMax * (1 - 1e-12)) { next[q] = over[q]; }
      }
      return next;
    }
    var sMax;
    for (var count = 0; ; count++) {
      var b = point !== null ? point : vertexOf(target);
      payoffs(c, b, fb);
      if (CHEB) { chebSample(c, x, b); }
      sMax = 0;
      for (k = 0; k < P; k++) {
        var at = FAT[k], bi = at + target[k];
        sw[k] = 0; over[k] = -1;
        for (j = at; j < at + sizeOf(k); j++) {
          if (j === bi || sliding[j]) { continue; }
          var s;
          if (!CHEB) {
            var db = fb[j] - fb[bi], d0 = f0[j] - f0[bi];
            s = db > 0 ? db / (db - Math.min(d0, 0)) : 0;
          } else {
            s = chebOvertaking(j, bi);
          }
          if (s > sw[k]) { sw[k] = s; over[k] = j - at; }
        }
        sMax = Math.max(sMax, sw[k]);
      }
      var length = sMax > 0 ? -Math.log(sMax) : Infinity;
      if (length <= 1e-14) {
        // a best reply that would switch at once switches at this instant; a profile met again here chatters
        triedHere[target.join(",")] = true;
        var next = switched();
        if (triedHere[next.join(",")]) {
          var slide = point === null && DEG <= 1 ? slidingMode(c, x, f0) : null;
          if (!slide) {
            var rest = { start: t, end: t, from: x, target: target.slice(), b: b };
            add(rest);
            return { segments: segs, end: "sliding", last: rest };
          }
          point = slide.point; target = slide.target; sliding = slide.tied;
          continue;
        }
        target = next;
        continue;
      }
      triedHere = {};
      var end = Math.min(t + length, T);
      var seg = { start: t, end: end, from: x, target: target.slice(), b: b };
      add(seg);
      if (end >= T) { return { segments: segs, end: "horizon", last: seg }; }
      if (count + 1 >= cap) { return { segments: segs, end: "switches", last: seg }; }
      x = segmentState(seg, end);
      t = end;
      payoffs(c, x, f0);
      point = null; // the next segment starts from pure best replies again
      sliding = new Array(NF).fill(false);
      target = switched();
    }
  }
  /** Whether x is a Nash equilibrium to a relative tolerance (egt4j's BestResponseDynamics.isNash). */
  function isNash(c, x, tolerance) {
    var f = new Float64Array(NF);
    payoffs(c, x, f);
    return D.populations.every(function (pop, k) {
      var sh = shares(x, k), mean = 0, best = -Infinity, scale = 1;
      for (var i = 0; i < sh.length; i++) {
        var v = f[FAT[k] + i];
        mean += sh[i] * v; best = Math.max(best, v); scale = Math.max(scale, Math.abs(v));
      }
      return !(best - mean > tolerance * scale);
    });
  }
  /** The state after a path's last segment, where a sliding or held path stays. */
  function restState(path) {
    return segmentState(path.last, path.last.end);
  }
  /** The state at time t of a path (egt4j's sampling of its segments; after the last one, its rest state). */
  function pathState(path, t) {
    var segs = path.segments, s = 0;
    while (s < segs.length - 1 && t > segs[s].end) { s++; }
    var seg = segs[s];
    return t <= seg.end ? segmentState(seg, Math.max(t, seg.start)) : restState(path);
  }
  /**
   * A drawn path in the shape of integrate's record ({t, x, end}): every segment sampled at least once and
   * about 400 times over [0, T] (a pixel of the time series), the rest of the horizon flat after a sliding
   * state or where the path is held. A path of more switches than the drawn ones is followed on with egt4j's
   * switch budget (only its drawn part kept): {held: true} when it uses that budget at a Nash equilibrium to
   * egt4j's hold tolerance, where egt4j holds it (it spirals into it: drawn up to the drawn switches and then
   * held there, listed with that end state); else {capped: true}: drawn up to the drawn switches and not
   * listed.
   */
  function brRun(c, x0, T) {
    var drawn = D.dynamics.drawSwitches, path = brPath(c, x0, T, D.dynamics.maxSwitches, drawn);
    var segs = path.segments, ts = [0], xs = Array.from(x0), i;
    segs.forEach(function (seg) {
      var n = Math.max(1, Math.ceil((seg.end - seg.start) / Math.max(T, 1e-300) * 400));
      for (var m = 1; m <= n; m++) {
        var t = m === n ? seg.end : seg.start + (seg.end - seg.start) * m / n, y = segmentState(seg, t);
        ts.push(t);
        for (i = 0; i < N; i++) { xs.push(y[i]); }
      }
    });
    var rest = restState(path), truncated = path.last !== segs[segs.length - 1];
    var held = path.end === "switches" && isNash(c, rest, D.dynamics.holdTolerance);
    var endState = path.end === "horizon" ? segmentState(path.last, T) : rest;
    if (path.end === "sliding" || held) {
      ts.push(T);
      for (i = 0; i < N; i++) { xs.push(endState[i]); }
    }
    return { t: ts, x: xs, end: endState, capped: truncated ? !held : path.end === "switches", held: held,
      sliding: path.end === "sliding" && !isNash(c, endState, D.dynamics.nashTolerance) };
  }

  // ---- verdicts at a vertex, Lyapunov's first method with egt4j's scale-aware zero ----
  function verdict(values) {
    var scale = 0, pos = false, neg = false, zero = false;
    values.forEach(function (v) { if (Math.abs(v) > scale) { scale = Math.abs(v); } });
    var tol = 1e-9 * Math.max(1, scale);
    values.forEach(function (v) { if (v > tol) { pos = true; } else if (v < -tol) { neg = true; } else { zero = true; } });
    var st = pos ? (neg ? "saddle" : "unstable") : (zero ? "non-hyperbolic" : "stable");
    return { stability: st, ess: st === "stable" };
  }

  // ---- the page ----
  var app = document.getElementById("app");
  var header = el("header");
  header.appendChild(el("h1", null, D.title));
  if (D.description) { header.appendChild(el("p", { "class": "muted" }, D.description)); }
  header.appendChild(el("p", null, L.intro));
  header.appendChild(el("p", { "class": "muted", id: "dynamics-note" }, L.dynamicsNote));
  app.appendChild(header);
  var layout = el("div", { "class": "layout" });
  app.appendChild(layout);

  // sliders
  var side = el("section", { id: "parameters", "aria-label": L.parameters });
  side.appendChild(el("h2", null, L.parameters));
  var sliders = [], boxes = [];
  D.parameters.forEach(function (q, i) {
    var div = el("div", { "class": "param" });
    var label = el("label", { "for": "slider-" + i }, q.name + " ");
    if (q.meaning) { label.appendChild(el("span", { "class": "meaning" }, q.meaning)); }
    div.appendChild(label);
    var row = el("div", { "class": "row" });
    var s = el("input", { type: "range", id: "slider-" + i, "data-parameter": q.name, min: String(q.min),
      max: String(q.max), step: String((q.max - q.min) / 100), value: String(q.value) });
    var b = el("input", { type: "number", step: "any", "aria-label": q.name, "data-parameter-box": q.name,
      value: String(q.value) });
    s.addEventListener("input", function () { p[i] = Number(s.value); b.value = s.value; schedule(); });
    b.addEventListener("change", function () { var v = Number(b.value); if (isFinite(v)) { p[i] = v; s.value = String(v); schedule(); } });
    row.appendChild(s); row.appendChild(b); div.appendChild(row);
    div.appendChild(el("small", null, "[" + fmt(q.min) + ", " + fmt(q.max) + "]" + (q.rangeNote ? " " + q.rangeNote : "")));
    side.appendChild(div);
    sliders.push(s); boxes.push(b);
  });
  var reset = el("button", { type: "button", id: "reset" }, L.reset);
  reset.addEventListener("click", function () {
    for (var i = 0; i < NP; i++) { p[i] = base[i]; sliders[i].value = String(base[i]); boxes[i].value = String(base[i]); }
    recompute();
  });
  side.appendChild(reset);
  side.appendChild(el("h2", null, L.setLine));
  var setline = el("input", { id: "setline", type: "text", readonly: "readonly", "aria-label": L.setLine });
  side.appendChild(setline);
  var copy = el("button", { type: "button", id: "copy" }, L.copy);
  copy.addEventListener("click", function () {
    setline.select();
    if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText(setline.value).catch(function () {}); }
    else { try { document.execCommand("copy"); } catch (e) { /* selected: the user copies by hand */ } }
  });
  side.appendChild(copy);
  side.appendChild(el("p", { id: "status" }));
  layout.appendChild(side);

  var mainCol = el("main");
  layout.appendChild(mainCol);

  // plots
  var W = 400, H = 210;
  var series = [];
  var plotPanel = el("section", { "class": "panel", id: "trajectories" });
  if (D.dynamics.available) {
    plotPanel.appendChild(el("h2", null, L.timeSeries));
    var row = el("div", { "class": "plots" });
    D.populations.forEach(function (pop, k) {
      var cv = el("canvas", { width: String(W), height: String(H), id: "series-" + k, role: "img",
        "aria-label": L.timeSeries + ": " + pop.name });
      var wrap = el("div");
      wrap.appendChild(el("div", { "class": "muted" }, pop.name));
      wrap.appendChild(cv);
      row.appendChild(wrap);
      series.push(cv);
    });
    plotPanel.appendChild(row);
    plotPanel.appendChild(el("h2", null, L.phase));
    plotPanel.appendChild(el("p", { "class": "muted" }, L.phaseHint));
    var pick = el("div");
    ["horizontal", "vertical"].forEach(function (which, a) {
      var lab = el("label", { "for": "phase-" + which }, L[which] + " ");
      var sel = el("select", { id: "phase-" + which });
      D.coordinates.forEach(function (name, c) { sel.appendChild(el("option", { value: String(c) }, name)); });
      sel.value = String(a === 0 ? S.phaseX : S.phaseY);
      sel.addEventListener("change", function () { if (a === 0) { S.phaseX = Number(sel.value); } else { S.phaseY = Number(sel.value); } draw(); });
      lab.appendChild(sel);
      pick.appendChild(lab);
      pick.appendChild(document.createTextNode(" "));
    });
    plotPanel.appendChild(pick);
    var phase = el("canvas", { width: "420", height: "420", id: "phase-canvas", role: "img", "aria-label": L.phase });
    phase.addEventListener("click", function (ev) {
      var r = phase.getBoundingClientRect();
      var u = (ev.clientX - r.left) / r.width * phase.width, v = (ev.clientY - r.top) / r.height * phase.height;
      var m = 36, w = phase.width - m - 12, hh = phase.height - m - 12;
      var xv = Math.min(1, Math.max(0, (u - m) / w)), yv = Math.min(1, Math.max(0, 1 - (v - 12) / hh));
      S.clicked = clickStart(xv, yv);
      recompute();
    });
    plotPanel.appendChild(phase);
    plotPanel.appendChild(el("h2", null, L.endStates));
    plotPanel.appendChild(el("ul", { id: "end-states" }));
    plotPanel.appendChild(el("p", { id: "path-notes", "class": "error" }));
  } else {
    plotPanel.appendChild(el("p", { "class": "error" }, L.dynamicsNote));
  }
  mainCol.appendChild(plotPanel);

  // vertex table and conditions
  var vertexPanel = el("section", { "class": "panel", id: "vertices" });
  vertexPanel.appendChild(el("h2", null, L.vertices));
  var table = el("table");
  var thead = el("thead"), tr = el("tr");
  L.vertexHeader.forEach(function (h) { tr.appendChild(el("th", { scope: "col" }, h)); });
  thead.appendChild(tr); table.appendChild(thead);
  var tbody = el("tbody");
  table.appendChild(tbody);
  if (D.vertices.length) {
    vertexPanel.appendChild(table);
    vertexPanel.appendChild(el("p", { "class": "muted" }, L.essRule));
  } else {
    // no exact vertex table for this dynamic (e.g. Smith, BNN, projection, best response): say so, no empty table
    vertexPanel.appendChild(el("p", { "class": "muted" }, L.noVertexTable));
  }
  mainCol.appendChild(vertexPanel);
  var rows = D.vertices.map(function (v, r) {
    var row = el("tr", { "data-vertex": v.label });
    row.appendChild(el("td", null, v.label));
    var ex = el("td");
    v.expressions.forEach(function (e, j) { if (j > 0) { ex.appendChild(el("br")); } ex.appendChild(el("code", null, e)); });
    row.appendChild(ex);
    var vals = el("td", { "class": "num" });
    row.appendChild(vals);
    var st = el("td"); row.appendChild(st);
    var es = el("td"); row.appendChild(es);
    tbody.appendChild(row);
    return { row: row, values: vals, stability: st, ess: es };
  });

  var condPanel = el("section", { "class": "panel", id: "conditions" });
  condPanel.appendChild(el("h2", null, L.conditions));
  condPanel.appendChild(el("p", { "class": "muted" }, L.holdsNote));
  var ul = el("ul", { "class": "conditions" });
  var conds = D.vertices.map(function (v) {
    var li = el("li");
    var sentence = el("span", { "class": "sentence" }, v.sentence);
    li.appendChild(sentence);
    var chips = el("div");
    var chipEls = v.conditions.map(function (c) { var s = el("span", { "class": "cond" }, c); chips.appendChild(s); return s; });
    li.appendChild(chips);
    var sub = el("ul");
    var th = v.thresholds.map(function (t) { var s = el("li", { "data-parameter": t.parameter }, t.sentence); sub.appendChild(s); return s; });
    if (th.length) { li.appendChild(sub); }
    ul.appendChild(li);
    return { sentence: sentence, chips: chipEls, thresholds: th };
  });
  condPanel.appendChild(ul);
  // the conditions are the vertex table's: without one there are none to show
  if (D.vertices.length) { mainCol.appendChild(condPanel); }

  // stability map
  var mapPanel = el("section", { "class": "panel", id: "map" });
  mapPanel.appendChild(el("h2", null, L.map));
  var mapCanvas = null, mapLegend = null, mx = -1, my = -1;
  if (D.map) {
    D.parameters.forEach(function (q, i) { if (q.name === D.map.x) { mx = i; } if (q.name === D.map.y) { my = i; } });
    mapPanel.appendChild(el("p", { "class": "muted" }, L.mapNote));
    mapCanvas = el("canvas", { width: "420", height: "360", id: "map-canvas", role: "img", "aria-label": L.map });
    mapPanel.appendChild(mapCanvas);
    mapLegend = el("div", { "class": "legend" });
    mapPanel.appendChild(mapLegend);
  } else {
    mapPanel.appendChild(el("p", { "class": "muted" }, L.noMap));
  }
  mainCol.appendChild(mapPanel);

  function mapColour(c) { return c === -1 ? "#eeeeee" : c === -2 ? "#555555" : PALETTE[c % PALETTE.length]; }
  if (D.map) {
    var present = {};
    D.map.cells.forEach(function (r) { r.forEach(function (c) { present[c] = true; }); });
    Object.keys(present).map(Number).sort(function (a, b) { return b < 0 || a < 0 ? a - b : a - b; }).forEach(function (c) {
      var s = el("span");
      var box = el("i"); box.style.background = mapColour(c);
      s.appendChild(box);
      s.appendChild(document.createTextNode(c === -1 ? L.noEss : c === -2 ? L.severalEss : D.map.vertexLabels[c]));
      mapLegend.appendChild(s);
    });
  }

  // ---- starts ----
  function centre() {
    var x = new Array(N).fill(0);
    D.populations.forEach(function (pop, k) { var n = sizeOf(k); for (var i = 0; i < n - 1; i++) { x[pop.offset + i] = 1 / n; } });
    return x;
  }
  function clickStart(u, v) {
    var x = centre();
    x[S.phaseX] = u; x[S.phaseY] = v;
    // keep each population in its simplex: shrink the other coordinates, then the chosen ones
    D.populations.forEach(function (pop, k) {
      var m = sizeOf(k) - 1, chosen = 0, other = 0, i, c;
      for (i = 0; i < m; i++) { c = pop.offset + i; if (c === S.phaseX || c === S.phaseY) { chosen += x[c]; } else { other += x[c]; } }
      if (chosen >= 1) {
        for (i = 0; i < m; i++) { c = pop.offset + i; x[c] = (c === S.phaseX || c === S.phaseY) ? x[c] / chosen : 0; }
      } else if (chosen + other > 1) {
        for (i = 0; i < m; i++) { c = pop.offset + i; if (!(c === S.phaseX || c === S.phaseY)) { x[c] *= (1 - chosen) / other; } }
      }
    });
    return x;
  }

  // ---- recomputation ----
  var pending = false;
  function schedule() {
    if (!pending) { pending = true; requestAnimationFrame(function () { pending = false; recompute(); }); }
  }
  function recompute() {
    var t0 = performance.now();
    S.q = atoms(p);
    S.failed = false;
    if (D.dynamics.available) {
      S.coef = coefficients(p, S.q);
      // under best response the exact paths, else the field integrated at the analysis's tolerances
      var run = BR ? function (x0) { return brRun(S.coef, x0, D.time); }
        : function (x0) { return integrate(S.coef, x0, D.time, true, D.drawRtol, D.drawAtol); };
      S.runs = D.starts.map(function (x0) {
        try { return run(x0); } catch (e) { S.failed = true; return null; }
      });
      S.clickedRun = null;
      if (S.clicked) { try { S.clickedRun = run(S.clicked); } catch (e) { S.failed = true; } }
    }
    S.integrateMs = performance.now() - t0;
    S.eig = eigenvalues(p, S.q);
    S.verdicts = S.eig.map(verdict);
    S.holds = thresholdHolds(p);
    update();
    draw();
    S.ms = performance.now() - t0;
    document.getElementById("status").textContent = fill(L.redrawn, S.ms.toFixed(1)) + (S.failed ? " — " + L.failed : "");
  }

  function update() {
    setline.value = D.parameters.map(function (q, i) { return "--set " + q.name + "=" + String(p[i]); }).join(" ");
    var moved = D.parameters.map(function (q, i) { return p[i] !== base[i]; });
    D.vertices.forEach(function (v, r) {
      var vals = S.eig[r], vd = S.verdicts[r], cells = rows[r];
      cells.values.textContent = "";
      vals.forEach(function (x, j) {
        if (j > 0) { cells.values.appendChild(el("br")); }
        cells.values.appendChild(el("span", { "class": x < 0 ? "neg" : x > 0 ? "pos" : "" }, fmt(x)));
      });
      cells.stability.textContent = L.stability[vd.stability];
      cells.ess.textContent = vd.ess ? L.yes : L.no;
      cells.row.className = vd.ess ? "ess" : "";
      var cd = conds[r];
      cd.sentence.className = "sentence" + (vd.ess ? " holds" : "");
      cd.chips.forEach(function (chip, j) { chip.className = "cond" + (vals[j] < 0 ? " holds" : ""); });
      cd.thresholds.forEach(function (li, j) {
        var name = v.thresholds[j].parameter;
        var others = moved.some(function (m, i) { return m && D.parameters[i].name !== name; });
        li.className = (S.holds[r][j] ? "holds" : "") + (others ? " dim" : "");
      });
    });
    var list = document.getElementById("end-states");
    if (list) {
      list.textContent = "";
      var counts = {}, order = [];
      var capped = 0, held = 0, sliding = 0;
      S.runs.concat(S.clickedRun ? [S.clickedRun] : []).forEach(function (run) {
        if (run && run.capped) { capped++; }
        if (run && run.held) { held++; }
        if (run && run.sliding) { sliding++; }
      });
      var notes = [];
      if (capped) { notes.push(fill(L.switchCap, String(capped))); }
      if (held) { notes.push(fill(L.switchHold, String(held))); }
      if (sliding) { notes.push(fill(L.sliding, String(sliding))); }
      document.getElementById("path-notes").textContent = notes.join(" ");
      S.runs.forEach(function (run) {
        // a path stopped at the switch cap has no state at the horizon
        if (!run || run.capped) { return; }
        var key = describe(run.end, 3);
        if (!(key in counts)) { counts[key] = 0; order.push(key); }
        counts[key]++;
      });
      order.forEach(function (key) { list.appendChild(el("li", null, key + " × " + counts[key])); });
      if (S.clickedRun && !S.clickedRun.capped) {
        list.appendChild(el("li", { "class": "holds" }, L.clicked + ": " + describe(S.clickedRun.end, 4)));
      }
    }
  }
  function describe(x, digits) {
    return D.populations.map(function (pop, k) {
      var full = shares(x, k);
      return pop.name + " (" + full.map(function (v) { return Number(v.toFixed(digits)); }).join(", ") + ")";
    }).join(", ");
  }
  function shares(x, k) {
    var pop = D.populations[k], n = sizeOf(k), out = [], sum = 0;
    for (var i = 0; i < n - 1; i++) { out.push(x[pop.offset + i]); sum += x[pop.offset + i]; }
    out.push(1 - sum);
    return out;
  }

  // ---- drawing: plain canvas ----
  function axes(g, w, h, m, xLabel, yLabel, xMax) {
    g.clearRect(0, 0, w, h);
    g.strokeStyle = "#999"; g.lineWidth = 1;
    g.strokeRect(m, 12, w - m - 12, h - m - 12);
    g.fillStyle = "#333"; g.font = "11px sans-serif";
    g.textAlign = "right";
    g.fillText("0", m - 4, h - m + 4); g.fillText("1", m - 4, 16);
    g.textAlign = "center";
    g.fillText("0", m, h - m + 14); g.fillText(fmt(xMax), w - 12, h - m + 14);
    g.fillText(xLabel, (m + w - 12) / 2, h - 6);
    g.save(); g.translate(11, (12 + h - m) / 2); g.rotate(-Math.PI / 2); g.fillText(yLabel, 0, 0); g.restore();
  }
  function draw() {
    if (!D.dynamics.available) { return; }
    var m = 36;
    series.forEach(function (cv, k) {
      var g = cv.getContext("2d"), w = cv.width, h = cv.height;
      var pop = D.populations[k], n = sizeOf(k);
      axes(g, w, h, m, L.time, n === 2 ? fill(L.shareOf, pop.strategies[0]) : pop.name, D.time);
      var pw = w - m - 12, ph = h - m - 12;
      function line(run, c) {
        var lx = 0, ly = 0, last = run.t.length - 1;
        for (var s = 0; s <= last; s++) {
          var X = m + run.t[s] / D.time * pw, Y = 12 + (1 - run.x[s * N + c]) * ph;
          // steps closer than half a pixel to the last drawn point add nothing visible
          if (s === 0) { g.moveTo(X, Y); lx = X; ly = Y; }
          else if (s === last || Math.abs(X - lx) + Math.abs(Y - ly) > 0.5) { g.lineTo(X, Y); lx = X; ly = Y; }
        }
      }
      for (var i = 0; i < n - 1; i++) {
        // all runs of one coordinate in one path: one stroke instead of one per run
        g.strokeStyle = n === 2 ? "rgba(31,119,180,0.45)" : PALETTE[i % PALETTE.length]; g.lineWidth = 1;
        g.beginPath();
        S.runs.forEach(function (run) { if (run) { line(run, pop.offset + i); } });
        g.stroke();
        if (S.clickedRun) { g.strokeStyle = "#c0392b"; g.lineWidth = 2.2; g.beginPath(); line(S.clickedRun, pop.offset + i); g.stroke(); }
      }
    });
    var cv = document.getElementById("phase-canvas");
    var g = cv.getContext("2d"), w = cv.width, h = cv.height, a = S.phaseX, b = S.phaseY;
    axes(g, w, h, m, D.coordinates[a], D.coordinates[b], 1);
    var pw = w - m - 12, ph = h - m - 12;
    function X(v) { return m + v * pw; }
    function Y(v) { return 12 + (1 - v) * ph; }
    function path(run) {
      var lx = 0, ly = 0, last = run.t.length - 1, xs = run.x;
      for (var s = 0; s <= last; s++) {
        var u = X(xs[s * N + a]), v = Y(xs[s * N + b]);
        if (s === 0) { g.moveTo(u, v); lx = u; ly = v; }
        else if (s === last || Math.abs(u - lx) + Math.abs(v - ly) > 0.5) { g.lineTo(u, v); lx = u; ly = v; }
      }
    }
    function dots(runs, colour) {
      // starts small, end states large
      g.fillStyle = colour;
      g.beginPath();
      runs.forEach(function (run) { var u = X(run.x[a]), v = Y(run.x[b]); g.moveTo(u + 2, v); g.arc(u, v, 2, 0, 2 * Math.PI); });
      g.fill();
      g.beginPath();
      runs.forEach(function (run) { var u = X(run.end[a]), v = Y(run.end[b]); g.moveTo(u + 4, v); g.arc(u, v, 4, 0, 2 * Math.PI); });
      g.fill();
    }
    var grid = S.runs.filter(function (run) { return run; });
    g.strokeStyle = "rgba(31,119,180,0.5)"; g.lineWidth = 1; g.beginPath();
    grid.forEach(path);
    g.stroke();
    dots(grid, "rgba(31,119,180,0.6)");
    if (S.clickedRun) {
      g.strokeStyle = "#c0392b"; g.lineWidth = 2.2; g.beginPath(); path(S.clickedRun); g.stroke();
      dots([S.clickedRun], "#c0392b");
    }
    if (mapCanvas) { drawMap(); }
  }
  function drawMap() {
    var g = mapCanvas.getContext("2d"), w = mapCanvas.width, h = mapCanvas.height, m = 40;
    var xs = D.map.xValues, ys = D.map.yValues, nx = xs.length, ny = ys.length;
    var x0 = xs[0], x1 = xs[nx - 1], y0 = ys[0], y1 = ys[ny - 1];
    var pw = w - m - 12, ph = h - m - 12, cw = pw / nx, ch = ph / ny;
    g.clearRect(0, 0, w, h);
    for (var j = 0; j < ny; j++) {
      for (var i = 0; i < nx; i++) {
        g.fillStyle = mapColour(D.map.cells[j][i]);
        g.fillRect(m + i * cw, 12 + (ny - 1 - j) * ch, Math.ceil(cw), Math.ceil(ch));
      }
    }
    g.strokeStyle = "#999"; g.strokeRect(m, 12, pw, ph);
    g.fillStyle = "#333"; g.font = "11px sans-serif"; g.textAlign = "center";
    g.fillText(fmt(x0), m, h - m + 14); g.fillText(fmt(x1), w - 12, h - m + 14);
    g.fillText(D.map.x, (m + w - 12) / 2, h - 8);
    g.textAlign = "right"; g.fillText(fmt(y0), m - 4, h - m); g.fillText(fmt(y1), m - 4, 20);
    g.save(); g.translate(12, (12 + h - m) / 2); g.rotate(-Math.PI / 2); g.textAlign = "center"; g.fillText(D.map.y, 0, 0); g.restore();
    // the current pair, half a cell in from the edges of the grid's cell centres
    var u = (p[mx] - x0) / (x1 - x0), v = (p[my] - y0) / (y1 - y0);
    var X = m + cw / 2 + u * (pw - cw), Y = 12 + ch / 2 + (1 - v) * (ph - ch);
    g.lineWidth = 3; g.strokeStyle = "#fff"; g.beginPath(); g.arc(X, Y, 7, 0, 2 * Math.PI); g.stroke();
    g.lineWidth = 1.5; g.strokeStyle = "#000"; g.beginPath(); g.arc(X, Y, 7, 0, 2 * Math.PI); g.stroke();
  }

  // ---- the scripting hook for tests and power users ----
  function indexOf(name) {
    for (var i = 0; i < NP; i++) { if (D.parameters[i].name === name) { return i; } }
    throw new Error("egt4j.set: no parameter '" + name + "'; the parameters are " + D.parameters.map(function (q) { return q.name; }).join(", "));
  }
  function toReduced(start) {
    var x = new Array(N).fill(0);
    D.populations.forEach(function (pop, k) {
      var s = start[pop.name], n = sizeOf(k);
      if (!s || s.length !== n) {
        throw new Error("egt4j.simulate: give " + pop.name + " as " + n + " shares (" + pop.strategies.join(", ") + ")");
      }
      for (var i = 0; i < n - 1; i++) { x[pop.offset + i] = Number(s[i]); }
    });
    return x;
  }
  function fromReduced(x) {
    var out = {};
    D.populations.forEach(function (pop, k) { out[pop.name] = shares(x, k); });
    return out;
  }
  /** The state at T on the exact path, refused where egt4j's BestResponseDynamics.trajectory refuses. */
  function exactBestResponse(start, T) {
    var c = coefficients(p, atoms(p)), path = brPath(c, toReduced(start), T, D.dynamics.maxSwitches);
    var last = path.segments[path.segments.length - 1], rest = restState(path);
    // as BestResponseDynamics.trajectory: past its switch budget a path is held once it is a Nash equilibrium to
    // the hold tolerance (a spiral into an equilibrium reached only in the limit), else refused
    if (path.end === "switches" && !isNash(c, rest, D.dynamics.holdTolerance)) {
      throw new Error("egt4j.simulate: the best-response path switches best reply more than " + D.dynamics.maxSwitches
        + " times before t = " + T + " without coming close to a Nash equilibrium (at t = " + last.end
        + "); simulate a shorter time, or use a smooth dynamic close to it (logit with a small eta)");
    }
    if (path.end === "sliding" && !isNash(c, rest, D.dynamics.nashTolerance)) {
      throw new Error("egt4j.simulate: the best-response path reaches a sliding state that is not a Nash equilibrium"
        + " at t = " + last.end + " (the best reply would switch at once); exact paths stop there");
    }
    return pathState(path, T);
  }
  window.egt4j = {
    /** Moves a slider (and its box) to value and recomputes at once. */
    set: function (name, value) {
      var i = indexOf(name), v = Number(value);
      if (!isFinite(v)) { throw new Error("egt4j.set: " + name + " needs a finite number, not " + value); }
      p[i] = v; sliders[i].value = String(v); boxes[i].value = String(v);
      recompute();
      return S.ms;
    },
    /** The state at time T from start {population: [shares...]}, in the same shape. */
    simulate: function (start, T) {
      if (!D.dynamics.available) { throw new Error("egt4j.simulate: " + L.dynamicsNote); }
      if (!(T >= 0 && isFinite(T))) { throw new Error("egt4j.simulate: T must be a finite time >= 0, not " + T); }
      if (BR) { return fromReduced(exactBestResponse(start, Number(T))); }
      var run = integrate(coefficients(p, atoms(p)), toReduced(start), Number(T), false, D.rtol, D.atol);
      return fromReduced(run.end);
    },
    /**
     * Under best response, the exact path from start up to time T, at most as many switches as egt4j simulate
     * allows: {end: "horizon" | "switches" | "sliding", segments: [{start, end, from, target, point}]} (from and
     * point, the target state, in reduced coordinates; target the index of each population's best reply, on a
     * sliding segment the lowest of the tied strategies it mixes).
     */
    bestResponsePath: function (start, T) {
      if (!BR) { throw new Error("egt4j.bestResponsePath: the page's dynamic is " + D.dynamics.spec); }
      var path = brPath(coefficients(p, atoms(p)), toReduced(start), Number(T), D.dynamics.maxSwitches);
      return { end: path.end, segments: path.segments.map(function (seg) {
        return { start: seg.start, end: seg.end, from: Array.from(seg.from), target: seg.target.slice(),
          point: Array.from(seg.b) };
      }) };
    },
    /** The real roots in (0, 1) of the polynomial with the given coefficients (lowest first), increasing. */
    rootsInUnitInterval: function (coefficients) { return rootsInUnitInterval(coefficients.map(Number)); },
    /** The parameter values, the ESS profiles and every vertex's eigenvalues and verdict now. */
    snapshot: function () {
      var params = {};
      D.parameters.forEach(function (q, i) { params[q.name] = p[i]; });
      var ess = [], vertices = [];
      D.vertices.forEach(function (v, r) {
        if (S.verdicts[r].ess) { ess.push(v.profile); }
        vertices.push({ profile: v.profile, label: v.label, eigenvalues: Array.from(S.eig[r]),
          stable: S.verdicts[r].stability === "stable", stability: S.verdicts[r].stability, ess: S.verdicts[r].ess });
      });
      return { parameters: params, ess: ess, vertices: vertices };
    },
    /** The end states (reduced coordinates) of the drawn trajectories from the analysis's initial grid. */
    ends: function () { return S.runs.map(function (run) { return run ? Array.from(run.end) : null; }); },
    /** The start clicked in the phase portrait (reduced coordinates), or null. */
    clickedStart: function () { return S.clicked ? S.clicked.slice() : null; },
    /** Milliseconds the last recomputation and redraw took. */
    redrawMs: function () { return S.ms; },
    /** The last recomputation's parts in milliseconds, and the integration steps it took. */
    timings: function () {
      var steps = 0;
      S.runs.forEach(function (run) { if (run) { steps += run.t.length - 1; } });
      return { total: S.ms, integrate: S.integrateMs, steps: steps };
    }
  };
  recompute();
})();
