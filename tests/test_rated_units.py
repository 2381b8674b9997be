"""Units a notice rates for their record are named for it, given no task (zygraph.names.rated_units)."""

import pytest

from zygraph.names.rated_units import rated_label
from zygraph.names.listlike import looks_like_unit_list


@pytest.mark.parametrize("text, label", [
    ("本月巡查中表现突出的单位：县水利局、县林业局", "表现突出的单位："),
    ("先进单位：甲镇人民政府、乙街道办事处", "先进单位："),
    ("予以通报批评的单位为县粮食局", "予以通报批评的单位为"),
    ("排名靠后的部门：区商务局", "排名靠后的部门："),
])
def test_a_rating_label_is_found(text, label):
    assert rated_label(text) == label
    assert not looks_like_unit_list(text)


@pytest.mark.parametrize("text", ["责任单位：县水利局", "县先进制造业促进中心", "整治落后产能（县工信局）"])
def test_role_labels_and_names_are_no_rating(text):
    assert rated_label(text) is None


def test_a_rating_item_among_problems_is_no_task_and_says_why():
    from zygraph.readers.paragraph import parse_paragraphs

    text = ("一、城东菜市场门前摊点占道经营。(县市场监管局、县城管局)\n\n"
            "二、河堤沿线垃圾堆积。(县水利局)\n\n"
            "三、本月巡查表现较好的单位:县林业局、县粮食局,表现较差的单位:县商务局、县档案馆。\n\n"
            "以上问题已交办给相关单位。\n")
    doc = parse_paragraphs(text.replace(":", "：").replace("(", "（").replace(")", "）").replace(",", "，"), "x.txt")
    assert [(row.task, row.lead) for row in doc.rows] == [("城东菜市场门前摊点占道经营。", "县市场监管局、县城管局"),
                                                          ("河堤沿线垃圾堆积。", "县水利局")]
    rated = [f for f in doc.findings if f.code == "rated_units"]
    assert [(f.line, "表现较好的单位" in f.message) for f in rated] == [(5, True)]
