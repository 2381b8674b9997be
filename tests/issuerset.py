"""Measure issuer detection on the real notices: the issuer read from each notice against the one SOURCE.md names.

For every fixture of ``tests/fixtures/real`` whose ``SOURCE.md`` ``- **Issuer**:``
line names a government (read as ``tests/test_units_real.py`` reads it), the
document is read with :func:`zygraph.readers.read_raw` and its issuer detected with
:func:`zygraph.detect_issuer`. Each is one of:

``right``  the level agrees, and the place too where SOURCE.md names one;
``level``  the level agrees, the notice names no place (县人民政府办公室关于…);
``wrong``  the level differs, or a place is read that is not SOURCE.md's;
``none``   no issuer is read.

Run ``PYTHONPATH=. python -m tests.issuerset`` for the counts, ``-v`` for every
fixture that is not right.

>>> gaz = zygraph.Registry.bundled().gazetteer
>>> expected = zygraph.names.issuer.issuer_from_name("广州市人民政府", gaz)
>>> verdict(expected, zygraph.names.issuer.issuer_from_name("广州市财政局", gaz))
'right'
>>> verdict(expected, zygraph.names.issuer.Issuer("区", "", "county", None, "title"))
'wrong'
>>> verdict(expected, zygraph.names.issuer.NO_ISSUER)
'none'
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import opencc

import zygraph
from zygraph.errors import ZygraphError
from zygraph.names.issuer import Issuer, issuer_from_name
from zygraph.readers import read_raw

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "real"
_UNNAMED = ("a ", "an ", "the ", "unidentified")


def expected_issuer(folder: Path, gazetteer, t2s) -> Issuer | None:
    """The issuer SOURCE.md names, placed as tests/test_units_real.py places it; None when it names none."""
    line = re.search(r"\*\*Issuer\*\*: ([^\n]*)", (folder / "SOURCE.md").read_text(encoding="utf-8"))
    if line is None or line.group(1).lower().startswith(_UNNAMED):
        return None
    name = re.search(r"([\u4e00-\u9fff]+)", t2s.convert(line.group(1)))
    found = issuer_from_name(name.group(1), gazetteer) if name else None
    return found if found is not None and found.level else None


def verdict(expected: Issuer, found: Issuer) -> str:
    """``right``, ``level``, ``wrong`` or ``none``: how the issuer read compares with the one expected."""
    if not found.level:
        return "none"
    if found.level != expected.level:
        return "wrong"
    if not found.label or found.label == expected.label or expected.level == "national":
        return "right" if found.label or not expected.label else "level"
    return "wrong"


def measure(verbose: bool = False) -> Counter:
    """Counts of each verdict over the fixtures; with ``verbose``, print every one that is not right."""
    gazetteer, t2s = zygraph.Registry.bundled().gazetteer, opencc.OpenCC("t2s")
    counts = Counter()
    for folder in sorted(p for p in FIXTURES.glob("*/*") if (p / "SOURCE.md").exists()):
        expected = expected_issuer(folder, gazetteer, t2s)
        sources = sorted(folder.glob("source.*"))
        if expected is None or not sources:
            continue
        try:
            found = zygraph.detect_issuer(read_raw(sources[0]).meta, gazetteer)
        except ZygraphError:
            counts["unreadable"] += 1
            continue
        result = verdict(expected, found)
        counts[result] += 1
        if verbose and result != "right":
            print(f"{result:5} {folder.name}: want {expected.label}/{expected.level}, "
                  f"got {found.label}/{found.level} ({found.source})")
    return counts


if __name__ == "__main__":
    counts = measure("-v" in sys.argv[1:])
    print(" ".join(f"{key}={counts[key]}" for key in ("right", "level", "wrong", "none", "unreadable")),
          f"total={sum(counts.values())}")
