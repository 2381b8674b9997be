"""A notice stored on one line whose part headings have no stop and run on into their text (一、加强法规建设…各地区要…):
the sentence reader cuts the heading off and starts each task at its own sentence (zygraph.readers.subject_sentences,
zygraph.readers.glued_headings)."""

from zygraph.readers.glued_headings import frame_cut, glued_heading, subject_run_into
from zygraph.readers.running_text import running_text_rows
from zygraph.readers.glued_headings import lost_breaks
from zygraph.readers.piece_readings import piece_subjects, read_piece
from zygraph.readers.subject_sentences import subject_sentences
from zygraph.sentences.authorised import authorised_body
from zygraph.sentences.statements import bare_units

#: A made-up notice cut at its part numbers out of one line (every part on line 1): headings glued to their text.
_ONE_LINE = [
    (1, "各省人民政府：现将有关事项通知如下："),
    (1, "一、提高认识，做好供水工作是重要任务。各地区要高度重视供水工作。"),
    (1, "二、严格管理，确保水厂生产各地区要核定水厂用水计划。甲省水利厅要加强指导。"),
    (1, "三、有保有限，确保重点用水在确保供水安全的前提下，各地区要优先保障居民用水。"),
]


def _subjects(text):
    return [item.text for item in piece_subjects(text)]


def test_sections_cut_out_of_one_line_lost_their_breaks_where_a_heading_runs_into_its_sentence():
    glued = ["提高认识随着形势变化，任务加重。"]  # 随着 opens a sentence, never ends a heading
    assert lost_breaks([(1, "", glued, True), (1, "", ["乙要做好。"], True)])
    assert lost_breaks([(1, "", ["推进体制改革体制改革是重要举措。"], True), (1, "", ["乙要做好。"], True)])
    assert not lost_breaks([(1, "", glued, True), (2, "", ["乙要做好。"], True)])  # lines of their own
    assert not lost_breaks([(1, "", glued, False), (1, "", ["乙要做好。"], False)])  # paragraphs under headings
    assert not lost_breaks([(1, "", ["目录主要梳理执法事项。"], True), (1, "", ["乙要做好。"], True)])  # points


def test_a_heading_of_two_parts_is_cut_past_its_comma_not_at_a_subject_inside_it():
    assert glued_heading("严格管理，确保水厂生产各地区要核定计划。", _subjects, lambda name: False) == len("严格管理，确保水厂生产")
    # 加强领导，确保各项措施落到实处各省…: not at 各项, a heading's words run into the subject there
    piece = "加强领导，确保各项措施落到实处各省人民政府要加强领导。"
    assert glued_heading(piece, _subjects, lambda name: False) == len("加强领导，确保各项措施落到实处")


def test_a_frame_clause_glued_to_the_heading_starts_the_sentence_at_its_zai():
    assert frame_cut("确保重点用水在确保供水安全的前提下，各地区要优先保障。", "各地区") == len("确保重点用水")
    assert frame_cut("在确保供水安全的前提下，各地区要优先保障。", "各地区") is None
    assert frame_cut("确保重点用水，各地区要优先保障。", "各地区") is None


def test_a_one_line_notice_reads_each_task_from_its_own_sentence():
    found = []
    rows = subject_sentences(_ONE_LINE, found)
    assert [(r.task[:10], r.lead, r.area) for r in rows] == [
        ("各地区要高度重视供水", "各地区", ""),  # not from 提高认识…: the sentence before names no body
        ("各地区要核定水厂用水", "各地区", "严格管理，确保水厂生产"),
        ("甲省水利厅要加强指导", "甲省水利厅", "严格管理，确保水厂生产"),
        ("在确保供水安全的前提", "各地区", "有保有限，确保重点用水")]
    assert sum(f.code == "glued_heading" for f in found) == 2


def test_parts_on_lines_of_their_own_start_at_the_part():
    parts = ["通知如下：", "一、提高认识当前供水形势严峻，任务繁重。各地区要高度重视供水工作。", "二、加强管理，完善制度。甲省水利厅要加强指导。"]
    apart = subject_sentences(list(enumerate(parts, 1)), [])
    together = subject_sentences([(1, part) for part in parts], [])
    assert [r.task[:4] for r in apart] == ["提高认识", "加强管理"]  # no heading found glued: the part's task
    assert [(r.task[:4], r.area) for r in together] == [
        ("各地区要", "提高认识当前供水形势严峻，任务繁重"), ("甲省水利", "加强管理，完善制度")]  # headings: areas


def test_a_body_authorised_by_another_is_the_subject():
    body = lambda name: name.endswith(("院", "会", "局"))  # noqa: E731
    assert authorised_body("国务院授权电监会", body) == ("电监会", "国务院")
    assert authorised_body("市政府委托市水利局", body) == ("市政府委托市水利局", "")  # 市政府: no body here
    read = read_piece("为加强监管，国务院授权电监会具体负责安全监管，安全监管局负责综合管理。")
    assert [i.text for i in read.first + read.later] == ["电监会", "安全监管局"] and "authorised" in read.rules


def test_a_bracket_saying_where_an_office_sits_names_no_unit():
    assert bare_units("办公室设在发展改革委") is None


def test_the_sentence_reading_replaces_sections_whose_names_ran_a_heading_into_a_subject():
    assert subject_run_into("确保各项措施落到实处各省") == "各省" and subject_run_into("各省人民政府") == ""
    pairs = [(1, "通知如下："), (1, "一、加强领导，确保措施落到实处各省人民政府要加强领导。甲市水利局要做好调度。"),
             (1, "二、严格考核各市水利局要加强考核，按月通报。市交通局要及时报告。")]
    found = []
    rows = running_text_rows(pairs, [], [], found)
    assert [r.lead for r in rows] == ["各省人民政府", "甲市水利局", "各市水利局", "市交通局"]
