"""Time reading a corpus of task tables and measuring it, end to end, as ``zygraph metrics`` would.

Run::

    .venv/bin/python benchmarks/corpus.py [--documents 1000] [--tasks 100] [--cities 20] [--pool]

The corpus: ``--documents`` files in the tabbed-text layout of
data/ziyang_2023_science_literacy_tasks.txt (a notice, then TAB-started cells,
a blank line between rows), issued by ``--cities`` city governments in turn,
each of ``--tasks`` tasks in 10 areas with one lead (one in ten: two) and
1 + Poisson(3) support units drawn from the bundled registry's names; one cell
in twenty writes a unit by an alias, one in two hundred misspells it, and each
document names one unit unknown to the registry. Seeded, written to a temporary
folder that is removed afterwards.

Timed, once each (wall clock, and this process's CPU time, which other work on a shared machine does
not inflate), in this order: ``read_corpus``; ``bipartite_graph``;
``project_units(tasks=False)``; ``unit_metrics`` (which projects again, as the
CLI does). Peak memory is the process's maximum resident set size
(``resource.getrusage(RUSAGE_SELF).ru_maxrss``), which includes the
interpreter, the imports and the generation (written one file at a time).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from zygraph import graph as zg  # noqa: E402
from zygraph.corpus import read_corpus  # noqa: E402
from zygraph.metrics import EXACT_BETWEENNESS_MAX_NODES, unit_metrics  # noqa: E402
from zygraph.units import Registry  # noqa: E402

CITIES = ["成都", "自贡", "攀枝花", "泸州", "德阳", "绵阳", "广元", "遂宁", "内江", "乐山",
          "南充", "眉山", "宜宾", "广安", "达州", "雅安", "巴中", "资阳", "西昌", "康定"]
AREAS = ["总体要求", "青少年科学素质提升", "农民科学素质提升", "产业工人科学素质提升", "老年人科学素质提升",
         "领导干部科学素质提升", "科技资源科普化", "科普信息化", "科普基础设施", "基层科普能力"]


def _registry_names(registry: Registry) -> tuple[list[str], dict[str, str]]:
    """Canonical names, and for some of them a second way of writing them (an alias or misspelling)."""
    names = [u.name for u in registry.units]
    other = {}
    for key, (name, how) in registry._keys.items():  # the benchmark may peek: it only reads
        # an alias that names Ziyang (资阳市科学技术协会) names Ziyang's unit in another city's notice
        if how != "exact" and name not in other and registry.form(key).place is None:
            other[name] = key
    return names, other


def write_document(path: Path, number: int, city: str, n_tasks: int, rng, names, other) -> None:
    """Write one synthetic table in the tabbed-text layout."""
    issuer = f"{city}市人民政府"
    lines = ["", f"{city[0]}府发〔2023〕{number}号", "", issuer,
             f"关于印发《{city}市全民科学素质行动任务分工表》的通知", "",
             "各县（区）人民政府，市级有关部门：", "现将任务分工表印发你们，请认真贯彻落实。", "", issuer,
             "2023年1月10日", f" {city}市全民科学素质行动任务分工表", "",
             "\t工作目录", "\t工作任务", "\t牵头单位", "\t责任单位", "\t备注", ""]

    def written(name):
        if name in other and rng.random() < 0.05:
            return other[name]
        return name

    area_of = np.sort(rng.integers(0, len(AREAS), n_tasks))
    unknown_at = rng.integers(0, n_tasks)
    previous = None
    for t in range(n_tasks):
        picks = rng.choice(len(names), size=2 + int(rng.random() < 0.1) + int(rng.poisson(3)), replace=False)
        n_leads = 2 if rng.random() < 0.1 else 1
        leads = [written(names[i]) for i in picks[:n_leads]]
        supports = [written(names[i]) for i in picks[n_leads:]]
        if t == unknown_at:
            supports.append(f"{city}市科普服务中心")
        if rng.random() < 0.005:
            supports.append(leads[0][:-1] + "委局")  # a misspelling no registry knows
        area = AREAS[area_of[t]]
        lines += [f"\t{area if area != previous else ''}", f"\t开展第{t + 1}项科普工作（{area}）",
                  f"\t{'、'.join(leads)}", f"\t{'、'.join(supports) if rng.random() < 0.5 else '，'.join(supports)}",
                  "\t", ""]
        previous = area
    path.write_text("\n".join(lines), encoding="utf-8")


def write_corpus(folder: Path, documents: int, tasks: int, cities: int, seed: int = 0) -> None:
    rng = np.random.default_rng(seed)
    names, other = _registry_names(Registry.bundled())
    for d in range(documents):
        city = CITIES[d % cities]
        write_document(folder / f"{d:04d}_{city}.txt", d + 1, city, tasks, rng, names, other)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--tasks", type=int, default=100)
    parser.add_argument("--cities", type=int, default=20)
    parser.add_argument("--pool", action="store_true", help="pool units by canonical name across cities")
    args = parser.parse_args(argv)
    if not 1 <= args.cities <= len(CITIES):
        parser.error(f"--cities must be between 1 and {len(CITIES)}")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        write_corpus(folder, args.documents, args.tasks, args.cities)
        print(f"generated {args.documents} documents x {args.tasks} tasks in {time.perf_counter() - start:.1f} s")

        times = {}

        def timed(stage, run):
            wall, cpu = time.perf_counter(), time.process_time()
            result = run()
            times[stage] = (time.perf_counter() - wall, time.process_time() - cpu)
            return result

        table = timed("read_corpus", lambda: read_corpus([folder], pool=args.pool))
        print(f"{table!r}")
        timed("bipartite_graph", lambda: zg.bipartite_graph(table))
        G = timed("project_units", lambda: zg.project_units(table, weight="count", tasks=False))
        metrics = timed("unit_metrics", lambda: unit_metrics(table))
        command = [sys.executable, "-m", "zygraph", "metrics", str(folder), "-o", str(folder / "metrics.csv")]
        if args.pool:
            command.append("--pool")
        wall = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        cli_wall = time.perf_counter() - wall
        cli_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux

    print(f"{'stage':>16}  {'wall':>7}  {'CPU':>7}")
    for stage, (wall, cpu) in times.items():
        print(f"{stage:>16}: {wall:6.2f} s {cpu:6.2f} s")
    print(f"{'total':>16}: {sum(w for w, _ in times.values()):6.2f} s {sum(c for _, c in times.values()):6.2f} s")
    print(f"projection: {G.number_of_nodes()} units, {G.number_of_edges()} ties; betweenness "
          f"{metrics.attrs['betweenness']} (exact up to {EXACT_BETWEENNESS_MAX_NODES} units)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak resident memory (ru_maxrss): {peak:.0f} MiB")
    print(f"end to end, `zygraph metrics FOLDER -o metrics.csv` in its own process: {cli_wall:.2f} s wall, "
          f"peak {cli_peak:.0f} MiB (target: under 10 s and 1.5 GB)")


if __name__ == "__main__":
    main()
