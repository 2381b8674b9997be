"""Members' duties run together on one line without spaces."""

from zygraph.readers.lines import PARAGRAPH_BREAK
from zygraph.readers.members import members_apart
from zygraph.readers.paragraph import parse_paragraphs

_LINE = ("三、职责分工县商务局：负责加油站监管；负责依法处置。各乡镇：配合有关部门做好日常监管。发现问题及时上报。"
         "县公安局：负责打击违法行为。其他行业主管部门负责督促本行业企业加强管理。")


def test_each_member_after_a_full_stop_and_the_heading_glued_to_the_first_are_cut_apart():
    findings = []
    parts = members_apart(_LINE, findings).split(PARAGRAPH_BREAK)
    assert parts == ["三、职责分工", "县商务局：负责加油站监管；负责依法处置。", "各乡镇：配合有关部门做好日常监管。发现问题及时上报。",
                     "县公安局：负责打击违法行为。", "其他行业主管部门负责督促本行业企业加强管理。"]
    assert [f.code for f in findings] == ["members_run_on"]


def test_a_line_with_one_member_after_a_full_stop_stays_whole():
    line = "加强领导，落实责任。县公安局：负责打击违法行为。"
    assert members_apart(line, []) == line


def test_members_run_together_on_one_line_are_each_members_task():
    doc = parse_paragraphs(_LINE)
    assert [(row.task[:4], row.lead, row.support) for row in doc.rows] == [
        ("县商务局", "县商务局", ""), ("各乡镇：", "", "各乡镇"), ("县公安局", "县公安局", ""),
        ("其他行业", "其他行业主管部门", "")]  # whom 各乡镇 help (配合有关部门…) is no unit of their duty
