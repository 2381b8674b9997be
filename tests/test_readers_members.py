"""Members' duties run together on one line without spaces."""

from zygraph.readers.lines import PARAGRAPH_BREAK
from zygraph.readers.members import members_apart
from zygraph.readers.paragraph import parse_paragraphs

_LINE = ("三、职责分工县商务局：负责加油站监管；负责依法处置。各乡镇：配合有关部门做好日常监管。发现问题及时上报。"
         "县公安局：负责打击违法行为。其他行业主管部门负责督促本行业企业加强管理。")


def test_each_member_after_a_full_stop_and_the_heading_glued_to_the_first_are_cut_apart():
    findings = []
    parts = members_apart(_LINE, findings).split(PARAGRAPH_BREAK)
    assert parts == ["三、职责分工", "县商务局：负责加油站监管；负责依法处置。", "各乡镇：配合有关部门做好日常监管。发现问题及时上报。",
                     "县公安局：负责打击违法行为。", "其他行业主管部门负责督促本行业企业加强管理。"]
    assert [f.code for f in findings] == ["members_run_on"]


def test_a_line_with_one_member_after_a_full_stop_stays_whole():
    line = "加强领导，落实责任。县公安局：负责打击违法行为。"
    assert members_apart(line, []) == line


def test_members_run_together_on_one_line_are_each_members_task():
    doc = parse_paragraphs(_LINE)
    assert [(row.task[:4], row.lead, row.support) for row in doc.rows] == [
        ("县商务局", "县商务局", ""), ("各乡镇：", "", "各乡镇"), ("县公安局", "县公安局", ""),
        ("其他行业", "其他行业主管部门", "")]  # whom 各乡镇 help (配合有关部门…) is no unit of their duty


_ANY_VERB_LINE = ("附件市防汛指挥部成员单位职责市委宣传部（市政府新闻办）：负责宣传报道。市委网信办：加强网上舆论引导。"
                  "市水利局：负责水情监测；组织抢险。市卫健委：负责医疗救治。市民政局：协调做好救助工作市财政局：按照分级原则保障资金。"
                  "市军分区：组织民兵参与抢险。")


def test_in_a_line_of_members_any_verb_may_open_a_duty_and_a_member_glued_without_a_full_stop_is_cut():
    findings = []
    parts = members_apart(_ANY_VERB_LINE, findings).split(PARAGRAPH_BREAK)
    assert parts == ["附件市防汛指挥部成员单位职责", "市委宣传部（市政府新闻办）：负责宣传报道。", "市委网信办：加强网上舆论引导。",
                     "市水利局：负责水情监测；组织抢险。",
                     "市卫健委：负责医疗救治。", "市民政局：协调做好救助工作", "市财政局：按照分级原则保障资金。",
                     "市军分区：组织民兵参与抢险。"]


def test_a_colon_in_a_duty_is_no_glued_member_unless_a_unit_opening_as_the_others_ends_before_it():
    line = "县商务局：负责监管。县公安局：负责打击。县民政局：负责救助，主要包括以下内容：一是临时救助。"
    assert members_apart(line, []).split(PARAGRAPH_BREAK) == [
        "县商务局：负责监管。", "县公安局：负责打击。", "县民政局：负责救助，主要包括以下内容：一是临时救助。"]


def test_without_two_members_opening_with_a_duty_verb_a_line_is_not_cut_at_any_colon():
    line = "一是完善制度。工作要求：加强领导。市水利局：组织抢险。"
    assert members_apart(line, []) == line


def test_a_provincial_military_district_looks_like_a_unit():
    from zygraph.names.listlike import looks_like_unit_list

    assert looks_like_unit_list("省军区") and looks_like_unit_list("省軍區") and not looks_like_unit_list("军区建设")
