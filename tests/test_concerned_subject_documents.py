"""A one-line opinion divided by its sentences' subjects: the bodies a point concerns (有关部门要…) count towards a
document of subject sentences, and a list of subjects that only help (A、B和C要积极配合) is no partner of its own."""

from zygraph.readers.piece_readings import read_piece
from zygraph.readers.running_text import running_text_rows
from zygraph.sentences.everyone import concerned_bodies

#: A made-up opinion a copy ran into one line (every paragraph on line 1), its parts' headings glued to their text.
_OPINION = [
    (1, "关于深化燃气改革的意见"),
    (1, "一、主要任务"),
    (1, "（一）处理遗留问题，推进改革。完成资产移交。有关部门要抓紧处置预留资产。"),
    (1, "（二）深化企业改革。燃气企业要加快现代企业制度建设。"),
    (1, "（三）完善法规。有关部门要做好条例修订工作。"),
    (1, "二、加强组织领导燃气改革工作关系群众生活和社会稳定，要切实加强领导。前两年集中处理遗留问题。"
        "改革小组各成员单位要明确职责分工。地方人民政府、市水务局和燃气企业要积极配合，做好相关工作。"),
]


def test_the_bodies_a_point_concerns_are_no_call_on_everyone():
    assert [concerned_bodies(n) for n in ("有关部门", "市有关部门", "相关单位")] == [True, True, True]
    assert [concerned_bodies(n) for n in ("各有关部门", "全市有关单位", "各地", "市水务局")] == [False] * 4


def test_a_one_line_opinion_reads_one_task_a_subject_sentence():
    found = []
    rows = running_text_rows(_OPINION, [], [], found)
    # a point's run-in heading (深化企业改革。) is its task's area, a sentence with a comma its task's start
    assert [(r.task[:8], r.lead, r.support) for r in rows] == [
        ("处理遗留问题，推", "有关部门", ""),
        ("燃气企业要加快现", "燃气企业", ""),
        ("有关部门要做好条", "有关部门", ""),
        ("加强组织领导燃气", "改革小组各成员单位", ""),  # the part's heading glued to its text (left as it was)
        ("地方人民政府、市", "", "地方人民政府、市水务局、燃气企业"),
    ]
    assert "subject_sentence" in {f.code for f in found}


def test_subjects_that_only_help_are_no_partners_of_their_own():
    reading = read_piece("地方人民政府、市水务局和燃气企业要积极配合，做好相关工作。")
    assert [(i.text, i.role) for i in reading.first] == [
        ("地方人民政府", "support"), ("市水务局", "support"), ("燃气企业", "support")]


def test_rows_read_by_their_measures_subjects_give_way_to_three_subject_sentences():
    from zygraph.findings import Finding
    from zygraph.readers.raw import RawRow
    notice = [(1, "意见如下："), (2, "一、加强工作"), (3, "（一）编制规划。市水务局要编制规划。市财政局要安排资金。"),
              (4, "（二）加强监管。市住建局要加强质量抽查。")]
    measured = [RawRow.of_units(3, "编制规划。市水务局要编制规划。市财政局要安排资金。", ["市水务局"], [], "加强工作")]
    read = [Finding(3, "info", "measure_subject", "a measure opens with its body", "read as its task")]
    rows = running_text_rows(notice, measured, read, [])
    # no label or bracket names a unit: three subject sentences make a document of them, as where no row was read
    assert [(r.lead, r.support) for r in rows] == [("市水务局", ""), ("市财政局", ""), ("市住建局", "")]
    # beside a row a label names units in, three are too few: the sections, one task each, are read
    labelled = running_text_rows(notice, measured, [], [])
    assert [(r.lead, r.support) for r in labelled] == [("市水务局、市财政局", ""), ("市住建局", "")]
