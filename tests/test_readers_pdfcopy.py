"""Text copied out of a PDF as its fonts encode it: marks given as GB2312 codes, a space between every character."""

from zygraph import read_table
from zygraph.readers.normalize import Normalizer, simplified_lines
from zygraph.readers.pdfcopy import font_punctuation, letter_spaced


def test_gb2312_punctuation_read_as_yi_syllables_becomes_the_marks_it_prints():
    # ꎬ U+A3AC is GB2312 A3AC (，); ꎮ U+A3AE is A3AE (．, set for 。); ꎻ U+A3BB is A3BB (；); ꎡ U+A1A2 is 、
    assert font_punctuation("建立机制ꎬ实施办法由省财政厅制定ꎮ") == "建立机制，实施办法由省财政厅制定。"
    assert font_punctuation("加强领导ꎻ省财政厅ꆢ省金融办") == "加强领导；省财政厅、省金融办"
    assert font_punctuation("贷存比不低于70ꎮ5%") == "贷存比不低于70．5%"  # after a digit the stop is a point
    assert font_punctuation("落实«关于促进金融业发展的意见»") == "落实《关于促进金融业发展的意见》"


def test_yi_text_and_guillemets_around_latin_words_are_left_as_they_are():
    assert font_punctuation("ꆈꌠꎬꉙꇐ") == "ꆈꌠꎬꉙꇐ"  # ꎬ inside a run of Yi syllables is a syllable
    assert font_punctuation("«Le Monde»") == "«Le Monde»"


def test_a_line_with_a_space_between_every_character_is_joined_and_others_keep_their_spaces():
    assert letter_spaced("实 施 办 法 由 省 财 政 厅 会 同 省 金 融 办 制 定 ꎮ - 9 years ago") == \
        "实施办法由省财政厅会同省金融办制定ꎮ- 9 years ago"  # a space beside a Chinese mark goes, between ASCII stays
    assert letter_spaced("1 居民消费价格涨幅3%左右 发展改革委 财政部") is None  # a table flattened with spaces
    assert letter_spaced("序 号 工 作 任 务 牵 头 单 位") is None  # a spaced header: the spaced reader reads it
    assert letter_spaced("Transcription of the page: 9 years ago, 12 views") is None


def test_the_normaliser_repunctuates_and_respaces_a_pdf_copy_with_a_finding_naming_the_line():
    normalise = Normalizer()
    line = "建 立 挂 钩 机 制 ꎬ 实 施 办 法 由 省 财 政 厅 会 同 省 金 融 办 制 定 ꎮ"
    assert normalise(line, line=4) == "建立挂钩机制，实施办法由省财政厅会同省金融办制定。"
    found = {f.code: f.line for f in normalise.findings()}
    assert found["font_punctuation"] == 4 and found["letter_spaced"] == 4


def test_a_table_s_spaced_cells_keep_their_shape_for_the_readers_of_its_copied_layout():
    lines, findings = simplified_lines("序号 工作任务 牵头单位\n1 建立机制ꎬ完善办法 省财政厅")
    assert lines == ["序号 工作任务 牵头单位", "1 建立机制，完善办法 省财政厅"]
    assert [(f.code, f.line) for f in findings] == [("font_punctuation", 2)]


def test_a_pdf_copy_of_measures_is_read_after_its_marks_and_spaces_are_mended(tmp_path):
    path = tmp_path / "measures.txt"
    path.write_text("Transcription\n"
                    "1 某 省 人 民 政 府 关 于 印 发 若 干 措 施 的 通 知 各 市 人 民 政 府 ꎬ 省 政 府 各 部 门 : "
                    "现 印 发 给 你 们 ꎬ 请 认 真 贯 彻 执 行 ꎮ 一 扩 大 信 贷 银 行 要 积 极 放 贷 ꎮ "
                    "建 立 挂 钩 机 制 ꎬ 实 施 办 法 由 省 财 政 厅 会 同 省 金 融 办 制 定 ꎮ\n", encoding="utf-8")
    table = read_table(path)
    assert table.tasks.task.tolist() == ["建立挂钩机制，实施办法由省财政厅会同省金融办制定。"]
    assert table.assignments[["raw_unit", "role"]].values.tolist() == [["省财政厅", "lead"], ["省金融办", "support"]]
    codes = set(table.findings.code)
    assert {"font_punctuation", "letter_spaced", "drafted_rules"} <= codes


def test_a_yi_word_quoted_beside_chinese_keeps_its_syllables():
    # review r6 item 7: 简称“ꎭ” became 简称“－”; a line with no font's comma or stop, or with Yi of its own, is Yi
    assert font_punctuation("凉山州彝文名称为“ꆃꎭ”，简称“ꎭ”。") == "凉山州彝文名称为“ꆃꎭ”，简称“ꎭ”。"
    assert font_punctuation("简称“ꎭ”。") == "简称“ꎭ”。"
    assert font_punctuation("彝文为ꆃꎭꎬ简称ꎭ") == "彝文为ꆃꎭꎬ简称ꎭ"  # Yi of its own on the line: nothing is a mark


def test_english_keeps_its_space_beside_chinese_and_a_spaced_number_is_joined():
    # review r6 item 7: issue实施细则by, and 2 0 2 1年 left unreadable as a deadline
    line = "The Ministry of Finance will issue 实 施 细 则 by the end of 2 0 2 1 年 共 同 推 进 工 作 落 实"
    assert letter_spaced(line) == "The Ministry of Finance will issue 实施细则 by the end of 2021年共同推进工作落实"
    assert letter_spaced("省 财 政 厅 于 2 0 2 1 年 1 2 月 底 前 印 发 实 施 细 则 ꎮ") == "省财政厅于2021年12月底前印发实施细则ꎮ"
