/**
 * Lay out the concept co-occurrence network for a static SVG: the most frequent concepts as nodes
 * (area ∝ frequency), edges for paragraphs they share, positions from a deterministic
 * force-directed layout (no randomness: same corpus, same picture).
 */
import type { ConceptMapJson } from '../../src/schemas/knowledge.js';
import { compareCodeUnits } from '../util/sort.js';

/** One concept as the map needs it. */
export interface MapInput {
  id: string;
  term: string;
  category: string;
  count: number;
  /** Paragraph keys (url) where the concept occurs. */
  paragraphs: ReadonlySet<string>;
}

/** Size and layout parameters of the map. */
export interface MapOptions {
  /** Most frequent concepts drawn. */
  maxNodes: number;
  /** Minimum shared paragraphs for an edge. */
  minShared: number;
  width: number;
  height: number;
  iterations: number;
}

/** The map drawn on the concepts page. */
export const defaultMapOptions: MapOptions = { maxNodes: 32, minShared: 2, width: 960, height: 760, iterations: 400 };

/**
 * Push apart nodes whose labels (about 16 px per character, 24 px high) would overlap, so every
 * term stays readable; a few hundred passes of pairwise separation, deterministic.
 */
function separateLabels(pos: { x: number; y: number }[], labels: readonly string[], scale: number): void {
  const half = labels.map((l) => (l.length * 16 + 12) / 2);
  for (let pass = 0; pass < 300; pass++) {
    let moved = false;
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        const dx = pos[j]!.x - pos[i]!.x;
        const dy = pos[j]!.y - pos[i]!.y;
        const ox = half[i]! + half[j]! - Math.abs(dx);
        const oy = 34 - Math.abs(dy);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        // Separate along the cheaper axis; ties broken by index so the result is deterministic.
        if (oy < ox) {
          const s = (dy >= 0 ? 1 : -1) * (oy / 2 + 0.5);
          pos[i]!.y -= s;
          pos[j]!.y += s;
        } else {
          const s = (dx >= 0 ? 1 : -1) * (ox / 2 + 0.5);
          pos[i]!.x -= s;
          pos[j]!.x += s;
        }
      }
    }
    if (!moved || scale <= 0) break;
  }
}

/**
 * Nodes and edges with coordinates inside `width × height` (a margin keeps labels inside).
 * @example layoutConceptMap(concepts).nodes[0] → { id:'dang-feng-lian-zheng-jian-she', x:…, y:…, r:… }
 */
export function layoutConceptMap(concepts: readonly MapInput[], options: Partial<MapOptions> = {}): ConceptMapJson {
  const o = { ...defaultMapOptions, ...options };
  const chosen = [...concepts]
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || compareCodeUnits(a.id, b.id))
    .slice(0, o.maxNodes)
    .sort((a, b) => compareCodeUnits(a.id, b.id));
  const edges: ConceptMapJson['edges'] = [];
  for (let i = 0; i < chosen.length; i++) {
    for (let j = i + 1; j < chosen.length; j++) {
      // The smaller set looked up in the larger (a ×100 corpus's commonest concepts: thousands each).
      const [small, large] = [chosen[i]!.paragraphs, chosen[j]!.paragraphs].sort((a, b) => a.size - b.size);
      let shared = 0;
      for (const p of small!) if (large!.has(p)) shared += 1;
      if (shared >= o.minShared) edges.push({ a: chosen[i]!.id, b: chosen[j]!.id, shared });
    }
  }
  const n = chosen.length;
  const cx = o.width / 2;
  const cy = o.height / 2;
  // Start on a circle (id order), then Fruchterman–Reingold with a cooling step.
  const pos = chosen.map((_, i) => ({
    x: cx + (o.width / 3) * Math.cos((2 * Math.PI * i) / n),
    y: cy + (o.height / 3) * Math.sin((2 * Math.PI * i) / n),
  }));
  const index = new Map(chosen.map((c, i) => [c.id, i]));
  const k = Math.sqrt((o.width * o.height) / Math.max(n, 1));
  for (let it = 0; it < o.iterations; it++) {
    const temp = (o.width / 10) * (1 - it / o.iterations);
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const dx = pos[i]!.x - pos[j]!.x;
        const dy = pos[i]!.y - pos[j]!.y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const f = (k * k) / d;
        disp[i]!.x += (dx / d) * f;
        disp[i]!.y += (dy / d) * f;
      }
    }
    for (const e of edges) {
      const i = index.get(e.a)!;
      const j = index.get(e.b)!;
      const dx = pos[i]!.x - pos[j]!.x;
      const dy = pos[i]!.y - pos[j]!.y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      const f = ((d * d) / k) * Math.min(0.6, Math.log2(1 + e.shared) / 8);
      disp[i]!.x -= (dx / d) * f;
      disp[i]!.y -= (dy / d) * f;
      disp[j]!.x += (dx / d) * f;
      disp[j]!.y += (dy / d) * f;
    }
    for (let i = 0; i < n; i++) {
      // A weak pull to the centre keeps unconnected nodes on the canvas.
      disp[i]!.x += ((cx - pos[i]!.x) * 0.02 * k) / 10;
      disp[i]!.y += ((cy - pos[i]!.y) * 0.02 * k) / 10;
      const d = Math.max(Math.hypot(disp[i]!.x, disp[i]!.y), 0.01);
      pos[i]!.x += (disp[i]!.x / d) * Math.min(d, temp);
      pos[i]!.y += (disp[i]!.y / d) * Math.min(d, temp);
    }
  }
  // Fit to the canvas, move overlapping labels apart there, and fit again if that pushed any out.
  const margin = 70;
  const fit = () => {
    const xs = pos.map((p) => p.x);
    const ys = pos.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const sx = (o.width - 2 * margin) / Math.max(maxX - minX, 1);
    const sy = (o.height - 2 * margin) / Math.max(maxY - minY, 1);
    for (const p of pos) {
      p.x = margin + (p.x - minX) * sx;
      p.y = margin + (p.y - minY) * sy;
    }
  };
  fit();
  separateLabels(
    pos,
    chosen.map((c) => c.term),
    1,
  );
  fit();
  const maxCount = Math.max(...chosen.map((c) => c.count), 1);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    width: o.width,
    height: o.height,
    nodes: chosen.map((c, i) => ({
      id: c.id,
      term: c.term,
      category: c.category,
      count: c.count,
      x: round(pos[i]!.x),
      y: round(pos[i]!.y),
      r: round(5 + 17 * Math.sqrt(c.count / maxCount)),
    })),
    edges,
  };
}
