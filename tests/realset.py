"""Score zygraph's readers on the real notices of tests/fixtures/real: precision and recall of (task, unit, role).

Each fixture is a folder ``tests/fixtures/real/<split>/<id>/`` holding the notice
as found (``source.txt`` or ``source.html``), ``SOURCE.md`` and ``gold.csv``
(``task_no,task_start,unit,role``, checked by hand). This module reads the source
with :func:`zygraph.read_table`, matches the reader's tasks to the gold tasks by
the start of their text, and counts the (task, unit, role) triples both agree on.

Run ``python -m tests.realset`` (or ``python tests/realset.py``) from the
repository root for a table of every fixture's score.

Examples
--------
>>> gold = [GoldRow(1, "办科技周活动", "市科技局", "lead"), GoldRow(1, "办科技周活动", "市科协", "support")]
>>> tasks = [("T001", "1.办科技周活动，面向公众。")]
>>> read = [("T001", "市科技局", "市科技局", "lead"), ("T001", "市科协", "市科协", "lead")]
>>> s = score(gold, tasks, read)
>>> s.true_positives, s.precision, s.recall, s.tasks_found
(1, 0.5, 0.5, 1)
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import zygraph

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "real"
SPLITS = ("dev", "holdout", "blind", "blind2", "blind3", "formats", "blind4", "blind5", "blind6", "blind7", "blind8",
          "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18",
          "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27",
          "blind28", "blind30", "blind31", "blind29", "blind34", "blind32", "blind33", "blind35", "blind36",
          "blind38", "blind39", "blind40", "blind37", "blind42", "blind43", "blind41", "blind44", "blind46", "blind47", "blind48",
          "blind49", "blind50", "blind51", "blind52", "blind53", "blind54", "blind55", "blind56", "blind57", "blind58",
          "blind59", "blind60", "blind61", "blind62", "blind63",
          "blind64", "blind65", "blind66", "blind67", "blind68", "blind69",
          "blind70", "blind71", "blind72", "blind73", "blind74", "blind75",
          "blind76", "blind77", "blind78", "blind79", "blind80", "blind81", "blind82",
          "blind83", "blind84", "blind85", "blind86", "blind87",
          "blind88", "blind89", "blind90", "blind91",
          "blind92", "blind93", "blind94", "blind95", "blind96", "blind97",
          "blind98", "blind99", "blind100", "blind101",
          "blind102", "blind103", "blind104", "blind105",
          "blind106", "blind107", "blind108", "blind109", "blind110",
          "blind111", "blind112", "blind113", "blind114", "blind115",
          "blind116", "blind117", "blind118", "blind119", "blind120",
          "blind121", "blind122", "blind123", "blind124", "blind125",
          "blind126", "blind127", "blind128", "blind129", "blind130", "blind131",
          "blind132", "blind133", "blind134", "blind135", "blind136", "blind137",
          "blind138", "blind139", "blind140", "blind141",
          "blind142", "blind143", "blind144", "blind145")

#: A task's own number at the start of its normalised text, as the readers may
#: leave it: ``1.`` ``1、`` ``1﹒`` ``(一)`` ``（1）`` ``第一条`` ``80 |``. A bare
#: number needs its separator, so ``121人才梯队项目`` keeps its 121.
_NUMBER = re.compile(
    r"^(?:[(〔\[][0-9一二三四五六七八九十百]+[)〕\]][.、,:|]?"
    r"|[0-9一二三四五六七八九十百]+[.、,:|]"
    r"|第[0-9一二三四五六七八九十百]+[条项])"
)
#: A pinyin reading after a character, as some copies of web pages carry them: 發(fā), 項(xiàng).
_PINYIN_READING = re.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{2,6}\)")
_CUT_READING = re.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,6}$")
#: A comma a copy doubled before the mark the text has there (各鄉鎮,、部門; after NFKC): a copy's mark, as a reading
#: is, which a gold written as the copy has it keeps and a reader's text does not.
_DOUBLED_COMMA = re.compile(",(?=[,、。;:])")
#: How far into a reader's task text the gold start may begin (after a number
#: the pattern above missed, or an area glued in front).
_SLACK = 12
#: The shortest reader task that may match a gold start it opens (the rest cut off by a label).
_SHORT_TASK = 4
_PUNCTUATION = re.compile(r"[^\w%]")
_LABEL_WORDS = ("牵头", "牽頭", "责任", "責任", "配合", "主办", "协办", "参与", "负责", "負責")
#: A bracket naming a task's units with 由 (一、强化科技创新(由区科技局牵头)): where a reader's task stops, as at a label.
_BY = "由"
_UNIT_BRACKET = "("


@dataclass(frozen=True)
class GoldRow:
    """One (task, unit, role) of a gold file."""

    task_no: int
    task_start: str
    unit: str
    role: str


@dataclass(frozen=True)
class Fixture:
    """One real notice: where it is, its split and its gold rows."""

    id: str
    split: str
    folder: Path
    source: Path
    gold: tuple
    level: str
    layout: str


@dataclass(frozen=True)
class Score:
    """How one reading compares with the gold.

    ``error`` is the reader's error message when it could not read the file at
    all; every count of the reading is then 0.
    """

    true_positives: int
    gold_assignments: int
    read_assignments: int
    tasks_found: int
    gold_tasks: int
    error: str = ""

    @property
    def precision(self) -> float:
        """Share of the reader's (task, unit, role) triples that are in the gold (0 when it read none)."""
        return self.true_positives / self.read_assignments if self.read_assignments else 0.0

    @property
    def recall(self) -> float:
        """Share of the gold's (task, unit, role) triples that the reader found."""
        return self.true_positives / self.gold_assignments if self.gold_assignments else 1.0

    def passes(self, threshold: float = 0.95) -> bool:
        """True when precision and recall reach ``threshold`` and every gold task is found."""
        return (self.precision >= threshold and self.recall >= threshold
                and self.tasks_found == self.gold_tasks and not self.error)


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def normalise(text: str) -> str:
    """Text as compared: NFKC, no pinyin readings a page inserted (``發(fā)``) nor commas a copy doubled before
    another mark (``,、``), Simplified characters, no whitespace.

    >>> normalise("（牽頭單位： 市 科協）"), normalise("市發(fā)展改革委"), normalise("各鄉(xiāng)鎮,、部門")
    ('(牵头单位:市科协)', '市发展改革委', '各乡镇、部门')
    >>> normalise("第 1、2 项")
    '第1、2项'
    """
    text = _PINYIN_READING.sub("", unicodedata.normalize("NFKC", str(text)))
    text = _CUT_READING.sub("", text)  # a gold start cut inside a reading: 第三產(chǎn)業(y
    text = _DOUBLED_COMMA.sub("", text)
    return re.sub(r"\s+", "", _t2s().convert(text))


def unit_keys(name: str) -> set:
    """The forms of a unit name that count as the same unit: normalised, and without a trailing bracket.

    A trailing bracket qualifies a name (``县发改局(粮食局)``, ``各街道(功能区)``);
    a reader may keep it or not.

    >>> sorted(unit_keys("县发改局（粮食局）"))
    ['县发改局', '县发改局(粮食局)']
    >>> sorted(unit_keys("相关市(州)人民政府"))
    ['相关市(州)人民政府']
    """
    name = normalise(name)
    return {name, re.sub(r"\([^()]*\)$", "", name)} - {""}


def _cut_at_label(form: str, want: str, written: str = "") -> bool:
    """True when a reader's task is the gold start up to an inline label (农村道路畅通工程 | 牵头部门:…), or up to a
    bracket naming its units with 由 (强化科技创新 | (由区科技局牵头)); ``written`` is the gold start with its punctuation.

    >>> _cut_at_label("强化科技创新", "强化科技创新由区科技局", "强化科技创新(由区科技局"), _cut_at_label("建设道路", "建设道路由区交通局")
    (True, False)
    """
    rest = want[len(form):]
    if len(form) < _SHORT_TASK or not want.startswith(form) or not rest:
        return False
    return (any(word.startswith(rest) or rest.startswith(word) for word in _LABEL_WORDS)
            or (rest.startswith(_BY) and _UNIT_BRACKET + rest[:_SHORT_TASK] in written))


def _bare(text: str) -> str:
    """Text without punctuation or spaces: the words a task is known by."""
    return _PUNCTUATION.sub("", text)


def task_key(text: str) -> str:
    """A task's text as compared: normalised, its own leading number removed.

    >>> task_key("  (一)地区生产总值增长7%以上")
    '地区生产总值增长7%以上'
    >>> task_key("1﹒全省生产总值增长")
    '全省生产总值增长'
    """
    return _NUMBER.sub("", normalise(text), count=1)


def read_gold(path: Path) -> tuple:
    """The rows of one gold.csv."""
    with open(path, encoding="utf-8", newline="") as f:
        return tuple(GoldRow(int(r["task_no"]), r["task_start"], r["unit"], r["role"]) for r in csv.DictReader(f))


def _index(path: Path) -> dict:
    """id -> (level, layout) from tests/fixtures/real/index.csv."""
    with open(path, encoding="utf-8", newline="") as f:
        return {r["id"]: (r["level"], r["layout"]) for r in csv.DictReader(f)}


def fixtures(root: Path = FIXTURES) -> list:
    """Every fixture under ``root``, dev first, each split in id order."""
    index = _index(root / "index.csv")
    found = []
    for split in SPLITS:
        folders = (root / split).iterdir() if (root / split).is_dir() else ()
        for folder in sorted(p for p in folders if p.is_dir()):
            sources = sorted(folder.glob("source.*"))
            level, layout = index.get(folder.name, ("", ""))
            found.append(Fixture(folder.name, split, folder, sources[0], read_gold(folder / "gold.csv"), level, layout))
    return found


def match_tasks(gold_starts: dict, read_tasks: list) -> dict:
    """Map each gold task number to the reader's task id whose text starts like it.

    ``gold_starts`` maps task_no -> task_start; ``read_tasks`` is a list of
    (task_id, text) or (task_id, text, area) in reading order. Each reader task
    serves one gold task at most; gold tasks are matched in order, each to the
    first unused reader task whose key holds the gold start within its first
    characters. A reader may also have read a run-in heading
    (``（一）强化顶层设计引领，发挥政府宏观指导作用。建立…``) as the task's area: the
    area followed by the text then counts too.

    >>> match_tasks({1: "办科技周", 2: "办科普日"}, [("T1", "（二）办科普日"), ("T2", "1.办科技周")])
    {1: 'T2', 2: 'T1'}
    >>> match_tasks({1: "强化顶层设计引领，发挥政"}, [("T1", "建立指标体系。", "（一）强化顶层设计引领，发挥政府作用。")])
    {1: 'T1'}

    Punctuation is not compared (a heading read as the area loses its 。), and a reader task
    shorter than the gold start matches when the start goes on from it with a unit label (a
    label inside the sentence ends the task: ``农村道路畅通工程,牵头部门:市交通局``):

    >>> match_tasks({1: "打造夜商圈。重点打造青泥", 2: "农村道路畅通工程,牵头部"},
    ...             [("T1", "重点打造青泥洼商圈。", "打造夜商圈"), ("T2", "农村道路畅通工程，")])
    {1: 'T1', 2: 'T2'}

    So does a heading read as the task, the bracket naming its lead with 由 left out (``一、强化科技创新(由区科技局牵头)``):

    >>> match_tasks({1: "强化科技创新(由区科技局"}, [("T1", "强化科技创新")])
    {1: 'T1'}
    """
    keys = []
    for task_id, text, *area in read_tasks:
        forms = [task_key(text)] + [task_key(str(a) + str(text)) for a in area if a]
        keys.append((task_id, [_bare(form) for form in forms]))
    used, matched = set(), {}
    for task_no, start in sorted(gold_starts.items()):
        written = task_key(start)
        want = _bare(written)
        for task_id, forms in keys:
            if task_id not in used and want and any(f.find(want) in range(0, _SLACK + 1)
                                                    or _cut_at_label(f, want, written) for f in forms):
                matched[task_no] = task_id
                used.add(task_id)
                break
    return matched


def score(gold, read_tasks, read_assignments) -> Score:
    """Compare a reading with the gold: see :func:`compare`."""
    return compare(gold, read_tasks, read_assignments)[0]


def compare(gold, read_tasks, read_assignments) -> tuple:
    """Compare a reading with the gold; return the :class:`Score`, the gold triples missed and the triples read wrongly.

    Parameters
    ----------
    gold : iterable of GoldRow
    read_tasks : list of (task_id, task text) or (task_id, task text, area), in reading order
    read_assignments : iterable of (task_id, unit, raw_unit, role)
        ``unit`` is the reader's canonical name, ``raw_unit`` the text as
        written; a gold unit matches when either equals it after
        :func:`normalise`, with or without a trailing bracket (:func:`unit_keys`).

    Notes
    -----
    Triples are compared as sets: a (task, unit, role) the reader gives twice
    counts once. A reader assignment on a task that matches no gold task is a
    false positive (the gold names no unit there). A unit given the wrong role
    is one false positive and one false negative.
    """
    gold = list(gold)
    starts = {g.task_no: g.task_start for g in gold}
    matched = match_tasks(starts, list(read_tasks))
    task_of = {task_id: task_no for task_no, task_id in matched.items()}
    gold_set = {(g.task_no, normalise(g.unit), g.role) for g in gold}
    gold_names = {}
    for task_no, unit, _role in gold_set:
        for key in unit_keys(unit):
            gold_names.setdefault(task_no, {})[key] = unit
    read_set = set()
    for task_id, unit, raw_unit, role in read_assignments:
        task_no = task_of.get(task_id)
        names = gold_names.get(task_no, {})
        known = sorted(names[key] for key in unit_keys(unit) | unit_keys(raw_unit) if key in names)
        name = known[0] if known else normalise(raw_unit)
        read_set.add((task_no if task_no is not None else f"unmatched:{task_id}", name, role))
    result = Score(
        true_positives=len(gold_set & read_set),
        gold_assignments=len(gold_set),
        read_assignments=len(read_set),
        tasks_found=len(matched),
        gold_tasks=len(starts),
    )
    return result, sorted(gold_set - read_set, key=str), sorted(read_set - gold_set, key=str)


def score_fixture(fixture: Fixture) -> Score:
    """Read one fixture's source with zygraph and score it; a refused file scores 0."""
    return compare_fixture(fixture)[0]


def compare_fixture(fixture: Fixture) -> tuple:
    """Read one fixture with zygraph; return its :class:`Score`, the gold triples missed, the triples read wrongly."""
    gold_tasks = len({g.task_no for g in fixture.gold})
    try:
        table = zygraph.read_table(fixture.source)
    except zygraph.ZygraphError as error:
        message = str(error).replace(str(fixture.source), fixture.source.name)
        missed = sorted({(g.task_no, normalise(g.unit), g.role) for g in fixture.gold}, key=str)
        return Score(0, len(missed), 0, 0, gold_tasks, error=message), missed, []
    tasks = list(table.tasks[["task_id", "task", "area"]].itertuples(index=False, name=None))
    assignments = table.assignments[["task_id", "unit", "raw_unit", "role"]].itertuples(index=False, name=None)
    return compare(fixture.gold, tasks, assignments)


def score_table(found=None) -> list:
    """One row per fixture: its id, split, level, layout, counts, precision, recall, tasks found and error."""
    rows = []
    for fixture in found if found is not None else fixtures():
        s = score_fixture(fixture)
        rows.append({"id": fixture.id, "split": fixture.split, "level": fixture.level, "layout": fixture.layout,
                     "tasks": s.gold_tasks, "assignments": s.gold_assignments, "read": s.read_assignments,
                     "true_positives": s.true_positives, "precision": s.precision, "recall": s.recall,
                     "tasks_found": s.tasks_found, "error": s.error})
    return rows


def format_table(rows) -> str:
    """The score rows as a Markdown table, then each split's totals (P and R over all its triples)."""
    lines = ["| fixture | split | level | layout | tasks | assignments | P | R | tasks found |",
             "|---|---|---|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        note = " (refused)" if r["error"] else ""
        lines.append(f"| {r['id']} | {r['split']} | {r['level']} | {r['layout']} | {r['tasks']} | {r['assignments']} "
                     f"| {r['precision']:.2f} | {r['recall']:.2f} | {r['tasks_found']}/{r['tasks']}{note} |")
    for split in SPLITS:
        part = [r for r in rows if r["split"] == split]
        if not part:
            continue
        tp, read, gold = (sum(r[k] for r in part) for k in ("true_positives", "read", "assignments"))
        tasks, found = sum(r["tasks"] for r in part), sum(r["tasks_found"] for r in part)
        lines.append(f"| **all {split}** ({len(part)}) | {split} | | | {tasks} | {gold} "
                     f"| {tp / read if read else 0:.2f} | {tp / gold if gold else 0:.2f} | {found}/{tasks} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    """Print the score table of every fixture; with fixture ids, what each reading missed and added."""
    argv = sys.argv[1:] if argv is None else argv
    if argv:
        for fixture in fixtures():
            if fixture.id in argv:
                result, missed, extra = compare_fixture(fixture)
                print(f"## {fixture.id}: P {result.precision:.2f} R {result.recall:.2f} "
                      f"tasks {result.tasks_found}/{result.gold_tasks} {result.error}")
                for triple in missed:
                    print("  missed", *triple)
                for triple in extra:
                    print("  extra ", *triple)
        return 0
    rows = score_table()
    print(format_table(rows))
    refused = [r for r in rows if r["error"]]
    for r in refused:
        print(f"{r['id']}: {r['error']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
