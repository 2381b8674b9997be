"""A duty's first working clause and the help word that decides support (zygraph.sentences.first_work)."""

import re

import zygraph

from zygraph.sentences.first_work import deciding_help, first_work_end, sets_case
from zygraph.sentences.subject_units import duty_subject_units

_HELPS = re.compile("配合|协助|协同")


def test_conditions_and_occasions_before_the_work_are_no_working_clause():
    for text in ("A根据工作需要，配合做好警戒。", "A视情况，协助开展作业。", "A在汛期，协同做好巡查。", "A必要时，协同做好运输。"):
        assert deciding_help(text, 1, _HELPS) is not None, text


def test_help_after_own_work_or_between_the_subjects_decides_nothing():
    assert deciding_help("A要加强管控，依法查处，配合做好宣传。", 1, _HELPS) is None
    assert deciding_help("A、B要密切配合，确保落实。", 3, _HELPS) is None
    assert first_work_end("A对逾期未整改的，依法处理。", 1) == 14 and sets_case("凡未达标的")


def test_a_unit_helping_on_occasion_supports():
    assert [(i.text, i.role) for i in duty_subject_units("县公安局根据工作需要，配合做好火场警戒和交通管制。")] == [
        ("县公安局", "support")]


def test_a_help_word_deciding_support_leaves_a_finding_on_its_line(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text("某某县人民政府办公室关于成立县防汛指挥部的通知\n\n各乡镇人民政府，县政府各部门：\n一、成员单位职责\n"
                    "县水利局负责指挥部日常工作，组织开展抢险。\n县公安局根据工作需要，配合做好交通管制。\n", encoding="utf-8")
    table = zygraph.read_table(path)
    found = table.findings[table.findings.code == "help_decides_support"]
    assert list(found.line) == [6]
    assert set(zip(table.assignments.unit, table.assignments.role)) >= {("县公安局", "support")}
