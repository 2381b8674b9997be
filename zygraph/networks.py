"""Measures of many disjoint unit networks at once, each unit measured in its own network only.

A corpus of notices gives one co-responsibility network per document (or per
issuer, or one pooled network). Their union is a block-diagonal sparse
adjacency matrix ``A``: a unit of one network is never tied to a unit of
another. Every measure here reads a node's own block and nothing else, so a
network's numbers are the same alone and inside any corpus, and the work is
done in sparse matrix products over the whole union (degree, strength, Burt's
constraint and effective size, triangles, core numbers, PageRank) or component
by component (betweenness, closeness, eigenvector), with Louvain run on each
network. No matrix is dense over the union; the only dense arrays are a chunk
of breadth-first searches inside one component (at most :data:`CHUNK_CELLS`
cells) and the eigenvector of a component of at most 500 units.
"""

from __future__ import annotations

import random
from collections import defaultdict

import networkx as nx
import numpy as np
import scipy.sparse as sp
import scipy.linalg
import scipy.sparse.linalg as sp_linalg
from scipy.sparse.csgraph import connected_components

__all__ = [
    "CHUNK_CELLS",
    "constraint",
    "effective_size",
    "core_numbers",
    "paths",
    "eigenvector",
    "pagerank",
    "communities",
    "measure_nodes",
    "measure_networks",
]

#: Cells of one chunk of breadth-first searches (sources x component units), 4 MiB of float64.
CHUNK_CELLS = 1 << 19
_PAGERANK_ALPHA, _PAGERANK_MAX_ITER, _PAGERANK_TOL = 0.85, 100, 1.0e-6


def _row_normalised(A: sp.csr_matrix, by: np.ndarray) -> sp.csr_matrix:
    """``A`` with row ``i`` divided by ``by[i]`` (rows with ``by[i] == 0`` left at zero)."""
    scale = np.divide(1.0, by, out=np.zeros(len(by)), where=by != 0)
    return (sp.diags(scale) @ A).tocsr()


def constraint(A: sp.csr_matrix) -> np.ndarray:
    """Burt's constraint of every node of a weighted undirected graph, from its sparse adjacency.

    Parameters
    ----------
    A : scipy.sparse.csr_matrix
        Symmetric, non-negative, zero diagonal. Left untouched.

    Returns
    -------
    numpy.ndarray
        ``c_i = sum over neighbours j of (p_ij + sum_q p_iq p_qj) ** 2`` with
        ``p_ij = a_ij / sum_k a_ik``; NaN for a node with no neighbour.

    Examples
    --------
    >>> A = sp.csr_matrix(np.array([[0, 1, 1], [1, 0, 0], [1, 0, 0]], dtype=float))
    >>> constraint(A).round(3).tolist()
    [0.5, 1.0, 1.0]

    Notes
    -----
    networkx's ``constraint(G, weight="weight")`` for an undirected graph
    (mutual weights ``a_ij + a_ji = 2 a_ij`` normalise to the same ``p``). The
    indirect term ``(P @ P)_ij`` is only needed where ``i`` and ``j`` are tied,
    so it is computed sparse and masked by the ties; ``q`` never equals ``i``
    or ``j`` since the diagonal is zero.
    """
    A = sp.csr_matrix(A, dtype=float)
    P = _row_normalised(A, np.asarray(A.sum(axis=1)).ravel())
    mask = (A != 0).astype(float)
    local = (P + (P @ P).multiply(mask)).tocsr()
    local.data **= 2
    out = np.asarray(local.sum(axis=1)).ravel()
    out[np.diff(A.indptr) == 0] = np.nan
    return out


def effective_size(A: sp.csr_matrix) -> np.ndarray:
    """Burt's effective size of every node of a weighted undirected graph, from its sparse adjacency.

    Parameters
    ----------
    A : scipy.sparse.csr_matrix
        Symmetric, non-negative, zero diagonal. Left untouched.

    Returns
    -------
    numpy.ndarray
        ``e_i = sum over neighbours j of (1 - sum_w p_iw m_jw)`` with
        ``p_iw = a_iw / sum_k a_ik`` and ``m_jw = a_jw / max_k a_jk``; NaN for
        a node with no neighbour.

    Examples
    --------
    >>> A = sp.csr_matrix(np.array([[0, 1, 1], [1, 0, 1], [1, 1, 0]], dtype=float))
    >>> effective_size(A).tolist()
    [1.0, 1.0, 1.0]

    Notes
    -----
    Burt's definition, as networkx's node-by-node ``effective_size(G, nodes,
    weight="weight")`` computes it. networkx 3.6's whole-graph path (no
    ``nodes``) makes ``P @ M.T`` a dense n x n array, and divides ``a_jw`` by
    the largest weight of ``w`` rather than of ``j``, which differs on weighted
    graphs. Here only the entries of ``P @ M.T`` at ties are computed. With
    weights all 1 it is Borgatti's ``n - 2t/n``.
    """
    A = sp.csr_matrix(A, dtype=float)
    degree = np.diff(A.indptr)
    P = _row_normalised(A, np.asarray(A.sum(axis=1)).ravel())
    row_max = np.asarray(A.max(axis=1).todense()).ravel() if A.shape[0] else np.zeros(0)
    M = _row_normalised(A, row_max)
    mask = (A != 0).astype(float)
    redundancy = np.asarray((P @ M.T).multiply(mask).sum(axis=1)).ravel()
    out = degree - redundancy
    out[degree == 0] = np.nan
    return out


def core_numbers(A: sp.csr_matrix) -> np.ndarray:
    """The k-core number of every node (unweighted), by peeling all networks at once.

    Examples
    --------
    >>> A = sp.csr_matrix(np.array([[0, 1, 1, 1], [1, 0, 1, 0], [1, 1, 0, 0], [1, 0, 0, 0]], dtype=float))
    >>> core_numbers(A).tolist()
    [2, 2, 2, 1]

    Notes
    -----
    At level ``k``, nodes with at most ``k`` live neighbours are removed, and
    given core number ``k``, until none is left; then ``k`` rises to the
    smallest live degree. networkx's ``core_number``.
    """
    B = (sp.csr_matrix(A) != 0).astype(np.int64).tocsr()
    alive = np.ones(B.shape[0], dtype=bool)
    degree = np.diff(B.indptr).astype(np.int64)
    core = np.zeros(B.shape[0], dtype=np.int64)
    k = 0
    while alive.any():
        drop = alive & (degree <= k)
        if drop.any():
            core[drop] = k
            alive[drop] = False
            degree = B @ alive.astype(np.int64)
        else:
            k = int(degree[alive].min())
    return core


def paths(A: sp.csr_matrix, n_network: int) -> tuple[np.ndarray, np.ndarray]:
    """Betweenness and closeness of the nodes of one connected component, unweighted (hops).

    Parameters
    ----------
    A : scipy.sparse.csr_matrix
        The component's adjacency (any non-zero is a tie).
    n_network : int
        Number of nodes of the whole network the component belongs to: both
        measures are normalised by it, as networkx normalises by the graph.

    Returns
    -------
    betweenness, closeness : numpy.ndarray
        networkx's ``betweenness_centrality(G, normalized=True)`` and
        ``closeness_centrality(G)`` (Wasserman-Faust) of these nodes in the
        network.

    Examples
    --------
    >>> A = sp.csr_matrix(np.array([[0, 1, 0], [1, 0, 1], [0, 1, 0]], dtype=float))
    >>> [x.round(3).tolist() for x in paths(A, 4)]
    [[0.0, 0.333, 0.0], [0.444, 0.667, 0.444]]

    Notes
    -----
    Brandes' algorithm [1]_ run from a chunk of sources at once: the
    breadth-first search advances every source's frontier by one sparse
    product, and the dependencies are accumulated back level by level, so
    memory is one chunk of ``sources x nodes`` cells, never ``n x n``.

    References
    ----------
    .. [1] U. Brandes, "A faster algorithm for betweenness centrality",
       J. Math. Sociol. 25, 163-177 (2001).
    """
    B = (sp.csr_matrix(A) != 0).astype(float).tocsr()
    n = B.shape[0]
    betweenness, closeness = np.zeros(n), np.zeros(n)
    chunk = max(1, CHUNK_CELLS // max(n, 1))
    for start in range(0, n, chunk):
        sources = np.arange(start, min(n, start + chunk))
        rows = np.arange(len(sources))
        sigma = np.zeros((len(sources), n))
        dist = np.full((len(sources), n), -1, dtype=np.int64)
        sigma[rows, sources], dist[rows, sources] = 1.0, 0
        frontier, level = sigma.copy(), 0
        while True:
            reached = (B @ frontier.T).T
            new = (dist < 0) & (reached > 0)
            if not new.any():
                break
            level += 1
            dist[new], sigma[new] = level, reached[new]
            frontier = np.where(new, sigma, 0.0)
        delta = np.zeros_like(sigma)
        for depth in range(level, 1, -1):
            at = dist == depth
            coefficient = np.divide(1.0 + delta, sigma, out=np.zeros_like(sigma), where=at)
            delta += np.where(dist == depth - 1, sigma * (B @ coefficient.T).T, 0.0)
        betweenness += delta.sum(axis=0)
        reach = (dist >= 0).sum(axis=1) - 1
        total = np.where(dist > 0, dist, 0).sum(axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            value = np.where(total > 0, (reach / total) * (reach / max(n_network - 1, 1)), 0.0)
        closeness[sources] = value
    if n_network > 2:
        betweenness = betweenness / ((n_network - 1) * (n_network - 2))
    return betweenness, closeness


def eigenvector(A: sp.csr_matrix) -> np.ndarray:
    """Leading eigenvector of one connected component's weighted adjacency, unit length, non-negative.

    Examples
    --------
    >>> A = sp.csr_matrix(np.array([[0, 1], [1, 0]], dtype=float))
    >>> eigenvector(A).round(4).tolist()
    [0.7071, 0.7071]
    """
    n = A.shape[0]
    if n == 1:
        return np.zeros(1)
    A = sp.csr_matrix(A, dtype=float)
    if n <= 500:  # LAPACK's eigh for the top eigenpair only: 50 times faster than numpy's full eigh here
        vector = scipy.linalg.eigh(A.toarray(), subset_by_index=[n - 1, n - 1])[1][:, 0]
    else:
        vector = sp_linalg.eigsh(A, k=1, which="LA", v0=np.ones(n))[1][:, 0]
    return np.abs(vector) / np.linalg.norm(vector)


def pagerank(A: sp.csr_matrix, network: np.ndarray) -> np.ndarray:
    """PageRank of every node within its own network, all networks iterated at once.

    Parameters
    ----------
    A : scipy.sparse.csr_matrix
        Block-diagonal weighted adjacency of the networks.
    network : numpy.ndarray of int
        Each node's network code, ``0 .. k-1``.

    Returns
    -------
    numpy.ndarray
        networkx's ``pagerank(G, alpha=0.85, weight="weight")`` of each node in
        its network: the same power iteration, teleport and dangling-node mass
        spread over the node's own network, and each network stops when its own
        error is below ``n_network * 1e-6``, as it would alone.

    Raises
    ------
    networkx.PowerIterationFailedConvergence
        When a network has not converged in 100 iterations.

    Examples
    --------
    >>> A = sp.csr_matrix(np.array([[0, 1, 0], [1, 0, 0], [0, 0, 0]], dtype=float))
    >>> pagerank(A, np.array([0, 0, 1])).round(3).tolist()
    [0.5, 0.5, 1.0]
    >>> pagerank(A, np.array([0, 0, 2])).round(3).tolist()  # network 1 has no node
    [0.5, 0.5, 1.0]
    """
    n = A.shape[0]
    if n == 0:
        return np.zeros(0)
    size = np.bincount(network).astype(float)
    strength = np.asarray(A.sum(axis=1)).ravel()
    T = _row_normalised(sp.csr_matrix(A, dtype=float), strength)
    p = 1.0 / size[network]
    dangling = strength == 0
    x = p.copy()
    running = size > 0  # a network code with no node (a document whose units were all left out) has nothing to rank
    for _ in range(_PAGERANK_MAX_ITER):
        lost = np.bincount(network, weights=np.where(dangling, x, 0.0), minlength=len(size))
        step = _PAGERANK_ALPHA * (x @ T + lost[network] * p) + (1 - _PAGERANK_ALPHA) * p
        err = np.bincount(network, weights=np.abs(step - x), minlength=len(size))
        live = running[network]
        x = np.where(live, step, x)
        running &= ~(err < size * _PAGERANK_TOL)
        if not running.any():
            return x
    raise nx.PowerIterationFailedConvergence(_PAGERANK_MAX_ITER)


def communities(A: sp.csr_matrix, names, seed: int) -> np.ndarray:
    """Louvain communities of one network, numbered 0 (largest) up, ties by the smallest name.

    Parameters
    ----------
    A : scipy.sparse.csr_matrix
        The network's weighted adjacency; symmetric, zero diagonal.
    names : sequence of str
        Node names, to order communities of equal size.
    seed : int
        Seed of the order in which nodes are visited.

    Returns
    -------
    numpy.ndarray of int
        Each node's community.

    Examples
    --------
    >>> A = sp.csr_matrix(np.array([[0, 3, 0, 0], [3, 0, 1, 0], [0, 1, 0, 3], [0, 0, 3, 0]], dtype=float))
    >>> communities(A, ["a", "b", "c", "d"], seed=0).tolist()
    [0, 0, 1, 1]

    Notes
    -----
    The method of Blondel et al. [1]_ as networkx's ``louvain_communities``
    runs it (resolution 1, threshold 1e-7): visit the nodes in a seeded random
    order, move each to the neighbouring community that raises modularity
    most, until no move helps; then merge each community into one node and
    repeat while modularity rises by more than the threshold. It works on
    sparse arrays rather than a networkx graph, many times faster on the
    small networks of a corpus; the partition can differ from networkx's
    (Louvain depends on the visiting order), its modularity is as high.

    References
    ----------
    .. [1] V. D. Blondel et al., "Fast unfolding of communities in large
       networks", J. Stat. Mech. P10008 (2008).
    """
    n = A.shape[0]
    A = sp.csr_matrix(A, dtype=float)
    labels = np.arange(n)
    if A.nnz:
        labels = _louvain(A, random.Random(seed))
    names = list(names)
    groups: dict[int, list[int]] = {}
    for node, label in enumerate(labels.tolist()):
        groups.setdefault(label, []).append(node)
    ordered = sorted(groups.values(), key=lambda c: (-len(c), min(names[i] for i in c)))
    out = np.empty(n, dtype=np.int64)
    for number, members in enumerate(ordered):
        out[members] = number
    return out


def _modularity(graph: sp.coo_matrix, labels: np.ndarray, two_m: float) -> float:
    """Modularity of ``labels`` on ``graph`` (a network, or its communities merged: the same value)."""
    within = graph.data[labels[graph.row] == labels[graph.col]].sum()
    totals = np.bincount(labels, weights=np.bincount(graph.row, weights=graph.data, minlength=graph.shape[0]))
    return float(within / two_m - ((totals / two_m) ** 2).sum())


def _louvain(A: sp.csr_matrix, rng: random.Random, threshold: float = 1e-7) -> np.ndarray:
    """Community of each node of ``A`` (weighted, symmetric), by levels of local moves and merges."""
    two_m = float(A.sum())
    labels = np.arange(A.shape[0])
    graph = A.tocoo()
    quality = _modularity(graph, labels, two_m)
    while True:
        local, moved = _one_level(graph.tocsr(), two_m / 2, rng)
        _, local = np.unique(local, return_inverse=True)
        labels = local[labels]
        if not moved:
            return labels
        new_quality = _modularity(graph, local, two_m)
        if new_quality - quality <= threshold:
            return labels
        quality = new_quality
        k = int(local.max()) + 1  # merge each community into one node; its inside ties become its diagonal
        graph = sp.coo_matrix((graph.data, (local[graph.row], local[graph.col])), shape=(k, k)).tocsr().tocoo()


def _one_level(graph: sp.csr_matrix, m: float, rng: random.Random) -> tuple[np.ndarray, bool]:
    """Move nodes to neighbouring communities while modularity rises; the nodes' communities, and whether any moved."""
    n = graph.shape[0]
    indptr, indices, data = graph.indptr.tolist(), graph.indices.tolist(), graph.data.tolist()
    neighbours = [[(v, w) for v, w in zip(indices[indptr[u]:indptr[u + 1]], data[indptr[u]:indptr[u + 1]]) if v != u]
                  for u in range(n)]
    degree = np.asarray(graph.sum(axis=1)).ravel().tolist()
    community, total = list(range(n)), list(degree)
    order = list(range(n))
    rng.shuffle(order)
    scale = 1.0 / (2 * m * m)
    moved = False
    while True:
        moves = 0
        for u in order:
            weights: defaultdict[int, float] = defaultdict(float)
            for v, w in neighbours[u]:
                weights[community[v]] += w
            k, own = degree[u], community[u]
            total[own] -= k
            remove = -weights.get(own, 0.0) / m + total[own] * k * scale
            best, best_gain = own, 0.0
            for c, w in weights.items():
                gain = remove + w / m - total[c] * k * scale
                if gain > best_gain:
                    best, best_gain = c, gain
            total[best] += k
            if best != own:
                community[u] = best
                moves += 1
                moved = True
        if not moves:
            return np.array(community), moved


def measure_nodes(A: sp.csr_matrix, network: np.ndarray, names, *, seed: int = 0) -> dict:
    """Every projection measure of every node, each in its own network.

    Parameters
    ----------
    A : scipy.sparse.csr_matrix
        Block-diagonal weighted adjacency (shared tasks) of the networks;
        symmetric, zero diagonal.
    network : numpy.ndarray of int
        Each node's network code ``0 .. k-1``, non-decreasing (a network's
        nodes are consecutive).
    names : sequence of str
        Node names, for numbering communities.
    seed : int
        Seed of the Louvain communities.

    Returns
    -------
    dict of numpy.ndarray
        ``degree, strength, betweenness, closeness, eigenvector, pagerank,
        constraint, effective_size, core_number, community, component`` (the
        component's number, unique across networks), one value a node.

    Raises
    ------
    ValueError
        When a tie joins two networks, or the nodes of a network are not consecutive.

    Examples
    --------
    >>> A = sp.csr_matrix(np.array([[0, 2, 0], [2, 0, 0], [0, 0, 0]], dtype=float))
    >>> m = measure_nodes(A, np.array([0, 0, 1]), ["a", "b", "a"])
    >>> m["degree"].tolist(), m["strength"].tolist(), m["closeness"].tolist(), m["community"].tolist()
    ([1, 1, 0], [2.0, 2.0, 0.0], [1.0, 1.0, 0.0], [0, 0, 0])
    """
    A = sp.csr_matrix(A, dtype=float)
    A.sort_indices()
    network = np.asarray(network, dtype=np.int64)
    n = A.shape[0]
    if n and np.any(np.diff(network) < 0):
        raise ValueError("the nodes of each network must be consecutive (network codes non-decreasing)")
    rows = np.repeat(np.arange(n), np.diff(A.indptr))
    if np.any(network[rows] != network[A.indices]):
        raise ValueError("a tie joins two networks; measures are taken in each network separately")
    bounds = np.r_[0, np.flatnonzero(np.diff(network)) + 1, n] if n else np.zeros(1, dtype=np.int64)
    size = np.bincount(network) if n else np.zeros(0, dtype=np.int64)
    _, component = connected_components(A, directed=False) if n else (0, np.zeros(0, dtype=np.int64))
    out = {
        "degree": np.diff(A.indptr),
        "strength": np.asarray(A.sum(axis=1)).ravel(),
        "betweenness": np.zeros(n),
        "closeness": np.zeros(n),
        "eigenvector": np.zeros(n),
        "pagerank": pagerank(A, network),
        "constraint": constraint(A),
        "effective_size": effective_size(A),
        "core_number": core_numbers(A),
        "community": np.zeros(n, dtype=np.int64),
        "component": component,
    }
    order = np.argsort(component, kind="stable")
    starts = np.r_[0, np.flatnonzero(np.diff(component[order])) + 1]
    for members in np.split(order, starts[1:]) if n else []:
        if len(members) == 1:
            continue
        block = A[members][:, members]
        between, close = paths(block, int(size[network[members[0]]]))
        out["betweenness"][members], out["closeness"][members] = between, close
        out["eigenvector"][members] = eigenvector(block)
    names = np.asarray(names, dtype=object)
    for start, end in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        out["community"][start:end] = communities(A[start:end, start:end], names[start:end], seed)
    return out


def measure_networks(A: sp.csr_matrix, network: np.ndarray, community: np.ndarray, component: np.ndarray, *,
                     count: int | None = None) -> dict:
    """Whole-network measures of each network: size, ties, density, centralisation, clustering, modularity.

    Parameters
    ----------
    A, network
        As in :func:`measure_nodes`.
    community, component : numpy.ndarray of int
        From :func:`measure_nodes`.
    count : int, optional
        Number of networks, when the last ones may have no node (default:
        the largest code + 1).

    Returns
    -------
    dict of numpy.ndarray
        One value per network: ``units, ties, density, degree_centralisation,
        components, average_clustering, communities, modularity`` (NaN where
        undefined, as in :func:`zygraph.metrics.network_metrics`).

    Examples
    --------
    >>> A = sp.csr_matrix(np.array([[0, 1, 1], [1, 0, 0], [1, 0, 0]], dtype=float))
    >>> m = measure_networks(A, np.array([0, 0, 0]), np.array([0, 0, 0]), np.array([0, 0, 0]))
    >>> m["density"].tolist(), m["degree_centralisation"].tolist(), m["average_clustering"].tolist()
    ([0.6666666666666666], [1.0], [0.0])
    """
    A = sp.csr_matrix(A, dtype=float)
    k = count if count is not None else (int(network.max()) + 1 if len(network) else 0)
    count = lambda values: np.bincount(network, weights=values, minlength=k)  # noqa: E731
    units = np.bincount(network, minlength=k).astype(float)
    degree = np.diff(A.indptr).astype(float)
    ties = count(degree) / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        density = np.where(units > 1, 2 * ties / (units * (units - 1)), np.nan)
        top = np.full(k, -np.inf)
        np.maximum.at(top, network, degree)
        centralisation = np.where(units >= 3, count(top[network] - degree) / ((units - 1) * (units - 2)), np.nan)
        B = (A != 0).astype(float)
        triangles = np.asarray((B @ B).multiply(B).sum(axis=1)).ravel() / 2
        clustering = np.where(degree > 1, 2 * triangles / (degree * (degree - 1)), 0.0)
        average_clustering = np.where(units > 0, count(clustering) / units, np.nan)
    first = np.unique(component, return_index=True)[1]
    components = np.bincount(network[first], minlength=k)
    key = network * (len(network) + 1) + community  # a community within its network
    keys, at = np.unique(key, return_inverse=True)
    key_network = keys // (len(network) + 1)
    communities_ = np.bincount(key_network, minlength=k)
    strength = np.asarray(A.sum(axis=1)).ravel()
    upper = sp.triu(A, k=1).tocsr().tocoo()
    inside = at[upper.row] == at[upper.col]
    within = np.bincount(at[upper.row[inside]], weights=upper.data[inside], minlength=len(keys))
    totals = np.bincount(at, weights=strength, minlength=len(keys))
    m = count(strength) / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        share = within / m[key_network] - (totals / (2 * m[key_network])) ** 2
        modularity = np.where(m > 0, np.bincount(key_network, weights=share, minlength=k), np.nan)
    return {"units": units.astype(int), "ties": ties.astype(int), "density": density,
            "degree_centralisation": centralisation, "components": components,
            "average_clustering": average_clustering, "communities": communities_, "modularity": modularity}
