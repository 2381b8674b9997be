"""Show that reading unit lists and numbered paragraphs takes time linear in the text: doubling ratios.

Run::

    .venv/bin/python benchmarks/grammar.py

For each input shape, the text is made at n and at 2n repeats of a unit, and the
best of three timings of each is taken, in this process's CPU time (which other
work on a shared machine does not inflate); a ratio near 2 means linear time,
near 4 quadratic. Shapes: names joined by 和 (split_units), one bracketed list of names
(parse_group), a plan of numbered tasks each closed by its own group, one
paragraph whose bracket holds every name, a plan of numbered tasks run together on one line with nothing between
them, a crawl's copy that lost its line breaks (these three through parse_paragraphs), a table run together on one line
with spaces or bars between its cells (table_lines), a measure's clauses each naming units (measure_units), and texts made to trip a
backtracking pattern (brackets nested deep, one word repeated) that the tests read for their results.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from zygraph.sentences.everyone import in_general  # noqa: E402
from zygraph.sentences.grammar import parse_group  # noqa: E402
from zygraph.sentences.measures import measure_units  # noqa: E402
from zygraph.sentences.prose import prose_tasks  # noqa: E402
from zygraph.names.unitlist import split_units  # noqa: E402
from zygraph.readers.paragraph import parse_paragraphs  # noqa: E402
from zygraph.readers.rebroken import table_lines  # noqa: E402

SHAPES = {
    "names joined by 和 (split_units)": (lambda n: "和".join(f"第{i}局" for i in range(n)), split_units),
    "bracketed list (parse_group)": (lambda n: "、".join(f"第{i}局" for i in range(n)) + "负责", parse_group),
    "numbered tasks (parse_paragraphs)": (lambda n: "\n".join(f"{i % 900 + 1}.办事（第{i}局负责）" for i in range(n)),
                                          parse_paragraphs),
    "a plan run together on one line (parse_paragraphs)": (
        lambda n: "通知如下：" + "".join(f"{i % 999 + 1}.办事（第{i}局负责）" for i in range(n)), parse_paragraphs),
    "one long paragraph (parse_paragraphs)": (lambda n: "1.办事（" + "、".join(f"第{i}局" for i in range(n)) + "负责）",
                                              parse_paragraphs),
    "a table run together on one line (table_lines)": (
        lambda n: "附件 序号 工作任务 牵头单位 配合单位 " + " ".join(f"{i + 1} 举办第{i}次活动 第{i}局 第{i}委" for i in range(n)),
        table_lines),
    "a table with bars on one line (table_lines)": (
        lambda n: "附件 序号 | 工作任务 | 牵头单位 | " + " ".join(f"{i + 1} | 举办第{i}次活动 | 第{i}局 |" for i in range(n)),
        table_lines),
    # pathological texts (tests/test_grammar.py reads them; here is how their time grows)
    "brackets nested n deep (parse_group)": (lambda n: "（" * (2 * n) + "市科协、" * n + "）" * (2 * n), parse_group),
    "等 repeated (split_units)": (lambda n: "甲" + "等" * (8 * n), split_units),
    "bare field names parted by 、 (split_units)": (lambda n: "海事、" * (2 * n), split_units),
    "各级 and a bare field repeated (split_units)": (lambda n: "各级海事、港航、" * n, split_units),
    "各 repeated, no kind (in_general)": (lambda n: "各" * (8 * n) + "x", in_general),
    "由 repeated before 负责 (parse_group)": (lambda n: "由" * (8 * n) + "负责", parse_group),
    "会同 repeated before 负责 (parse_group)": (lambda n: "会同" * (4 * n) + "负责", parse_group),
    "labels repeated (parse_group)": (lambda n: "牵头单位：" * (2 * n), parse_group),
    "header words repeated, no rows (table_lines)": (lambda n: "工作任务 牵头单位 一 " * n, table_lines),
    "one-character cells repeated (table_lines)": (lambda n: "牵头单位 配合单位 " + "一 " * (8 * n), table_lines),
    "分别由 repeated (prose_tasks)": (lambda n: "分别由" * n, prose_tasks),
    "a unit and 要 repeated (prose_tasks)": (lambda n: "市教育局要" * n, prose_tasks),
    "a measure's clauses naming units (measure_units)": (lambda n: "县财政局要做好，" + "县审计局落实宣传，" * n,
                                                          measure_units),
}


def best_of_three(function, text) -> float:
    times = []
    for _ in range(3):
        start = time.process_time()
        function(text)
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    n = 10_000
    print(f"{'shape':42} {'chars at n':>10} {'CPU s, n':>8} {'CPU s, 2n':>9} {'ratio':>6}")
    for name, (make, function) in SHAPES.items():
        small, large = make(n), make(2 * n)
        t_small, t_large = best_of_three(function, small), best_of_three(function, large)
        print(f"{name:42} {len(small):10,d} {t_small:8.3f} {t_large:9.3f} {t_large / t_small:6.2f}")


if __name__ == "__main__":
    main()
