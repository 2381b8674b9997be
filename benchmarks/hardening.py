"""Time and peak memory of zygraph on hostile inputs: each case runs the command line in a child process.

    .venv/bin/python benchmarks/hardening.py [--big]

Each case builds its input in a temporary folder, runs ``zygraph`` on it once, and reports the exit
code, the wall time and the child's peak resident set (``ru_maxrss``). The acceptance is exit 0 or
2 (never a traceback), under 1 GiB and seconds for a single bad file. ``--big`` adds the report of a
200,000-row table (about two minutes).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ZYGRAPH = [sys.executable, "-m", "zygraph"]
ROOT = Path(__file__).resolve().parent.parent


def run(args: list[str]) -> tuple[int, float, float, str]:
    """Exit code, seconds, peak RSS in MiB of the child (its own, from wait4), and its last stderr line."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen([*ZYGRAPH, *args], stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        last = (err.read().decode("utf-8", "replace").strip().splitlines() or [""])[-1]
    return child.returncode, seconds, usage.ru_maxrss / 1024, last


def zip_bomb(folder: Path) -> Path:
    import docx

    path = folder / "bomb.docx"
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "工作任务", "牵头单位"
    document.save(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as archive, \
            archive.open("word/media/filler.xml", "w", force_zip64=True) as member:
        chunk = b" " * (1 << 24)
        for _ in range(256):  # 4 GiB of spaces, about 4 MB compressed
            member.write(chunk)
    return path


def unknown_names(folder: Path, n: int) -> Path:
    path = folder / f"unknown_{n}.csv"
    names = "、".join(f"某某{i}号" for i in range(n))
    path.write_text(f"工作任务,牵头单位,配合单位\n办科技周,市科协,{names}\n", encoding="utf-8")
    return path


def huge_cell(folder: Path) -> Path:
    path = folder / "huge_cell.csv"
    path.write_text("工作任务,牵头单位\n办科技周,\"" + "市" * 10_000_000 + "\n", encoding="utf-8")
    return path


def many_names(folder: Path) -> Path:
    path = folder / "many_names.txt"
    names = "、".join(f"某某{i}号" for i in range(100_000))
    path.write_text(f"\t工作任务\n\t牵头单位\n\t配合单位\n\n\t办科技周\n\t市科协\n\t{names}\n", encoding="utf-8")
    return path


def trimmed(folder: Path) -> Path:
    path = folder / "trimmed.txt"
    lines = (ROOT / "data" / "ziyang_2023_science_literacy_tasks.txt").read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join(line.rstrip() for line in lines), encoding="utf-8")
    return path


def glued_rows(folder: Path, rows: int = 2_000) -> Path:
    """A table copied with nothing between its cells, a row a line, each row 40 sentences of unit-like words
    and no units: the search for the units after each sentence is what it stresses."""
    rng = random.Random(1)
    words = "局委办政府会中心街道镇乡区县市所站社司队科股建设推进加强工作项目服务管理发展"
    sentence = lambda: "".join(rng.choice(words) for _ in range(60)) + "。"  # noqa: E731
    path = folder / "glued.txt"
    lines = ["类别序号重点督办内容牵头单位全年完成情况"]
    lines += [f"目标{i + 1}" + "".join(sentence() for _ in range(40)) for i in range(rows)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def by_line(folder: Path, length: int = 100_000) -> Path:
    """A notice with one running line of 由 (each read for the holder after it: the read must stay linear)."""
    path = folder / "by_line.txt"
    path.write_text("关于做好某项工作的通知\n各乡镇：\n一、加强管理\n县财政局要加强管理。" + "由" * length + "。\n",
                    encoding="utf-8")
    return path


def big_table(folder: Path, rows: int = 200_000) -> Path:
    from zygraph.names.units import Registry

    rng = random.Random(1)
    units = [u.name for u in Registry.bundled().units if u.kind in ("government", "people_org", "party")][:60]
    path = folder / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["领域", "工作任务", "牵头单位", "配合单位"])
        for i in range(rows):
            writer.writerow([f"领域{i % 13}", f"任务{i}：开展科普工作第{i}项", rng.choice(units),
                             "、".join(rng.sample(units, rng.randint(0, 5)))])
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", action="store_true", help="also report a 200,000-row table (about 2 minutes)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        cases = [
            ("4 GiB zip bomb in a 4 MB .docx", ["check", str(zip_bomb(folder)), "--quiet"]),
            ("1,000 unknown names in one cell", ["check", str(unknown_names(folder, 1_000)), "--quiet"]),
            ("5,000 unknown names in one cell", ["check", str(unknown_names(folder, 5_000)), "--quiet"]),
            ("a 10-million-character CSV cell", ["check", str(huge_cell(folder)), "--quiet"]),
            ("100,000 names (0.9 million characters) in one TAB-text cell", ["check", str(many_names(folder)),
                                                                              "--quiet"]),
            ("the Ziyang table with trailing white space trimmed", ["check", str(trimmed(folder)), "--quiet"]),
            ("a glued table of 2,000 rows of 40 sentences, no unit in them", ["check", str(glued_rows(folder)),
                                                                               "--quiet"]),
            ("a running line of 100,000 由", ["check", str(by_line(folder)), "--quiet"]),
        ]
        if options.big:
            cases.append(("report of a 200,000-row table", ["report", str(big_table(folder)), "-o",
                                                            str(folder / "big_report")]))
        print(f"| case | exit | seconds | peak MiB |\n|---|---:|---:|---:|")
        for label, args in cases:
            code, seconds, peak, last = run(args)
            print(f"| {label} | {code} | {seconds:.1f} | {peak:.0f} |", flush=True)
            if code not in (0, 2) or "Traceback" in last:
                print(f"  unexpected: {last}", file=sys.stderr)


if __name__ == "__main__":
    main()
