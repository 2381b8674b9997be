"""Seeded layout of a network page: spring physics, overlap separation, label wrapping.

Positions are computed here, not in the browser, so a page opens still and the
same graph and seed give the same picture: a seeded weighted spring layout
(networkx's Fruchterman-Reingold, vectorised), refined by Kamada-Kawai up to
``KAMADA_KAWAI_MAX`` nodes, scaled to pixels, with overlapping dots pushed apart
up to ``SEPARATE_MAX`` nodes.
"""

from __future__ import annotations

import itertools
import math
import numbers
from collections.abc import Mapping

import networkx as nx
import numpy as np

__all__ = ["layout", "spring", "positions", "separate", "wrap", "columns", "extend"]

#: Largest graph laid out by Kamada-Kawai (quadratic in memory); larger ones keep the spring layout.
KAMADA_KAWAI_MAX = 100
#: Largest graph laid out by the dense spring layout here (memory grows as n**2); larger ones use networkx's.
DENSE_SPRING_MAX = 2000
#: Largest graph whose overlapping nodes are pushed apart (the step is quadratic).
SEPARATE_MAX = 400


def layout(G: nx.Graph, weight_attr: str | None, seed: int) -> dict:
    """Return a seeded layout of ``G`` read as undirected (weights of both directions added).

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
        Left untouched; self-loops are ignored.
    weight_attr : str or None
        Edge attribute that pulls nodes together; ``None`` or a missing,
        non-positive or non-numeric value counts as 1.
    seed : int
        Seed of the random start; the same graph and seed give the same layout.

    Returns
    -------
    dict
        ``node -> array([x, y])``, coordinates within [-1, 1].

    Examples
    --------
    >>> import networkx as nx
    >>> pos = layout(nx.path_graph(3), None, seed=0)
    >>> again = layout(nx.path_graph(3), None, seed=0)
    >>> sorted(pos), all((pos[node] == again[node]).all() for node in pos)
    ([0, 1, 2], True)

    Notes
    -----
    A weighted spring layout from ``seed`` (:func:`spring`), refined by
    Kamada-Kawai (which spreads small graphs more evenly) when the graph has at
    most ``KAMADA_KAWAI_MAX`` nodes; above ``DENSE_SPRING_MAX`` nodes,
    networkx's sparse spring layout.
    """
    H = nx.Graph()
    H.add_nodes_from(G)
    for u, v, attrs in G.edges(data=True):
        if u == v:
            continue
        w = attrs.get(weight_attr, 1) if weight_attr else 1
        w = w if _positive(w) else 1
        H.add_edge(u, v, weight=H.edges[u, v]["weight"] + w if H.has_edge(u, v) else w)
    if len(H) == 0:
        return {}
    if len(H) > DENSE_SPRING_MAX:
        return nx.spring_layout(H, seed=seed, weight="weight")
    dtype = np.float64 if len(H) < 500 else np.float32
    start = dict(zip(H, spring(nx.to_numpy_array(H, weight="weight", dtype=dtype), seed)))
    if len(H) > KAMADA_KAWAI_MAX or H.number_of_edges() == 0:
        return start
    # Kamada-Kawai reads weights as distances, so it runs unweighted: shared tasks pull in the seeded start only.
    return nx.kamada_kawai_layout(H, pos=start, weight=None)


def spring(A: np.ndarray, seed: int, iterations: int = 50, threshold: float = 1e-4) -> np.ndarray:
    """Return Fruchterman-Reingold positions in [-1, 1] for a dense weighted adjacency matrix.

    Parameters
    ----------
    A : numpy.ndarray
        Square symmetric matrix of weights; its dtype is the dtype of the sums.
    seed : int
        Seed of the random start.
    iterations, threshold
        As networkx's ``spring_layout``.

    Returns
    -------
    numpy.ndarray
        ``n x 2`` positions, centred, the largest coordinate 1 in absolute value.

    Examples
    --------
    >>> import numpy as np
    >>> xy = spring(np.array([[0.0, 1.0], [1.0, 0.0]]), seed=1)
    >>> xy.shape, float(abs(xy).max())
    ((2, 2), 1.0)

    Notes
    -----
    networkx's dense ``spring_layout`` step for step (attraction ``A * d / k``,
    repulsion ``k**2 / d**2``, ``k = 1 / sqrt(n)``, linear cooling, the same
    random start for the same seed), computed in ``A``'s dtype. networkx switches
    to a slow sparse loop from 500 nodes; :func:`layout` passes a float32 matrix
    from there, so 1,000 nodes take about a second.
    """
    n = A.shape[0]
    if n == 1:
        return np.zeros((1, 2))
    pos = np.random.RandomState(seed).rand(n, 2).astype(A.dtype)
    k = A.dtype.type(math.sqrt(1.0 / n))
    step = max(np.ptp(pos[:, 0]), np.ptp(pos[:, 1])) * A.dtype.type(0.1)
    cooling = step / (iterations + 1)
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        distance = np.clip(np.hypot(delta[..., 0], delta[..., 1]), 0.01, None)
        displacement = np.einsum("ijk,ij->ik", delta, k * k / distance**2 - A * distance / k)
        length = np.clip(np.linalg.norm(displacement, axis=-1), 0.01, None)
        moves = displacement * (step / length)[:, None]
        pos += moves
        step -= cooling
        if np.linalg.norm(moves) / n < threshold:
            break
    pos = pos.astype(np.float64)
    pos -= pos.mean(axis=0)
    extent = np.abs(pos).max()
    return pos / extent if extent > 0 else pos


def positions(G: nx.Graph, pos: Mapping | None, weight_attr: str | None, seed: int) -> list[tuple[float, float]]:
    """Return pixel positions of ``G``'s nodes, in node order, from ``pos`` or a seeded :func:`layout`.

    Parameters
    ----------
    G : networkx.Graph
        Left untouched.
    pos : mapping or None
        ``node -> (x, y)`` in layout units (about [-1, 1]); ``None`` for :func:`layout`.
    weight_attr : str or None
        As in :func:`layout`.
    seed : int
        As in :func:`layout`.

    Returns
    -------
    list of (float, float)
        Pixels, rounded to 0.1; the spread grows with the square root of the
        node count (``220 + 45 * sqrt(n)`` pixels per layout unit), so dense
        graphs keep room for labels.

    Raises
    ------
    ValueError
        If ``pos`` lacks a node of ``G``.

    Examples
    --------
    >>> import networkx as nx
    >>> positions(nx.path_graph(2), {0: (0, 0), 1: (1, -0.5)}, None, seed=0)
    [(0.0, 0.0), (283.6, -141.8)]
    """
    pos = dict(pos) if pos is not None else layout(G, weight_attr, seed)
    missing = [node for node in G if node not in pos]
    if missing:
        raise ValueError(f"pos has no position for {len(missing)} node(s), for example {missing[0]!r}")
    scale = 220 + 45 * math.sqrt(len(G))
    return [(round(float(pos[node][0]) * scale, 1), round(float(pos[node][1]) * scale, 1)) for node in G]


def separate(xy: list, radii: list, gap: float = 12, rounds: int = 60) -> list:
    """Return the points pushed apart where discs (plus ``gap`` pixels for the label) overlap.

    Parameters
    ----------
    xy : list of (float, float)
        Pixel positions; left untouched.
    radii : list of float
        Radius of each node, in pixels.
    gap : float
        Room kept between two discs.
    rounds : int
        Most rounds of pushing.

    Returns
    -------
    list of (float, float)
        The new positions; ``xy`` itself when it has fewer than two or more
        than ``SEPARATE_MAX`` points.

    Examples
    --------
    >>> separate([(0.0, 0.0), (0.0, 0.0)], [5, 5], gap=2)[0] != (0.0, 0.0)
    True

    Notes
    -----
    Units with the same tasks get the same place in any layout; this moves each
    overlapping pair apart along the line between them (a fixed direction when
    they coincide), half each, for a few rounds. Deterministic.
    """
    n = len(xy)
    if n < 2 or n > SEPARATE_MAX:
        return xy
    points = np.array(xy, dtype=float)
    need = np.add.outer(np.asarray(radii, dtype=float), np.asarray(radii, dtype=float)) + gap
    np.fill_diagonal(need, 0)
    angles = np.add.outer(np.arange(n), np.arange(n)) * 2.399963  # golden angle: distinct fixed directions
    for _ in range(rounds):
        delta = points[:, None, :] - points[None, :, :]
        dist = np.hypot(delta[..., 0], delta[..., 1])
        overlap = need - dist
        np.fill_diagonal(overlap, 0)
        if (overlap <= 0.5).all():
            break
        together = dist < 1e-9
        unit = np.where(together[..., None], 0.0, delta / np.where(together, 1, dist)[..., None])
        signs = np.sign(np.subtract.outer(np.arange(n), np.arange(n)))[..., None]
        fixed = np.stack([np.cos(angles), np.sin(angles)], axis=-1) * signs
        unit = np.where(together[..., None], fixed, unit)
        push = np.clip(overlap, 0, None)[..., None] * unit / 2
        points += push.sum(axis=1) / np.maximum(1, (overlap > 0).sum(axis=1))[:, None]
    return [tuple(point) for point in points.tolist()]


def wrap(label: str, width: int = 24) -> str:
    """Return a long label of several words broken onto the fewest lines of about ``width`` characters.

    Parameters
    ----------
    label : str
        The label; Chinese names (no spaces) are left whole.
    width : int
        Longest line wanted, in characters.

    Returns
    -------
    str
        Lines joined by ``\\n``, made as even as they can be. Only the canvas
        label wraps; tooltips and search keep the name as given.

    Examples
    --------
    >>> wrap("Ziyang Committee for the Care of the Next Generation")
    'Ziyang Committee\\nfor the Care of\\nthe Next Generation'
    """
    words = label.split()
    if len(label) <= width or len(words) < 2 or len(words) > 16:
        return label
    count = min(len(words), math.ceil(len(label) / width))
    best = min(
        itertools.combinations(range(1, len(words)), count - 1),
        key=lambda cuts: max(
            len(" ".join(words[a:b])) for a, b in zip((0, *cuts), (*cuts, len(words)))
        ),
    )
    return "\n".join(" ".join(words[a:b]) for a, b in zip((0, *best), (*best, len(words))))


def _positive(value) -> bool:
    """A finite real number above zero, numpy's included; not a bool."""
    return (isinstance(value, numbers.Real) and not isinstance(value, bool)
            and math.isfinite(value) and value > 0)


def columns(B: nx.Graph, *, area_attr: str = "area", row: float = 30, unit_row: float = 28, area_width: float = 80,
            gap: float = 380) -> dict:
    """Return a readable drawing of a unit-task graph: units in a column, tasks in one column per area.

    Parameters
    ----------
    B : networkx.Graph
        Units with ``bipartite=0``, tasks with ``bipartite=1`` and ``area_attr``. Left untouched.
    area_attr : str
        Task attribute that groups the tasks.
    row, unit_row : float
        Pixels between two tasks of an area, and between two units.
    area_width : float
        Pixels between two area columns.
    gap : float
        Pixels between the unit column and the first area column.

    Returns
    -------
    dict
        ``node -> (x, y)`` in pixels, centred on 0.

    Examples
    --------
    >>> import networkx as nx
    >>> B = nx.Graph()
    >>> B.add_nodes_from(["unit:a", "unit:b"], bipartite=0)
    >>> B.add_node("task:1", bipartite=1, area="x"); B.add_node("task:2", bipartite=1, area="y")
    >>> B.add_node("task:3", bipartite=1, area="x")
    >>> B.add_edges_from([("unit:a", "task:2"), ("unit:b", "task:1"), ("unit:b", "task:3")])
    >>> columns(B, row=10, unit_row=10, area_width=20, gap=100)
    {'unit:a': (-60.0, 5.0), 'unit:b': (-60.0, -5.0), 'task:1': (40.0, -5.0), 'task:2': (60.0, -5.0), 'task:3': (40.0, 5.0)}

    Notes
    -----
    Areas stand in the order in which they first appear, and tasks keep their
    order within an area. Units are ordered by the mean column of their tasks
    (the barycentre heuristic, which keeps lines short and crossings few), so
    units of the early areas stand at the top. All columns start at the top.
    """
    tasks = [node for node, side in B.nodes(data="bipartite") if side == 1]
    units = [node for node, side in B.nodes(data="bipartite") if side != 1]
    areas = list(dict.fromkeys(str(B.nodes[t].get(area_attr, "")) for t in tasks))
    column = {t: areas.index(str(B.nodes[t].get(area_attr, ""))) for t in tasks}
    height = {}
    counts = [0] * len(areas)
    for task in tasks:
        height[task] = counts[column[task]] * row
        counts[column[task]] += 1
    tallest = (max(counts, default=1) - 1) * row
    units_tall = (len(units) - 1) * unit_row
    mean = {u: sum(column[t] for t in B[u] if t in column) / max(1, sum(t in column for t in B[u])) for u in units}
    order = sorted(units, key=lambda u: mean[u])
    right = gap + area_width * (len(areas) - 1)
    shift = right / 2
    top = max(tallest, units_tall) / 2
    out = {u: (round(-shift, 1), round(i * unit_row - top, 1)) for i, u in enumerate(order)}
    out.update({t: (round(gap + area_width * column[t] - shift, 1), round(height[t] - top, 1)) for t in tasks})
    return {node: out[node] for node in [*units, *tasks]}


def extend(G: nx.Graph, known: Mapping, weight_attr: str | None = "weight", seed: int = 0) -> dict:
    """Return a layout of ``G`` that keeps the nodes of ``known`` where they were and places the others.

    Parameters
    ----------
    G : networkx.Graph
        Left untouched.
    known : mapping
        ``node -> (x, y)`` from an earlier layout, such as the year before's
        report (``data/positions.json``); nodes not in ``G`` are ignored.
    weight_attr : str or None
        As in :func:`layout`.
    seed : int
        Seed of the placement of new nodes.

    Returns
    -------
    dict
        ``node -> (x, y)`` for every node of ``G``, in layout units: the
        known nodes unchanged, the new ones placed by a spring layout with the
        known ones held fixed (all of :func:`layout` when none is known).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.path_graph(["a", "b", "c"])
    >>> pos = extend(G, {"a": (0.0, 0.0), "b": (1.0, 0.0), "gone": (5.0, 5.0)})
    >>> pos["a"], pos["b"], sorted(pos)
    ((0.0, 0.0), (1.0, 0.0), ['a', 'b', 'c'])
    """
    kept = {node: (float(xy[0]), float(xy[1])) for node, xy in known.items() if node in G}
    if not kept:
        return {node: tuple(float(v) for v in xy) for node, xy in layout(G, weight_attr, seed).items()}
    if len(kept) == len(G):
        return kept
    H = nx.Graph()
    H.add_nodes_from(G)
    H.add_edges_from((u, v) for u, v in G.edges() if u != v)
    placed = nx.spring_layout(H, pos=kept, fixed=list(kept), seed=seed)
    return {node: kept.get(node, (float(placed[node][0]), float(placed[node][1]))) for node in G}
