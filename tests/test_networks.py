"""Tests of zygraph.networks: each measure cross-checked against networkx, on one network and on many at once."""

import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp

from zygraph import networks


def random_graph(n, p, seed, weighted=True):
    """A seeded G(n, p) graph with integer weights 1-5 (or all 1), and a few isolated nodes."""
    G = nx.gnp_random_graph(n, p, seed=seed)
    rng = np.random.default_rng(seed)
    for u, v in G.edges:
        G.edges[u, v]["weight"] = int(rng.integers(1, 6)) if weighted else 1
    return G


def adjacency(G):
    return nx.to_scipy_sparse_array(G, nodelist=list(G), weight="weight", format="csr").astype(float)


GRAPHS = [
    pytest.param(random_graph(30, 0.15, 1), id="weighted-sparse"),
    pytest.param(random_graph(25, 0.5, 2), id="weighted-dense"),
    pytest.param(random_graph(30, 0.08, 3, weighted=False), id="unweighted-disconnected"),
    pytest.param(nx.karate_club_graph(), id="karate-weighted"),
    pytest.param(nx.path_graph(5), id="path"),
    pytest.param(nx.star_graph(6), id="star"),
]


def as_array(G, values):
    return np.array([values[node] for node in G], dtype=float)


@pytest.mark.parametrize("G", GRAPHS)
def test_constraint_and_effective_size_equal_networkx(G):
    A = adjacency(G)
    np.testing.assert_allclose(networks.constraint(A), as_array(G, nx.constraint(G, weight="weight")), rtol=1e-12)
    # nodes= takes networkx's node-by-node path, which follows Burt's definition: m_vw = a_vw / max_k a_vk.
    # Its whole-graph matrix path (nodes=None) divides by w's largest weight instead, and disagrees with it
    # on weighted graphs (networkx 3.6.1).
    expected = nx.effective_size(G, nodes=list(G), weight="weight")
    np.testing.assert_allclose(networks.effective_size(A), as_array(G, expected), rtol=1e-12)


@pytest.mark.parametrize("G", GRAPHS)
def test_unweighted_effective_size_is_borgattis_formula(G):
    H = nx.Graph(G.edges)  # networkx's own path for unweighted graphs: n - 2t/n on each ego network
    H.add_nodes_from(G)
    expected = nx.effective_size(H, nodes=list(H))  # nodes= takes networkx's node-by-node path
    A = (adjacency(G) != 0).astype(float)
    np.testing.assert_allclose(networks.effective_size(A), [expected[n] for n in G], rtol=1e-12)


@pytest.mark.parametrize("G", GRAPHS)
def test_paths_pagerank_core_and_eigenvector_equal_networkx(G):
    A = adjacency(G)
    m = networks.measure_nodes(A, np.zeros(len(G), dtype=int), [str(n) for n in G])
    np.testing.assert_allclose(m["betweenness"], as_array(G, nx.betweenness_centrality(G)), rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(m["closeness"], as_array(G, nx.closeness_centrality(G)), rtol=1e-12)
    np.testing.assert_allclose(m["pagerank"], as_array(G, nx.pagerank(G, weight="weight")), rtol=1e-12)
    assert m["core_number"].tolist() == [nx.core_number(G)[n] for n in G]
    assert m["degree"].tolist() == [G.degree(n) for n in G]
    np.testing.assert_allclose(m["strength"], as_array(G, dict(G.degree(weight="weight"))))
    if nx.is_connected(G):
        np.testing.assert_allclose(m["eigenvector"], as_array(G, nx.eigenvector_centrality_numpy(G, weight="weight")),
                                   rtol=1e-8)


@pytest.mark.parametrize("G", GRAPHS)
def test_whole_network_measures_equal_networkx(G):
    A = adjacency(G)
    network = np.zeros(len(G), dtype=int)
    m = networks.measure_nodes(A, network, [str(n) for n in G])
    whole = networks.measure_networks(A, network, m["community"], m["component"])
    nodes = list(G)
    partition = [{nodes[i] for i in np.flatnonzero(m["community"] == c)} for c in np.unique(m["community"])]
    assert whole["density"][0] == pytest.approx(nx.density(G))
    assert whole["average_clustering"][0] == pytest.approx(nx.average_clustering(G))
    assert whole["components"][0] == nx.number_connected_components(G)
    assert whole["modularity"][0] == pytest.approx(nx.community.modularity(G, partition, weight="weight"))
    assert whole["ties"][0] == G.number_of_edges() and whole["units"][0] == len(G)


def test_paths_take_chunks_of_sources_without_changing_the_result(monkeypatch):
    G = random_graph(40, 0.1, 5)
    A = adjacency(G)
    whole = networks.paths(A, 40)
    monkeypatch.setattr(networks, "CHUNK_CELLS", 7 * 40)  # seven sources at a time
    chunked = networks.paths(A, 40)
    np.testing.assert_allclose(chunked[0], whole[0], rtol=1e-14)
    np.testing.assert_array_equal(chunked[1], whole[1])


def test_a_network_measured_among_others_equals_itself_alone():
    graphs = [random_graph(20, 0.2, seed) for seed in range(4)]
    blocks = [adjacency(G) for G in graphs]
    network = np.repeat(np.arange(4), [len(G) for G in graphs])
    names = [f"u{n}" for G in graphs for n in G]
    together = networks.measure_nodes(sp.block_diag(blocks, format="csr"), network, names, seed=3)
    start = 0
    for G, block in zip(graphs, blocks):
        alone = networks.measure_nodes(block, np.zeros(len(G), dtype=int), names[start:start + len(G)], seed=3)
        for name, values in alone.items():
            if name != "component":
                assert np.array_equal(together[name][start:start + len(G)], values, equal_nan=True), name
        start += len(G)


def test_a_tie_across_networks_is_refused():
    A = sp.csr_matrix(np.array([[0, 1], [1, 0]], dtype=float))
    with pytest.raises(ValueError, match="joins two networks"):
        networks.measure_nodes(A, np.array([0, 1]), ["a", "b"])


@pytest.mark.parametrize("G", GRAPHS)
def test_louvain_finds_a_partition_as_good_as_networkxs(G):
    A = adjacency(G)
    labels = networks.communities(A, [str(n) for n in G], seed=0)
    nodes = list(G)
    ours = [{nodes[i] for i in np.flatnonzero(labels == c)} for c in np.unique(labels)]
    theirs = nx.community.louvain_communities(G, weight="weight", seed=0)
    assert nx.community.is_partition(G, ours)
    assert nx.community.modularity(G, ours) >= nx.community.modularity(G, theirs) - 0.02


def test_louvain_splits_two_cliques_joined_by_one_tie():
    G = nx.disjoint_union(nx.complete_graph(5), nx.complete_graph(5))
    G.add_edge(0, 5)
    labels = networks.communities(adjacency(G), [f"u{i}" for i in G], seed=1)
    assert labels.tolist() == [0] * 5 + [1] * 5
