"""The grammar of unit lists (zygraph.names.unitlist) and role words (zygraph.sentences.grammar): one test per pattern, on small
made-up examples."""


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zygraph
from zygraph.errors import ZygraphError
from zygraph.sentences.grammar import Item, assign_roles, cell_items, parse_group
from zygraph.sentences.role_words import has_role_words, label_role, names_a_person, starts_with_label
from zygraph.sentences.document_wide import document_wide_units, without_document_wide
from zygraph.readers.assignment import find_assignment
from zygraph.sentences.statements import quota_units, sentence_units
from zygraph.sentences.subject_units import designated_units, duty_subject_units, subject_units
from zygraph.sentences.titled_subjects import titled_subjects
from zygraph.names.unitlist import looks_like_unit, split_units
from zygraph.names.list_marks import BY, FIRST_LEADS
from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.units import Registry


def roles(text):
    return [(item.text, item.role) for item in parse_group(text)]


# -- unit lists -----------------------------------------------------------------
@pytest.mark.parametrize("cell, names", [
    ("市科协、市科技局，市妇联;团市委；市教育局/市民政局", ["市科协", "市科技局", "市妇联", "团市委", "市教育局", "市民政局"]),
    ("各县（区、市）人民政府，市科协", ["各县（区、市）人民政府", "市科协"]),
    ("市科协和市妇联及团市委与市民政局", ["市科协", "市妇联", "团市委", "市民政局"]),
    ("工业和信息化部、国家发展和改革委员会、人力资源和社会保障局", ["工业和信息化部", "国家发展和改革委员会", "人力资源和社会保障局"]),
    ("某某和市科协", ["某某和市科协"]),
])
def test_separators_split_and_joiners_split_only_between_units(cell, names):
    assert split_units(cell) == names


@pytest.mark.parametrize("cell, names", [
    ("区发改局区统计局", ["区发改局", "区统计局"]),  # the list's own level again after 局: two names
    ("市财政局市委组织部、市商务局", ["市财政局", "市委组织部", "市商务局"]),
    # a PDF's narrow unit column (县委宣传 / 部 / 县教育局) joined line by line: names ending in 部, 会, 联, 社, 中心 …
    ("县委宣传部县教育局", ["县委宣传部", "县教育局"]),
    ("县总工会县妇联县科协", ["县总工会", "县妇联", "县科协"]),
    ("市会展中心市商务局", ["市会展中心", "市商务局"]),
    ("市委市政府", ["市委市政府"]),  # too short to be two names of a department each
    ("区委区政府", ["区委区政府"]),
    ("县政府办公室", ["县政府办公室"]),
    ("采购管理科、人事股", ["采购管理科", "人事股"]),  # a department's own divisions are units
    ("其他股室及属下单位", ["其他股室", "属下单位"]),  # and its subordinate bodies, a collective
    ("局防控办、各工作组", ["局防控办", "各工作组"]),
    # zones sharing the committee named after the last start at 和: one collective, as 城乡一体化示范区、高新区管委会
    ("各县(市、区)政府和金华开发区、金义都市新区、金华山旅游经济区管委会",
     ["各县(市、区)政府", "金华开发区、金义都市新区、金华山旅游经济区管委会"]),
])
def test_names_run_together_split_where_the_level_opening_the_first_opens_the_next(cell, names):
    assert split_units(cell) == names


@pytest.mark.parametrize("cell, names", [
    ("工业和信息化部等", ["工业和信息化部"]),
    ("各股室按照职责分工", ["各股室"]),  # 按照职责分工 is said of the units, as 按职责分工 is
    ("市教育局、市民政局按照各自职责", ["市教育局", "市民政局"]),
    ("人力资源社会保障部等有关部门和单位", ["人力资源社会保障部"]),
    ("各省级人民政府按职责分工", ["各省级人民政府"]),
    ("市科协等有关部门、市妇联等单位", ["市科协", "市妇联"]),
    ("由市科协", ["市科协"]),
    ("市财政局（第一责任单位为牵头单位，下同）", ["市财政局"]),
    # 等 closes a list before 和 adds a collective
    ("商务部、供销合作总社等和各有关省级人民政府", ["商务部", "供销合作总社", "各有关省级人民政府"]),
    # 等 and the words up to 有关/相关部门 are the examples' tail
    ("银保监会等国务院相关部门及各地区按职责分工", ["银保监会", "各地区"]),
    ("市工信局、市财政局等市级有关部门", ["市工信局", "市财政局"]),
])
def test_suffixes_and_notes_are_dropped_from_units(cell, names):
    assert split_units(cell) == names


@pytest.mark.parametrize("cell, names", [
    # a note in brackets after a collective's level
    ("各县、区人民政府(管委会)", ["各县、区人民政府(管委会)"]),
    # collectives of places split at 及
    ("国务院相关部门及各地区", ["国务院相关部门", "各地区"]),
    # places sharing the units after the last of them stay one unit
    ("城乡一体化示范区、高新区党工委和管委会", ["城乡一体化示范区、高新区党工委和管委会"]),
    ("经开区、高新区管委会，市科协", ["经开区、高新区管委会", "市科协"]),
    ("海东市、兰州市、临夏州发展改革部门", ["海东市、兰州市、临夏州发展改革部门"]),
    ("朝阳区、海淀区教委", ["朝阳区、海淀区教委"]),
    # but a zone that is a unit beside a collective stays apart
    ("立山经济开发区、各街道", ["立山经济开发区", "各街道"]),
    # 人民政府 after 和 is the same owner's: not a unit of its own
    ("各县(市、区)党委和人民政府", ["各县(市、区)党委和人民政府"]),
])
def test_collectives_of_places(cell, names):
    assert split_units(cell) == names


@pytest.mark.parametrize("cell, names", [
    # every place of a level (各市（州）, any bracket) and zones after it share the office named after the last
    ("各市〔州〕、贵安新区数据管理部门", ["各市〔州〕、贵安新区数据管理部门"]),
    ("各县（市、区）、高新区财政局，市科协", ["各县（市、区）、高新区财政局", "市科协"]),
    ("各市州、新区人民政府", ["各市州、新区人民政府"]),
    # but not a collective with a unit noun of its own, nor a unit after it that names no place of its own
    ("各市（州）人民政府、贵安新区管委会", ["各市（州）人民政府", "贵安新区管委会"]),
    ("各市（州）、省直有关部门", ["各市（州）", "省直有关部门"]),
    ("各市（州）、市直有关部门", ["各市（州）", "市直有关部门"]),
    ("各有关部门、高新区管委会", ["各有关部门", "高新区管委会"]),
    # nor fields (not places) named bare before a department: two units
    ("扶贫、民政部门", ["扶贫", "民政部门"]),
])
def test_every_place_of_a_level_shares_the_office_of_the_places_after_it(cell, names):
    assert split_units(cell) == names


@pytest.mark.parametrize("cell, names", [
    # a collective closed by its unit noun takes no further level: 开发区管委会 is a unit of its own
    ("各区、县(市)政府、开发区管委会", ["各区、县(市)政府", "开发区管委会"]),
    ("市财政局等有关部门,各区、县(市)政府及开发区管委会", ["市财政局", "各区、县(市)政府", "开发区管委会"]),
])
def test_a_collective_ends_at_its_unit_noun(cell, names):
    assert split_units(cell) == names


@pytest.mark.parametrize("cell, names", [
    ("13个街道、镇", ["13个街道、镇"]),
    # a generic noun after a collective shares its owner; 成员单位 is a collective
    ("市直有关部门、单位", ["市直有关部门、单位"]),
    ("领导小组成员单位及省地震局", ["领导小组成员单位", "省地震局"]),
    # a collective ends at a comma, or when it already ends in 部门/单位
    ("各有关部门，乡镇人民政府", ["各有关部门", "乡镇人民政府"]),
    ("各有关部门、乡镇人民政府", ["各有关部门", "乡镇人民政府"]),
    ("各县区人民政府、园区管委会", ["各县区人民政府、园区管委会"]),
    # a note after a name does not hide that it is a unit
    ("其他相关部门（单位）、区民政局（区委社会工委）", ["其他相关部门（单位）", "区民政局（区委社会工委）"]),
    ("民政局、残联等相关部门，13个街道、镇", ["民政局", "残联", "13个街道、镇"]),
    # an owner shared by the collective after it
    ("县政府有关部门、有关直属单位", ["县政府有关部门、有关直属单位"]),
    ("市有关部门、有关区县", ["市有关部门", "有关区县"]),
])
def test_counted_collectives_short_names_and_shared_owners(cell, names):
    assert split_units(cell) == names


@pytest.mark.parametrize("cell, names", [
    ("各有关区、县级市", ["各有关区、县级市"]),
    ("市科协，各区、县级市和市妇联", ["市科协", "各区、县级市", "市妇联"]),
    ("各县、市、区人民政府", ["各县、市、区人民政府"]),
    ("各县、特区、区人民政府，各经济开发区管委会", ["各县、特区、区人民政府", "各经济开发区管委会"]),
    ("各省级人民政府、各有关部门和单位", ["各省级人民政府", "各有关部门和单位"]),
    ("市级各有关部门及各县市区政府", ["市级各有关部门", "各县市区政府"]),
    ("区政府有关部门和单位", ["区政府有关部门和单位"]),
])
def test_collectives_stay_one_unit(cell, names):
    assert split_units(cell) == names


@pytest.mark.parametrize("cell, names", [
    # 有关/相关 before a level opens a collective of levels, as 各 does
    ("市交通局、相关市、县政府", ["市交通局", "相关市、县政府"]),
    ("有关县、区人民政府，市科协", ["有关县、区人民政府", "市科协"]),
    # but not before a unit noun, nor alone
    ("有关部门、县政府", ["有关部门", "县政府"]),
    ("市有关部门、有关区县", ["市有关部门", "有关区县"]),
])
def test_a_collective_of_levels_may_open_with_related_instead_of_each(cell, names):
    assert split_units(cell) == names


@pytest.mark.parametrize("cell, names", [
    # places named without their level share the unit of the last (a city's government)
    ("省机场集团、南宁、柳州、桂林市政府、省民航局", ["省机场集团", "南宁、柳州、桂林市政府", "省民航局"]),
    ("大连、丹东市人民政府", ["大连、丹东市人民政府"]),
    # words that are no place's name stay apart
    ("公安、交通、市政府", ["公安", "交通", "市政府"]),
])
def test_places_written_without_their_level_share_the_unit_after_the_last(cell, names):
    assert split_units(cell) == names


@pytest.mark.parametrize("cell, names", [
    # bare names before a zone share its kind: two management districts, neither written in full
    ("县统计局，东山、西岭管理区，县经济开发区", ["县统计局", "东山、西岭管理区", "县经济开发区"]),
    ("北湖、南湖风景区、县文旅局", ["北湖、南湖风景区", "县文旅局"]),
    # a place before a zone, and a zone with no name of its own, stay apart
    ("监利市、监利经济开发区", ["监利市", "监利经济开发区"]),
    ("县城、开发区", ["县城", "开发区"]),
])
def test_bare_names_before_a_zone_share_its_kind(cell, names):
    assert split_units(cell) == names


def test_a_registry_name_holding_a_separator_or_joiner_stays_whole():
    known = {"某甲、某乙联合办", "某丙和某丁"}.__contains__
    assert split_units("某甲、某乙联合办，某丙和某丁", known) == ["某甲、某乙联合办", "某丙和某丁"]


def test_registry_split_delegates_to_the_grammar():
    assert [r.unit.name for r in Registry.bundled().split("市科协等、各区、县级市")] == ["市科协", "各区、县级市"]


# -- labels and verbs -----------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("牵头单位：A局；配合单位：B局、C委", [("A局", "lead"), ("B局", "support"), ("C委", "support")]),
    ("牵头部门:A局,参与单位:B局", [("A局", "lead"), ("B局", "support")]),
    ("主责单位：A局，协办单位：B局", [("A局", "lead"), ("B局", "support")]),
    ("责任单位：A局、B局", [("A局", "responsible"), ("B局", "responsible")]),
    ("牵头单位：A局。责任单位：B局、C局", [("A局", "lead"), ("B局", "responsible"), ("C局", "responsible")]),
    ("责任单位：A局、B局按职责分工负责", [("A局", "responsible"), ("B局", "responsible")]),
    ("主管部门：A局", [("A局", "responsible")]),  # the department in charge: responsible, as 责任单位
    ("主管單位:A局、B局", [("A局", "responsible"), ("B局", "responsible")]),
    # a county or district bureau's own sections (股室) label as a department's 科室 do
    ("责任股室：办公室、社会救助股", [("办公室", "responsible"), ("社会救助股", "responsible")]),
    # the unit supplying a target's figures has a duty in it, and is not its lead
    ("牵头领导:谢某某,牵头单位:市发改委,数据提供单位:市统计局", [("市发改委", "lead"),
                                                   ("市统计局", "support")]),
])
def test_labels_give_their_roles(text, expected):
    assert roles(text) == expected


def test_chengban_undertakes_the_task_beside_units_that_help():
    # 承办 (undertakes) is said as 负责 is: responsible, so it leads beside supporting units
    assert roles("由乡三农服务中心承办，乡畜牧站、卫生院配合。") == [
        ("乡三农服务中心", "responsible"), ("乡畜牧站", "support"), ("卫生院", "support")]


@pytest.mark.parametrize("text, expected", [
    ("A局、B局负责", [("A局", "responsible"), ("B局", "responsible")]),
    ("A局牵头负责", [("A局", "lead")]),
    ("A局主责", [("A局", "lead")]),
    ("A局、B局指导", [("A局", "lead"), ("B局", "lead")]),
    ("A局负责落实", [("A局", "responsible")]),
    ("A局等按职责分工负责", [("A局", "responsible")]),
    ("A处、B处等按职责分工落实", [("A处", "responsible"), ("B处", "responsible")]),
    ("由A局、B局牵头，C委、D办参加", [("A局", "lead"), ("B局", "lead"), ("C委", "support"), ("D办", "support")]),
    ("A局牵头，B局配合", [("A局", "lead"), ("B局", "support")]),
    # groups with their verbs split by 、 only: each verb closes its own run of units
    ("A局牵头、B局、C局配合", [("A局", "lead"), ("B局", "support"), ("C局", "support")]),
    ("A局主办、各工作组协办", [("A局", "lead"), ("各工作组", "support")]),
    ("A局牵头，B局参与，C局协助，D局协同，E局协办", [("A局", "lead"), ("B局", "support"), ("C局", "support"),
                                          ("D局", "support"), ("E局", "support")]),
    ("A局会同B局、C局负责", [("A局", "responsible"), ("B局", "support"), ("C局", "support")]),
    ("A局会同B局", [("A局", "lead"), ("B局", "support")]),
    # 参照落实: the towns do it too, after the model the lead sets; beside a lead they support
    ("A局牵头，B局落实；各镇（街）参照落实", [("A局", "lead"), ("B局", "responsible"), ("各镇（街）", "responsible")]),
    ("A局牵头，各乡（镇）参照执行", [("A局", "lead"), ("各乡（镇）", "responsible")]),
])
def test_verbs_after_the_units_give_their_roles(text, expected):
    assert roles(text) == expected


def test_by_division_of_duties_without_fuze_closes_a_bracket_of_units():
    # （A牵头，B、C按照职责分工）: 负责 left unsaid after 按照职责分工; beside the lead the others support
    assert roles("A局牵头，B局、C委按照职责分工") == [("A局", "lead"), ("B局", "responsible"), ("C委", "responsible")]
    assert roles("州A局牵头，B局等按职责分工") == [("州A局", "lead"), ("B局", "responsible")]
    text, items = find_assignment("推广新工艺。（A局牵头，B局、C委按照职责分工）")
    assert text == "推广新工艺。"
    assert assign_roles(items)[:2] == (["A局"], ["B局", "C委"])
    # a requirement of everyone to work by their duties names no units
    assert find_assignment("各部门要按照职责分工，抓好落实。") is None
    assert find_assignment("加强监管。各有关部门要按照职责分工，密切配合。") is None


def test_organise_and_carry_out_closes_a_group_after_huitong_and_a_list_joined_by_he():
    # 组织落实 / 组织推进 after units: A会同B和C组织落实 (A leads, B and C support); 由A和B组织落实 (both lead)
    assert roles("X局会同有关部门和各县区组织推进") == [
        ("X局", "responsible"), ("有关部门", "support"), ("各县区", "support")]
    assert roles("由X委和各县市区组织落实。") == [("X委", "responsible"), ("各县市区", "responsible")]
    assert parse_group("认真组织落实") is None  # a task's words, not units


def test_a_dash_opening_a_unit_line_is_no_part_of_the_first_unit():
    assert roles("──由X局会同有关部门组织落实。") == [("X局", "responsible"), ("有关部门", "support")]
    assert roles("——由X局、Y委负责") == [("X局", "responsible"), ("Y委", "responsible")]


def test_a_unit_list_running_over_a_comma_takes_the_verb_after_it():
    assert roles("A部、B部，各省级人民政府按职责分工负责") == [
        ("A部", "responsible"), ("B部", "responsible"), ("各省级人民政府", "responsible")]
    assert roles("A局牵头，B局，C委配合") == [("A局", "lead"), ("B局", "support"), ("C委", "support")]
    assert parse_group("A局，B局") is None  # units with no role word anywhere: no group


def test_traditional_forms_and_half_width_punctuation_are_read():
    assert roles("A局、B局牽頭,C局按職責分工負責") == [("A局", "lead"), ("B局", "lead"), ("C局", "responsible")]
    assert roles("牽頭單位:A局;配合單位:B局") == [("A局", "lead"), ("B局", "support")]


def test_a_label_whose_units_carry_verbs():
    assert roles("部门分工：A厅牵头，各地、各部门配合。") == [("A厅", "lead"), ("各地", "support"), ("各部门", "support")]


def test_a_note_on_the_roles_inside_the_group_is_no_unit():
    assert roles("A部、B部等负责。列第一位者为牵头单位，下同") == [("A部", "responsible"), ("B部", "responsible")]


def test_person_and_deadline_clauses_are_skipped():
    assert roles("责任领导：张三；牵头单位：A局") == [("A局", "lead")]
    assert roles("国务院各部门分别负责，年内持续推进") == [("国务院各部门", "responsible")]


@pytest.mark.parametrize("text", ["2023年底前完成", "见附件", "含下属单位", "", "以新时代思想为指导", "坚持党的领导"])
def test_text_without_role_words_is_no_group(text):
    assert parse_group(text) is None


def test_a_unit_marked_as_lead_in_a_cell_leads_and_the_others_support():
    assert [(i.text, i.role) for i in cell_items("A局（牵头）、B局、C委", "lead")] == [
        ("A局", "lead"), ("B局", "support"), ("C委", "support")]
    assert roles("责任单位：A局、B局(牵头)") == [("A局", "support"), ("B局", "lead")]


def test_role_words_inside_a_unit_name_are_not_role_words():
    assert not has_role_words("市就业创业指导中心、市科协")
    assert [(i.text, i.role) for i in cell_items("市就业创业指导中心、市科协", "support")] == [
        ("市就业创业指导中心", "support"), ("市科协", "support")]


def test_units_named_inside_the_sentence():
    text, items = sentence_units("关于耕地的问题，由A部会同B部等部门负责落实。")
    assert (text, [(i.text, i.role) for i in items]) == ("关于耕地的问题", [("A部", "lead"), ("B部", "support")])
    assert sentence_units("做好耕地保护工作。") is None


def test_label_and_person_lines():
    assert starts_with_label("（牵头单位：A局）") and starts_with_label("部门分工：A局牵头")
    assert not starts_with_label("牵头抓好落实")
    assert names_a_person("分管省领导：张三") and names_a_person("牵头负责领导：李四")
    assert not names_a_person("牵头单位：A局")


# -- roles --------------------------------------------------------------------------
def test_responsible_units_all_lead_without_a_lead():
    leads, supports, rule = assign_roles(parse_group("责任单位：A局、B局"))
    assert (leads, supports) == (["A局", "B局"], [])
    assert rule.startswith("the units named with 责任单位 are all responsible and no 牵头 is named, so all lead")


def test_responsible_units_support_beside_a_named_lead():
    leads, supports, _ = assign_roles(parse_group("A局牵头，B局按职责分工负责"))
    assert (leads, supports) == (["A局"], ["B局"])


def test_the_first_listed_leads_when_the_document_says_so():
    leads, supports, rule = assign_roles(parse_group("A局、B局、C局负责"), first_leads=True)
    assert (leads, supports) == (["A局"], ["B局", "C局"])
    assert rule.startswith("the first unit named with 负责 leads")


@pytest.mark.parametrize("sentence", [
    "列第一位者为牵头单位，下同", "排在第一位的部门为牵头部门", "第一个为牵头单位", "排在首位的为牵头单位",
    "第一责任单位为牵头单位", "牵头单位排在第一位", "列在首位的为牵头单位", "列第一位者为工作牵头单位或汇总单位",
    "縣政府部門中列在首位的為牽頭部門",
])
def test_the_first_listed_rule_in_any_wording(sentence):
    assert FIRST_LEADS.search(sentence)


def test_no_first_listed_rule_in_ordinary_text():
    assert not FIRST_LEADS.search("各牵头单位要加强统筹，第一时间报送进展")


@pytest.mark.parametrize("group, expected", [
    # people in charge before the units: officials, not units
    ("分管副省长、协管副秘书长负责，省科技厅牵头", [("分管副省长", "person"), ("协管副秘书长", "person"),
                                                  ("省科技厅", "lead")]),
    ("常务副市长负责；市发改委牵头，市财政局配合", [("常务副市长", "person"), ("市发改委", "lead"),
                                                    ("市财政局", "support")]),
    # a sentence stating a rule names no units: the positional rule, a condition, "not listed one by one"
    ("省科技厅、省发改委、省教育厅等负责。列第一位的为牵头部门，其他部门和单位按职责分工负责，下同",
     [("省科技厅", "responsible"), ("省发改委", "responsible"), ("省教育厅", "responsible")]),
    ("省科技厅牵头。明确牵头部门的，其他有关部门配合，不逐一列出，下同", [("省科技厅", "lead")]),
    ("市发改委、市财政局（第一责任单位为牵头单位，下同）负责", [("市发改委", "responsible"), ("市财政局", "responsible")]),
    # after a rule sentence ends, units are read again
    ("列第一位的为牵头单位。市科协、市教育局负责", [("市科协", "responsible"), ("市教育局", "responsible")]),
])
def test_people_and_rule_sentences_in_a_group_are_not_units(group, expected):
    assert roles(group) == expected


@pytest.mark.parametrize("group, expected", [
    ("各县（市、区）政府落实", [("各县（市、区）政府", "responsible")]),
    ("市发改委牵头，各区县政府落实", [("市发改委", "lead"), ("各区县政府", "responsible")]),
    ("由市商务局组织实施", [("市商务局", "responsible")]),
    ("市科技局为牵头单位，市科协、市教育局为配合单位", [("市科技局", "lead"), ("市科协", "support"),
                                                        ("市教育局", "support")]),
    ("市政府负总责，市发改委具体落实", [("市政府", "lead"), ("市发改委", "responsible")]),
    ("省发改委主办，省财政厅协办", [("省发改委", "lead"), ("省财政厅", "support")]),
])
def test_more_role_verbs(group, expected):
    assert roles(group) == expected


@pytest.mark.parametrize("group", ["抓好政策落实", "确保各项措施实施", "加快推进落实"])
def test_a_weak_verb_after_words_that_are_no_units_makes_no_group(group):
    assert parse_group(group) is None
    assert not has_role_words(f"（{group}）")


def test_a_qualified_label_and_a_verb_that_says_more_than_its_label():
    assert roles("牵头责任单位：县发改委；主要协作单位：县财政局") == [("县发改委", "lead"), ("县财政局", "support")]
    assert roles("责任单位：市人力社保局、市农业农村局分别牵头") == [("市人力社保局", "lead"), ("市农业农村局", "lead")]


def test_a_supporting_units_label_beside_a_lead_reads_as_support():
    # 2025_shanghai_songjiang_district_urban_renewal_annual_plan: （牵头单位：A、B，支撑单位：C）
    assert roles("牵头单位：区绿化市容局，支撑单位：相关街镇、区经委") == [
        ("区绿化市容局", "lead"), ("相关街镇", "support"), ("区经委", "support")]
    assert roles("牽頭單位：市科技局，支撐單位：市科協") == [("市科技局", "lead"), ("市科協", "support")]
    text, items = find_assignment("建设口袋公园。（牵头单位：区绿化市容局，支撑单位：经开区）")
    assert [(i.text, i.role, i.word) for i in items] == [("区绿化市容局", "lead", "牵头单位"), ("经开区", "support", "支撑单位")]


def test_the_work_a_label_answers_for_is_part_of_the_label():
    # a problem list's (问题)整改责任单位: the qualifier is the label's, and a time after it names no unit
    assert starts_with_label("问题整改责任单位：区城管局；整改时限：7天")
    assert roles("问题整改责任单位：区城管局；整改时限：7天") == [("区城管局", "responsible")]
    assert roles("整改牵头单位：县住建局；整改配合单位：县交通局") == [("县住建局", "lead"), ("县交通局", "support")]
    assert roles("問題整改責任單位：縣衛健局") == [("縣衛健局", "responsible")]
    assert not starts_with_label("问题整改到位")


def test_a_unit_assisting_another_supports_it():
    assert roles("省人事厅配合省委有关部门落实") == [("省人事厅", "support"), ("省委有关部门", "responsible")]
    assert roles("市科协协助市教育局负责") == [("市科协", "support"), ("市教育局", "responsible")]


def test_people_are_named_in_the_role_rule_and_a_group_of_people_alone_is_none():
    leads, supports, rule = assign_roles(parse_group("分管副县长负责，县财政局牵头"))
    assert (leads, supports) == (["县财政局"], [])
    assert rule.endswith("; people, not units: 分管副县长")
    assert parse_group("分管副省长、协管副秘书长负责") is None


@pytest.mark.parametrize("line, units", [
    ("以下均需试点城市政府落实，不再列出。", ["试点城市政府"]),
    ("具体任务均涉及相关市(州)人民政府，不再做分工，下同。", ["相关市(州)人民政府"]),
    ("以下各项由市科技局负责。", []),
    # 不再重复 (not said again), after 除专门列出外 (save where a task names otherwise)
    ("除专门列出外,以下任务均涉及各市〔州〕、贵安新区数据管理部门,不再重复", ["各市〔州〕、贵安新区数据管理部门"]),
    ("以下任务均涉及各区政府,请认真落实", []),
    ("以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出", ["各县区人民政府、园区管委会"]),
])
def test_document_wide_units(line, units):
    assert document_wide_units(line) == units


def test_a_document_wide_sentence_is_taken_out_of_a_group():
    rest, units = without_document_wide("（责任单位：A局。以下均需B市政府落实，不再列出。）")
    assert (rest, units) == ("（责任单位：A局。）", ["B市政府"])


# -- size and robustness ----------------------------------------------------------------
# How the time grows with such texts is measured in benchmarks/grammar.py (doubling ratios); here they must
# read, and read right.
def test_two_thousand_names_joined_by_he_split_whole():
    names = [f"第{i}局" for i in range(2000)]
    assert split_units("和".join(names)) == names


def test_an_80000_character_bracketed_paragraph_parses():
    text = "（" * 20000 + "市科协、" * 10000 + "）" * 20000
    assert parse_group(text) is None  # unbalanced nesting names no units
    assert len(split_units(text)) >= 1


@pytest.mark.parametrize("text", ["甲" + "等" * 80000, "（" * 40000 + "）" * 40000, "市局和" * 26000, "各" + "、区" * 40000,
                                  "由" * 80000 + "负责", "会同" * 40000 + "负责", "牵头单位：" * 16000])
def test_pathological_80000_character_texts_parse(text):
    assert isinstance(split_units(text), list)
    assert parse_group(text) is None or all(item.text for item in parse_group(text))


_ALPHABET = "市局委科协技、，,;；/和及与等（）()【】〔〕牵头配合负责参与会同由单位：:。 各区县级有关部门按职责分工下同第一为"


_PIECES = st.lists(st.sampled_from(["（牵头）", "牵头单位：", "配合单位：", "、", "，", "。", "等", "会同", "由", "负责", "指导",
                                    "（", "）", "〔", "各", "区", "县级市", "和", "市科协", "A局", "以下均需", "不再列出",
                                    "下同", "列第一位者为牵头单位", "分管领导：", "2023年底前"]), max_size=25).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.text(_ALPHABET, max_size=60) | st.text(max_size=30) | _PIECES)
def test_any_text_gives_items_whose_units_come_from_the_input(text):
    try:
        items = cell_items(text, "lead")
        group = parse_group(text) or []
    except ZygraphError:
        return
    for item in [*items, *group]:
        assert item.text and item.text in text
        assert item.role in ("lead", "support", "responsible")


def test_a_collective_with_a_note_supports_after_a_lead_named_in_a_clause():
    from zygraph.sentences.statements import clause_units

    items = clause_units("由省财政厅、商务厅等省级主管部门（单位）牵头完成自查报告，其他相关部门（单位）配合，按时报送。")
    assert [(i.text, i.role) for i in items] == [("省财政厅", "lead"), ("商务厅", "lead"), ("其他相关部门（单位）", "support")]


@pytest.mark.parametrize("text, expected", [
    ("由市安监局1名县级领导带队，2名专业人员参加。", [("市安监局", "lead"), ("1名县级领导", "person")]),
    ("由县教育局分管领导带队，抽调3名干部组成。", [("县教育局", "lead"), ("分管领导", "person")]),
    ("由市交通局带队，开展检查。", [("市交通局", "lead")]),
])
def test_the_unit_that_sends_a_team_its_leader_leads_the_team(text, expected):
    from zygraph.sentences.statements import clause_units

    assert [(i.text, i.role) for i in clause_units(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("由区工商分局牵头组织区相关部门对辖区市场进行评估验收。", [("区工商分局", "lead"), ("区相关部门", "support")]),
    ("由市商务局牵头组织各县区共同开展检查。", [("市商务局", "lead"), ("各县区", "support")]),
    ("由区工商分局牵头组织开展评估验收。", [("区工商分局", "lead")]),  # 组织 before the work names no partner
    ("由区工商分局牵头组织专家对市场进行评估。", [("区工商分局", "lead")]),  # experts are no unit
    # a team named only by its kind is what 组织 forms, no unit (blind114 1991 国发: 由国务院组织工作组进行执法大检查)
    ("由县政府组织联合检查组进行执法检查。", [("县政府", "responsible")]),
])
def test_the_units_a_lead_organises_to_do_the_work_support_it(text, expected):
    from zygraph.sentences.statements import clause_units

    assert [(i.text, i.role) for i in clause_units(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("由市发改委负责牵头，会同市财政局、市住建局，市农科院、市气象局等共同完成。",
     [("市发改委", "lead"), ("市财政局", "support"), ("市住建局", "support"), ("市农科院", "support"),
      ("市气象局", "support")]),
    ("由市发改委牵头，会同市财政局，加强统筹协调。", [("市发改委", "lead"), ("市财政局", "support")]),
    ("由市发改委牵头，会同市财政局等共同完成，市农科院、市气象局", [("市发改委", "lead"), ("市财政局", "support")]),
])
def test_the_units_after_huitong_go_on_over_clauses_listing_only_units(text, expected):
    from zygraph.sentences.statements import clause_units

    assert [(i.text, i.role) for i in clause_units(text)] == expected


def test_a_team_led_by_a_person_alone_names_no_unit():
    from zygraph.sentences.statements import clause_units

    assert clause_units("由县领导带队，2名专业人员参加。") is None


def test_a_label_that_names_no_role_ends_the_units_before_it():
    assert roles("负责部门：商务部、自然资源部；适用范围：所有自贸试验区，以下除标注的措施外，适用范围均为所有自贸试验区") == [
        ("商务部", "responsible"), ("自然资源部", "responsible")]


@pytest.mark.parametrize("text, expected", [
    ("（3）公安部负责维护秩序，保证交通通畅。", [("公安部", "responsible")]),
    ("国家发展改革委及国家粮食局、商务部按照各自职能分工，负责粮食市场应急供应工作。",
     [("国家发展改革委", "responsible"), ("国家粮食局", "responsible"), ("商务部", "responsible")]),
])
def test_units_as_the_subject_of_a_duty(text, expected):
    from zygraph.readers.paragraph import find_assignment

    assert [(i.text, i.role) for i in find_assignment(text.removeprefix("（3）"))[1]] == expected


@pytest.mark.parametrize("group, expected", [
    ("责任单位:县扶贫开发办牵头,县教育和体育局等有关部门参加,各镇街落实",
     [("县扶贫开发办", "lead"), ("县教育和体育局", "support"), ("各镇街", "responsible")]),
])
def test_a_collective_of_towns_doing_the_work(group, expected):
    assert roles(group) == expected


@pytest.mark.parametrize("text, expected", [
    ("监察部门负责对违规办丧行为进行查处。", [("监察部门", "responsible")]),
    ("人保、财政、审计等部门负责加强丧葬补助费发放管理。", [("人保", "responsible"), ("财政", "responsible"),
                                                      ("审计", "responsible")]),
    ("民宗部门协助城市管理等有关部门负责查处宗教丧葬活动。", [("民宗部门", "support"), ("城市管理", "responsible")]),
])
def test_departments_named_by_their_work(text, expected):
    from zygraph.sentences.subject_units import subject_units

    assert [(i.text, i.role) for i in subject_units(text)] == expected


def test_the_units_a_duty_helps_are_its_units_only_with_a_verb_of_their_own():
    from zygraph.sentences.subject_units import helped_units, sentence_subjects, subject_units

    # A协助B完成… / A配合B落实…: B does the work its verb says; 配合有关部门研究… names no unit of the duty
    assert [(i.text, i.role) for i in subject_units("县住建局协助县国土局完成商铺征迁工作。")] == [
        ("县住建局", "support"), ("县国土局", "responsible")]
    assert [(i.text, i.role) for i in subject_units("县林业局配合县水务局落实河道治理。")] == [
        ("县林业局", "support"), ("县水务局", "responsible")]
    assert [(i.text, i.role) for i in subject_units("县林业局配合县水务局研究治理方案。")] == [("县林业局", "support")]
    # A、B协同C负责…: the units 协同 works with have the duty's verb, so C does it and A, B support
    assert [(i.text, i.role) for i in subject_units("市公安局、市建委协同市交通局负责城市交通管理。")] == [
        ("市公安局", "support"), ("市建委", "support"), ("市交通局", "responsible")]
    # a decision's later sentence, its subject left out: 同时，协助B完成…
    text = "由县住建局负责，于7月17日前完成房屋征收工作。同时，协助县国土局完成商铺征迁工作。"
    assert [(i.text, i.role) for i in sentence_subjects(text)] == [("县住建局", "responsible"), ("县国土局", "responsible")]
    assert helped_units("同时，配合有关部门完成征迁工作。") is None  # units named elsewhere, in general
    assert helped_units("同时，协助县国土局对征迁户开展宣传。") is None  # 对…: what the help is about


def test_a_subject_cut_inside_a_bracket_is_no_unit():
    from zygraph.sentences.subject_units import subject_units

    assert subject_units("依托国家企业信用信息公示系统（部门协同监管平台）开展监管。") is None


def test_a_duty_after_clauses_of_basis_and_purpose():
    from zygraph.sentences.subject_units import subject_units

    text = "根据《分工方案》，为大力支持兰白核心经济区率先发展，发展改革委、商务部将负责支持建设都市经济圈。"
    assert [(i.text, i.role) for i in subject_units(text)] == [("发展改革委", "responsible"), ("商务部", "responsible")]
    assert [i.text for i in subject_units("发展改革委、财政部等部门还将负责推动经济区加快发展。")] == ["发展改革委", "财政部"]


def test_a_with_clause_after_its_basis_or_occasion_has_its_subject_lead_and_its_partners_support():
    from zygraph.sentences.subject_units import subject_units

    # a city disaster-relief plan's Level II response (a law-database copy): the work after the partners opens with
    # 下拨, a verb the partners' pattern does not list, so the partners are the units opening what follows 会同
    text = "根据灾区需求或市领导指示，市民政局会同财政局下拨救灾应急款物。"
    assert [(i.text, i.role) for i in subject_units(text)] == [("市民政局", "lead"), ("财政局", "support")]
    # the occasion the duty is for opens the sentence, as 根据… does
    text = "发生重大灾情时，市民政局会同市财政局研究救灾资金安排。"
    assert [(i.text, i.role) for i in subject_units(text)] == [("市民政局", "lead"), ("市财政局", "support")]
    assert subject_units("发生重大灾情时，及时下拨救灾资金。") is None  # no subject after the occasion


def test_the_supporting_units_named_right_after_a_duty_s_subject_support_it():
    from zygraph.sentences.subject_units import subject_units

    text = "市林业局负责，市财政局、市水利局及各有关县、区政府配合，推进造林绿化。"
    assert [(i.text, i.role) for i in subject_units(text)] == [
        ("市林业局", "responsible"), ("市财政局", "support"), ("市水利局", "support"), ("各有关县、区政府", "support")]
    text = "由市园林局负责，市城管局配合，开展绿地养护。由市园林局负责，组织培训。"
    assert [(i.text, i.role) for i in subject_units(text)] == [("市园林局", "responsible"), ("市城管局", "support")]


def test_a_duty_s_own_words_end_its_units():
    from zygraph.sentences.subject_units import subject_units

    # the duty's words end the run of role clauses; a later clause naming only helpers is read by helper_clauses
    assert [(i.text, i.word) for i in subject_units("市林业局负责做好造林，市水利局配合。")] == [
        ("市林业局", "负责"), ("市水利局", "配合（分句）")]
    assert [i.text for i in subject_units("市林业局负责做好造林，形成部门配合、社会参与的格局。")] == ["市林业局"]


@pytest.mark.parametrize("text, expected", [
    ("各级港航、海事部门", ["各级港航、海事部门"]),  # 各级 runs over both fields, which share 部门
    ("各级财政、税务、审计部门", ["各级财政、税务、审计部门"]),
    ("各级港航、海事部门和市公安局", ["各级港航、海事部门", "市公安局"]),
    ("各县区、市政府各部门", ["各县区", "市政府各部门"]),  # a place is no field: two collectives
    ("各区、各部门", ["各区", "各部门"]),  # a 各 of its own starts another
    ("公安、交通部门", ["公安", "交通部门"]),  # no 各 over them: each a department's short name, as before
    # 各 over the places of a level, after the level above: the fields of both levels, one collective
    ("市级和各县(市、区)市政、工商、规划部门", ["市级和各县(市、区)市政、工商、规划部门"]),
    ("各县（市、区）卫生、教育部门和市公安局", ["各县（市、区）卫生、教育部门", "市公安局"]),
    ("各县区、市政府各部门", ["各县区", "市政府各部门"]),  # a place after 各 is no field
    # after a comma, fields named bare share the levels of the name before: 市级和各县(市、区)的市政、工商、文化部门
    ("市级和各县(市、区)宣传部,市政、工商、文化部门", ["市级和各县(市、区)宣传部", "市政、工商、文化部门"]),
    ("市委宣传部,公安、交通部门", ["市委宣传部", "公安", "交通部门"]),  # no levels before: each its own
    ("市级和各县(市、区)宣传部、公安、交通部门", ["市级和各县(市、区)宣传部", "公安", "交通部门"]),  # 、 lists on
])
def test_fields_named_bare_after_each_level_share_the_kind_after_the_last_as_one_collective(text, expected):
    assert split_units(text) == expected


def test_a_label_s_list_split_at_commas_keeps_the_levels_a_name_before_gives_the_fields_after_it():
    text = "主要责任单位:各县(市、区)、乡(镇)政府,工业园区管委会,市级和各县(市、区)宣传部,市政、工商、文化部门"
    assert [i.text for i in parse_group(text)] == [
        "各县(市、区)、乡(镇)政府", "工业园区管委会", "市级和各县(市、区)宣传部", "市政、工商、文化部门"]
    assert [i.text for i in parse_group("责任单位:市委宣传部,公安、交通部门")] == ["市委宣传部", "公安", "交通部门"]


def test_the_bodies_of_a_kind_at_every_level_are_a_collective_unit():
    from zygraph.names.listlike import looks_like_unit_list

    assert looks_like_unit_list("各级公安机关") and looks_like_unit_list("各级港航、海事部门")
    assert not looks_like_unit_list("精简机关")  # 机关 makes a collective only after 各 or 有关: here it is the work


def test_a_collective_of_levels_joined_to_a_unit_by_and_stays_whole():
    assert split_units("市水利局及各有关县、区政府") == ["市水利局", "各有关县、区政府"]
    assert split_units("市科协和各区、县级市、市妇联") == ["市科协", "各区、县级市", "市妇联"]


@pytest.mark.parametrize("text", [
    "各牵头单位要切实履行牵头责任，统筹推进各项工作落实。",
    "各责任单位负责细化目标任务。",
    "养老机构等的安全生产工作由市民政局牵头负责，分管副市长为主管领导。",
])
def test_role_holders_in_general_and_the_work_before_by_are_no_subject(text):
    from zygraph.sentences.subject_units import subject_units

    assert subject_units(text) is None


def test_a_connective_before_a_duty_s_units_is_no_part_of_them():
    from zygraph.sentences.subject_units import subject_units

    assert [(i.text, i.role) for i in subject_units("即县林业局牵头，组织开展植树活动。")] == [("县林业局", "lead")]


def test_the_official_named_in_charge_after_a_unit_s_clause_is_a_person():
    from zygraph.sentences.statements import clause_units

    items = clause_units("医疗机构的安全工作由市卫生健康委牵头负责，市政府分管卫生工作的副市长为主管领导。")
    assert [(i.text, i.role) for i in items] == [("市卫生健康委", "lead"), ("市政府分管卫生工作的副市长", "person")]


@pytest.mark.parametrize("text, expected", [
    ("市政府各部门、各直属机构", ["市政府各部门、各直属机构"]),
    ("县直各单位、各驻县单位", ["县直各单位、各驻县单位"]),
    ("各县（区）政府、各功能区管委会", ["各县（区）政府", "各功能区管委会"]),
])
def test_a_collective_whose_owner_stands_before_its_each_shares_it_with_the_next(text, expected):
    from zygraph.names.unitlist import split_units

    assert split_units(text) == expected


def test_units_sharing_work_by_their_duties_with_any_verb_are_responsible():
    from zygraph.sentences.statements import clause_units

    items = clause_units("专项资金由市财政局、市农业农村局按职责分工管理。")
    assert [(i.text, i.role) for i in items] == [("市财政局", "responsible"), ("市农业农村局", "responsible")]
    items = clause_units("项目由县发改局按照职责监督实施。")
    assert [(i.text, i.role) for i in items] == [("县发改局", "responsible")]
    assert clause_units("补助标准由各地按职责分工自行确定的原则执行，加强管理。") is None


def test_a_later_clause_opening_with_huitong_names_the_duty_s_partners():
    from zygraph.sentences.subject_units import subject_units

    text = "市财政局负责编制预算，下达资金，会同市住建局组织开展绩效评价。"
    assert [(i.text, i.role) for i in subject_units(text)] == [("市财政局", "responsible"), ("市住建局", "support")]
    text = "市财政局负责编制预算，并会同有关部门研究制定办法。"
    assert [(i.text, i.role) for i in subject_units(text)] == [("市财政局", "responsible"), ("有关部门", "support")]
    text = "市财政局负责编制预算，会同审核结果下达资金。"  # no unit after 会同
    assert [(i.text, i.role) for i in subject_units(text)] == [("市财政局", "responsible")]


def test_a_label_or_a_leader_written_with_shi_or_wei_reads_as_with_a_colon():
    items = parse_group("牵头领导是副市长李某，牵头单位是市发改委，配合单位为市财政局、市统计局")
    assert [(i.text, i.role) for i in items] == [("市发改委", "lead"), ("市财政局", "support"), ("市统计局", "support")]
    assert parse_group("责任单位为主体，加强统筹") is None  # 为主体 names no unit


def test_tasks_and_units_paired_by_position_with_fenbie():
    from zygraph.sentences.prose import paired_tasks

    pairs = paired_tasks("方案明确，河道整治、水源保护及污水处理工作分别由市水务局、市生态环境局、市城管局负责。")
    assert [(task, [(i.text, i.role) for i in items]) for task, items in pairs] == [
        ("河道整治", [("市水务局", "responsible")]), ("水源保护", [("市生态环境局", "responsible")]),
        ("污水处理", [("市城管局", "responsible")])]
    assert paired_tasks("河道整治和水源保护工作分别由市水务局、市生态环境局、市城管局负责。") is None  # 2 tasks, 3 units
    assert paired_tasks("上述两项工作分别由专人负责。") is None


def test_a_quoted_task_takes_the_units_of_the_label_phrases_after_it_not_its_leaders():
    from zygraph.sentences.prose import quoted_task

    task, items = quoted_task("第12项任务“新建公园10个”，牵头领导是副市长王某，主责单位是市园林局、有关区政府。")
    assert (task, [(i.text, i.role) for i in items]) == (
        "新建公园10个", [("市园林局", "lead"), ("有关区政府", "lead")])
    assert quoted_task("第13项任务“新建绿道”，牵头领导是副市长王某、副市长李某。") is None
    assert quoted_task("提出“新建绿道”的目标，要求各区落实。") is None


def test_tasks_listed_after_the_unit_that_leads_them():
    from zygraph.sentences.prose import listed_tasks

    tasks = listed_tasks("市教育局参加的工作共计6项，有2项由市教育局牵头，分别是推进集团化办学；扩大学位供给。")
    assert [(task, [(i.text, i.role) for i in items]) for task, items in tasks] == [
        ("推进集团化办学", [("市教育局", "lead")]), ("扩大学位供给", [("市教育局", "lead")])]
    assert listed_tasks("有3项由市教育局牵头，分别是推进集团化办学；扩大学位供给。") is None  # says 3, lists 2


def test_tasks_listed_after_units_that_share_them():
    from zygraph.sentences.prose import listed_tasks

    tasks = listed_tasks("通知明确，市人社局、市财政局等分工负责稳定就业；完善社保；加强技能培训；")
    assert [(task, [i.text for i in items]) for task, items in tasks] == [
        ("稳定就业", ["市人社局", "市财政局"]), ("完善社保", ["市人社局", "市财政局"]),
        ("加强技能培训", ["市人社局", "市财政局"])]
    assert listed_tasks("市人社局负责稳定就业；完善社保。") is None  # 负责: one duty, not a list


def test_the_suffix_fengong_after_a_list_of_units_is_dropped():
    assert split_units("市医保局、市药监局等分工") == ["市医保局", "市药监局"]


def test_a_unit_opening_a_sentence_with_a_deadline_is_its_subject():
    from zygraph.sentences.prose import news_subject_units

    assert [i.text for i in news_subject_units("根据年度安排，今年，县交通局要在10月底建成农村公路50公里。")] == ["县交通局"]
    assert [i.text for i in news_subject_units("县文旅公司6月下旬建成游客中心。")] == ["县文旅公司"]
    assert [i.text for i in news_subject_units("县水务公司要加快管网建设，年底前完成改造。")] == ["县水务公司"]


@pytest.mark.parametrize("sentence", [
    "县政府将定期听取工作汇报，研究部署推进措施。",  # no deadline: how a notice opens
    "县督查室要加强督促检查，实行季度通报。",
    "各乡镇各部门要在年底前完成自查。",  # every unit, not one
    "该局要在年底前完成自查。",  # a unit named before
    "10月底完成农村公路建设。",  # no subject
])
def test_sentences_that_name_no_unit_s_own_dated_duty_have_no_news_subject(sentence):
    from zygraph.sentences.prose import news_subject_units

    assert news_subject_units(sentence) is None


@pytest.mark.parametrize("text", ["分别由" * 10000, "有3项由" * 10000, "第1项任务“" * 10000, "市教育局要" * 10000,
                                  "改革、" * 20000 + "分别由市局负责。"])
def test_pathological_prose_paragraphs_read(text):
    from zygraph.sentences.prose import prose_tasks

    assert prose_tasks(text) is None or isinstance(prose_tasks(text), list)


def test_a_numbered_task_written_out_without_quotes_runs_to_its_first_label_phrase():
    from zygraph.sentences.prose import quoted_task

    task, items = quoted_task("又如第21项，新建绿道，完善驿站设施，牵头领导是副市长王某，主责单位是市园林局。")
    assert (task, [(i.text, i.role) for i in items]) == ("新建绿道，完善驿站设施", [("市园林局", "lead")])
    assert quoted_task("第21项，新建绿道，牵头领导是副市长王某、副市长李某。") is None


def test_tasks_listed_with_the_count_after_the_unit_that_leads_them():
    from zygraph.sentences.prose import listed_tasks

    tasks = listed_tasks("其中，市教育局牵头的有2项：推进集团化办学；扩大学位供给。")
    assert [(task, [(i.text, i.role) for i in items]) for task, items in tasks] == [
        ("推进集团化办学", [("市教育局", "lead")]), ("扩大学位供给", [("市教育局", "lead")])]
    assert listed_tasks("市教育局牵头的有5项，涉及教育改革的各个方面。") is None


# -- units named as what they are for the work ---------------------------------------------------
def test_units_named_as_lead_and_helpers_of_the_work_take_their_labels_roles():
    text = ("市住建局为本议案办理的牵头责任单位，负责制定实施方案。市财政局、市自然资源局、某某区政府为协办单位，"
            "各单位要密切配合。")
    assert [(i.text, i.role) for i in designated_units(text)] == [
        ("市住建局", "lead"), ("市财政局", "support"), ("市自然资源局", "support"), ("某某区政府", "support")]


@pytest.mark.parametrize("text", [
    "列第一位的为牵头单位，其他单位配合。",  # a rule, not units
    "本次活动为全市重点工作，各部门要支持。",  # no label
    "市财政局为牵头单位制定的办法提供资金。",  # the label does not end the clause
])
def test_a_sentence_naming_no_units_as_what_they_are_gives_none(text):
    assert designated_units(text) is None


def test_a_modal_verb_ends_the_units_opening_a_duty_before_other_duty_words():
    assert [i.text for i in duty_subject_units("县政府督查室要将该项工作纳入督查重点，定期通报。")] == ["县政府督查室"]


@pytest.mark.parametrize("cell, names", [
    # short department names sharing the kind the last one names
    ("公安、交通部门", ["公安", "交通部门"]),
    ("市发改、经贸等局", ["市发改", "经贸"]),
])
def test_short_department_names_sharing_the_kind_of_the_last_are_units(cell, names):
    from zygraph.names.listlike import looks_like_unit_list

    assert split_units(cell) == names
    assert looks_like_unit_list(cell)


def test_a_division_numbered_within_its_office_is_a_unit_but_a_count_is_not():
    from zygraph.names.unitname import looks_like_unit

    def unknown(name):
        return False

    assert looks_like_unit("综合二处", unknown) and looks_like_unit("秘书一处", unknown)
    assert not looks_like_unit("新建停车场一处", unknown) and not looks_like_unit("新建学校1所", unknown)


def test_the_other_members_of_a_body_are_one_collective_but_a_member_is_no_unit():
    from zygraph.names.unitname import looks_like_unit

    def unknown(name):
        return False

    assert looks_like_unit("县防汛指挥部其他成员", unknown) and looks_like_unit("领导小组全体成员", unknown)
    assert not looks_like_unit("工作组成员", unknown) and not looks_like_unit("吸收成员", unknown)


def test_the_bodies_of_one_level_in_a_field_are_a_collective_and_a_tribunal_is_a_unit():
    from zygraph.names.unitname import looks_like_unit

    def unknown(name):
        return False

    assert looks_like_unit("镇级政法单位", unknown) and looks_like_unit("县级医疗机构", unknown)
    assert not looks_like_unit("县级", unknown) and not looks_like_unit("镇级财政资金", unknown)
    assert looks_like_unit("城关法庭", unknown) and looks_like_unit_list("镇综治中心、派出所、司法所、城关法庭")
    assert split_units("镇级政法单位和各村（社区）") == ["镇级政法单位", "各村（社区）"]


def test_a_leading_group_is_a_unit_and_its_members_are_one_collective():
    from zygraph.names.unitlist import split_units
    from zygraph.names.unitname import looks_like_unit

    assert looks_like_unit("政务公开工作领导小组", lambda name: False)
    assert split_units("市三产发展领导小组各成员单位") == ["市三产发展领导小组各成员单位"]


@pytest.mark.parametrize("text, expected", [
    ("领导小组负责研究重要问题。办公室为牵头责任部门，负责日常工作，其他处室负责具体工作。",
     [("领导小组", "lead"), ("办公室", "lead"), ("其他处室", "responsible")]),
    ("市农业局负责抽检。市供销社为牵头单位，负责监管，市商务局负责宣传。",
     [("市农业局", "lead"), ("市供销社", "lead"), ("市商务局", "responsible")]),
    ("市财政局负责拨付资金。市审计局负责审计。", None),  # no sentence names a lead: the paragraph's roles hold
    ("市财政局牵头拨付资金。市审计局为牵头单位，负责审计。", None),  # every sentence names its lead
    ("办公室为牵头责任部门，负责日常工作。", None),  # one sentence
])
def test_sentences_each_naming_their_units_one_a_lead_have_their_roles_read_sentence_by_sentence(text, expected):
    from zygraph.sentences.duties import sentence_shares

    items = sentence_shares(text)
    assert (items if items is None else [(i.text, i.role) for i in items]) == expected


@pytest.mark.parametrize("text, expected", [
    ("由金国兴总工负责，污染物排放总量控制处落实。", [("金国兴总工", "person"), ("污染物排放总量控制处", "responsible")]),
    ("由鲁国会、郑忠安副厅长分别负责，环境监测处和农村环境监督管理处分别落实。",
     [("鲁国会", "person"), ("郑忠安副厅长", "person"), ("环境监测处", "responsible"), ("农村环境监督管理处", "responsible")]),
    ("由市环保局负责，市监测站落实。", None),  # a unit after 由: a task of its own, read elsewhere
    ("由张总工负责，加快推进验收。", None),  # no unit carries it out
    ("由张总工负责。", None),
])
def test_the_units_carrying_out_a_task_after_the_person_answering_for_it(text, expected):
    from zygraph.sentences.duties import carried_out_units

    items = carried_out_units(text)
    assert (items if items is None else [(i.text, i.role) for i in items]) == expected


def test_units_doing_a_duty_by_their_remits_before_the_verb():
    from zygraph.sentences.subject_units import subject_units

    items = subject_units("市商务、农业等局依职责协助做好市场保供工作。")
    assert [(i.text, i.role) for i in items] == [("市商务", "support"), ("农业", "support")]
    items = subject_units("县财政局依照各自职责负责资金拨付。")
    assert [(i.text, i.role) for i in items] == [("县财政局", "responsible")]


@pytest.mark.parametrize("text, expected", [
    ("市科协协调有关学会的研究工作。", [("市科协", "responsible")]),  # 市科协协 ends as a unit too
    ("邢台军分区根据市政府有关部门的请求，协调组织民兵参加抢险。", [("邢台军分区", "responsible")]),  # 参加 later
    ("某车务段办事处组织协调救灾物资的铁路运输。", [("某车务段办事处", "responsible")]),
    ("市红十字会参加灾区伤员救护工作。", [("市红十字会", "support")]),
    ("各乡镇政府继续推进2个生态文明村建设。", [("各乡镇政府", "responsible")]),  # 继续 opens the duty
    # its own charge (负责) before the help (配合县农委…): the unit answers for its duty, helping besides
    ("县环保局要加强水源保护，负责查处排污，配合县农委治理秸秆焚烧。", [("县环保局", "responsible")]),
    ("县环保局要加强水源保护，配合县农委治理秸秆焚烧。", [("县环保局", "support")]),  # help alone: it supports
])
def test_a_verbless_duty_s_units_end_where_its_first_word_begins_and_a_helping_word_supports(text, expected):
    from zygraph.sentences.subject_units import duty_subject_units

    assert [(i.text, i.role) for i in duty_subject_units(text)] == expected


def test_a_closing_sentence_may_name_a_district_s_areas_beside_its_units():
    from zygraph.sentences.statements import closing_sentence_units

    text, items = closing_sentence_units("新增孵化器3家。区科技局主办，各街道、板块协办")
    assert text == "新增孵化器3家。"
    assert [(i.text, i.role) for i in items] == [("区科技局", "lead"), ("各街道", "support"), ("板块", "support")]
    assert closing_sentence_units("新增孵化器3家。板块协办") is None  # a place alone is no unit


def test_a_military_sub_district_looks_like_a_unit():
    from zygraph.names.listlike import looks_like_unit_list

    assert looks_like_unit_list("邢台军分区") and looks_like_unit_list("上海警备区")


def test_a_verbless_duty_may_name_a_unit_with_a_quoted_word():
    from zygraph.sentences.subject_units import duty_subject_units

    items = duty_subject_units("县信访局和整治“四风”专班依法开展督导，查处违规行为。")
    assert [(i.text, i.role) for i in items] == [("县信访局", "responsible"), ("整治“四风”专班", "responsible")]


def test_a_duty_s_partners_after_huitong_before_zhuahao():
    from zygraph.sentences.subject_units import subject_units

    items = subject_units("县财政局负责会同各乡镇抓好资金管理，统筹拨付资金。")
    assert [(i.text, i.role) for i in items] == [("县财政局", "responsible"), ("各乡镇", "support")]


@pytest.mark.parametrize("text, expected", [
    ("压实责任。各乡镇和部门要加强统筹，加快进度。", [("各乡镇和部门", "responsible")]),
    ("严肃追责。对工作不力的，县纪委监委将严肃追责问责。", [("县纪委监委", "responsible")]),
    ("加强领导。各牵头单位要加强统筹。", None),
    ("加强领导。分管副县长要亲自抓。", None),
    ("加强领导。各有关主管部门要加强统筹。", None),  # whoever holds the label, in general
    ("整治期间，各行业领域业务主管部门要督促企业。", [("各行业领域业务主管部门", "responsible")]),  # a field: a collective
])
def test_units_that_must_meet_a_requirement(text, expected):
    from zygraph.sentences.modal_duties import modal_subject_units

    items = modal_subject_units(text)
    assert (items if items is None else [(i.text, i.role) for i in items]) == expected


@pytest.mark.parametrize("texts, expected", [
    (["公安部门要加强防范。", "市场监管部门要依法查处。", "组合烟花。"], [["公安部门"], ["市场监管部门"], None]),
    (["县财政局要保障经费。", "各乡镇要配合做好宣传。"], [["县财政局"], ["各乡镇"]]),  # one with a unit of its own
    (["公安部门要加强防范。"], [None]),  # a lone item divides nothing
    (["各地要加强领导。", "有关部门要密切配合。"], [None, None]),  # requirements on everyone
    (["民爆器材管理。县公安局要重点检查储存环节。", "特种设备安全。县质监局要检查运行情况。"],
     [["县公安局"], ["县质监局"]]),  # a run-in title before each sentence
    (["加强组织领导。各地要高度重视。", "强化督促检查。各部门要密切配合。"], [None, None]),
    (["加强领导，县财政局要保障经费。", "强化督查，县审计局要加强审计。"], [None, None]),  # a clause, no title
])
def test_a_run_of_items_each_opening_with_its_units_and_yao_are_their_duties(texts, expected):
    from zygraph.sentences.modal_duties import modal_duties

    assert [items if items is None else [i.text for i in items] for items in modal_duties(texts)] == expected
    assert all(i.role == "responsible" for items in modal_duties(texts) if items for i in items)


@pytest.mark.parametrize("sentence, expected", [
    ("其中，涉及经费方面的事项，由财政部负责和协调；涉及宣传方面的事项，由国家统计局、中央宣传部负责和协调。",
     [("涉及经费方面的事项", ["财政部"]), ("涉及宣传方面的事项", ["国家统计局", "中央宣传部"])]),
    ("涉及经费的事项，由财政部负责；加强宣传动员。", None),  # a part given to no one
    ("涉及经费的事项，由财政部负责。", None),  # one matter is no division
])
def test_one_sentence_of_matters_split_by_semicolons_each_closed_by_its_units(sentence, expected):
    from zygraph.sentences.duties import matter_shares

    found = matter_shares(sentence)
    assert (found if found is None else [(task, [i.text for i in items]) for task, items in found]) == expected


def test_huitong_miswritten_as_huitong_with_hui_of_converge_names_the_partners():
    from zygraph.sentences.subject_units import subject_units

    items = subject_units("各乡镇汇同环保局完善生态功能保护区划界立标工作。")
    assert [(i.text, i.role) for i in items] == [("各乡镇", "lead"), ("环保局", "support")]


@pytest.mark.parametrize("texts, expected", [
    (["各乡镇政府继续推进生态村建设。", "水务局加强保护区管理。", "", "农委、畜牧局要加强循环经济建设。",
      "农委要开展土壤调查。"], [["各乡镇政府"], ["水务局"], None, ["农委", "畜牧局"], ["农委"]]),  # "": units of its own
    (["加强组织领导。", "农委要开展土壤调查。", "畜牧局要推进粪污利用。"], [None, ["农委"], ["畜牧局"]]),
    (["水务局加强保护区管理。", "农委要开展土壤调查。"], [None, None]),  # one item with 要 is no list
])
def test_beside_two_duties_with_yao_items_opening_with_a_department_are_its_duties(texts, expected):
    from zygraph.sentences.modal_duties import subject_duties

    assert [items if items is None else [i.text for i in items] for items in subject_duties(texts)] == expected


@pytest.mark.parametrize("text, expected", [
    ("市卫生局：负责医疗废物处置的卫生防护。", [("市卫生局", "responsible")]),
    ("市旅游局：旅游规划必须与纲要相协调。", [("市旅游局", "responsible")]),  # no role verb after a colon
    ("市物价局：负责召开听证会；会同财政、水利等有关部门贯彻执行价格政策。",
     [("市物价局", "responsible"), ("财政", "support"), ("水利", "support")]),
    ("区城管执法大队。负责查处无照经营。", [("区城管执法大队", "responsible")]),
    # the partners' work opens with how it is done (依法): they end before it, fields sharing the first one's 市
    ("市民政局：负责殡葬管理，会同市发改、公安、工商等有关部门依法查处违规行为。",
     [("市民政局", "responsible"), ("市发改", "support"), ("公安", "support"), ("工商", "support")]),
    ("建设科普馆。完善展陈设施。", None),  # a title ending like a unit, no role verb after its full stop
    ("工作目标：到2025年建成体系。", None),
    ("市卫生局：", None),
])
def test_a_duty_opening_with_its_department_set_off_by_a_colon_or_full_stop(text, expected):
    from zygraph.sentences.duties import headed_duty_units

    items = headed_duty_units(text)
    assert (items if items is None else [(i.text, i.role) for i in items]) == expected


@pytest.mark.parametrize("texts, expected", [
    (["县水利局：负责水情监测；负责工程调度。", "县气象局：负责天气预报。"], [["县水利局"], ["县气象局"]]),
    (["成员单位职责", "县水利局：负责水情监测。", "县气象局：负责天气预报。", "附件：名单"],
     [None, ["县水利局"], ["县气象局"], None]),
    (["县水利局：负责水情监测。", "加强值班值守。"], [None, None]),  # a lone line divides nothing
    (["工作目标：到2025年建成体系。", "工作原则：统一领导。"], [None, None]),  # labels naming no unit
    # a semicolon for the colon beside members set off by colons; alone, or before a list of units, no member
    (["县水利局：负责水情监测。", "县农业局；按照预案做好农业救灾。"], [["县水利局"], ["县农业局"]]),
    (["县农业局；按照预案做好农业救灾。", "加强值班值守。"], [None, None]),
    (["县水利局：负责水情监测。", "县农业局；县林业局；县气象局"], [None, None]),
])
def test_lines_each_opening_with_their_department_and_a_colon_are_its_duties(texts, expected):
    from zygraph.sentences.duties import headed_duties

    found = headed_duties(texts)
    assert [items if items is None else [i.text for i in items] for items in found] == expected
    assert all(i.role == "responsible" for items in found if items for i in items)


@pytest.mark.parametrize("cell, names", [
    ("其他负有监管职责的部门和行业主管部门", ["其他负有监管职责的部门和行业主管部门"]),
    ("县政府有关部门和行业主管部门", ["县政府有关部门和行业主管部门"]),
    ("市发改委和有关部门", ["市发改委", "有关部门"]),
])
def test_a_described_collective_and_a_kind_of_body_after_and_are_one_unit(cell, names):
    assert split_units(cell) == names


def test_units_doing_their_share_by_their_remits_with_no_role_verb():
    from zygraph.sentences.subject_units import subject_units

    items = subject_units("市直有关部门，依照各自职责，严格加强日常排查。")
    assert [(i.text, i.role) for i in items] == [("市直有关部门", "responsible")]
    assert subject_units("依照各自职责，严格加强日常排查。") is None


def test_a_target_divided_among_places_gives_each_place_its_share():
    items = quota_units("今年新建大棚2000座，具体任务分解：甲市1300-1500座，乙县200座，丙自治县30座。")
    assert [(i.text, i.role) for i in items] == [("甲市", "responsible"), ("乙县", "responsible"),
                                                  ("丙自治县", "responsible")]
    assert [i.text for i in quota_units("将任务分解到各县市：东城区30%、西城区25.5%。")] == ["东城区", "西城区"]
    assert [i.text for i in quota_units("各县区目标分别为：甲县1.2万亩，乙县0.8万亩。")] == ["甲县", "乙县"]
    assert [i.text for i in quota_units("作业任务分解如下：河北省950万亩，宁夏回族自治区120万亩。")] == [
        "河北省", "宁夏回族自治区"]


def test_figures_by_place_without_a_word_of_division_or_with_other_words_name_no_quota():
    assert quota_units("其中，甲县完成200座，乙县完成150座。") is None  # a report of what was done
    assert quota_units("甲县200座，乙县150座。") is None  # no word dividing a target
    assert quota_units("任务分解：甲县200座。") is None  # one share divides nothing
    assert quota_units("任务分解：全市200座，本县100座。") is None  # the whole, not places sharing it
    assert quota_units("任务分解：甲县新建200座，由乙县负责验收。") is None  # every share must be a place and a figure


@pytest.mark.parametrize("text", ["区负责单位:", "省牵头单位：", "市配合单位：县财政局"])
def test_a_label_opened_by_a_level_never_fails(text):
    items = parse_group(text) or []
    assert all(item.text in text for item in items)


@pytest.mark.parametrize("text, expected", [
    ("省统计局负责人口普查的日常工作。", [("省统计局", "responsible")]),
    ("省财政厅负责人口普查经费的协调保障工作。", [("省财政厅", "responsible")]),
])
def test_responsible_for_the_population_is_no_person_in_charge(text, expected):
    # 负责人 is a person in charge; 负责人口普查 is 负责 and 人口普查
    from zygraph.sentences.subject_units import subject_units

    assert [(i.text, i.role) for i in subject_units(text)] == expected
    assert subject_units("市政府负责人要亲自抓。") is None


def test_a_unit_serving_as_the_lead_of_the_work_after_zuowei_leads():
    text = "市商务局作为全市外资招商牵头责任部门，要做好协调工作。"
    assert [(i.text, i.role) for i in designated_units(text)] == [("市商务局", "lead")]
    # after 为 or 是 without 的, the words say what the unit is, not its role in the work
    assert designated_units("试点城市政府是建设试点责任主体，要有序开展试点。") is None


def test_the_copula_before_a_verb_clause_s_units_is_no_part_of_their_name():
    # 农产品整治组（是县农牧局牵头）: "it is 县农牧局 that leads", as 由县农牧局牵头 says it
    items = parse_group("是县农牧局牵头，县商务局配合")
    assert [(i.text, i.role) for i in items] == [("县农牧局", "lead"), ("县商务局", "support")]


@pytest.mark.parametrize("text, expected", [
    # the townships' governments and the subdistrict offices, their peers in the towns, close one collective
    ("各县（市、区）、乡（镇）人民政府、街道办，县市政局", ["各县（市、区）、乡（镇）人民政府、街道办", "县市政局"]),
    ("各县、乡镇人民政府、街道办事处、开发区管委会", ["各县、乡镇人民政府、街道办事处", "开发区管委会"]),
    ("各区、县（市）政府、街道办事处", ["各区、县（市）政府", "街道办事处"]),  # no township before: two units
])
def test_subdistrict_offices_after_the_townships_governments_stay_in_their_collective(text, expected):
    assert split_units(text) == expected


def test_yiji_joins_two_units_as_ji_does():
    # 各县区政府、各开发区管委会以及各相关企业要…: 以及 between the last two names, not part of the first
    assert split_units("各开发区管委会以及各相关企业") == ["各开发区管委会", "各相关企业"]
    assert split_units("市财政局以及市发改委") == ["市财政局", "市发改委"]


def test_a_department_s_short_name_in_a_list_may_name_the_field_it_also_covers_in_brackets():
    from zygraph.names.listlike import looks_like_unit_list

    # 县农委、…、文化（广电）、卫生等有关部门: 文化（广电） is the culture department, broadcasting too
    assert looks_like_unit_list("县农委、文化（广电）、卫生等有关部门")
    assert not looks_like_unit_list("县农委、文化（广电）")  # without 等部门 the short names are not read so


@pytest.mark.parametrize("text, expected", [
    ("此项工作由市城管局、市交通委负责。", [("市城管局", "responsible"), ("市交通委", "responsible")]),
    ("该项任务由县水利局会同县财政局负责", [("县水利局", "responsible"), ("县财政局", "support")]),
    ("此项工作由市城管局牵头，各区人民政府负责实施。", [("市城管局", "lead"), ("各区人民政府", "responsible")]),
])
def test_units_after_the_work_said_again_before_you_keep_no_part_of_it(text, expected):
    # 此项工作由A负责 under a numbered measure: 此项工作 is the measure above, not part of A's name
    assert [(i.text, i.role) for i in parse_group(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the unit organising an activity answers for it; the units it organises to do the work take part
    ("由县委宣传部统一组织各乡镇在县政府门口布置展版。", [("县委宣传部", "responsible"), ("各乡镇", "support")]),
    ("由县委办、县民宗局联合组织举办评选活动，由县文体局组织一台晚会。",
     [("县委办", "responsible"), ("县民宗局", "responsible"), ("县文体局", "responsible")]),
    ("由县委宣传部组织力量，按标准制作光荣榜。", [("县委宣传部", "responsible")]),
])
def test_units_that_organise_an_activity_after_you_answer_for_it(text, expected):
    from zygraph.sentences.statements import clause_units

    assert [(i.text, i.role) for i in clause_units(text)] == expected
    assert clause_units("每天由一个党委组织展演一台晚会。") is None  # one party committee a day: no unit named


def test_units_after_juti_you_are_responsible():
    assert [(i.text, i.role) for i in parse_group("具体由县文体局负责")] == [("县文体局", "responsible")]


def test_how_units_do_their_part_is_no_part_of_their_names():
    """积极/密切/加强 before 配合 (and 配合协调) say how the units support, as in a county meeting's news."""
    items = parse_group("县自然资源和规划局负责,住建局、发改局等其他相关单位加强配合协调")
    assert [(i.text, i.role) for i in items] == [("县自然资源和规划局", "responsible"), ("住建局", "support"),
                                                ("发改局", "support")]
    assert [(i.text, i.role) for i in parse_group("A局负责，B局、C局密切配合")] == [
        ("A局", "responsible"), ("B局", "support"), ("C局", "support")]
    assert [i.text for i in parse_group("市教育局牵头，各学校积极配合")] == ["市教育局", "各学校"]


@pytest.mark.parametrize("text, expected", [
    # what the unit is in the work (包片单位), written before its name with its level, is no part of the name
    ("由包片单位县气象局负责清除。", [("县气象局", "responsible")]),
    ("由责任单位市水务局牵头，市财政局配合。", [("市水务局", "lead"), ("市财政局", "support")]),
    # after the task's units, a unit the cases are handed on to and one checking the work: their own verbs
    ("由县环卫站负责劝阻，将屡教不改的报县城管局依法查处。", [("县环卫站", "responsible"), ("县城管局", "responsible")]),
    ("由县环卫站负责清除。县督查室对上述工作进行抽查。", [("县环卫站", "responsible"), ("县督查室", "responsible")]),
    ("由县环卫站负责清除，及时报送县督查室。", [("县环卫站", "responsible")]),  # reported to: no part of the work
    # the units the lead's work requires to help, in a later clause: 要求B、C等部门密切配合
    ("确立了由县国土局牵头，相关部门联合执法的机制，要求县监察局、公安等部门密切配合。",
     [("县国土局", "lead"), ("县监察局", "support"), ("公安", "support")]),
    ("要求县监察局、公安等部门密切配合。", None),  # no lead named: the requirement alone divides nothing
])
def test_units_a_requirement_names_besides_those_answering_for_it(text, expected):
    from zygraph.sentences.statements import clause_units

    items = clause_units(text)
    assert (items if items is None else [(i.text, i.role) for i in items]) == expected


def test_short_field_names_before_a_shared_kind_of_functional_units_are_units():
    from zygraph.names.listlike import looks_like_unit_list

    # 区大队、市政、人防等职能单位: 职能单位 says the short names are the government's functional bodies
    assert looks_like_unit_list("区大队、市政、人防等职能单位") and looks_like_unit_list("市政、人防等职能部门")
    assert not looks_like_unit_list("区大队、市政、人防等单位")  # businesses and places are 单位 too


def test_an_inspections_initiating_department_leads_and_its_inspecting_body_is_responsible():
    # 部门联合抽查: the 发起部门 starts the joint check and leads it; a 检查主体 carries a check out
    assert [(i.text, i.role) for i in parse_group("发起部门：市公安局；配合部门：市市场监管局")] == [
        ("市公安局", "lead"), ("市市场监管局", "support")]
    assert [(i.text, i.role) for i in parse_group("检查主体：县市场监督管理局")] == [("县市场监督管理局", "responsible")]


def test_a_name_never_ends_inside_a_word_of_the_work():
    from zygraph.sentences.subject_units import duty_subject_units

    # 队伍 (a force), 局面 (a situation) open like 队 and 局 end a name: the part is work, not a duty of 建设执法队
    assert duty_subject_units("执法队伍建设及建立长效机制等。") is None
    assert duty_subject_units("建设行政执法队伍及建立长效机制等。") is None  # nor 建设行 (as 银行) before 政
    assert duty_subject_units("城市管理局面要有新变化。") is None
    # a name ending where no such word goes on is read as before
    assert [(i.text, i.role) for i in duty_subject_units("县消防大队组织开展消防检查。")] == [("县消防大队", "responsible")]


def test_a_label_qualified_by_the_work_it_helps_in():
    # 工作协助部门：水务局 closing a department's tasks: 工作 qualifies the label as 主要 and 具体 do
    assert roles("工作协助部门：水务局") == [("水务局", "support")]
    assert roles("工作责任单位：县公安局") == [("县公安局", "responsible")]


def test_a_label_naming_a_second_kind_of_unit_in_a_bracket():
    # 责任处室（单位）：A、B closing an item: a bureau's offices and the bodies beside them under one label
    assert roles("责任处室（单位）：交通与建设处、辖区派出所") == [("交通与建设处", "responsible"), ("辖区派出所", "responsible")]
    assert roles("牵头单位(部门)：市公安局；配合单位：市交通局") == [("市公安局", "lead"), ("市交通局", "support")]
    assert label_role("责任处室（单位）") == "responsible"
    assert parse_group("责任处室（其他）：交通与建设处") is None  # a bracket naming no kind of unit makes no label


def test_a_label_naming_a_second_kind_of_unit_after_a_dunhao():
    # 责任处室、单位：A、B，C closing an item: the offices and the bodies beside them, the two kinds parted by 、
    assert roles("责任处室、单位：景管处、区文化服务中心，各经营单位") == [
        ("景管处", "responsible"), ("区文化服务中心", "responsible"), ("各经营单位", "responsible")]
    assert roles("牵头部门、单位：市公安局；配合单位：市交通局") == [("市公安局", "lead"), ("市交通局", "support")]
    assert label_role("责任处室、单位") == "responsible" and starts_with_label("责任部门、单位：县水利局")
    assert parse_group("责任处室、其他：交通与建设处") is None  # a second word naming no kind of unit makes no label


def test_units_opening_a_duty_end_where_a_note_naming_them_together_opens():
    # A和B（以下统称C）落实…: the bracket gives the names one name; the last name is whole before it
    assert [(i.text, i.role) for i in duty_subject_units("相关行业主管部门和相关区政府（以下统称专区监管部门）落实重大决策。")] \
        == [("相关行业主管部门", "responsible"), ("相关区政府", "responsible")]
    assert [(i.text, i.role) for i in duty_subject_units("县文化市场执法大队（以下简称执法大队）组织开展检查。")] \
        == [("县文化市场执法大队", "responsible")]


def test_a_unit_said_to_be_the_body_in_charge_then_its_duty_is_its_subject():
    from zygraph.sentences.subject_units import subject_units

    # a decree's article: A是本市公园行政主管部门，负责…: A answers for the duty after the comma
    assert [(i.text, i.role) for i in subject_units("市城乡建设行政主管部门是本市公园行政主管部门，负责监督检查。")] \
        == [("市城乡建设行政主管部门", "responsible")]
    assert [(i.text, i.role) for i in subject_units("县水利局为全县河道主管机关，负责河道的日常管理。")] \
        == [("县水利局", "responsible")]
    # what it is alone, with no duty after, or said of no unit, is no subject
    assert subject_units("市城乡建设行政主管部门是本市公园行政主管部门。") is None
    assert subject_units("这项工作是各主管部门，负责到底。") is None


def test_a_unit_named_through_the_body_it_belongs_to_is_the_unit_after_de():
    # 市住建局所属的市住房保障办公室: the office is the unit; its parent only says whose it is
    assert split_units("市住建局所属的市住房保障办公室") == ["市住房保障办公室"]
    assert split_units("县教育局下属的县招生考试中心、县财政局") == ["县招生考试中心", "县财政局"]
    # no unit before 的 (the work's own words), or no 的 (各直属机构: a collective): nothing is dropped
    assert split_units("全市所属的各直属机构") == ["全市所属的各直属机构"]
    assert split_units("市政府各直属机构") == ["市政府各直属机构"]


def test_a_rule_saying_who_does_the_work_on_the_ground_with_ju_ti_fu_ze():
    from zygraph.sentences.subject_units import subject_units

    # A、B及C住房和城乡建设部门具体负责…: one collective sharing the suffix, cut before 具体负责
    text = "甲区、乙区及开发区住房和城乡建设部门具体负责各自行政区域内的住房保障工作。"
    assert [(i.text, i.role) for i in subject_units(text)] == [("甲区、乙区及开发区住房和城乡建设部门", "responsible")]
    assert [(i.text, i.role) for i in subject_units("县民政局具体负责低保审核。")] == [("县民政局", "responsible")]


def test_schools_named_by_their_number_are_units():
    from zygraph.names.unitname import looks_like_unit

    # a town's schools: 一机一中, 北重三中, 包四中, 内科大附中 (split at 、 and 和)
    assert split_units("一机一中、北重三中、内科大附中和包四中") == ["一机一中", "北重三中", "内科大附中", "包四中"]
    assert not looks_like_unit("集中", lambda name: False) and not looks_like_unit("其中", lambda name: False)
    assert not looks_like_unit("活动中", lambda name: False)


def test_units_said_to_be_the_coordinating_body_then_their_duty_in_the_next_sentence():
    from zygraph.sentences.subject_units import sentence_subjects, subject_units

    # A和B为…的总协调机构。负责…: what they are, then the duty with its subject left out
    text = "县政府办公室和县教育局为运动会的总协调机构。负责联系各责任部门，并督促落实。"
    assert [(i.text, i.role) for i in sentence_subjects(text)] == [("县政府办公室", "responsible"),
                                                                ("县教育局", "responsible")]
    assert [(i.text, i.role) for i in subject_units("领导小组办公室为日常办事机构，负责协调。")] == [
        ("领导小组办公室", "responsible")]
    assert sentence_subjects("县教育局为运动会的总协调机构。") is None  # what it is, no duty after


@pytest.mark.parametrize("text, expected", [
    ("县委、县政府督察室，县爱卫会办公室", ["县委、县政府督察室", "县爱卫会办公室"]),
    ("市委、市政府督查室", ["市委、市政府督查室"]),
    ("县委、县政府", ["县委", "县政府"]),  # the committee and the government, no office shared
    ("市委、县政府督查室", ["市委", "县政府督查室"]),  # two levels: no joint office
])
def test_a_committee_named_bare_before_its_government_s_office_shares_the_office(text, expected):
    assert split_units(text) == expected


def test_units_asked_with_qing_answer_for_the_work():
    from zygraph.sentences.asked_units import asked_units

    assert [(i.text, i.role) for i in asked_units("请县广播电视台派出记者做好采访报道工作。")] == [("县广播电视台", "responsible")]
    items = asked_units("请县作风办和县创卫办派出工作人员对这次行动进行督查")
    assert [(i.text, i.role, i.word) for i in items] == [("县作风办", "responsible", "请"), ("县创卫办", "responsible", "请")]
    # the words before a bracket of names give their role: 牵头单位 lead
    items = asked_units("请该绿化点的三个责任区牵头单位（县委办、卫生局、贝江河林场）派负责人1名")
    assert [(i.text, i.role) for i in items] == [("县委办", "lead"), ("卫生局", "lead"), ("贝江河林场", "lead")]
    assert asked_units("请各责任单位于3月底前报送。") is None  # units named elsewhere
    assert asked_units("请镇派出所加强巡逻。") is None  # 派出所 is a name, not the verb 派出
    assert asked_units("县财政局派出工作人员。") is None  # no 请
    # 请A落实…: asked to put a law or a policy into effect (国办发〔2018〕127号's wording)
    assert [(i.text, i.role) for i in asked_units("请县司法局落实《行政处罚法》")] == [("县司法局", "responsible")]


def test_a_unit_helping_after_you_supports_the_units_put_in_touch_with_it():
    from zygraph.sentences.statements import clause_units

    text = "对于难以清理的垃圾，保洁责任单位可与县环卫大队联系（联系电话：7829009），由县环卫大队帮助清除。"
    assert [(i.text, i.role) for i in clause_units(text)] == [("保洁责任单位", "responsible"), ("县环卫大队", "support")]
    assert clause_units("难以清理的，由县环卫大队帮助清除。") is None  # a helper alone answers for nothing


def test_units_doing_work_tongyi_after_you_answer_for_it():
    from zygraph.sentences.statements import clause_units

    text = "药品由市爱卫会统一采购供应，县城内的发放工作由县爱卫会负责，各乡镇由县农业技术推广中心统一领取和发放。"
    assert [(i.text, i.role) for i in clause_units(text)] == [
        ("市爱卫会", "responsible"), ("县爱卫会", "responsible"), ("县农业技术推广中心", "responsible")]


def test_a_subject_listed_with_commas_is_one_subject():
    text = "县委、县政府督察室，县爱卫会办公室，县农业技术推广中心将在鼠药发放过程中进行检查、验收。"
    assert [(i.text, i.role) for i in duty_subject_units(text)] == [
        ("县委、县政府督察室", "responsible"), ("县爱卫会办公室", "responsible"), ("县农业技术推广中心", "responsible")]
    # a clause of work that ends like a unit is no name of the list
    assert duty_subject_units("发现问题及时抄报相关职责部门，并协助开展联合检查。") is None



def test_only_a_supervision_office_is_shared_by_a_committee_and_its_government():
    from zygraph.names.unitlist import split_units

    # 县委、县政府督察室 is one joint office; 县委、县政府办公室 are the two general offices (两办)
    assert split_units("县委、县政府督察室") == ["县委、县政府督察室"]
    assert split_units("县委、县政府办公室") == ["县委", "县政府办公室"]


def test_a_progress_report_is_no_unit_though_it_ends_as_one():
    from zygraph.names.unitlist import looks_like_unit

    def unknown(name):
        return False

    # 已完成…中心, 新增…中心, 完成…所: what was done, not who does it
    assert not looks_like_unit("已完成新增15家居家养老服务照料中心", unknown)
    assert not looks_like_unit("新增示范型居家养老服务照料中心", unknown)
    assert not looks_like_unit("完成乡镇卫生院", unknown)
    assert looks_like_unit("区居家养老服务指导中心", unknown)


def test_a_field_list_sharing_the_citys_prefix_and_a_kind_of_administrative_department_is_a_unit_list():
    # 市A、B、…等行政部门，按照各自职责，共同做好…: each field a department, 市 kept on the first, the kind stripped
    text = "市国土资源、城乡规划、质量技术监督、财政、物价、公安、旅游、林业、环境保护、卫生、工商、城管执法等行政部门"
    assert looks_like_unit_list(text)
    items = subject_units(text + "，按照各自职责，共同做好公园监督管理工作。")
    assert [i.text for i in items] == ["市国土资源", "城乡规划", "质量技术监督", "财政", "物价", "公安", "旅游", "林业",
                                       "环境保护", "卫生", "工商", "城管执法"]
    assert {i.role for i in items} == {"responsible"}
    assert looks_like_unit_list("市财政、物价等主管部门")
    assert not looks_like_unit_list("加强监督、规范管理等行政工作")  # fields of work, no kind of department after them


def test_a_body_a_rule_names_by_its_kind_is_a_unit_with_what_it_runs_named_before_it():
    is_known = lambda name: False  # noqa: E731 - no registry
    assert looks_like_unit("公园管理机构", is_known) and looks_like_unit("公园业主单位", is_known)
    assert not looks_like_unit("管理机构", is_known) and not looks_like_unit("业主单位", is_known)
    assert not looks_like_unit("设立管理机构", is_known)  # a verb opens it: work, no body
    assert [i.text for i in subject_units("景区管理机构负责景区的日常管理。")] == ["景区管理机构"]


def test_a_condition_before_the_by_giving_work_to_its_units_is_no_part_of_them():
    # 未设立管理机构的，由A负责…: A does it where the condition holds
    items = subject_units("未设立管理机构的，由公园业主单位负责日常管理工作。")
    assert [(i.text, i.role) for i in items] == [("公园业主单位", "responsible")]
    assert subject_units("未设立管理机构的，应当及时设立。") is None  # no 由: no units named
    assert subject_units("对违反规定的，由有关部门依法处理。") is None  # no role verb after the units


def test_a_long_list_written_with_commas_is_read_in_bounded_depth_and_names_each_unit_once():
    # the comma list is tried over its first names only, never re-entering itself for the rest (no RecursionError)
    assert duty_subject_units("县财政局，" * 4000 + "县审计局将检查") is None
    assert [(i.text, i.role) for i in duty_subject_units("县财政局，县财政局，县审计局将检查")] == [
        ("县财政局", "responsible"), ("县审计局", "responsible")]


@pytest.mark.parametrize("texts, named, expected", [
    (["各单位要高度重视。", ""], [False, True], [None, None]),  # a call on everyone beside a named item: no unit
    (["有关部门要加强领导。", ""], [False, True], [None, None]),
    (["县各单位要做好门前清扫。", ""], [False, True], [["县各单位"], None]),  # the county's units: a collective
    (["各镇要参照要求组织实施。", ""], [False, True], [["各镇"], None]),  # one level's bodies: a collective
])
def test_an_item_beside_one_naming_units_in_its_sentences_reads_no_call_on_everyone(texts, named, expected):
    from zygraph.sentences.modal_duties import modal_duties

    assert [items if items is None else [i.text for i in items] for items in modal_duties(texts, named=named)] == expected


@pytest.mark.parametrize("clause", ["请示县政府按程序办理", "请求市政府协助解决", "请假人员由县人社局负责登记", "请教县农技中心专家做好指导"])
def test_qingshi_qingqiu_qingjia_are_no_units_asked(clause):
    from zygraph.sentences.asked_units import asked_units

    assert asked_units(clause) is None


@pytest.mark.parametrize("clause, expected", [
    ("请县公安局配合做好交通疏导", [("县公安局", "support", "请…配合")]),
    ("请县公安局协助做好交通疏导", [("县公安局", "support", "请…协助")]),
    ("请县公安局牵头，县交通局配合", [("县公安局", "lead", "请…牵头")]),
    ("请县公安局负责维护秩序", [("县公安局", "responsible", "请…负责")]),
    ("请县公安局派出警力维护秩序", [("县公安局", "responsible", "请")]),
])
def test_units_asked_take_the_role_of_the_verb_they_are_asked_with(clause, expected):
    from zygraph.sentences.asked_units import asked_units

    assert [(i.text, i.role, i.word) for i in asked_units(clause)] == expected


def test_a_name_opening_with_shichang_is_no_name_opening_with_its_level_in_a_comma_list():
    # 市场监管局 opens with 市场 (market), not the level 市: no list of one place's bodies written with commas
    assert duty_subject_units("市场监管局，县审计局要加强审计") is None
    assert [i.text for i in duty_subject_units("市监管局，县审计局要加强审计")] == ["市监管局", "县审计局"]


def test_a_person_answering_for_a_closing_clause_is_no_unit():
    # ，由张明同志任办公室主任负责日常工作: a person coordinates; no unit is named by the clause
    assert sentence_units("办公室设在卫健办，由张明同志任办公室主任负责日常工作。") is None
    assert sentence_units("关于经费的问题，由县财政局负责。")[1][0].text == "县财政局"


@pytest.mark.parametrize("text, expected", [
    # comrades named by their given names share the 同志 after the last: people, then the units that 承办
    ("由奇帆、家农同志负责，市劳动局、市财政局承办",
     [("奇帆", "person"), ("家农同志", "person"), ("市劳动局", "responsible"), ("市财政局", "responsible")]),
    ("请明远、立新、国华同志负责，市教委承办",
     [("明远", "person"), ("立新", "person"), ("国华同志", "person"), ("市教委", "responsible")]),
    # fields sharing a kind of unit are no comrades: units, each with its duty
    ("公安、交通部门负责，市教委承办", [("公安", "responsible"), ("交通部门", "responsible"), ("市教委", "responsible")]),
    # a unit before the comrade is no given name: the clause is no list of people
    ("由市财政局、家农同志负责", [("市财政局", "responsible"), ("家农同志", "responsible")]),
])
def test_comrades_named_by_given_names_share_the_last_one_s_tongzhi(text, expected):
    assert [(i.text, i.role) for i in parse_group(text)] == expected


def test_a_later_sentence_leading_organised_units_gives_them_support():
    from zygraph.sentences.subject_units import sentence_subjects

    # A负责…。负责牵头组织B查处…: the left-out subject leads B, which has a verb of its own (查处): B supports
    text = "市场监管部门负责流通环节的监管。负责牵头组织有关部门查处无证经营。"
    assert [(i.text, i.role) for i in sentence_subjects(text)] == [("市场监管部门", "responsible"),
                                                                ("有关部门", "support")]
    # 牵头组织开展…: what follows names the work, no units; 组织B… without 牵头 is not read so
    assert [i.text for i in sentence_subjects("县农业局负责监管。牵头组织开展专项检查。")] == ["县农业局"]
    assert [i.text for i in sentence_subjects("县农业局负责监管。组织各乡镇查处违法行为。")] == ["县农业局"]


def test_areas_picked_by_their_pairing_with_a_body_are_one_collective():
    from zygraph.sentences.duties import headed_duties

    no_registry = lambda name: False  # noqa: E731
    # 定点联系地区, 对口支援地区: the areas linked to each department, a collective by what opens and ends it
    assert looks_like_unit("定点联系地区", no_registry) and looks_like_unit("对口支援单位", no_registry)
    assert not looks_like_unit("定点联系", no_registry)  # how they are picked alone names no kind
    assert not looks_like_unit("联系地区", no_registry) and not looks_like_unit("重点地区", no_registry)
    # in a run of member lines, such a collective opens its duty as a department does
    texts = ["领导小组成员单位：对定点联系地区进行督查指导。", "定点联系地区：定期向领导小组报告工作情况。"]
    assert [[i.text for i in items] for items in headed_duties(texts)] == [["领导小组成员单位"], ["定点联系地区"]]


def test_a_titled_measures_sentence_opening_with_a_clause_or_people_names_no_unit():
    # 今年全县新建项目要全部开工: the would-be subject holds the modal 要; 全县各级干部: people, no unit
    text = "推进项目建设。今年全县新建项目要全部开工。全县各级干部要带头落实。镇农办负责协调。"
    assert [(i.text, i.role) for i in titled_subjects(text)] == [("镇农办", "responsible")]
    assert titled_subjects("推进项目建设。今年全县新建项目要全部开工。") is None


def test_villages_with_their_residential_communities_are_one_collective():
    # 各村居 and 各村（居）: the villages and the residential communities (居委会) of a township or area
    from zygraph.names.unitname import looks_like_unit

    def unknown(name):
        return False

    assert looks_like_unit("各村居", unknown) and looks_like_unit("各村（居）", unknown)
    assert not looks_like_unit("农村居", unknown) and not looks_like_unit("村居", unknown)
    assert split_units("各联合党委、各村居、各处室") == ["各联合党委", "各村居", "各处室"]


def test_the_group_setting_up_a_body_is_a_unit():
    from zygraph.names.unitname import looks_like_unit

    assert looks_like_unit("县执法局派驻城东执法队筹建组", lambda name: False)
    assert looks_like_unit("市文化馆筹备组", lambda name: False)


@pytest.mark.parametrize("cell, names", [
    # the units concerned beside a level's bodies have a qualifier and a kind of their own: two units
    ("各乡镇及相关单位", ["各乡镇", "相关单位"]),
    ("各村和有关部门", ["各村", "有关部门"]),
    # a bare kind shares the 各 before it, and a kind after a name of that kind names it again: one unit
    ("各参建乡镇和部门", ["各参建乡镇和部门"]),
    ("各有关部门和相关单位", ["各有关部门和相关单位"]),
    ("其他负有监管职责的部门和行业主管部门", ["其他负有监管职责的部门和行业主管部门"]),
])
def test_the_units_concerned_after_a_collective_of_a_levels_bodies_are_a_unit_of_their_own(cell, names):
    assert split_units(cell) == names


def test_cadres_named_by_their_post_are_officials_not_units_a_requirement_is_given_to():
    # 村干部要…: people of the villages by their post, as 负责人 and 书记 are; a bureau with 要 is a unit
    from zygraph.sentences.modal_duties import modal_subject_units
    from zygraph.sentences.grammar import officials

    assert officials("村干部") == ["村干部"]
    assert officials("镇村两级包保干部负责") == ["镇村两级包保干部"]
    assert officials("县农业局") == []
    assert modal_subject_units("村干部要有担当意识，做好矛盾纠纷化解。") is None
    assert [i.text for i in modal_subject_units("县农业局要做好服务。")] == ["县农业局"]


def test_by_gives_work_only_where_it_is_not_the_first_character_of_because_or_hence():
    # review r7 item 6: subject_units("由于县财政局牵头不力") gave the lead 于县财政局
    assert subject_units("由于县财政局牵头不力") is None and subject_units("由此县财政局负责") is None
    assert parse_group("由于县财政局牵头") is None
    assert [(i.text, i.role) for i in subject_units("由县财政局牵头")] == [("县财政局", "lead")]
    assert [found.start() for found in BY.finditer("由于资金不足，理由充分，经由县里，由县财政局负责")] == [17]


@pytest.mark.parametrize("text, expected", [
    # 组织 heads the name 组织部: the units run on to the manner of their work (按照), which they answer for
    ("由县委组织部按照年度计划统一组织实施全县干部培训工作，县人社局配合。",
     [("县委组织部", "responsible"), ("县人社局", "support")]),
    ("由县委组织部按照年度计划牵头组织实施干部培训。", [("县委组织部", "lead")]),
    ("由县教育局按照县政府牵头制定的方案组织实施。", [("县教育局", "responsible")]),  # 牵头 inside the manner (r8 item 7)
    ("由市委宣传部根据工作安排组织开展宣传活动。", [("市委宣传部", "responsible")]),
    ("由县督导组负责检查验收。", [("县督导组", "responsible")]),  # 督导 heads the team's name, 负责 is the verb
    ("由市政府办公室组织各部门开展自查。", [("市政府办公室", "responsible"), ("各部门", "support")]),
    # the verb with its object, no name: 负责部署, 负责人员, 牵头组建, 负责办公, 负责站点 (review r8 item 1)
    ("由县应急局负责部署演练，县市场监管局配合。", [("县应急局", "responsible"), ("县市场监管局", "support")]),
    ("由县消防大队负责人员培训和检查。", [("县消防大队", "responsible")]),
    ("由县交通局牵头组建检查组，县公安局配合。", [("县交通局", "lead"), ("县公安局", "support")]),
    ("由县政府办负责办公用房调配。", [("县政府办", "responsible")]),
    ("由县教育局负责站点排查。", [("县教育局", "responsible")]),
])
def test_a_verb_that_heads_a_units_name_does_not_end_the_units_after_by(text, expected):
    from zygraph.sentences.statements import clause_units

    assert [(i.text, i.role) for i in clause_units(text)] == expected


def test_every_reader_of_by_keeps_a_name_headed_by_a_verb_whole():
    from zygraph.sentences.prose import prose_tasks
    from zygraph.readers.minutes import _AFTER_BY_UNITS
    from zygraph.readers.subjects import _ORGANISED_BY

    tasks = prose_tasks("两局还参与多项工作。例如，完善培训，由县委组织部组织实施。加强监管，由县督导组负责。")
    assert [(task, [i.text for i in items]) for task, items in tasks] == [
        ("完善培训", ["县委组织部"]), ("加强监管", ["县督导组"])]
    assert _ORGANISED_BY.match("由县委组织部组织有关部门复验").group("units") == "县委组织部"
    assert _AFTER_BY_UNITS.search("县委组织部按照计划").start() == 5


def test_a_role_word_opening_a_documents_name_makes_no_label():
    # a government page's metadata run onto one line: 实施方案 (the plan) then 发布机构：(its publisher) is no label
    # 实施…机构 naming units; 实施单位： and 牵头考核单位： still are
    from zygraph.sentences.role_words import label_role, starts_with_label

    assert not starts_with_label("实施方案发布机构：甲县乙乡人民政府")
    assert not starts_with_label("责任意见反馈单位：甲县")
    assert not starts_with_label("实施计划发布机构：甲县人民政府办公室")  # review r8 item 5
    assert not starts_with_label("实施规划发布机构：甲县人民政府办公室")
    assert label_role("实施单位") == "responsible" and label_role("牵头考核单位") == "lead"
    assert starts_with_label("实施单位：甲县乙乡人民政府") and starts_with_label("牵头考核单位：甲县教育局")


@pytest.mark.parametrize("text, expected", [
    ("河道管理由县水利局负责，各乡镇配合。", [("县水利局", "responsible"), ("各乡镇", "support")]),  # 管理 then 由
    ("案件处理由县公安局负责。", [("县公安局", "responsible")]),
])
def test_by_after_a_verb_ending_in_li_gives_the_work_to_the_units(text, expected):
    # review r8 item 3: 理由 (a reason) hid the 由 of 管理由A负责, and the topic was glued onto the unit
    from zygraph.sentences.statements import clause_units
    from zygraph.names.list_marks import BY

    assert [(i.text, i.role) for i in clause_units(text)] == expected
    assert BY.search("没有理由推脱") is None and BY.search("自由") is None


@pytest.mark.parametrize("text, expected", [
    # a label whose colon was mistyped as ； ， or ; (a copy run onto one line): the units after it are the label's
    ("责任单位；县交通局、县水利局、各村组", [("县交通局", "responsible"), ("县水利局", "responsible"),
                                        ("各村组", "responsible")]),
    ("牵头单位：区发改局；配合单位，区财政局、区统计局", [("区发改局", "lead"), ("区财政局", "support"),
                                                ("区统计局", "support")]),
    ("牵头部门;市卫健委;责任单位:市医保局", [("市卫健委", "lead"), ("市医保局", "responsible")]),
])
def test_a_label_closed_by_another_mark_than_the_colon_names_the_units_after_it(text, expected):
    from zygraph.sentences.grammar import parse_group

    items = parse_group(text)
    assert [(i.text, i.role) for i in items] == expected
    assert all(not i.word.endswith("：") for i in items)


def test_a_label_closed_by_another_mark_keeps_the_mark_for_its_finding():
    from zygraph.sentences.grammar import parse_group

    assert {i.word for i in parse_group("责任单位，县交通局、县水利局")} == {"责任单位，"}


@pytest.mark.parametrize("text", ["明确责任单位，加强领导", "责任单位，要加强领导", "落实责任单位；强化考核"])
def test_a_label_word_before_a_mark_and_no_units_names_none(text):
    from zygraph.sentences.grammar import parse_group

    assert parse_group(text) is None


def test_a_paragraph_label_closed_by_a_semicolon_reads_with_a_finding():
    from zygraph.readers.paragraph import parse_paragraphs

    doc = parse_paragraphs("1.整治河道垃圾。（责任单位；县水利局、县环保局）\n2.修缮村道。（责任单位：县交通局）\n", "x.txt")
    assert [(row.task, row.lead) for row in doc.rows] == [("整治河道垃圾。", "县水利局、县环保局"), ("修缮村道。", "县交通局")]
    marks = [f for f in doc.findings if f.code == "label_mark"]
    assert [(f.line, "责任单位" in f.message and "；" in f.message) for f in marks] == [(1, True)]


@pytest.mark.parametrize("text, expected", [
    ("按照职能分工，在区政府的领导下，区人社局负责制订年度计划；", [("区人社局", "responsible")]),
    ("在县委统一领导下，县财政局、县审计局负责资金监管。", [("县财政局", "responsible"), ("县审计局", "responsible")]),
    ("在县政府的统一指导下，县民政局牵头做好救助工作。", [("县民政局", "lead")]),
])
def test_the_leadership_a_duty_s_units_act_under_opens_no_subject(text, expected):
    # 在B的领导下，A负责…: B is whose leadership A acts under, no unit of the duty; A is its subject
    assert [(i.text, i.role) for i in subject_units(text)] == expected
    assert [i.text for i in duty_subject_units(text)] == [name for name, _ in expected]


@pytest.mark.parametrize("group, expected", [
    ("由县民政局牵头组建工作专班，县财政局配合", [("县民政局", "lead"), ("县财政局", "support")]),
    ("由市发改委牵头组建专家组，市财政局、市统计局配合",
     [("市发改委", "lead"), ("市财政局", "support"), ("市统计局", "support")]),
    ("区住建局负责制定方案，区城管局、各街道配合", [("区住建局", "responsible"), ("区城管局", "support"), ("各街道", "support")]),
    ("市发改委、市财政局，市统计局负责", [("市发改委", "responsible"), ("市财政局", "responsible"), ("市统计局", "responsible")]),
    ("由县水利局负责河道清淤、县农业农村局负责灌溉，县财政局配合",  # review r9: each keeps its own verb
     [("县水利局", "responsible"), ("县农业农村局", "responsible"), ("县财政局", "support")]),
    ("由县水利局、县农业局牵头组建专班，县财政局配合", [("县水利局", "lead"), ("县农业局", "lead"), ("县财政局", "support")]),
])
def test_units_with_their_own_verb_before_their_work_keep_their_role(group, expected):
    # 由A牵头组建X，B配合: A leads what it sets up; the later 配合 is B's alone, and 组建X is no part of A's name
    assert [(item.text, item.role) for item in parse_group(group)] == expected


def test_a_bracket_of_a_lead_setting_up_a_body_reads_its_units(tmp_path):
    notice = tmp_path / "notice.txt"
    notice.write_text("关于印发某县养老服务工作实施方案的通知\n"
                      "1.加强组织领导，建立工作专班。（由县民政局牵头组建，县财政局配合）\n"
                      "2.强化资金保障。（县财政局牵头，县审计局配合）\n", encoding="utf-8")
    table = zygraph.read_table(notice)
    rows = table.assignments[["task_id", "unit", "role"]].values.tolist()
    assert rows == [["T001", "县民政局", "lead"], ["T001", "县财政局", "support"],
                    ["T002", "县财政局", "lead"], ["T002", "县审计局", "support"]]


@pytest.mark.parametrize("group, expected", [
    ("牵头报告单位：市统计局", [("市统计局", "lead")]),
    ("责任报告单位：市统计局；配合单位：市财政局", [("市统计局", "responsible"), ("市财政局", "support")]),
    ("牵头通知单位：县政府办", [("县政府办", "lead")]),
])
def test_a_label_naming_its_work_as_a_report_or_notice_is_still_a_label(group, expected):
    # only plans and rules a role word takes as its object end a label (实施方案发布机构：): 报告, 通知 are its work
    assert [(item.text, item.role) for item in parse_group(group)] == expected


def test_a_ministrys_departments_are_named_under_a_label_ending_in_siju():
    # 牵头司局：A；配合司局：B — a ministry divides its work among its departments (司, 局) as a bureau among its 处室
    assert roles("牵头司局：政策法规司；配合司局：财务司、人事教育司") == [
        ("政策法规司", "lead"), ("财务司", "support"), ("人事教育司", "support")]
    assert label_role("牵头负责司局") == "lead" and label_role("責任司局") == "responsible"
    assert parse_group("有关司局：财务司") is None  # no role word before the noun: no label


def test_the_role_rule_says_so_when_units_come_with_no_role_word():
    # （一）办公室 over a duty naming no one: the heading's unit carries no word; the rule must not read "named with  are"
    leads, supports, rule = assign_roles([Item("县应急办", "responsible", "")])
    assert (leads, supports) == (["县应急办"], [])
    assert rule == ("the units named by a heading or as their duty's subject are all responsible and no 牵头 is named, "
                    "so all lead: lead 县应急办")
    assert assign_roles(parse_group("A局负责"))[2].startswith("the units named with 负责 are all responsible")


def test_review_r10_a_headed_duty_opening_with_负责_is_not_said_to_have_no_role_word():
    from zygraph.readers.paragraph import parse_paragraphs
    doc = parse_paragraphs("三、成员单位职责\n（一）市档案局：负责档案接收。\n（二）市保密局：负责保密审查。\n")
    rules = [f.message for f in doc.findings if f.code == "role_rule"]
    assert rules == [f"the units named by a heading or as their duty's subject are all responsible and no 牵头 is "
                     f"named, so all lead: lead {unit}" for unit in ("市档案局", "市保密局")]
    assert assign_roles(parse_group("A局负责"))[2] == ("the units named with 负责 are all responsible and no 牵头 is "
                                                     "named, so all lead: lead A局")


def test_partners_whose_name_holds_zuzhi_stay_whole_before_the_work():
    # 组织 may end the partners as the verb of the work (会同B组织…), but not inside 县委组织部
    from zygraph.sentences.subject_units import duty_subject_units, subject_units
    assert [(i.text, i.role) for i in subject_units("县人社局会同县委组织部制定人才引进办法。")] == [
        ("县人社局", "lead"), ("县委组织部", "support")]
    assert [(i.text, i.role) for i in duty_subject_units("县人社局负责人才引进工作，并会同县委组织部做好考核。")] == [
        ("县人社局", "responsible"), ("县委组织部", "support")]


def test_a_connective_or_a_verb_fixing_the_units_before_them_is_no_part_of_their_names():
    # the grammar path (a clause ending in a role verb or a label): 确定A为牵头单位, 其中A负责, 其中，A牵头
    assert roles("确定县教育局为牵头单位，县公安局、县城管局为配合单位") == [
        ("县教育局", "lead"), ("县公安局", "support"), ("县城管局", "support")]
    assert roles("由县市场监管局牵头，县委宣传部配合，其中县文旅局负责") == [
        ("县市场监管局", "lead"), ("县委宣传部", "support"), ("县文旅局", "responsible")]
    assert roles("其中，县市场监管局牵头，县公安局配合") == [("县市场监管局", "lead"), ("县公安局", "support")]
    assert roles("并由县市场监管局牵头") == [("县市场监管局", "lead")]
    from zygraph.sentences.subject_units import designated_units, duty_subject_units
    assert [(i.text, i.role) for i in designated_units("确定县公安局为牵头单位，负责制定整治方案。")] == [("县公安局", "lead")]
    assert [(i.text, i.role) for i in duty_subject_units("其中县市场监管局负责食品抽检。")] == [
        ("县市场监管局", "responsible")]


def test_a_post_after_by_in_a_closing_clause_names_no_unit():
    # …，由A主要负责人任召集人。: 负责人 is the post a person of A holds, not the verb 负责 (blind117's 嘉定)
    assert sentence_units("小组下设工作专班，由县民政局主要负责人任召集人。") is None
    assert find_assignment("小组下设工作专班，由县民政局主要负责人任召集人。") is None
    text, items = sentence_units("做好专班工作，由县民政局负责。")
    assert [(i.text, i.role) for i in items] == [("县民政局", "responsible")]


def test_a_labels_note_on_its_order_before_its_colon_is_part_of_the_label(tmp_path):
    # 责任处室、单位（按处室、单位顺序排列，下同）：A、B: the note says the units' standing order, not a lead; the units
    # are after the colon, all lead; a unit's own bracket after the colon stays its name's
    text = "责任处室、单位（按处室、单位顺序排列，下同）：县办公室、县人事局（县人才办）。"
    assert roles(text) == [("县办公室", "responsible"), ("县人事局（县人才办）", "responsible")]
    assert parse_group(text)[0].word == "责任处室（按处室、单位顺序排列，下同）"
    assert roles("责任单位（排名不分先后）：县财政局、县民政局") == [("县财政局", "responsible"), ("县民政局", "responsible")]
    assert assign_roles(parse_group(text))[:2] == (["县办公室", "县人事局（县人才办）"], [])
    assert starts_with_label("责任单位（以下同）：县财政局")
    # a note saying the first listed leads is no order note: not read as one
    assert not starts_with_label("责任单位（排在第一位的为牵头单位）：县财政局、县民政局")
    assert not FIRST_LEADS.search("按处室、单位顺序排列，下同")
    notice = tmp_path / "notice.txt"
    notice.write_text("一、办好活动\n1.办科技周。开展科普展览。\n责任处室、单位(按处室、单位顺序排列,下同):县科协、县教育局。\n",
                      encoding="utf-8")
    table = zygraph.read_table(notice)
    assert sorted(zip(table.assignments.unit, table.assignments.role)) == [("县教育局", "lead"), ("县科协", "lead")]


def test_review_f110_a_body_named_for_coordinating_is_a_unit_and_no_cut_falls_inside_its_xietiao():
    from zygraph.names.unitname import looks_like_unit
    from zygraph.sentences.subject_units import duty_subject_units
    assert [looks_like_unit(n, lambda name: False) for n in ("议事协调机构", "联络协调机构", "协调机构")] == [True, True, False]
    assert [i.text for i in duty_subject_units("议事协调机构负责研究解决重大问题。")] == ["议事协调机构"]
    assert duty_subject_units("议事协调机构：负责研究解决重大问题。") is None  # not 议事协 before 调
