"""The form of a unit name: each inference rule, the levels, and registry entries checked by hand."""

import pytest

import zygraph
from zygraph.names.bodies import Bodies, read_bodies
from zygraph.errors import RegistryError
from zygraph.names.issuer import issuer_from_name
from zygraph.names.naming import place_unit
from zygraph.names.places import Gazetteer
from zygraph.names.unitform import level_of, read_form
from zygraph.names.units import KINDS, PROJECTED_KINDS, Registry


@pytest.fixture(scope="module")
def reg():
    return Registry.bundled()


def form(reg, name):
    return read_form(name, reg.bodies, reg.gazetteer)


def placed(reg, name, issuer):
    return place_unit(reg.resolve(name), issuer_from_name(issuer, reg.gazetteer) if issuer else None, reg) \
        if issuer else place_unit(reg.resolve(name), registry=reg)


# -- kinds from the ending of names not in the data (KIND_RULES, one test each) --------------------
@pytest.mark.parametrize("name, kind", [
    ("市中级法庭", "judiciary"),                # 法庭
    ("县人民检察院第二分院", "institution"),      # ends in 院 but not 检察院: an institution
    ("区人大常委会办公室", "legislature"),        # 人大 anywhere
    ("市政协文史委", "legislature"),             # 政协 anywhere
    ("市警备区司令部", "military"),               # 警备区
    ("经济技术开发区管理委员会", "local_government"),  # 管理委员会 at the end
    ("市城投集团", "state_enterprise"),           # 集团
    ("农业发展银行", "state_enterprise"),          # 银行 that is not 人民银行
    ("人民银行广州分行", "government"),            # the central bank's branch
    ("区委社会工作部", "party"),                  # anything under a party committee
    ("市科技工作者协会", "people_org"),            # 协会
    ("市青少年活动中心", "institution"),           # 中心
    ("市城市更新局", "government"),               # 局
    ("市留交办", "government"),                   # 办
    ("国务院参事室", "government"),                # 室
    ("市公安局交警支队", "government"),            # 支队 (not of the armed police)
    ("中央军委政治工作部", "military"),             # 军委
    ("质量技术监督部门", "government"),            # a department named by its field
    ("大气司", "government"),                    # a ministry's 司
    ("社会救助股", "government"),                  # a bureau's own section
    ("人行武汉分行", "government"),                # 人行: the central bank, by its short name
    ("市疫情防控指挥部各工作组", "government"),        # 工作组
    ("电监会", "government"),                     # 监会: a regulatory commission by its short name
    ("国家统计局某某调查队", "government"),          # 调查队: a statistics bureau's survey team
    ("省公安消防总队", "government"),               # 总队
    ("某某地质队", "institution"),                  # 地质队: a geological survey team
    ("电力监管机构", "government"),                 # 监管机构: an agency named by its function
    ("环境监察机构", "government"),                 # 监察机构
    ("国务院电力监管机构的派出机构", "government"),     # 派出机构: a body's local office
])
def test_kind_is_read_from_the_ending_of_a_name_not_in_the_data(reg, name, kind):
    f = form(reg, name)
    assert (f.kind, f.rule) == (kind, "suffix")
    assert f.body is None


@pytest.mark.parametrize("name, written, level", [
    ("财政", "国务院", "national"),  # 发展改革、财政等部门 of a State Council notice: its field alone
    ("审计", "嘉鱼县人民政府", "county"),
    ("县公安", "国务院", "county"),
])
def test_a_department_named_by_its_field_alone_is_a_government_department(reg, name, written, level):
    f = form(reg, name)
    assert (f.kind, f.rule, f.body) == ("government", "field", None)  # no body: which one the field means is unsaid
    assert placed(reg, name, written).level == level


@pytest.mark.parametrize("name, office, kind", [
    ("发展改革", "发展改革委", "government"),  # 发展改革、财政等综合部门 of a State Council notice
    ("市发改", "发展改革委", "government"),    # 市发改、经贸等局: the level before the first field
    ("住建", "住房城乡建设", "government"),    # 国土、规划、住建、消防部门
    ("国土", "国土资源", "government"),
    ("经贸", "经贸委", "government"),
    ("宣传", "宣传部", "party"),               # 宣传、组织等部门: the party committee's departments
])
def test_a_field_named_alone_whose_office_is_a_known_body_s_takes_that_body_s_kind(reg, name, office, kind):
    # the field is no body of bodies.csv, but with an office ending it is a form of one (发展改革 + 委, 住建 + 局)
    f = form(reg, name)
    assert (f.kind, f.rule, f.body, f.field_office) == (kind, "field", None, office)


def test_a_word_whose_office_is_no_known_body_stays_unknown(reg):
    # 规划局 and 板块局 are no forms of a body of bodies.csv: nothing says what kind 规划 or 板块 is
    assert [(form(reg, name).kind, form(reg, name).rule) for name in ("规划", "板块")] == [("unknown", "")] * 2
    assert form(reg, "财政").field_office == ""  # a body's own name: no office needed to know it


@pytest.mark.parametrize("name, kind", [
    ("公安机关", "government"), ("审计机关", "government"), ("司法机关", "judiciary"), ("检察机关", "judiciary"),
    ("审判机关", "judiciary"), ("纪检监察机关", "party"), ("防汛抗旱领导小组", "government"),
    ("扶贫工作小组", "government"), ("村民小组", "unknown"), ("国有林场", "unknown"), ("铁路运输企业", "unknown"),
])
def test_organs_and_groups_take_their_kind_from_their_ending(reg, name, kind):
    assert form(reg, name).kind == kind


def test_a_local_government_the_name_does_not_place_has_no_level(reg):
    assert placed(reg, "试点城市政府", "国务院").level == ""
    assert placed(reg, "海洋局", "国务院").level == "national"  # a department is the State Council's own


def test_a_second_name_in_brackets_or_a_closing_deng_is_read_past(reg):
    f = form(reg, "县发改局(粮食局)")
    assert (f.name, f.body.body, f.marker) == ("县发改局(粮食局)", "发展改革委", "县")
    assert placed(reg, "县发改局(粮食局)", "嘉鱼县人民政府").name == "县发展改革局"
    assert form(reg, "区发改局)").body.body == "发展改革委"  # the reader left the opening bracket behind
    f = form(reg, "商贸物流园等")
    assert (f.kind, f.rule) == ("institution", "suffix")


def test_a_name_that_fits_no_rule_stays_unknown(reg):
    assert form(reg, "全区经济运行各专班").kind == "unknown"
    assert reg.resolve("全区经济运行各专班").how == "unknown"


@pytest.mark.parametrize("name, kind, hint", [
    ("各有关单位", "collective", ""),
    ("有关部门", "collective", ""),
    ("国务院各部门", "collective", "national"),
    ("国务院各部委、各直属机构", "collective", "national"),
    ("市级有关部门", "collective", "relative"),
    ("各县（区）人民政府", "local_government", "county"),
    ("各省、自治区、直辖市人民政府", "local_government", "provincial"),
    ("各地级以上市人民政府", "local_government", "prefecture"),
    ("各区、县级市", "local_government", "county"),
    ("各镇人民政府", "local_government", "township"),
    ("各地", "local_government", ""),
])
def test_collectives_and_local_governments_are_read_from_gei_and_youguan(reg, name, kind, hint):
    from zygraph.names.units import match_key

    f = form(reg, match_key(name))
    assert (f.kind, f.rule, f.level_hint) == (kind, "collective", hint)


# -- the parts of a name: place, level marker, party, stem ------------------------------------------
def test_party_marker_place_and_stem_are_separated(reg):
    f = form(reg, "中共广州市委宣传部")
    assert (f.place.name, f.party, f.stem, f.body.body) == ("广州市", True, "宣传部", "宣传部")
    f = form(reg, "市委组织部")
    assert (f.marker, f.party, f.body.body) == ("市", True, "组织部")
    assert form(reg, "市委").body.body == "党委"


def test_youth_league_puts_its_marker_inside_the_name(reg):
    for name in ("团市委", "团省委", "共青团广州市委"):
        assert form(reg, name).body.body == "共青团"
    assert form(reg, "团省委").marker == "省"


def test_a_city_name_beginning_with_shi_is_not_read_as_a_marker(reg):
    assert form(reg, "市场监管总局").body.body == "市场监管"  # not 市 + 场监管总局
    assert form(reg, "市市场监管局").marker == "市"
    assert form(reg, "市场监管部门").marker == ""  # 市场 (market) opens the name, no 市 marker: no city's


def test_a_county_or_district_not_in_the_gazetteer_is_a_locality(reg):
    f = form(reg, "黄埔区政府")
    assert (f.locality, f.body.body, f.kind) == ("黄埔区", "人民政府", "local_government")
    assert form(reg, "越秀区").kind == "local_government"


def test_the_xiang_of_chengxiang_opens_no_township(reg):
    # 住房城乡建设部门 (a field's department in a 中办发 regulation) was placed at the township level, as if 住房城 were
    # a 乡; a real township still is one
    assert (form(reg, "住房城乡建设部门").locality, form(reg, "城乡规划局").locality) == ("", "")
    assert form(reg, "大河乡政府").locality == "大河乡" and form(reg, "城关镇人民政府").locality == "城关镇"


def test_a_place_inside_a_place_is_the_one_that_counts(reg):
    f = form(reg, "广东省广州市发展和改革委员会")
    assert (f.place.name, f.body.body, level_of(f, "provincial")) == ("广州市", "发展改革委", "prefecture")
    f = form(reg, "四川省资阳市安岳县教育局")
    assert (f.place.name, f.locality, f.body.body, level_of(f, "prefecture")) == ("资阳市", "安岳县", "教育", "county")
    assert placed(reg, "四川省资阳市安岳县教育局", "资阳市人民政府").name == "安岳县教育局"
    assert placed(reg, "四川省资阳市安岳县教育局", "四川省人民政府").name == "资阳市安岳县教育局"
    assert placed(reg, "广东省广州市发展和改革委员会", "广东省人民政府").name == "广州市发展改革委"


def test_pre_reform_names_are_bodies_of_their_own_with_their_successor(reg):
    chain = []
    body = form(reg, "市卫生局").body
    while body is not None:
        chain.append(body.body)
        body = reg.bodies[body.succeeded_by] if body.succeeded_by else None
    assert chain == ["卫生", "卫生计生", "卫生健康"]
    for old, new in [("市国土资源局", "自然资源"), ("市工商局", "市场监管"), ("市质监局", "市场监管"),
                     ("市食药监局", "市场监管"), ("市文广新局", "文化广电旅游"), ("市科技和信息化局", "科技"),
                     ("市农业局", "农业农村")]:
        assert form(reg, old).body.succeeded_by == new, old


# -- levels: markers, places, and the issuer ---------------------------------------------------------
def test_marker_shi_takes_its_level_from_the_issuer(reg):
    gaz = reg.gazetteer
    f = form(reg, "市财政局")
    assert level_of(f, "prefecture", gaz.find("广州市")) == "prefecture"
    assert level_of(f, "provincial", gaz.find("北京市")) == "provincial"  # a municipality's own 市
    assert level_of(f, "county") == "county"                             # a county-level city
    assert level_of(form(reg, "省财政厅"), "prefecture") == "provincial"
    assert level_of(form(reg, "县财政局"), "prefecture") == "county"
    assert level_of(form(reg, "广东省财政厅"), "national") == "provincial"


def test_bare_names_take_the_issuers_level_where_the_body_has_that_form(reg):
    f = form(reg, "发展改革委")
    assert level_of(f, "national") == "national"
    assert level_of(f, "prefecture") == "prefecture"
    assert level_of(form(reg, "财政部"), "prefecture") == "national"   # only a national form
    assert level_of(form(reg, "科技厅"), "prefecture") == "provincial"  # only a provincial form
    assert level_of(form(reg, "粮食局"), "national") == "national"       # a State Council notice's 粮食局


# -- registry and bodies: a sample checked by hand --------------------------------------------------
@pytest.mark.parametrize("written, issuer, name, level, kind, body, english", [
    ("市发展改革委", "广州市人民政府", "市发展改革委", "prefecture", "government", "发展改革委",
     "Guangzhou Municipal Development and Reform Commission"),
    ("发展改革委", "国务院", "国家发展改革委", "national", "government", "发展改革委",
     "National Development and Reform Commission"),
    ("财政部", "国务院", "财政部", "national", "government", "财政", "Ministry of Finance"),
    ("海关总署", "国务院", "海关总署", "national", "government", "海关", "General Administration of Customs"),
    ("人力资源社会保障部", "国务院办公厅", "人力资源社会保障部", "national", "government", "人力资源社会保障",
     "Ministry of Human Resources and Social Security"),
    ("中共广州市委宣传部", "广州市人民政府", "市委宣传部", "prefecture", "party", "宣传部",
     "Publicity Department of the CPC Guangzhou Municipal Committee"),
    ("市委政法委", "广州市人民政府", "市委政法委", "prefecture", "party", "政法委",
     "Political and Legal Affairs Commission of the CPC Guangzhou Municipal Committee"),
    ("省财政厅", "广东省人民政府", "省财政厅", "provincial", "government", "财政",
     "Guangdong Provincial Department of Finance"),
    ("省发改委", "陕西省人民政府", "省发展改革委", "provincial", "government", "发展改革委",
     "Shaanxi Provincial Development and Reform Commission"),
    ("市法院", "广州市人民政府", "市中级人民法院", "prefecture", "judiciary", "法院",
     "Guangzhou Intermediate People's Court"),
    ("市检察院", "广州市人民政府", "市人民检察院", "prefecture", "judiciary", "检察院",
     "Guangzhou Municipal People's Procuratorate"),
    ("市人大常委会", "广州市人民政府", "市人大常委会", "prefecture", "legislature", "人大常委会",
     "Standing Committee of the Guangzhou Municipal People's Congress"),
    ("区发改局", "鞍山市立山区人民政府", "区发展改革局", "county", "government", "发展改革委",
     "District Development and Reform Bureau"),
    ("市科协", "资阳市人民政府", "市科协", "prefecture", "people_org", "科协",
     "Ziyang Municipal Association for Science and Technology"),
    ("市文广旅局", "资阳市人民政府", "市文化广电旅游局", "prefecture", "government", "文化广电旅游",
     "Ziyang Municipal Bureau of Culture, Radio, Television and Tourism"),
    ("团市委", "广州市人民政府", "团市委", "prefecture", "people_org", "共青团",
     "Communist Youth League Guangzhou Municipal Committee"),
    ("广州供电局", "广州市人民政府", "广州供电局", "prefecture", "state_enterprise", "供电",
     "Guangzhou Power Supply Company"),
    ("合肥海关", "安徽省人民政府", "合肥海关", "prefecture", "government", "海关", "Hefei Customs"),
    ("市财政局", "北京市人民政府", "市财政局", "provincial", "government", "财政", "Beijing Municipal Bureau of Finance"),
])
def test_sample_of_entries_checked_by_hand(reg, written, issuer, name, level, kind, body, english):
    u = placed(reg, written, issuer)
    assert (u.name, u.level, u.kind, u.body, u.name_en) == (name, level, kind, body, english)


def test_different_office_names_are_not_merged_but_abbreviations_are(reg):
    guangzhou = "广州市人民政府"
    assert placed(reg, "市政府办公厅", guangzhou).name == "市政府办公厅"
    assert placed(reg, "广州市人民政府办公室", guangzhou).name == "市政府办公室"
    assert placed(reg, "广州市科学技术协会", guangzhou).name == "市科协"
    assert placed(reg, "省医疗保障局", "广东省人民政府").name == "省医保局"


def test_short_labels_drop_the_place(reg):
    assert placed(reg, "市发展改革委", "广州市人民政府").label_en == "Development and Reform Commission"
    assert placed(reg, "市委宣传部", "广州市人民政府").label_en == "Publicity Department (CPC)"
    assert placed(reg, "财政部", "国务院").label_en == "Ministry of Finance"


def test_an_english_name_never_names_a_place_it_does_not_know(reg):
    # a county unit: the gazetteer has no county names, so the English says only "County"
    u = placed(reg, "县财政局", "广州市人民政府")
    assert u.name_en == "County Bureau of Finance"
    # a provincial unit in a prefecture's notice is that prefecture's province
    assert placed(reg, "省财政厅", "广州市人民政府").name_en == "Guangdong Provincial Department of Finance"
    # with no issuer, no place at all
    assert placed(reg, "市财政局", None).name_en == "Municipal Bureau of Finance"


def test_the_same_written_name_is_a_different_unit_in_another_citys_notice(reg):
    assert placed(reg, "资阳市科学技术协会", "广州市人民政府").name == "资阳市科协"
    assert placed(reg, "资阳市科学技术协会", "资阳市人民政府").name == "市科协"


def test_bodies_csv_rules_copy_levels_down_and_honour_dash():
    rows = [{"body": "x", "kind": "government", "en": "{place} X|county={place} Y", "national": "X部",
             "provincial": "X厅", "prefecture": "", "county": "-", "aliases": "X办"}]
    body = read_bodies(rows, "<rows>", KINDS)[0]
    assert body.local == {"provincial": ("X厅", "X办"), "prefecture": ("X厅", "X办"), "county": ()}
    assert body.english("prefecture", "Guangzhou Municipal") == "Guangzhou Municipal X"
    assert body.english("county", "County") == "County Y"


@pytest.mark.parametrize("row, message", [
    ({"body": "", "kind": "government"}, "lacks its body or kind"),
    ({"body": "x", "kind": "ministry"}, "kind 'ministry' is not one of"),
    ({"body": "x", "kind": "government", "succeeded_by": "y"}, "succeeded by y, which is not a body"),
    ({"body": "x", "kind": "government", None: ["Defence"]}, "more cells than the header"),
])
def test_malformed_body_rows_are_refused_with_their_line(row, message):
    with pytest.raises(RegistryError, match=message) as info:
        read_bodies([row], "bodies.csv", KINDS)
    assert info.value.line == 2


def test_bundled_bodies_and_gazetteer_load_and_every_kind_is_known():
    bodies = Bodies.bundled()
    assert len(bodies) > 150 and {b.kind for b in bodies} <= set(KINDS)
    gaz = Gazetteer.bundled()
    assert len(gaz.places) == 367  # 34 provincial-level places less 台湾, and 334 prefecture-level
    assert gaz.find("陕西").en == "Shaanxi" and gaz.find("长治").en == "Changzhi"
    assert gaz.find("六安").en == "Lu'an" and gaz.find("吉林").level == "provincial"


def test_new_department_kinds_are_projected_and_placeholders_are_not():
    assert {"judiciary", "legislature", "state_enterprise", "military"} <= PROJECTED_KINDS
    assert not {"local_government", "collective"} & PROJECTED_KINDS


def test_malformed_gazetteer_rows_are_refused_with_their_line():
    from zygraph.names.places import _read_places

    with pytest.raises(RegistryError, match="is not provincial or prefecture") as info:
        _read_places([{"name": "安岳县", "short": "安岳", "level": "county", "en": "Anyue"}], "places.csv")
    assert info.value.line == 2
    with pytest.raises(RegistryError, match="lacks one of name, short, level, en"):
        _read_places([{"name": "广州市", "short": "广州", "level": "prefecture", "en": ""}], "places.csv")


@pytest.mark.parametrize("name, opens", [
    ("县交通局", True), ("市教育局", True), ("自治区民政厅", True), ("自治县财政局", True), ("国家统计局", True),
    ("国务院办公厅", True), ("街道办事处", True), ("市场监管局", False), ("市場監管局", False), ("公安局", False),
    ("各乡镇", False),
])
def test_whether_a_name_opens_with_its_level(name, opens):
    from zygraph.names.unitform import opens_with_level

    assert opens_with_level(name) is opens


# -- an office noun alone: whose office the notice means, not the party committee's ------------------
@pytest.mark.parametrize("issuer", ["千阳县人民政府", "千阳县教育局", "广东省人民政府", None])
@pytest.mark.parametrize("written", ["办公室", "办", "办公厅"])
def test_an_office_noun_alone_is_kept_as_written(reg, written, issuer):
    # 办公室牵头 in a bureau's notice is the bureau's own office, in a group's duties the group's: it was read as
    # 县委办公室 (the party committee's general office, a form of 党委办公厅) whatever the notice
    unit = placed(reg, written, issuer)
    assert (unit.name, unit.kind) == (written, "government")
    assert form(reg, written).body is None


@pytest.mark.parametrize("written, name, kind", [
    ("县委办", "县委办公室", "party"), ("市委办公室", "市委办公室", "party"), ("县政府办", "县政府办公室", "government"),
])
def test_an_office_with_its_level_or_committee_is_still_placed(reg, written, name, kind):
    unit = placed(reg, written, "千阳县人民政府")
    assert (unit.name, unit.kind) == (name, kind)


def test_a_field_named_alone_says_so_in_its_finding(tmp_path):
    notice = tmp_path / "notice.txt"
    notice.write_text("某县人民政府关于印发某工作方案的通知\n1.加强资金保障。（发展改革、审计等部门按职责分工负责）\n",
                      encoding="utf-8")
    findings = zygraph.read_table(notice).findings
    said = findings[findings.code == "unit_inferred"].message.tolist()
    assert any(message.startswith("审计 is not in the registry; a field named alone") and "kind government, at the "
               "county level" in message for message in said), said


def test_a_field_known_by_its_office_says_which_body_in_its_finding(tmp_path):
    notice = tmp_path / "notice.txt"
    notice.write_text("某县人民政府关于印发某工作方案的通知\n1.加强资金保障。（发展改革、财政等部门按职责分工负责）\n",
                      encoding="utf-8")
    table = zygraph.read_table(notice)
    kinds = dict(zip(table.units.unit, table.units.kind))
    assert (kinds["发展改革"], kinds["财政"]) == ("government", "government")
    said = table.findings[table.findings.code == "unit_inferred"].message.tolist()
    assert any(message.startswith("发展改革 is not in the registry; a field named alone") and "read as its department, the body "
               "发展改革委" in message and "kind government, at the county level" in message for message in said), said
