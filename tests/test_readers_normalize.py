"""Normalising web and OCR text: what changes, what never does, and the findings it leaves."""

from zygraph import read_table
from zygraph.readers.normalize import Normalizer


def test_traditional_punctuation_and_spaces_are_normalised():
    norm = Normalizer()
    assert norm("（由 市科協 牽頭,市教育局 參與)", line=3) == "（由市科协牵头，市教育局参与）"
    assert [(f.code, f.line) for f in norm.findings()] == [
        ("traditional", 3), ("ascii_punctuation", 3), ("space_removed", 3)]


def test_a_comma_a_copy_doubled_before_another_mark_is_removed_with_a_finding():
    norm = Normalizer()
    assert norm("二,、加強協作配合。各鄉鎮政府,、相關部門要做好協調,,確保完成,。", line=5) == \
        "二、加强协作配合。各乡镇政府、相关部门要做好协调，确保完成。"
    assert ("doubled_punctuation", 5) in [(f.code, f.line) for f in norm.findings()]
    assert norm("1,000、2,000") == "1,000、2,000"  # a thousands comma beside digits is no doubled mark


def test_a_notice_whose_parts_number_with_a_doubled_comma_reads_its_parts(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text("各鄉鎮人民政府:\n一,、加強組織領導。各鄉鎮政府要認真組織造林,,確保驗收通過,。\n"
                    "二,、加強協作配合。各鄉鎮負責宣傳引導工作;區林業局負責技術指導,。\n", encoding="utf-8")
    table = read_table(path)
    assert [(row.task[:6]) for row in table.tasks.itertuples()] == ["加强组织领导", "加强协作配合", "区林业局负责"]
    assert list(zip(table.assignments.raw_unit, table.assignments.role)) == [
        ("各乡镇政府", "lead"), ("各乡镇", "lead"), ("区林业局", "lead")]


def test_simplified_text_is_left_as_it_is_and_leaves_no_finding():
    norm = Normalizer()
    text = "3.建设一批科普基地……。（牵头单位：市科技局，配合单位：市科协、各区、县级市）"
    assert norm(text, line=1) == text
    assert norm.findings() == []


def test_ascii_punctuation_away_from_chinese_and_latin_spaces_are_kept():
    norm = Normalizer()
    assert norm("AI and big data (2023): 1,000 items") == "AI and big data (2023): 1,000 items"
    assert norm.findings() == []


def test_no_chinese_character_is_deleted_and_lines_are_kept():
    norm = Normalizer()
    text = "一、 总体要求\n\n1.  建设 基地"
    out = norm.text(text)
    assert out == "一、总体要求\n\n1.建设基地"
    assert [c for c in out if "\u4e00" <= c <= "\u9fff"] == [c for c in text if "\u4e00" <= c <= "\u9fff"]
    (space,) = norm.findings()
    assert (space.code, space.line, space.message) == (
        "space_removed", 1, "stray spaces beside Chinese characters removed on 2 line(s), first 1, 3")


def test_unit_names_separated_only_by_spaces_get_a_list_mark():
    norm = Normalizer()
    assert norm("责任单位：市科技局 市科协", line=4) == "责任单位：市科技局、市科协"
    assert norm("建设 科普基地", line=5) == "建设科普基地"  # prose: the space is only removed
    assert [(f.code, f.line) for f in norm.findings()] == [("units_by_space", 4), ("space_removed", 5)]


def test_pinyin_readings_a_page_inserted_are_removed_and_reported():
    norm = Normalizer()
    assert norm("4項(xiàng)目標(biāo)的責(zé)任單位均為市發(fā)展改革委。", line=3) == "4项目标的责任单位均为市发展改革委。"
    assert norm("办科技周(a)，市科协（牵头）") == "办科技周（a），市科协（牵头）"
    assert [(f.code, f.line) for f in norm.findings()][:2] == [("readings", 3), ("traditional", 3)]


def test_a_body_named_by_its_kind_after_units_and_a_space_is_another_unit():
    # 配合部门 cell of a joint inspection: 市场监管部门 消防救援机构, the fire service named by its kind
    norm = Normalizer()
    assert norm("城乡建设、卫生健康、市场监管部门 消防救援机构", line=7) == "城乡建设、卫生健康、市场监管部门、消防救援机构"
    assert norm("校外培训机构 检验机构", line=8) == "校外培训机构检验机构"  # no unit among them: a phrase, the space removed
    assert [(f.code, f.line) for f in norm.findings()] == [("units_by_space", 7), ("space_removed", 8)]


def test_a_forums_anti_copy_strings_are_removed_with_a_finding():
    # a forum thread's copy keeps runs of ASCII scraps at the starts and ends of its lines (3 l' R0 Q! D; x$ Z)
    norm = Normalizer()
    assert norm("关于印发方案的通知3 l' R0 Q! D; x$ Z", line=1) == "关于印发方案的通知"
    assert norm("; k4 W/ `7 F0 }2 _: A8 @0 x 开展活动", line=2) == "开展活动"
    assert [f.message[-30:] for f in norm.findings() if f.code == "scrambled"] == ["moved on 2 line(s), first 1, 2"]
    # numbers and words between spaces are no such string: a spaced table's cells, a Latin name
    assert norm("序号 1 2 3 4 5 6", line=3) == "序号1 2 3 4 5 6"
    assert norm("推广 5G AI VR AR 应用", line=4) == "推广5G AI VR AR应用"


def test_an_ascii_full_stop_between_chinese_sentences_is_made_full_width_but_not_in_a_number():
    norm = Normalizer()
    assert norm("做好运输监管工作.省卫生健康委负责供暖保障。", line=4) == "做好运输监管工作。省卫生健康委负责供暖保障。"
    assert [(f.code, f.line) for f in norm.findings()] == [("ascii_punctuation", 4)]
    assert Normalizer()("1.传达会议精神，附件见2.xls") == "1.传达会议精神，附件见2.xls"


def test_a_stray_space_before_a_separator_is_no_separator_of_its_own():
    # 各盟(市)委 、行政公署: the space before 、 belongs to the list; the 、 alone parts the names
    norm = Normalizer()
    assert norm("责任单位：县水利局,各盟(市)委 、行政公署", line=3) == "责任单位：县水利局，各盟（市）委、行政公署"
    assert norm("市水利局 各盟(市)委 、行政公署", line=4) == "市水利局、各盟（市）委、行政公署"
    assert [(f.code, f.line) for f in norm.findings() if f.code == "units_by_space"] == [("units_by_space", 4)]
    from zygraph.sentences.grammar import parse_group  # the 各 runs over the bodies after it: one collective, as written
    assert [(i.text, i.role) for i in parse_group("责任单位：县水利局，各盟（市）委、行政公署")] == [
        ("县水利局", "responsible"), ("各盟（市）委、行政公署", "responsible")]
    # a name a printed page broke after 、 with a space (、 科 技部) is still joined again, not parted at that space
    assert norm("中国银保监会 、 科 技部", line=5) == "中国银保监会、科技部"
