"""Node positions computed in Python, so a big page draws at once with physics off.

FINDINGS.md: vis-network's own physics needs 19 s at 5,000 nodes and minutes beyond,
while a page with x/y given and physics off draws 20,000 nodes in about 4 s. Each
connected cluster is laid out on its own (networkx spring layout, or a radial tree
for pairs and stars, which needs no iterations) and the clusters are packed in rows,
biggest first, so a graph of many small news stories does not become one hairball.
Everything is seeded: the same graph gives the same picture.
"""
from __future__ import annotations

import hashlib
import math
from collections.abc import Hashable, Iterable

import networkx as nx

SPACING = 150.0
"""Rough distance in pixels between neighbouring nodes."""
SPRING_LIMIT = 400
"""A spring layout costs the square of its nodes (about 0.5 s for 300 here): bigger
clusters get one for their best-connected SPRING_LIMIT nodes, and the rest are placed
around the neighbour that reached them."""
SPRING_BUDGET = 2 * SPRING_LIMIT**2
"""Sum of squared cluster sizes spent on spring layouts; clusters past it are radial."""
RADIAL_BELOW = 12
"""Clusters smaller than this are drawn as radial trees: as readable, and instant."""

Pos = dict[Hashable, tuple[float, float]]


def layout(g: nx.Graph, seed: int = 7) -> Pos:
    """x/y in pixels for every node of ``g`` (directions and parallel edges ignored)."""
    simple = nx.Graph()
    order = sorted(g.nodes, key=str)
    simple.add_nodes_from(order)
    # each pair once, however many facts join it (g.adj: a multigraph's edges by pair)
    simple.add_edges_from((u, v) for u, nbrs in g.adj.items() for v in nbrs if u != v)
    clusters = sorted((sorted(c, key=str) for c in nx.connected_components(simple)),
                      key=lambda c: (-len(c), str(c[0])))
    budget = SPRING_BUDGET
    placed = []
    for members in clusters:
        sub = _component(simple, members)
        core = min(len(members), SPRING_LIMIT)
        if len(members) < RADIAL_BELOW or core * core > budget:
            placed.append(_radial(sub, _hub(sub)))
        else:
            budget -= core * core
            placed.append(_spring(sub, seed))
    return _pack(placed)


def _component(simple: nx.Graph, members: list[Hashable]) -> nx.Graph:
    """The connected component ``members`` of ``simple`` as a graph of its own: what
    ``simple.subgraph(members)`` shows, without a view's filter on every step (0.3 s at
    3,000 nodes). A component's nodes have no edge leaving it, so none needs filtering."""
    sub = nx.Graph()
    sub.add_nodes_from(members)
    sub.add_edges_from(simple.edges(members))
    return sub


def _spring(sub: nx.Graph, seed: int) -> Pos:
    n = sub.number_of_nodes()
    core = sub if n <= SPRING_LIMIT else sub.subgraph(_top(sub, SPRING_LIMIT))
    nodes = sorted(core.nodes, key=str)
    ordered = nx.Graph()
    ordered.add_nodes_from(nodes)
    ordered.add_edges_from(core.edges())
    key = _spring_key(ordered, seed)
    raw = SPRINGS.get(key)
    if raw is None:
        raw = _force(ordered, seed, k=1.0 / math.sqrt(len(nodes)))
        SPRINGS[key] = raw
        while len(SPRINGS) > SPRINGS_KEPT:
            del SPRINGS[next(iter(SPRINGS))]
    scale = SPACING * math.sqrt(len(nodes)) / 2.2
    pos = {v: (x * scale, y * scale) for v, (x, y) in raw.items()}
    if len(pos) < n:
        _grow(sub, pos)
    return pos


SPRINGS: dict[str, dict[Hashable, tuple[float, float]]] = {}
"""Spring layouts already computed, by their exact input (_spring_key): the slowest step
of a big page, and a rebuild after a small change usually has the same best-connected
core. A pure memo (same input, same positions), which a build keeps in its state."""
SPRINGS_KEPT = 16


def _force(g: nx.Graph, seed: int, k: float, iterations: int = 50,
           threshold: float = 1e-4) -> dict[Hashable, tuple[float, float]]:
    """networkx's ``spring_layout(g, seed=seed, k=k, method="force")``, in the unit box:
    the same Fruchterman-Reingold steps on the dense adjacency matrix, from the same
    random start, with x and y as two n*n arrays where networkx uses one n*n*2 array and
    einsum. About 4x faster at 400 nodes (0.43 s -> 0.09 s of CPU): a page waits for it
    whenever a change reshapes the biggest cluster, at every rebuild of kgraph watch. The
    sums run in another order, so positions differ from networkx's in the last digits."""
    import numpy as np

    n = g.number_of_nodes()
    if n < 2:
        return {v: (0.0, 0.0) for v in g}
    adjacency = nx.to_numpy_array(g, weight=None)
    start = np.random.RandomState(seed).rand(n, 2)
    x, y = start[:, 0].copy(), start[:, 1].copy()
    # the largest step, cooled linearly to nothing over the iterations
    t = max(x.max() - x.min(), y.max() - y.min()) * 0.1
    dt = t / (iterations + 1)
    for _ in range(iterations):
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        distance = np.sqrt(dx * dx + dy * dy)
        np.clip(distance, 0.01, None, out=distance)
        # repulsion between every pair, attraction along edges
        force = k * k / (distance * distance) - adjacency * distance / k
        mx, my = (dx * force).sum(axis=1), (dy * force).sum(axis=1)
        length = np.sqrt(mx * mx + my * my)
        np.clip(length, 0.01, None, out=length)
        step_x, step_y = mx * (t / length), my * (t / length)
        x += step_x
        y += step_y
        t -= dt
        if math.sqrt(float((step_x * step_x).sum() + (step_y * step_y).sum())) / n < threshold:
            break
    # networkx's rescale_layout: centred, the largest coordinate 1
    x -= x.mean()
    y -= y.mean()
    lim = max(float(np.abs(x).max()), float(np.abs(y).max()))
    if lim > 0:
        x /= lim
        y /= lim
    return {v: (float(a), float(b)) for v, a, b in zip(g, x, y, strict=True)}


def _spring_key(ordered: nx.Graph, seed: int) -> str:
    """The spring layout's whole input: nodes in order, the edges, the seed (and which
    layout code: a state kept from the networkx one must not be reused). The edges are
    sorted: the order they were added in follows set order, which differs between
    processes, and does not change the layout (it works on the adjacency matrix)."""
    h = hashlib.sha256(f"force-2 {seed}\n".encode())
    for v in ordered.nodes:
        h.update(f"n{v!r}\n".encode("utf-8", "surrogatepass"))
    for pair in sorted(sorted((repr(u), repr(v))) for u, v in ordered.edges()):
        h.update(f"e{pair[0]} {pair[1]}\n".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _hub(sub: nx.Graph) -> Hashable:
    return min(sub.nodes, key=lambda v: (-sub.degree(v), str(v)))


def _top(sub: nx.Graph, k: int) -> list[Hashable]:
    return sorted(sub.nodes, key=lambda v: (-sub.degree(v), str(v)))[:k]


def _radial(sub: nx.Graph, root: Hashable) -> Pos:
    """A breadth-first tree from the hub, each subtree in a wedge sized by its leaves."""
    tree = nx.bfs_tree(sub, root, sort_neighbors=lambda vs: sorted(vs, key=str))
    leaves: dict[Hashable, int] = {}
    for v in reversed(list(nx.topological_sort(tree))):
        leaves[v] = max(1, sum(leaves[c] for c in tree.successors(v)))
    pos: Pos = {root: (0.0, 0.0)}
    stack = [(root, 0.0, 2 * math.pi, 0)]
    while stack:
        v, start, width, depth = stack.pop()
        children = list(tree.successors(v))
        angle = start
        for c in children:
            share = width * leaves[c] / leaves[v]
            mid = angle + share / 2
            radius = SPACING * (depth + 1)
            pos[c] = (radius * math.cos(mid), radius * math.sin(mid))
            stack.append((c, angle, share, depth + 1))
            angle += share
    return pos


def _grow(sub: nx.Graph, pos: Pos) -> None:
    """Place the nodes a spring layout skipped next to an already placed neighbour."""
    frontier = sorted(pos, key=str)
    cx = sum(x for x, _ in pos.values()) / len(pos)
    cy = sum(y for _, y in pos.values()) / len(pos)
    while frontier:
        nxt = []
        for p in frontier:
            new = sorted((v for v in sub.neighbors(p) if v not in pos), key=str)
            if not new:
                continue
            px, py = pos[p]
            base = math.atan2(py - cy, px - cx)
            for i, v in enumerate(new):
                angle = base + (i - (len(new) - 1) / 2) * min(0.5, 2 * math.pi / len(new))
                ring = SPACING * 0.6 * (1 + i // 12)
                pos[v] = (px + ring * math.cos(angle), py + ring * math.sin(angle))
                nxt.append(v)
        frontier = nxt


def _pack(clusters: Iterable[Pos]) -> Pos:
    """Shelf-pack cluster boxes into rows about as wide as the whole is tall."""
    boxes = []
    for pos in clusters:
        xs = [x for x, _ in pos.values()]
        ys = [y for _, y in pos.values()]
        boxes.append((pos, min(xs), min(ys), max(xs) - min(xs) + SPACING,
                      max(ys) - min(ys) + SPACING))
    area = sum(w * h for *_, w, h in boxes)
    row_width = max([math.sqrt(area) * 1.3] + [w for *_, w, _ in boxes[:1]])
    out: Pos = {}
    x = y = row_height = 0.0
    for pos, x0, y0, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for v, (px, py) in pos.items():
            out[v] = (round(px - x0 + x), round(py - y0 + y))  # vis keeps whole pixels
        x += w
        row_height = max(row_height, h)
    return out
