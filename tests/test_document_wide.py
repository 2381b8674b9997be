"""A label's note in a group (zygraph.sentences.document_wide): 实施主体：B。因…协同落实，实施主体以下不再重复 puts B on its task and
on every later one, in the role the note's reason says."""

import pytest

from zygraph.sentences.document_wide import document_wide, said_below
from zygraph.readers.paragraph import parse_paragraphs


@pytest.mark.parametrize("text, rest, units, role", [
    ("（牵头单位：市林业局。实施主体：各县区政府。由于各项任务均需县区配合推进，实施主体以下不再列出。）",
     "（牵头单位：市林业局。）", ["各县区政府"], "support"),
    ("（责任单位：区城管局。落实单位：各街道办事处。落实单位以下不再重复。）",  # no reason: the label's own role
     "（责任单位：区城管局。）", ["各街道办事处"], "responsible"),
    ("（责任单位：州发改委。参与单位：州统计局、州财政局。因需共同负责，参与单位不再重复。）",  # the reason's verb
     "（责任单位：州发改委。）", ["州统计局", "州财政局"], "responsible"),
])
def test_a_label_s_note_takes_its_units_out_for_every_task(text, rest, units, role):
    assert document_wide(text) == (rest, units, role)
    assert not said_below(text)  # the task the note closes names them too


def test_a_label_without_a_note_is_left_to_the_group():
    text = "（责任单位：区城管局。实施主体：各街道办事处。）"
    assert document_wide(text) == (text, [], "responsible")


def test_a_label_s_note_puts_its_units_on_its_task_and_on_every_later_one_in_the_role_it_gives():
    text = ("一、林业\n1.建设防护林。造林一万亩。（责任单位：市林业局。实施主体：各县区人民政府。"
            "因各项任务均需县区协同落实，实施主体以下不再重复。）\n"
            "2.保护湿地。（责任单位：市生态环境局）\n3.治理荒山。（牵头单位：市自然资源局；配合单位：市水利局）")
    doc = parse_paragraphs(text)
    assert [(r.task, r.lead, r.support) for r in doc.rows] == [
        ("建设防护林。造林一万亩。", "市林业局", "各县区人民政府"), ("保护湿地。", "市生态环境局", "各县区人民政府"),
        ("治理荒山。", "市自然资源局", "市水利局、各县区人民政府")]
    found = [f for f in doc.findings if f.code == "document_wide_units"]
    assert [f.line for f in found] == [2]
    assert "the note on their label 实施主体" in found[0].action and "协同落实" in found[0].action


def test_review_f110_an_aside_kept_on_its_task_and_its_remit_dropped_is_said_in_the_finding():
    text = ("1.修订标准。（甲处牵头；区县局组织落实。以下均需区县局落实，市检测站负责样品的复核工作，不再单独列出）\n"
            "2.开展抽检。（乙处负责）")
    doc = parse_paragraphs(text)
    found = [f for f in doc.findings if f.code == "document_wide_units"]
    assert [f.line for f in found] == [1]
    assert "the aside 市检测站负责 is kept on this task" in found[0].message
    assert "its remit 样品的复核工作 dropped" in found[0].message
    # no aside: the finding says nothing of one
    doc = parse_paragraphs("1.修订标准。（甲处牵头。以下均需区县局落实，不再单独列出）\n2.开展抽检。（乙处负责）")
    assert not [f for f in doc.findings if f.code == "document_wide_units" and "aside" in f.message]
