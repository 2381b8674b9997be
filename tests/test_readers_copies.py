"""Marks of a copy taken from a notice's text: page footers, preview chunk numbers, a printed page's wraps."""

from zygraph.readers.copies import unwrapped_print, without_page_footers, without_preview_chunks
from zygraph.readers.paragraph import parse_paragraphs


def test_page_footers_inside_words_are_removed_with_a_finding():
    found = []
    text = without_page_footers("1.县农作第2页共4页物秸秆禁烧。对发第 3 页 共 4 页生事故的。", found)
    assert text == "1.县农作物秸秆禁烧。对发生事故的。"
    assert [f.code for f in found] == ["page_footer"]


def test_a_law_databases_page_mark_is_removed_with_a_finding():
    found = []
    assert without_page_footers("（接上页）县水利局：负责监测。\n[续上頁] 县气象局：负责预报。", found) == \
        "县水利局：负责监测。\n 县气象局：负责预报。"
    assert [(f.code, f.line) for f in found] == [("page_footer", 1)]


def test_text_without_footers_is_untouched():
    found = []
    assert without_page_footers("第一页写明共同任务", found) == "第一页写明共同任务" and not found


def test_preview_chunk_numbers_go_and_a_chunk_cut_in_a_word_joins_the_one_above():
    found = []
    first = "1、实施方案 " + "各村要落实禁烧责任。" * 25 + "村主要负"
    text = without_preview_chunks(first + "\n2、责人是第一责任人。", found)
    lines = text.split("\n")
    assert lines[0].startswith("实施方案") and lines[0].endswith("村主要负责人是第一责任人。") and lines[1] == ""
    assert [f.code for f in found] == ["preview_chunks"]


def test_short_numbered_items_are_no_preview_chunks():
    found = []
    text = "1、加强组织领导\n2、落实工作责任\n3、强化督查考核"
    assert without_preview_chunks(text, found) == text and not found


def test_long_numbered_items_ending_their_sentences_are_no_preview_chunks():
    text = "1、" + "加强领导。" * 50 + "\n2、" + "落实责任。" * 50
    assert without_preview_chunks(text, []) == text


def test_a_printed_paragraph_goes_on_over_lines_indented_less_than_its_first():
    page = ("2023 年 3 月  工作要点   3\n\n"
            "    (一)办好科技活动周，开展\n\n  科普活动。(甲部按职\n\n  责分工负责)\n"
            "    (二)办好科普日，开展\n  主题活动。(乙部负责)\n"
            "    (三)办好讲座，开展\n\n  宣讲活动。(丙部负责)\n")
    found = []
    lines = unwrapped_print(page, found).split("\n")
    assert lines[2] == "    (一)办好科技活动周，开展科普活动。(甲部按职责分工负责)"
    assert lines[0] == "2023 年 3 月  工作要点   3" and lines[4] == lines[6] == ""
    assert [f.code for f in found] == ["printed_lines_joined"]


def test_text_indented_one_way_is_not_unwrapped():
    text = "  1.办科技周。\n  2.办科普日。\n  3.办讲座。\n  4.办展览。"
    assert unwrapped_print(text, []) == text


def test_paragraph_reader_reads_a_printed_page_and_a_footer_inside_a_word():
    page = ("    (一)办好科技活动周，开展\n\n  科普活动。(甲部、乙部按职\n\n  责分工负责)\n"
            "    (二)办好第1页共3页科普日，开展\n  主题活动。(乙部负责)\n"
            "    (三)办好讲座，开展\n\n  宣讲活动。(丙部牵头负责)\n")
    doc = parse_paragraphs(page)
    assert [(r.task, r.lead) for r in doc.rows] == [
        ("办好科技活动周，开展科普活动。", "甲部、乙部"), ("办好科普日，开展主题活动。", "乙部"), ("办好讲座，开展宣讲活动。", "丙部")]
    assert {"page_footer", "printed_lines_joined"} <= {f.code for f in doc.findings}
