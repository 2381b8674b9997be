"""Shares of work given by area (由A负责) and by sector (A要…) in a report's running clauses (zygraph.sentences.area_shares)."""

from zygraph.sentences.area_shares import area_units, sector_units
from zygraph.readers.paragraph import parse_paragraphs
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.unitname import looks_like_unit


def test_areas_given_with_you_and_sectors_with_yao_are_one_task_each():
    # 通知要求，A负责…；X范围由B和C负责清扫；Y由D负责清扫。…等场所，由管理单位负责。E部门要…。F、G等单位要…。
    doc = parse_paragraphs("通知要求，各乡镇负责做好本辖区的清扫工作；城区范围由城关区和县环卫处负责清扫；"
                           "车站广场由县交通局负责清扫。学校、医院等场所，由管理单位负责。"
                           "县公安交警部门要加强交通管理。供水、供电等单位要做好保障工作。\n")
    assert [(row.task[:7], row.lead) for row in doc.rows] == [
        ("通知要求，各乡", "各乡镇"), ("城区范围由城关", "城关区、县环卫处"), ("车站广场由县交", "县交通局"),
        ("学校、医院等场", "管理单位"), ("县公安交警部门", "县公安交警部门"), ("供水、供电等单", "供水、供电")]
    assert [f.code for f in doc.findings if f.code == "area_shares"] == ["area_shares"]


def test_a_call_on_everyone_after_the_areas_is_no_share():
    # 各级各部门要…: units in general after the areas, a call on everyone: it goes on the share before it
    doc = parse_paragraphs("通知要求，各乡镇负责做好本辖区的清扫工作；车站广场由县交通局负责清扫。各级各部门要高度重视。\n")
    assert [(row.task, row.lead) for row in doc.rows][-1] == ("车站广场由县交通局负责清扫。各级各部门要高度重视。", "县交通局")


def test_areas_alone_with_no_duty_opened_by_its_units_are_not_read_so():
    # X，由A负责。Y，由B负责。 with no duty its units open before: a report's own words, read elsewhere
    doc = parse_paragraphs("近日印发的意见明确。完善采购机制，由县医保局负责。加强疾病防治，由县卫健局负责。\n")
    assert not [f for f in doc.findings if f.code == "area_shares"]


def test_an_area_needs_units_after_its_you():
    assert [i.text for i in area_units("住宅小区由物业管理单位负责清扫；")] == ["物业管理单位"]
    assert area_units("公共区域由有关单位负责。") is None  # units in general
    assert area_units("城区范围由张三负责。") is None  # a person
    assert area_units("由县城管局负责清扫。") is None  # no area before 由: read as a duty elsewhere
    assert area_units("城区范围由群众自行清扫。") is None  # no 负责, no unit


def test_a_sector_needs_its_own_name_before_yao():
    assert [i.text for i in sector_units("电力部门要加强巡查。")] == ["电力部门"]
    assert sector_units("有关单位要加强巡查。") is None
    assert sector_units("加强巡查，电力部门要及时抢修。") is None  # the sector must open the sentence


def test_a_members_call_opening_duties_given_by_name_is_no_task():
    # 领导小组成员单位按照各自职能，各负其责。A负责…；X由B负责。: the members as one, a call on them all
    doc = parse_paragraphs("领导小组成员单位按照各自职能，各负其责。县财政局负责保障经费；"
                           "宣传工作由县委宣传部负责。\n")
    assert [row.lead for row in doc.rows] == ["县财政局", "县委宣传部"]
    assert [f.code for f in doc.findings if f.code == "members_call"] == ["members_call"]


def test_a_county_place_named_bare_beside_a_unit_is_split_at_he():
    assert split_units("宝塔区和市环卫处") == ["宝塔区", "市环卫处"]
    assert split_units("市经济和信息化局") == ["市经济和信息化局"]  # 和 inside a name
    assert split_units("城区和市环卫处") == ["城区和市环卫处"]  # 城区: no place's own name


def test_fields_sharing_dengdanwei_are_sectors_only_as_the_subject_of_a_share_and_traffic_police_a_unit():
    assert [i.text for i in sector_units("供水、供热、供气等单位要做好保障工作。")] == ["供水", "供热", "供气"]
    assert sector_units("加强道路巡查、及时处置险情等单位要…") is None  # clauses, longer than a field's short name
    assert not looks_like_unit_list("供水、供热、供气等单位")  # elsewhere such a list may be businesses or places
    assert looks_like_unit("高速公路交警", lambda name: False)


def test_a_sector_share_may_open_with_a_clause_of_setting_and_name_a_level_s_governments_or_a_field_s_businesses():
    text = "在整治过程中，各县区人民政府和有关供热企业要妥善安置职工。"
    assert [(i.text, i.role) for i in sector_units(text)] == [
        ("各县区人民政府", "responsible"), ("有关供热企业", "responsible")]
    assert sector_units("在整治过程中，有关单位要妥善安置职工。") is None  # units named elsewhere: a call on them
    assert sector_units("各部门要妥善安置职工。") is None  # units in general
    assert sector_units("该局要妥善安置职工。") is None


def test_later_sentences_giving_a_level_s_governments_their_share_are_tasks_of_their_own():
    doc = parse_paragraphs("市发改委负责全市供热改造工作，制定方案。在改造过程中，各县区人民政府要妥善安置职工。"
                           "各县区人民政府和有关供热企业要在3月底前将方案报市发改委。\n")
    assert [(row.task[:5], row.lead) for row in doc.rows] == [
        ("市发改委负", "市发改委"), ("在改造过程", "各县区人民政府"), ("各县区人民", "各县区人民政府、有关供热企业")]
