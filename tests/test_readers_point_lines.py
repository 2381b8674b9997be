"""Lines a copy broke inside a paragraph's points 一是, 二是 …, joined again into that one paragraph."""

from zygraph import read_table
from zygraph.readers.point_lines import point_lines_joined


def test_lines_broken_inside_points_join_the_paragraph_above_and_keep_their_numbers():
    lines = ["镇长在会上提出三点希望，一是要提高认识。", "", "各村、镇农业站要抓紧摸底；二是要加强宣传。三是要严格考核。",
             "镇纪委将跟踪督办。", "会后，镇农业站作了部署。"]
    found = []
    joined = point_lines_joined(lines, found)
    assert joined == ["镇长在会上提出三点希望，一是要提高认识。各村、镇农业站要抓紧摸底；二是要加强宣传。三是要严格考核。",
                      "", "", "镇纪委将跟踪督办。", "会后，镇农业站作了部署。"]
    assert [(f.line, f.code) for f in found] == [(3, "point_lines")]


def test_points_each_on_a_line_of_their_own_or_out_of_sequence_stay_apart():
    assert point_lines_joined(["一是要提高认识。", "二是要加强宣传。"], []) == ["一是要提高认识。", "二是要加强宣传。"]
    lines = ["会议要求，一是要提高认识。", "镇农业站要摸底；三是要加强宣传。"]  # 三是 does not follow 一是
    assert point_lines_joined(lines, []) == lines
    lines = ["会议要求，一是要提高认识。", "（二）镇农业站要摸底；二是要加强宣传。"]  # a numbered paragraph of its own
    assert point_lines_joined(lines, []) == lines


def test_a_speakers_points_broken_over_lines_read_as_one_paragraph(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("5月8日，我镇召开秸秆禁烧工作会议。会上，镇长李明提出三点意见，一是要提高对秸秆禁烧工作的认识。\n"
                    "各村委会、镇农业站要抓紧组织巡查；二是要加强宣传。要发动群众。三是要严格督查考核。\n"
                    "镇纪委将开展专项督查，对工作不力的予以通报。\n"
                    "会上，镇农业站作了部署。\n", encoding="utf-8")
    table = read_table(path)
    assert sorted((a.task_id, a.raw_unit, a.role) for a in table.assignments.itertuples()) == [
        ("T001", "各村委会", "lead"), ("T001", "镇农业站", "lead")]
    assert "point_lines" in set(table.findings.code)
