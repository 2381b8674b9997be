"""Time zygraph's unit projection against networkx and igraph on a synthetic corpus.

Run ``make bench`` (installs igraph, then runs this file), or::

    .venv/bin/pip install igraph
    .venv/bin/python benchmarks/projection.py [--tasks 100000] [--units 1500] [--networkx-tasks N]

The corpus: ``--tasks`` tasks, each with 1 + Poisson(5.3) unit draws from
``--units`` unit names of Zipf-like popularity (p ~ 1 / rank**0.9), repeats
on a task dropped, the first unit the lead: about 6 units a task, ~605,000
assignments for 100,000 tasks. Seeded, so every run uses the same corpus.

Every method is timed on the projection alone, from a graph or matrix built
beforehand, best of ``--repeat`` runs (networkx and the task lists: one run);
peak memory is measured while the method runs once more in a forked child,
as tracemalloc's peak and as growth of the resident set (see ``peak_mib``).
The weights of the three are checked to be identical in the same run.
Peak memory is not measured for networkx (it would need a second multi-minute run).
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
from networkx.algorithms import bipartite

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from zygraph import graph as zg  # noqa: E402
from zygraph.table import FINDING_COLUMNS, TaskTable  # noqa: E402


def synthetic_table(n_tasks: int, n_units: int, seed: int = 0) -> TaskTable:
    """A seeded synthetic TaskTable: skewed unit popularity, ~6 units a task."""
    rng = np.random.default_rng(seed)
    popularity = 1 / np.arange(1, n_units + 1) ** 0.9
    draws = 1 + rng.poisson(5.3, n_tasks)
    task = np.repeat(np.arange(n_tasks), draws)
    unit = rng.choice(n_units, size=len(task), p=popularity / popularity.sum())
    pairs = pd.DataFrame({"task": task, "unit": unit}).drop_duplicates()
    first = ~pairs["task"].duplicated()
    task_ids = np.char.add("T", np.char.zfill(np.arange(n_tasks).astype(str), 6))
    names = np.char.add("单位", np.arange(n_units).astype(str))
    assignments = pd.DataFrame({
        "task_id": task_ids[pairs["task"].to_numpy()],
        "unit": names[pairs["unit"].to_numpy()],
        "role": np.where(first, "lead", "support"),
        "raw_unit": "",
        "line": 0,
    })
    tasks = pd.DataFrame({"task_id": task_ids, "area": "synthetic", "task": "", "note": "", "line": 0,
                          "document": "<synthetic>"})
    units = pd.DataFrame({"unit": names, "name_en": "", "kind": "government", "in_registry": False})
    return TaskTable(tasks, assignments, units, pd.DataFrame(columns=FINDING_COLUMNS), {"path": "<synthetic>"})


def nx_bipartite(table: TaskTable) -> tuple[nx.Graph, list]:
    B = nx.Graph()
    units = [("u", u) for u in table.units["unit"]]
    B.add_nodes_from(units, bipartite=0)
    B.add_nodes_from((("t", t) for t in table.tasks["task_id"]), bipartite=1)
    B.add_edges_from(zip(zip(["u"] * len(table.assignments), table.assignments["unit"]),
                         zip(["t"] * len(table.assignments), table.assignments["task_id"])))
    return B, units


def ig_bipartite(table: TaskTable):
    import igraph as ig

    units, tasks = table.units["unit"].to_numpy(), table.tasks["task_id"].to_numpy()
    u = pd.Index(units).get_indexer(table.assignments["unit"])
    t = len(units) + pd.Index(tasks).get_indexer(table.assignments["task_id"])
    g = ig.Graph(n=len(units) + len(tasks), edges=np.column_stack([u, t]).tolist())
    g.vs["type"] = [False] * len(units) + [True] * len(tasks)
    return g, units


def best_of(fn, repeat: int):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def _rss_mib() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * resource.getpagesize() / 2**20


def _child(fn, conn):
    before = _rss_mib()
    tracemalloc.start()
    fn()
    traced = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    conn.send((traced, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - before))
    conn.close()


def peak_mib(fn) -> tuple[float, float]:
    """Peak memory (MiB) of ``fn`` run once in a forked child: traced by tracemalloc, and RSS growth.

    tracemalloc sees Python and numpy allocations, not igraph's C heap; RSS growth
    sees everything but misses memory reused from the heap the parent freed.
    """
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_child, args=(fn, child))
    proc.start()
    value = parent.recv()
    proc.join()
    return value


def weights(edges) -> dict:
    return {frozenset(e[:2]): e[2] for e in edges}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--units", type=int, default=1500)
    parser.add_argument("--networkx-tasks", type=int, default=None,
                        help="time networkx on the first N tasks only (default: the full corpus)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    start = time.perf_counter()
    table = synthetic_table(args.tasks, args.units, args.seed)
    print(f"corpus: {len(table.tasks):,} tasks, {table.assignments['unit'].nunique():,} units, "
          f"{len(table.assignments):,} assignments (built in {time.perf_counter() - start:.1f} s)")
    rows = []

    # zygraph, from its incidence matrix: the sparse product alone, then with the networkx graph.
    inc = zg._incidence(table, kinds=None)
    M = inc.matrix()
    t_matrix, _ = best_of(lambda: zg._tie_weights(M, "count"), args.repeat)
    rows.append(("zygraph: sparse product only (M @ M.T, upper triangle)", t_matrix,
                 peak_mib(lambda: zg._tie_weights(M, "count"))))
    t_graph, G = best_of(lambda: zg._project(inc, "count", tasks=False), args.repeat)
    rows.append(("zygraph: sparse product + nx.Graph (no task lists)", t_graph,
                 peak_mib(lambda: zg._project(inc, "count", tasks=False))))
    t_tasks, _ = best_of(lambda: zg._project(inc, "count", tasks=True), 1)
    rows.append(("zygraph: sparse product + nx.Graph + task lists", t_tasks,
                 peak_mib(lambda: zg._project(inc, "count", tasks=True))))
    t_ties, _ = best_of(lambda: zg.unit_ties(table, kinds=None), args.repeat)
    rows.append(("zygraph end to end: assignments table -> unit_ties DataFrame", t_ties,
                 peak_mib(lambda: zg.unit_ties(table, kinds=None))))
    t_e2e, G_e2e = best_of(lambda: zg.project_units(table, kinds=None, tasks=False), args.repeat)
    rows.append(("zygraph end to end: assignments table -> projected nx.Graph", t_e2e,
                 peak_mib(lambda: zg.project_units(table, kinds=None, tasks=False))))
    ours = weights(G.edges(data="weight"))
    assert ours == weights(G_e2e.edges(data="weight"))
    print(f"projection: {G.number_of_nodes():,} units, {G.number_of_edges():,} ties")

    # igraph, from its bipartite graph built beforehand.
    try:
        import igraph  # noqa: F401
    except ImportError:
        t_ig = None
        print("igraph not installed (pip install igraph): skipped")
    else:
        g, ig_units = ig_bipartite(table)
        project_ig = lambda: g.bipartite_projection(multiplicity=True, which=0)  # noqa: E731
        t_ig, P = best_of(project_ig, args.repeat)
        rows.append(("igraph: Graph.bipartite_projection(multiplicity=True)", t_ig, peak_mib(project_ig)))
        theirs = {frozenset((ig_units[e.source], ig_units[e.target])): e["weight"] for e in P.es}
        print(f"weights identical, zygraph vs igraph: {ours == theirs}")
        assert ours == theirs

    # networkx, from its bipartite graph built beforehand.
    sub = table if args.networkx_tasks is None else _first_tasks(table, args.networkx_tasks)
    B, units = nx_bipartite(sub)
    t_nx, H = best_of(lambda: bipartite.weighted_projected_graph(B, units), 1)
    label = "networkx: bipartite.weighted_projected_graph"
    if sub is not table:
        label += f" (first {args.networkx_tasks:,} tasks)"
    rows.append((label, t_nx, (float("nan"), float("nan"))))
    theirs = {frozenset((u[1], v[1])): w for u, v, w in H.edges(data="weight")}
    if sub is table:
        same = theirs == ours
    else:
        same = theirs == weights(zg.project_units(sub, kinds=None, tasks=False).edges(data="weight"))
        t_sub, _ = best_of(lambda: zg._project(zg._incidence(sub, kinds=None), "count", tasks=False), args.repeat)
        rows.append(("zygraph: same subsample, product + nx.Graph", t_sub, (float("nan"), float("nan"))))
    print(f"weights identical, zygraph vs networkx: {same}")
    assert same

    print()
    print(f"{'method':<68} {'seconds':>9} {'traced MiB':>11} {'RSS+ MiB':>9}")
    for name, seconds, (traced, rss) in rows:
        print(f"{name:<68} {seconds:>9.3f} {traced:>11.0f} {rss:>9.0f}")
    print()
    if t_ig:
        print(f"zygraph (product + nx.Graph) / igraph: {t_graph / t_ig:.2f}x")
        print(f"zygraph (product only) / igraph:       {t_matrix / t_ig:.2f}x")
    if sub is table:
        print(f"networkx / zygraph (product + nx.Graph): {t_nx / t_graph:.0f}x")
    else:
        print(f"networkx / zygraph on the subsample: {t_nx / t_sub:.0f}x")


def _first_tasks(table: TaskTable, n: int) -> TaskTable:
    tasks = table.tasks.iloc[:n]
    assignments = table.assignments[table.assignments["task_id"].isin(tasks["task_id"])]
    units = table.units[table.units["unit"].isin(assignments["unit"])]
    return TaskTable(tasks, assignments, units, table.findings, table.meta)


if __name__ == "__main__":
    main()
