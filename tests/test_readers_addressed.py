"""A short notice dividing its work among its addressees, each the subject of its own sentence."""

from zygraph.readers.addressed import addressed_duties, addressees
from zygraph.readers.paragraph import parse_paragraphs

_NOTICE = ("—某县防汛指挥部—\n"
           "县直各成员单位，各乡镇人民政府：\n"
           "入汛以来，降雨偏多。景区、工地要严格落实防汛措施。\n"
           "各乡镇人民政府要明确专人值守，做好转移准备。发现险情及时上报。县直各成员单位依据职能加强督导检查。\n")


def test_each_sentence_giving_an_addressee_its_share_is_one_task_of_it():
    doc = parse_paragraphs(_NOTICE)
    assert [(row.task, row.lead, row.support) for row in doc.rows] == [
        ("各乡镇人民政府要明确专人值守，做好转移准备。发现险情及时上报。", "各乡镇人民政府", ""),
        ("县直各成员单位依据职能加强督导检查。", "县直各成员单位", "")]
    assert [f.line for f in doc.findings if f.code == "addressed_duty"] == [4, 4]


def test_the_bodies_the_rules_bind_are_no_units_and_the_addressee_line_gives_no_task():
    rows = parse_paragraphs(_NOTICE).rows
    assert not any("景区" in row.lead or row.task.startswith("县直各成员单位，") for row in rows)


def test_addressees_run_on_after_the_issuer_on_one_line_are_found():
    assert addressees([(1, "—某县防汛指挥部—县直各成员单位，各乡镇人民政府：入汛以来…")]) == (
        1, ["县直各成员单位", "各乡镇人民政府"])
    one_line = parse_paragraphs(_NOTICE.replace("\n", " "))
    assert [row.lead for row in one_line.rows] == ["各乡镇人民政府", "县直各成员单位"]


def test_one_addressee_s_share_alone_or_a_call_on_others_divides_nothing():
    pairs = [(1, "各乡镇人民政府，县直各部门："), (2, "各乡镇人民政府要明确专人值守。要做好转移准备。")]
    assert addressed_duties(pairs, []) == []
    # 各地各部门要…: subjects the notice does not address are no shares of its work
    pairs = [(1, "各乡镇人民政府，县直各部门："), (2, "各地要明确专人值守。各部门要加强检查。")]
    assert addressed_duties(pairs, []) == []


def test_a_line_closed_by_a_colon_that_lists_no_units_is_no_addressee_line():
    assert addressees([(1, "会议要求：加强领导。"), (2, "具体安排如下：")]) is None
