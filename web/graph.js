// The entity graph: entities as nodes (sized by salience, colored by type), relations as labelled edges,
// and, when the reader asks, faint lines between entities named in the same sentence. The layout is
// d3-force (npm), bundled into build/web/graph.js by scripts/build.sh (esbuild): the page fetches nothing
// else. User text only ever goes in as text (textContent, aria-label, data-*).
//
// The layout runs once per result and set of hidden types: a fixed number of ticks (d3-force starts from a
// deterministic spiral, so one result always gets the same picture), cut into the page's slices (slicer.js)
// so that a big graph never freezes the page. Selecting an entity or a relation only changes attributes.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import { relationLabel, VALUE_TYPES } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
export const MAX_NODES = 150;   // the most salient; the caption says when more were left out
const LABELLED_NODES = 40;      // beyond this many, only the most salient (and the selected) carry a name
const LABELLED_EDGES = 40;      // beyond this many, only the selected entity's edges carry a predicate
// The layout's steps: d3-force's default cooling takes 300, here cooled faster to the same end. Most of a
// cold page's layout time is the JavaScript engine's first runs of d3's code; 120 steps left circles as
// far apart (tests/e2e/graph.test.mjs) at ~40% of the time.
const TICKS = 120;
const MIN_RADIUS = 5;
const MAX_RADIUS = 20;
const MAX_SPREAD = 3;   // how far a small graph's distances may grow to use the space on screen

function svgElement(name, attributes = {}) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

// Which entities share a sentence, and how often: "a|b" (a < b) -> count.
function cooccurrences(result, shown) {
  const pairs = new Map();
  const bySentence = new Map();
  let sentence = 0;
  const sentences = result.sentences ?? [];
  for (const mention of result.mentions) {   // mentions are in text order, like sentences
    if (!shown.has(mention.entity)) continue;
    while (sentence < sentences.length - 1 && sentences[sentence].end <= mention.start) ++sentence;
    if (!bySentence.has(sentence)) bySentence.set(sentence, new Set());
    bySentence.get(sentence).add(mention.entity);
  }
  for (const ids of bySentence.values()) {
    const list = [...ids].sort((a, b) => a - b);
    for (let i = 0; i < list.length; ++i) {
      for (let j = i + 1; j < list.length; ++j) {
        const key = `${list[i]}|${list[j]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  return pairs;
}

// Nodes, edges and positions for one result (and one set of hidden types); `slicer` gives the page its
// turns between ticks.
async function layout(result, hiddenTypes, isShown, slicer) {
  const candidates = result.entities.filter((entity) => !VALUE_TYPES.has(entity.type) && !hiddenTypes.has(entity.type));
  candidates.sort((a, b) => b.salience - a.salience || a.id - b.id);
  const kept = candidates.slice(0, MAX_NODES);
  const maxSalience = Math.max(1e-6, ...kept.map((entity) => entity.salience));
  const nodes = kept.map((entity) => ({
    id: entity.id, entity,
    radius: MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(entity.salience / maxSalience),
  }));
  const shown = new Set(nodes.map((node) => node.id));
  const edges = [];
  const perPair = new Map();
  for (const relation of result.relations ?? []) {
    if (relation.object === null || relation.object === undefined || !isShown(relation)) continue;
    if (!shown.has(relation.subject) || !shown.has(relation.object) || relation.subject === relation.object) continue;
    const pair = relation.subject < relation.object ? `${relation.subject}|${relation.object}` : `${relation.object}|${relation.subject}`;
    const index = perPair.get(pair) ?? 0;
    perPair.set(pair, index + 1);
    edges.push({ relation, source: relation.subject, target: relation.object, pair, index });
  }
  for (const edge of edges) edge.pairCount = perPair.get(edge.pair);
  const cooccur = [...cooccurrences(result, shown)].map(([key, count]) => {
    const [a, b] = key.split('|').map(Number);
    return { source: a, target: b, count };
  });
  // One link per related pair, however many relations it has; relations pull harder than co-occurrence;
  // isolated entities are held near the middle by forceX/Y.
  const links = [...[...perPair.keys()].map((pair) => {
    const [source, target] = pair.split('|').map(Number);
    return { source, target, strength: 0.7 };
  }), ...cooccur.map((pair) => ({ source: pair.source, target: pair.target, strength: 0.05 }))];
  const simulation = forceSimulation(nodes)
    .force('link', forceLink(links).id((node) => node.id).distance(90).strength((link) => link.strength))
    .force('charge', forceManyBody().strength(-260))
    .force('collide', forceCollide((node) => node.radius + 6).iterations(2))
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.09))
    .alphaDecay(1 - 0.001 ** (1 / TICKS))  // alpha falls from 1 to d3's alphaMin, 0.001, in TICKS steps
    .stop();
  for (let i = 0; i < TICKS; ++i) {
    simulation.tick();
    await slicer.maybePause();
  }
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return { nodes, byId, edges, cooccur, total: candidates.length };
}

// A node or an edge answers a click, Enter and Space alike (they are role=button).
function onActivate(element, run) {
  element.addEventListener('click', run);
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      run();
    }
  });
}

// A quadratic curve from node a to node b, bent sideways by `bend` (several relations between one pair fan
// out), ending at b's rim so that its arrowhead shows; the label sits at the curve's middle.
function curve(a, b, bend) {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const cx = mx - (dy / length) * bend;
  const cy = my + (dx / length) * bend;
  const rim = (node, towards, gap) => {
    const ux = towards.x - node.x;
    const uy = towards.y - node.y;
    const norm = Math.hypot(ux, uy) || 1;
    return { x: node.x + (ux / norm) * (node.radius + gap), y: node.y + (uy / norm) * (node.radius + gap) };
  };
  const control = { x: cx, y: cy };
  const start = rim(a, control, 1);
  const end = rim(b, control, 3);
  const at = (point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`;
  return { path: `M${at(start)} Q${at(control)} ${at(end)}`, labelX: (mx + cx) / 2, labelY: (my + cy) / 2 };
}

// Several relations between one pair fan out symmetrically, their labels a line apart at the least.
const BEND_STEP = 44;
const bendOf = (index, count) => (index - (count - 1) / 2) * BEND_STEP;

// A made-up graph of the size of an article's (a dozen entities in a ring of relations, sharing sentences).
function practiceResult() {
  const types = ['PERSON', 'ORG', 'GPE'];
  const entities = [];
  const relations = [];
  const mentions = [];
  for (let id = 0; id < 12; ++id) {
    entities.push({ id, name: `Entity ${id}`, type: types[id % 3], salience: 1 / (id + 1) });
    relations.push({ id, type: 'met', predicate: 'met', subject: id, object: (id + 1) % 12 });
    mentions.push({ id, entity: id, start: id * 10, end: id * 10 + 5 });
  }
  return { entities, relations, mentions, sentences: [{ start: 0, end: 60 }, { start: 60, end: 120 }] };
}

// Draws a made-up graph into a detached element, for the JavaScript engine's sake only: a page's first
// layout runs d3's code unoptimized (the example article's 9 nodes took 28-35 ms of ticks on a cold load,
// 12-14 ms on a reload, where a practised run takes about 1 ms). The page calls this while the first
// analysis runs in its worker, on the other core, so that the first result's graph is drawn at the
// practised speed. `slicer` lets it give way (slicer.js's STALE) as soon as the result arrives.
export async function warmUp(slicer) {
  await drawGraph(document.createElement('div'), practiceResult(), {
    hiddenTypes: new Set(), isShown: () => true, showCooccurrence: false, onSelectEntity() {}, onSelectRelation() {},
  }, slicer);
}

// Lays out and draws the graph into `container` (replacing what was there) and resolves to a handle that
// changes the selection; rejects with slicer.js's STALE when a newer drawing began meanwhile.
// options: { hiddenTypes, isShown(relation), showCooccurrence, onSelectEntity(id), onSelectRelation(id),
// caption (what the caption says when all entities are drawn) }.
export async function drawGraph(container, result, options, slicer) {
  const { nodes, byId, edges, cooccur, total } = await layout(result, options.hiddenTypes, options.isShown ?? (() => true), slicer);
  const svg = svgElement('svg', { class: 'graph-svg', 'data-graph': '', role: 'group' });
  svg.setAttribute('aria-label', nodes.length
    ? `Entity graph: ${nodes.length} entities, ${edges.length} relations` : 'Entity graph: no entities');
  // A small graph is spread over the box on screen (distances grow, circles and text keep their size); a
  // big one keeps its layout and the picture is scaled down to fit.
  const screenWidth = container.getBoundingClientRect().width;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const screenHeight = Math.min(window.innerHeight * 0.7, 34 * rem);   // .graph-svg's height in style.css
  const pad = MAX_RADIUS + 60;
  const spanX = Math.max(1, ...nodes.map((node) => Math.abs(node.x)));
  const spanY = Math.max(1, ...nodes.map((node) => Math.abs(node.y)));
  if (screenWidth > 0) {
    const spread = Math.min(MAX_SPREAD, (screenWidth / 2 - pad) / spanX, (screenHeight / 2 - pad / 2) / spanY);
    if (spread > 1) {
      for (const node of nodes) { node.x *= spread; node.y *= spread; }
    }
  }
  const xs = nodes.map((node) => node.x);
  const ys = nodes.map((node) => node.y);
  let minX = Math.min(0, ...xs) - pad;
  let minY = Math.min(0, ...ys) - pad / 2;
  let width = Math.max(...xs, 0) + pad - minX;
  let height = Math.max(...ys, 0) + pad / 2 - minY;
  if (screenWidth > 0) {
    minX -= Math.max(0, screenWidth - width) / 2;
    minY -= Math.max(0, screenHeight - height) / 2;
    width = Math.max(width, screenWidth);
    height = Math.max(height, screenHeight);
  }
  svg.setAttribute('viewBox', `${minX.toFixed(0)} ${minY.toFixed(0)} ${width.toFixed(0)} ${height.toFixed(0)}`);
  // Text keeps a readable size on screen however far the picture is scaled down: the labels' size is
  // given in the picture's units, one screen pixel being `unitsPerPixel` of them.
  const unitsPerPixel = screenWidth > 0 ? Math.max(1, width / screenWidth, height / screenHeight) : 1;
  svg.setAttribute('font-size', (12 * unitsPerPixel).toFixed(1));

  // The arrowhead at each relation's object (subject -> object: who met, visited, accused whom).
  const defs = svgElement('defs');
  const marker = svgElement('marker', { id: 'graph-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 6,
    markerHeight: 6, orient: 'auto' });
  marker.append(svgElement('path', { d: 'M0,0 L10,5 L0,10 z', class: 'graph-arrow' }));
  defs.append(marker);
  const cooccurLayer = svgElement('g', { class: 'graph-cooccur' });
  cooccurLayer.toggleAttribute('hidden', !options.showCooccurrence);
  for (const pair of cooccur) {
    const a = byId.get(pair.source);
    const b = byId.get(pair.target);
    const line = svgElement('line', { x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1), y2: b.y.toFixed(1),
      'data-cooccurrence': `${pair.source}-${pair.target}`, 'stroke-width': Math.min(4, 0.6 + 0.6 * pair.count) });
    cooccurLayer.append(line);
  }

  const edgeLayer = svgElement('g', { class: 'graph-edges' });
  const labelEdges = edges.length <= LABELLED_EDGES;
  const edgeElements = [];
  for (const edge of edges) {
    const { relation } = edge;
    const a = byId.get(edge.source);
    const b = byId.get(edge.target);
    // The bend is reckoned from the lower id to the higher, so a pair's curves fan out whatever their direction.
    const bend = bendOf(edge.index, edge.pairCount) * (edge.source < edge.target ? 1 : -1);
    const shape = curve(a, b, bend);
    const group = svgElement('g', { class: 'graph-edge', 'data-edge': '', 'data-relation': relation.id,
      'data-relation-type': relation.type, tabindex: 0, role: 'button' });
    const label = relationLabel(relation);
    group.setAttribute('aria-label', `${a.entity.name} ${label} ${b.entity.name}`);
    if (relation.negated) group.classList.add('negated');
    const hit = svgElement('path', { d: shape.path, class: 'graph-edge-hit' });   // a wider target to click
    const path = svgElement('path', { d: shape.path, class: 'graph-edge-line', 'marker-end': 'url(#graph-arrow)' });
    const text = svgElement('text', { x: shape.labelX.toFixed(1), y: shape.labelY.toFixed(1), class: 'graph-edge-label' });
    text.textContent = label;
    text.toggleAttribute('hidden', !labelEdges);
    group.append(hit, path, text);
    onActivate(group, () => options.onSelectRelation(relation.id));
    edgeLayer.append(group);
    edgeElements.push({ group, text, edge });
  }

  const nodeLayer = svgElement('g', { class: 'graph-nodes' });
  const nodeElements = new Map();
  nodes.forEach((node, rank) => {
    const { entity } = node;
    const group = svgElement('g', { class: 'graph-node', 'data-node': '', 'data-entity': entity.id,
      'data-type': entity.type, transform: `translate(${node.x.toFixed(1)},${node.y.toFixed(1)})`, tabindex: 0,
      role: 'button' });
    group.setAttribute('aria-label', `${entity.name}, ${entity.type}`);
    const circle = svgElement('circle', { r: node.radius.toFixed(1) });
    const text = svgElement('text', { y: (node.radius + 13 * unitsPerPixel).toFixed(1), class: 'graph-node-label' });
    text.textContent = entity.name;
    text.toggleAttribute('hidden', rank >= LABELLED_NODES);
    const title = svgElement('title');
    title.textContent = `${entity.name} (${entity.type})`;
    group.append(title, circle, text);
    onActivate(group, () => options.onSelectEntity(entity.id));
    nodeLayer.append(group);
    nodeElements.set(entity.id, { group, text, rank });
  });

  svg.append(defs, cooccurLayer, edgeLayer, nodeLayer);
  const caption = document.createElement('p');
  caption.className = 'graph-caption';
  caption.textContent = total > nodes.length
    ? `The ${nodes.length} most salient of ${total} entities.`
    : nodes.length ? options.caption ?? 'Select a node or an edge to find it in the text.' : 'No names to draw yet.';
  container.replaceChildren(svg, caption);

  // Marks the selected entity (its node, its edges and their ends) or the selected relation.
  function select(entityId, relationId) {
    const ends = new Set();
    for (const { group, text, edge } of edgeElements) {
      const onEntity = entityId !== null && (edge.source === entityId || edge.target === entityId);
      const chosen = onEntity || edge.relation.id === relationId;
      group.toggleAttribute('data-selected', chosen);
      text.toggleAttribute('hidden', !labelEdges && !chosen);
      if (chosen) { ends.add(edge.source); ends.add(edge.target); }
    }
    for (const [id, { group, text, rank }] of nodeElements) {
      group.toggleAttribute('data-selected', id === entityId);
      group.classList.toggle('graph-near', ends.has(id) && id !== entityId);
      text.toggleAttribute('hidden', rank >= LABELLED_NODES && id !== entityId && !ends.has(id));
    }
    svg.classList.toggle('has-selection', entityId !== null || relationId !== null);
  }
  return {
    select,
    showCooccurrence(on) { cooccurLayer.toggleAttribute('hidden', !on); },
  };
}
