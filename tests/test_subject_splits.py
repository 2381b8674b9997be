"""A plan's paragraph or run-in point divided by the subjects of its sentences (zygraph.readers.subject_splits)."""

from zygraph.readers.paragraph import parse_paragraphs
from zygraph.readers.subject_splits import heading_subject_split, subject_split
from zygraph.sentences.grammar import Item


def _read(tasks):
    return [(task, [(item.text, item.role) for item in items]) for task, items in tasks]


def test_a_later_sentence_opening_with_other_bodies_starts_their_task_and_sentences_with_none_run_on():
    text = "市农业局推广新品种，指导基地建设。市农业局和市水务局联合推进节水灌溉。定期总结经验。市林业局加快建设林网。"
    assert _read(subject_split(text, [Item("市农业局", "responsible", "")])) == [
        ("市农业局推广新品种，指导基地建设。", [("市农业局", "responsible")]),
        ("市农业局和市水务局联合推进节水灌溉。定期总结经验。", [("市农业局", "responsible"), ("市水务局", "responsible")]),
        ("市林业局加快建设林网。", [("市林业局", "responsible")]),
    ]


def test_no_split_where_later_sentences_name_no_body_of_their_own_or_call_on_others():
    opening = [Item("市农业局", "responsible", "")]
    assert subject_split("市农业局推广新品种。定期总结经验，加强宣传推广。", opening) is None
    assert subject_split("市农业局推广新品种。鼓励企业参与建设。", opening) is None


def test_a_run_in_point_starts_its_first_task_at_the_heading_and_a_partner_run_into_its_verb_is_cut():
    text = "组织申报。市农业局会同市财政局发布申报通知。鼓励园区申报。市农业局组织评审方案，确定名单。"
    assert _read(heading_subject_split(text)) == [
        ("组织申报。市农业局会同市财政局发布申报通知。鼓励园区申报。", [("市农业局", "lead"), ("市财政局", "support")]),
        ("市农业局组织评审方案，确定名单。", [("市农业局", "responsible")]),
    ]
    assert heading_subject_split("组织申报。鼓励园区申报。") is None


def test_the_paragraph_reader_splits_paragraphs_and_points_with_findings_and_ends_at_the_attachments():
    text = ("三、保障措施\n（一）加强科技支撑\n市科委负责技术研发。\n"
            "（二）推进节水\n市农业局推广节水灌溉，指导基地建设。市水务局加快建设灌溉设施。\n"
            "四、工作流程\n（一）组织申报。市农业局会同市财政局发布申报通知。市农业局组织评审方案。\n"
            "（二）评价验收。项目完成后，由市农业局组织验收。\n附件：\n1.申报条件\n")
    doc = parse_paragraphs(text)
    assert [(row.task[:9], row.lead, row.support) for row in doc.rows] == [
        ("市科委负责技术研发", "市科委", ""), ("市农业局推广节水灌", "市农业局", ""), ("市水务局加快建设灌", "市水务局", ""),
        ("组织申报。市农业局", "市农业局", "市财政局"), ("市农业局组织评审方", "市农业局", ""),
        ("评价验收。项目完成", "市农业局", ""),
    ]
    codes = {finding.code for finding in doc.findings}
    assert {"later_subject_split", "heading_subject_split"} <= codes
