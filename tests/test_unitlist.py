"""Units a 各 runs over."""

from zygraph.names.unitlist import split_units, without_described_kind
from zygraph.names.listlike import looks_like_unit_list


def test_a_prefecture_office_shares_the_each_of_the_committees_before_it():
    # 行署 (行政公署): a prefecture's administrative office, the peer of a city's government, under the 各 before it
    assert split_units("各地（州）委、行署") == ["各地（州）委、行署"]
    assert split_units("各盟委、行署（政府）和区水利厅") == ["各盟委、行署（政府）", "区水利厅"]
    assert split_units("区财政厅、行署财政局") == ["区财政厅", "行署财政局"]



def test_levels_named_bare_share_the_government_after_the_last():
    # a level written alone is no unit: the levels share the government named after the last (as 各市、县人民政府)
    assert split_units("市、县人民政府") == ["市、县人民政府"]
    assert split_units("县、乡政府和县财政局") == ["县、乡政府", "县财政局"]
    # a unit of a place after places keeps its own name: the place opening it is its owner, not a level alone
    assert split_units("东城区、县开发区、县住建局") == ["东城区", "县开发区", "县住建局"]


def test_province_level_places_share_the_department_after_their_government():
    # 省 is a place as 区 and 市 are: the levels listed share the department named after the last one's government
    assert split_units("省、自治区、直辖市人民政府林业部门") == ["省、自治区、直辖市人民政府林业部门"]
    assert split_units("省、自治区人民政府卫生行政部门、海关") == ["省、自治区人民政府卫生行政部门", "海关"]
    assert split_units("省民政厅、省财政厅") == ["省民政厅", "省财政厅"]


def test_levels_sharing_one_government_stay_whole_before_a_unit_joined_to_it():
    # 所在市、县人民政府及同级财政部门要…: the levels' governments, then the finance departments of the same level
    assert split_units("市、县人民政府及同级财政部门") == ["市、县人民政府", "同级财政部门"]
    assert split_units("所在市、县人民政府及同级财政部门") == ["所在市、县人民政府", "同级财政部门"]
    assert split_units("市、县人民政府和省财政厅") == ["市、县人民政府", "省财政厅"]


def test_a_verb_ending_the_units_is_no_verb_where_it_opens_or_closes_a_name():
    import re

    from zygraph.names.list_marks import VERB_NOT_NAME
    by = re.compile(f"由(?P<units>.{{2,20}}?)(?:组织|负责|牵头){VERB_NOT_NAME}")
    units = [by.match(text).group("units") for text in (
        "由县委组织部牵头制定方案",        # 组织部: the party committee's department
        "由各级党委组织部门负责考核",      # 党委组织部门: the same departments, named by their kind
        "由各基层党组织负责宣传",          # 党组织: the party's organisations, no verb
        "由村集体经济组织负责管护",        # 集体经济组织: a collective's own body
        "由县人社局组织部门开展培训",      # a bureau organising departments: the verb and its object
        "由县委组织部署培训工作")]         # 组织部署: organise and deploy
    assert units == ["县委组织部", "各级党委组织部门", "各基层党组织", "村集体经济组织", "县人社局", "县委"]


def test_levels_alone_share_their_levels_party_committee_and_government():
    # 市、县级党委和政府要…: the cities' and counties' committees and governments, one collective (blind111)
    assert split_units("市、县级党委和政府") == ["市、县级党委和政府"]
    assert split_units("省、市、县级人民政府") == ["省、市、县级人民政府"]
    assert split_units("县市区、乡级政府") == ["县市区", "乡级政府"]  # after a place, no level alone: two


def test_members_who_are_the_departments_responsible_comrades_give_the_departments_no_duty():
    # 成员由A、B等部门负责同志组成: 负责同志 are people (the comrades in charge), 负责 no verb of the departments
    from zygraph.sentences.statements import clause_units
    assert clause_units("成立工作小组，成员由县教育局、县财政局等部门负责同志组成。") is None
    assert [i.text for i in clause_units("该项工作由县教育局、县财政局负责，按期完成。")] == ["县教育局", "县财政局"]


def test_a_connective_or_a_verb_fixing_the_units_is_no_part_of_their_names():
    # …，其中县文旅局负责户外广告; 确定县教育局为牵头单位; 明确A、B为…; …，并由A负责: words of the clause, no name's
    assert split_units("其中县文旅局") == ["县文旅局"]
    assert split_units("确定县教育局") == ["县教育局"]
    assert split_units("明确县商务局、县财政局") == ["县商务局", "县财政局"]
    assert split_units("并由县市场监管局") == ["县市场监管局"]
    assert split_units("同时由县公安局") == ["县公安局"]
    assert split_units("其中") == []  # 其中，A负责…: the connective alone in its clause names no unit
    # a name opening with the same characters keeps them: 即墨区 is a district (即 is no connective here)
    assert split_units("即墨区、确山县") == ["即墨区", "确山县"]


def test_a_leading_he_that_begins_a_place_name_stays_in_the_unit():
    # 2020_tacheng_hoboksar_county_rectification_task_notice: 和布克赛尔县住房和城乡建设局 (和布克赛尔蒙古自治县, written
    # short with its level): 和 is the place's first character, not a joiner
    assert split_units("和布克赛尔县住房和城乡建设局") == ["和布克赛尔县住房和城乡建设局"]
    assert split_units("和田地区教育局、和静县财政局") == ["和田地区教育局", "和静县财政局"]
    assert split_units("和平区民政局") == ["和平区民政局"]
    assert split_units("和县财政局") == ["和县财政局"]
    assert split_units("市住建局和和政县交通局") == ["市住建局", "和政县交通局"]
    # a 和 or 及 before a unit that names no place so is a joiner still
    assert split_units("和市财政局") == ["市财政局"]
    assert split_units("县公安局，和平安办") == ["县公安局", "平安办"]


def test_a_collective_of_office_kinds_by_their_last_character_is_one_unit():
    # 2022_shanghai_yangpu_district_grassroots_fire_safety_task_list: 各街道、相关委、办、局 (the commissions, offices
    # and bureaus concerned, 委办局 written with 、): one collective beside the subdistricts, as 各区、县级市 is
    assert split_units("各街道、相关委、办、局") == ["各街道", "相关委、办、局"]
    assert split_units("各委、办、局、区财政局") == ["各委、办、局", "区财政局"]
    assert split_units("市教育局、有关委、办") == ["市教育局", "有关委、办"]
    assert looks_like_unit_list("区应急局、各委、办、局")
    # a bureau's own name ending in one of those characters opens no such collective
    assert split_units("区财政局、办公室") == ["区财政局", "办公室"]


def test_collective_runs_over_kinds_written_bare_after_it():
    # 各有关委、办、局 (blind109 崇明): one collective, its 各 over the commissions, offices and bureaus
    assert split_units("各有关委、办、局") == ["各有关委、办、局"]
    assert split_units("市科委、办") == ["市科委", "办"]


def test_kinds_joined_by_he_each_with_its_own_youguan_are_two_units():
    # blind111: 省直有关部门和有关单位按照…职责和分工，分别负责…
    assert split_units("省直有关部门和有关单位") == ["省直有关部门", "有关单位"]
    assert split_units("各有关部门和单位") == ["各有关部门和单位"]  # the kind after 和 bare: one collective


def test_fields_sharing_a_kind_after_a_description_over_commas_are_each_a_unit():
    # A、B、C等<what they are for, over 、>相关部门: the description is no unit, each field is one (blind117's 嘉定)
    text = "区交通、水务、民政等市政交通设施、公共服务设施相关部门"
    assert split_units(text) == ["区交通", "水务", "民政"]
    assert looks_like_unit_list(text)
    # a description naming units is a list going on: kept
    assert split_units("区财政局等市公安局、区税务局有关部门")[-1] != "区财政局"


def test_a_description_naming_kinds_of_body_is_kept_not_dropped():
    assert without_described_kind("县教育局等中小学、幼儿园相关单位") == "县教育局等中小学、幼儿园相关单位"
    assert without_described_kind("县人民医院等医疗机构、基层卫生院有关单位") == "县人民医院等医疗机构、基层卫生院有关单位"
    assert without_described_kind("区交通、水务等市政交通设施、公共服务设施相关部门") == "区交通、水务等相关部门"


def test_named_places_sharing_a_kind_of_place_after_deng_stay_one_name():
    from zygraph.names.unitlist import places_of_a_kind
    assert split_units("山西、河南、陕西等重点产粮省（区）") == ["山西、河南、陕西等重点产粮省（区）"]
    assert split_units("黑龙江、四川、云南等省") == ["黑龙江、四川、云南等省"]
    assert places_of_a_kind("黑龙江、四川、云南等省")
    assert not places_of_a_kind("财政、税务等部门") and not places_of_a_kind("云南等省")


def test_levels_sharing_a_government_with_a_bracket_after_it_stay_one_collective():
    # 区、镇人民政府（街道）: the district's and the towns' (or street offices') governments, one collective
    assert split_units("区、镇人民政府（街道）") == ["区、镇人民政府（街道）"]
    assert split_units("区、镇人民政府（街道）、区财政局") == ["区、镇人民政府（街道）", "区财政局"]
    assert split_units("区交通行政管理部门、镇人民政府（街道）") == ["区交通行政管理部门", "镇人民政府（街道）"]
