"""Which tasks a label line on its own closes (zygraph.readers.item_runs), read through the paragraph reader."""

import pytest

from zygraph.readers.item_runs import named_place
from zygraph.readers.paragraph import parse_paragraphs


def _rows(text):
    document = parse_paragraphs(text)
    return [(row.task, row.lead, row.support) for row in document.rows], document.findings


def test_a_named_place_over_its_problems_is_one_task_of_the_label_line_closing_them():
    text = ("督查发现问题如下：\n1. 城北汽车站\n（1）候车厅禁烟标识缺失；\n（2）公厕地面有积水。\n"
            "整改责任单位：县交通运输局 整改时限：7天\n2. 人民公园\n（1）健身器材损坏；\n（2）绿化带垃圾未清理；\n"
            "（3）公益广告褪色。\n问题整改责任单位：县住建局 完成时限：10天\n")
    rows, findings = _rows(text)
    # no lead named: the unit each line names leads; the time after it names none
    assert [(task[:6], lead, support) for task, lead, support in rows] == [("城北汽车站（", "县交通运输局", ""),
                                                                         ("人民公园（1", "县住建局", "")]
    assert rows[1][0] == "人民公园（1）健身器材损坏；（2）绿化带垃圾未清理；（3）公益广告褪色。"
    merged = [f for f in findings if f.code == "matters_of_named_place"]
    assert [f.line for f in merged] == [5, 10]
    assert "人民公园" in merged[1].message


def test_a_task_title_over_sentences_keeps_each_item_a_task():
    # 1.完善… opens with a task's verb and its items are sentences of their own: each item has the units
    text = ("1.完善河道管护体系\n（1）建立巡河制度，明确巡查频次。\n（2）落实保洁经费，保障日常运转。\n"
            "（责任单位：县水利局、各乡镇）\n")
    rows, findings = _rows(text)
    assert [task for task, *_ in rows] == ["建立巡河制度，明确巡查频次。", "落实保洁经费，保障日常运转。"]
    assert all((lead, support) == ("县水利局、各乡镇", "") for _, lead, support in rows)
    assert not [f for f in findings if f.code == "matters_of_named_place"]
    assert [f.code for f in findings if f.code == "units_for_items_above"] == ["units_for_items_above"]


def test_a_name_over_items_that_are_sentences_of_their_own_is_not_merged():
    def block(text, style, number):
        return {"text": text, "heading": False, "closed": False, "labels": [], "style": style, "number": number}
    items = [block("候车厅禁烟标识缺失。", "(n)", 1), block("公厕地面有积水。", "(n)", 2)]
    assert named_place([block("城北汽车站", "n.", 1), *items], items[:1]) is None
    items = [block("候车厅禁烟标识缺失；", "(n)", 1), block("公厕地面有积水。", "(n)", 2)]
    assert named_place([block("城北汽车站", "n.", 1), *items], items[:1]) == 0
    assert named_place([block("加强车站管理", "n.", 1), *items], items[:1]) is None  # a verb: a task's title
    assert named_place([block("车站，码头", "n.", 1), *items], items[:1]) is None  # a clause mark: no bare name


@pytest.mark.parametrize("title", ["推进河道综合治理", "规范停车秩序", "河道保洁工作"])
def test_a_task_title_over_numbered_clauses_keeps_them_tasks(title):
    # review r9: only a place or a body opens a run of matters; a title's clauses stay tasks of their own
    text = (f"某县人民政府办公室关于印发整治方案的通知\n1.{title}\n（1）清理河道垃圾；\n（2）修复破损护栏；\n"
            "（3）设置警示标识。\n责任单位：县水利局\n")
    rows = parse_paragraphs(text).rows
    assert [row.lead for row in rows] == ["县水利局"] * 3
