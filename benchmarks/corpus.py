"""Time zygraph on a corpus of many notices from many cities: `zygraph metrics` and `zygraph report`, end to end.

Run::

    .venv/bin/python benchmarks/corpus.py [--documents 1000] [--tasks 100] [--commands metrics report]
    .venv/bin/python benchmarks/corpus.py --growth 10 100 1000      # time and memory as the corpus grows

The corpus: ``--documents`` files in the tabbed-text layout of
data/ziyang_2023_science_literacy_tasks.txt (a notice, then TAB-started cells,
a blank line between rows), each issued by a different city government (names
made of two syllables, 1,600 possible; ``--cities N`` makes N cities issue
the documents in turn instead), each of ``--tasks`` tasks in 10 areas with one
lead (one in ten: two) and 1 + Poisson(3) support units drawn from the bundled
registry's 55 names (about 50 units a document); one cell in twenty writes a
unit by an alias, one in two hundred misspells it, and each document names one
unit unknown to the registry. Seeded; written to ``--folder`` (kept) or a
temporary folder (removed afterwards).

Each command runs in its own process under ``/usr/bin/time -v``: wall-clock
time, CPU time (user + system, the reading workers included: what the run
costs whatever else the machine is doing) and the maximum resident set size of
the process tree's largest process (the parent; the reading workers are
smaller). The 1-minute load average after each run says how busy the machine was. ``zygraph metrics FOLDER -o
FILE`` reads, measures every document in its own network and writes the CSV;
``zygraph report FOLDER -o DIR`` also writes the corpus briefing.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from itertools import product
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from zygraph.names.units import Registry  # noqa: E402

_FIRST = "安宝北昌成川达德东丰福广贵海汉河华怀吉江金锦景京乐临龙隆洛茂梅绵南宁平普青庆仁荣"
_SECOND = "安昌城川丹德定丰峰关海和华江津康兰乐林陵龙宁平泉山水顺台通溪阳宜源远州"
CITIES = ["".join(pair) for pair in product(_FIRST, _SECOND)]
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


def write_corpus(folder: Path, documents: int, tasks: int, cities: int | None = None, seed: int = 0) -> None:
    """Write ``documents`` tables into ``folder``, each from a different city unless ``cities`` is given."""
    rng = np.random.default_rng(seed)
    names, other = _registry_names(Registry.bundled())
    cities = cities or documents
    for d in range(documents):
        city = CITIES[d % cities]
        write_document(folder / f"{d:04d}_{city}.txt", d + 1, city, tasks, rng, names, other)


def run(command: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system, the reading workers included) and peak resident MiB of a command."""
    result = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr[-2000:]}")
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", result.stderr)
    hours, minutes, seconds = int(wall.group(1) or 0), int(wall.group(2)), float(wall.group(3))
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): ([\d.]+)", result.stderr).group(1))
              for kind in ("User", "System"))
    return hours * 3600 + minutes * 60 + seconds, cpu, peak


def time_commands(folder: Path, commands: list[str], out: Path) -> dict:
    timings = {}
    zygraph = [sys.executable, "-m", "zygraph"]
    if "metrics" in commands:
        timings["metrics"] = run([*zygraph, "metrics", str(folder), "-o", str(out / "metrics.csv")])
    if "report" in commands:
        timings["report"] = run([*zygraph, "report", str(folder), "-o", str(out / "report"), "--force"])
    return timings


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--tasks", type=int, default=100)
    parser.add_argument("--cities", type=int, help="this many cities issue the documents in turn (default: one each)")
    parser.add_argument("--growth", type=int, nargs="+", metavar="N", help="time corpora of these sizes instead")
    parser.add_argument("--commands", nargs="+", choices=("metrics", "report"), default=["metrics", "report"])
    parser.add_argument("--folder", type=Path, help="write the corpus here and keep it (reused if it holds files)")
    args = parser.parse_args(argv)
    if args.cities is not None and not 1 <= args.cities <= len(CITIES):
        parser.error(f"--cities must be between 1 and {len(CITIES)}")
    sizes = args.growth or [args.documents]
    if max(sizes) > len(CITIES) and args.cities is None:
        parser.error(f"at most {len(CITIES)} documents from different cities; pass --cities")

    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for size in sizes:
            folder = Path(tmp) / f"c{size}"
            if args.folder:
                folder = args.folder / f"{size}" if args.growth else args.folder
            folder.mkdir(parents=True, exist_ok=True)
            if not any(folder.iterdir()):
                start = time.perf_counter()
                write_corpus(folder, size, args.tasks, args.cities)
                print(f"generated {size} documents x {args.tasks} tasks in {time.perf_counter() - start:.1f} s",
                      flush=True)
            out = Path(tmp) / f"out{size}"
            out.mkdir()
            timings = time_commands(folder, args.commands, out)
            for command, (wall, cpu, peak) in timings.items():
                load = os.getloadavg()[0]
                rows.append((size, command, wall, cpu, peak, load))
                print(f"{size:>6} documents  zygraph {command:<8} {wall:7.2f} s wall {cpu:7.2f} s CPU "
                      f"{peak:7.0f} MiB  (load average {load:.1f})", flush=True)
    print("\n| documents | command | wall s | CPU s | peak MiB | load average |\n|---:|---|---:|---:|---:|---:|")
    for size, command, wall, cpu, peak, load in rows:
        print(f"| {size:,} | `zygraph {command}` | {wall:.1f} | {cpu:.1f} | {peak:.0f} | {load:.1f} |")


if __name__ == "__main__":
    main()
