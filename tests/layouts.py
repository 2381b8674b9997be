"""The real notices by layout family: how each family read when first scored, sealed, and how it reads now.

Issue 10's bar is per layout (tables, paragraphs, web pages, PDFs…), so the pooled numbers of
tests/realset.py are split here by the family of each fixture's layout. A family comes from the
source file's type, else from words of the layout description in tests/fixtures/real/index.csv
(see :data:`FAMILIES`); the rules are rough by design and printed with the table.

"First scored" reads the per-notice tables of tests/fixtures/real/README.md: each table records how
its notices read the one time they were scored before any fix aimed at them (every sealed set, and
the dev and holdout notices before issue 10's work began); a notice's first row is its first score.
The first blind set's table gives no per-notice scores, so its notices are left out (the count is
printed).

Run: ``PYTHONPATH=. python -m tests.layouts`` (first scores only, instant); ``--since blind98`` keeps
the sealed sets from that one on (the readers of recent sessions); ``--now`` also scores every
fixture with the readers of the working tree (1-2 minutes).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict

from tests import realset

#: (family, source suffixes, words of the layout description), tried in order; the first that matches wins.
FAMILIES = (
    ("web page (.html)", (".html", ".htm"), ()),
    ("PDF", (".pdf",), ()),
    ("Word or spreadsheet file", (".docx", ".doc", ".xlsx", ".xls", ".csv", ".wps"), ()),
    ("text run together on one line", (), ("ONE line", "on one line", "one line with no")),
    ("table copied as text", (), ("table", "cell a line", "cell a paragraph", "TAB", " | ")),
    ("news and meeting reports", (), ("news", "meeting", "minutes", "speech")),
    ("paragraphs with labels or brackets", (), ("label", "bracket", "牵头单位", "责任单位")),
    ("sentences and duty lists", (), ("subject", "sentence", "dut", "heading")),
)
OTHER = "other text"
#: What a layout description says the notice lacks ("no labels, brackets or lead"), up to the clause's end.
_DENIED = re.compile(r"\b(?:no|without|neither|nor) [^;:.()]*")

_ROW = re.compile(r"^\| (?P<id>[0-9A-Za-z_]+) \| (?P<split>blind\d+|holdout|formats|dev) \|.*\| (?P<tasks>\d+) \| "
                  r"(?P<gold>\d+) \| (?P<p>[01]\.\d\d) \| (?P<r>[01]\.\d\d) \| (?P<found>\d+)/\d+(?P<refused> \(refused\))? \|$")


def family(fixture) -> str:
    """The layout family of one fixture (see :data:`FAMILIES`).

    >>> from pathlib import Path
    >>> class F: source, layout = Path("source.txt"), "flattened table (spaces)"
    >>> family(F)
    'table copied as text'
    >>> class G: source, layout = Path("source.txt"), "units as sentence subjects; no labels, brackets or lead"
    >>> family(G)
    'sentences and duty lists'
    """
    suffix = fixture.source.suffix.lower()
    layout = _DENIED.sub("", fixture.layout)  # "no labels, brackets or lead" names what the layout lacks
    for name, suffixes, words in FAMILIES:
        if suffix in suffixes or (suffix == ".txt" and any(w in layout for w in words)):
            return name
    return OTHER


def first_scores(readme=realset.FIXTURES / "README.md") -> dict:
    """id -> (gold assignments, true positives, read assignments, gold tasks, tasks found), each notice's first row.

    True positives and assignments read are recovered from the rounded recall and precision the row prints,
    so a family's pooled figures carry a rounding error of at most half an assignment a notice.
    """
    scores, heading = {}, ""
    for line in readme.read_text(encoding="utf-8").splitlines():
        heading = line if line.startswith("## ") else heading
        m = _ROW.match(line)
        if not m or m["id"] in scores:
            continue
        # other sections score dev and holdout notices on readers tuned to them; a blind row is always first
        if not ("ealed set" in heading or "before issue 10" in heading or m["split"].startswith("blind")):
            continue
        gold, p, r = int(m["gold"]), float(m["p"]), float(m["r"])
        tp = round(r * gold)
        read = round(tp / p) if p else 0
        scores[m["id"]] = (gold, tp, read, int(m["tasks"]), int(m["found"]))
    return scores


def pooled(rows) -> tuple:
    """(notices, P, R, tasks found, gold tasks) of rows of (gold, tp, read, tasks, found)."""
    gold, tp, read, tasks, found = (sum(r[i] for r in rows) for i in range(5))
    return len(rows), (tp / read if read else 0.0), (tp / gold if gold else 0.0), found, tasks


def table(groups: dict, title: str) -> str:
    """A Markdown table of pooled figures by family."""
    lines = [f"| family | {title}: notices | P | R | tasks found |", "|---|---:|---:|---:|---:|"]
    for name in [f for f, _, _ in FAMILIES] + [OTHER]:
        if groups.get(name):
            n, p, r, found, tasks = pooled(groups[name])
            lines.append(f"| {name} | {n} | {p:.2f} | {r:.2f} | {found}/{tasks} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    """Print first scores by family (of the sets since ``--since blindN``); with --now, today's scores too."""
    argv = sys.argv[1:] if argv is None else argv
    fixtures = realset.fixtures()
    first = first_scores()
    since = int(argv[argv.index("--since") + 1].removeprefix("blind")) if "--since" in argv else None
    groups = defaultdict(list)
    for fixture in fixtures:
        recent = since is None or (fixture.split.startswith("blind") and int(fixture.split[5:] or 1) >= since)
        if fixture.id in first and recent:
            groups[family(fixture)].append(first[fixture.id])
    print(table(groups, "first scored, untuned"))
    print(f"({sum(f.id not in first for f in fixtures)} of {len(fixtures)} fixtures have no first row)")
    if "--now" in argv:
        now = defaultdict(list)
        for fixture, row in zip(fixtures, realset.score_table(fixtures)):
            now[family(fixture)].append((row["assignments"], row["true_positives"], row["read"], row["tasks"],
                                         row["tasks_found"]))
        print()
        print(table(now, "now, every fixture"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
