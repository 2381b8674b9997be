"""The issuer of a notice, read from real titles, signatures and document numbers."""

from pathlib import Path

import pytest

from zygraph.cli import main
from zygraph.issuer import NO_ISSUER, detect_issuer, issuer_from_name
from zygraph.places import Gazetteer
from zygraph.table import TaskTable, read_table

ZIYANG = "data/ziyang_2023_science_literacy_tasks.txt"


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.bundled()


# Titles, issuing lines and numbers as the real notices print them (tests/fixtures/real/*/SOURCE.md,
# and the pages the search corpus keeps: 穗府〔2021〕3号, 粤府〔2021〕22号, 国发〔2020〕6号, 国办函〔2016〕38号).
@pytest.mark.parametrize("meta, label, level, source", [
    ({"issuer": "资阳市人民政府", "number": "资府发〔2023〕1号"}, "资阳", "prefecture", "issuing line"),
    ({"title": "广州市人民政府关于印发2021年市政府工作报告部署工作责任分工的通知", "number": "穗府〔2021〕3号"},
     "广州", "prefecture", "title"),
    ({"title": "国务院关于落实《政府工作报告》重点工作部门分工的意见", "number": "国发〔2020〕6号"},
     "国务院", "national", "title"),
    ({"title": "关于印发2016年《政府工作报告》量化指标任务分工的通知", "number": "国办函〔2016〕38号"},
     "国务院", "national", "document number"),
    ({"title": "关于印发2021年省《政府工作报告》重点任务分工方案的通知", "number": "粤府〔2021〕22号"},
     "广东", "provincial", "document number"),
    ({"issuer": "鞍山市立山区人民政府", "number": "鞍立政发〔2023〕2号"}, "立山", "county", "issuing line"),
    ({"issuer": "金乡县人民政府"}, "金乡", "county", "issuing line"),
    ({"issuer": "中共广州市委 广州市人民政府"}, "广州", "prefecture", "issuing line"),
    ({"table_title": "资阳市全民科学素质行动任务分工表"}, "资阳", "prefecture", "table title"),
    # blind68's 黄石港 page: the copy glued the document number to the title's front
    ({"number": "港政发〔2025〕1号", "title": "港政发〔2025〕1号黄石港区人民政府关于印发2025年区政府重点工作分解意见的通知"},
     "黄石港", "county", "title"),
])
def test_issuer_is_read_from_the_notice(gaz, meta, label, level, source):
    issuer = detect_issuer(meta, gaz)
    assert (issuer.label, issuer.level, issuer.source) == (label, level, source)


def test_a_government_named_in_the_text_is_the_issuer_but_not_one_a_cited_title_names(gaz):
    # 2018_guofa_rural_revitalisation: a newspaper's copy of the State Council's notice
    meta = {"title": "近日，国务院发布关于落实《政府工作报告》重点工作部门分工的意见"}
    assert (detect_issuer(meta, gaz).label, detect_issuer(meta, gaz).source) == ("国务院", "text")
    # 2015_hangzhou_internet_plus cites the State Council's opinion: that is not its issuer
    cited = {"title": "为贯彻落实《国务院关于积极推进“互联网+”行动的指导意见》，深化互联网与经济社会融合"}
    assert detect_issuer(cited, gaz) is NO_ISSUER
    assert detect_issuer({"title": "为全面落实市委部署"}, gaz) is NO_ISSUER  # 全面落实市 is no place


def test_a_notice_that_names_no_issuer_has_none(gaz):
    assert detect_issuer({"title": "关于做好有关工作的通知"}, gaz) is NO_ISSUER


def test_override_wins_and_an_unplaceable_name_is_kept_as_given(gaz):
    assert detect_issuer({"issuer": "资阳市人民政府"}, gaz, override="广州市人民政府").label == "广州"
    odd = detect_issuer({}, gaz, override="某某委员会")
    assert (odd.name, odd.level, odd.source) == ("某某委员会", "", "--issuer")


def test_a_district_or_city_inside_a_named_place_is_the_issuer(gaz):
    assert issuer_from_name("北京市海淀区人民政府", gaz).level == "county"
    assert issuer_from_name("广州市天河区人民政府", gaz).label == "天河"
    assert issuer_from_name("广东省广州市人民政府", gaz).name == "广州市"
    assert issuer_from_name("广东省人民政府办公厅", gaz).level == "provincial"


def test_county_level_names_come_from_the_county_list_not_from_their_ending(gaz):
    # 义乌, 钟祥, 昆山 are county-level cities (县级市): their 市 is no prefecture; 黄石港区 is a district of 黄石
    # whose name starts with 黄石's, not 黄石's 港区; autonomous counties are labelled by their place (峨边)
    for name, label in [("义乌市人民政府", "义乌"), ("钟祥市新型冠状病毒感染的肺炎防控指挥部", "钟祥"),
                        ("昆山市人民政府办公室", "昆山"), ("黄石港区人民政府", "黄石港"), ("中共峨边彝族自治县委", "峨边"),
                        ("浙江省义乌市人民政府", "义乌"), ("沛县人民政府", "沛县")]:
        issuer = issuer_from_name(name, gaz)
        assert (issuer.label, issuer.level) == (label, "county"), name
    assert issuer_from_name("黄石市人民政府", gaz).level == "prefecture"
    assert issuer_from_name("千阳县城关镇", gaz).level == "township"  # a township named alone
    assert issuer_from_name("平潭综合实验区党工委", gaz).level == "county"  # a zone's party working committee
    # 城区 and 郊区 are county-level names too (长治, 阳泉), but words first: never read at a text's start
    assert gaz.county_prefix("城区管理局") == "" and gaz.county_prefix("郊区人民政府") == ""


def test_a_county_issuer_knows_the_place_above_it_and_what_its_shi_means(gaz):
    # 北京市朝阳区 is Beijing's district, not Liaoning's 朝阳市; 朝阳区 alone lies under 北京 and 长春: none chosen
    for name, label, above, city_level in [("北京市朝阳区人民政府", "朝阳", "北京市", "provincial"),
                                           ("浦东新区人民政府", "浦东", "上海市", "provincial"),
                                           ("黄石港区人民政府", "黄石港", "黄石市", "prefecture"),
                                           ("义乌市人民政府", "义乌", "金华市", "county"),
                                           ("浙江省义乌市人民政府", "义乌", "金华市", "county"),
                                           ("朝阳区人民政府", "朝阳", None, "prefecture")]:
        issuer = issuer_from_name(name, gaz)
        assert (issuer.label, issuer.above.name if issuer.above else None, issuer.city_level) == (
            label, above, city_level), name


def test_campaign_bodies_issue_only_after_a_known_place(gaz):
    # 钟祥市…指挥部 is 钟祥's; 城市管理工作领导小组 and 社区建设领导小组 name no place; 各乡镇 is no township
    assert issuer_from_name("钟祥市疫情防控指挥部", gaz).label == "钟祥"
    assert issuer_from_name("唐山市丰润区疫情防控领导小组", gaz).label == "丰润"
    for words in ("城市管理工作领导小组", "社区建设领导小组", "全市安全生产领导小组", "开发区疫情防控指挥部", "各乡镇", "城乡"):
        assert issuer_from_name(words, gaz) is None, words


def test_the_county_list_rows_checked_by_hand(gaz):
    # counties.csv against the division codes: a municipality's district has no prefecture, a 县级市 has its own
    assert {(c.prefecture, c.province) for c in gaz.counties["浦东新区"]} == {("", "上海市")}
    assert {(c.prefecture, c.province) for c in gaz.counties["钟祥市"]} == {("荆门市", "湖北省")}
    assert {c.prefecture for c in gaz.counties["鼓楼区"]} == {"南京市", "徐州市", "开封市", "福州市"}
    assert "大社区" not in gaz.counties and "复兴乡" not in gaz.counties  # words and Taiwan's townships left out


def test_a_county_level_city_notice_places_its_own_bureaus_at_the_county_level():
    from zygraph.readers.raw import RawDocument, RawRow
    from zygraph.table import resolve_rows

    doc = RawDocument("x.txt", "lists", {"issuer": "义乌市人民政府"}, [RawRow(1, "", "办事。", "市财政局", "义乌市教育局")])
    _, _, units, _ = resolve_rows(doc)
    assert [(u[0], u[4], u[5]) for u in units] == [("市财政局", "义乌", "county"), ("义乌市教育局", "义乌", "county")]


def test_province_and_city_of_the_same_short_name_are_told_apart(gaz):
    assert issuer_from_name("吉林省人民政府", gaz).level == "provincial"
    assert issuer_from_name("吉林市人民政府", gaz).level == "prefecture"


def test_issuer_places_the_bare_names_of_a_table():
    rows = [("a", "t1", ["市发展改革委"], ["市财政局"])]
    guangzhou = TaskTable.from_lists(rows, issuer="广州市人民政府").units.set_index("unit")
    assert guangzhou.loc["市发展改革委", "name_en"] == "Guangzhou Municipal Development and Reform Commission"
    assert guangzhou.loc["市财政局", ["issuer", "level", "body"]].tolist() == ["广州", "prefecture", "财政"]
    state = TaskTable.from_lists([("a", "t1", ["发展改革委"], ["财政部"])], meta={"issuer": "国务院"})
    assert state.units[["unit", "level"]].values.tolist() == [["国家发展改革委", "national"],
                                                            ["财政部", "national"]]


def test_the_ziyang_table_reads_its_issuer_and_keeps_its_counts():
    table = read_table(ZIYANG)
    assert (len(table.tasks), len(table.units), len(table.assignments)) == (95, 33, 591)
    assert set(table.units.issuer) == {"资阳"}
    assert table.units.set_index("unit").loc["市委宣传部", "name_en"] == \
        "Publicity Department of the CPC Ziyang Municipal Committee"
    # every Ziyang unit is a registry name: nothing inferred, nothing unknown
    assert not table.findings.code.isin(["unit_inferred", "unit_recognised", "unknown_unit"]).any()
    assert table.tidy.columns[-3:].tolist() == ["issuer", "level", "body"]


def test_issuer_option_on_the_command_line(tmp_path, capsys):
    out = tmp_path / "p.csv"
    assert main(["parse", ZIYANG, "--issuer", "广州市人民政府", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "Guangzhou Municipal Association for Science and Technology" in text and "Ziyang Municipal" not in text
    assert main(["who", "市科协", ZIYANG, "--issuer", "国务院"]) == 0


def test_each_unit_read_from_its_form_is_one_finding_at_its_first_line_and_only_unknowns_warn():
    rows = [("a", "t1", ["市教育局"], ["市城市更新局", "某某"]), ("a", "t2", ["市教育局"], ["市城市更新局", "某某"])]
    findings = TaskTable.from_lists(rows, issuer="广州市人民政府").findings
    by_code = findings.groupby("code").line.apply(list).to_dict()
    assert by_code["unit_recognised"] == [1] and by_code["unit_inferred"] == [1]
    assert by_code["unknown_unit"] == [1, 2]
    assert set(findings[findings.severity == "warning"].code) == {"unknown_unit"}
    recognised = findings[findings.code == "unit_recognised"].message.iloc[0]
    assert recognised == "市教育局: a form of the body 教育 at the prefecture level, kind government"


def test_a_user_registry_row_can_name_a_body_and_a_place_pattern(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("name,name_en,kind,aliases,misspellings,body\n"
                    "市科普中心,{name} Popular Science Centre,institution,,,\n"
                    "市科技创新委,,government,市科创委,,科技创新委\n", encoding="utf-8")
    table = read_table(ZIYANG, registry=path, issuer="广州市人民政府")
    rows = [("a", "t1", ["市科普中心"], ["市科创委"])]
    from zygraph.units import Registry

    registry = Registry.from_csv(path, base=Registry.bundled())
    units = TaskTable.from_lists(rows, registry=registry, issuer="广州市人民政府").units.set_index("unit")
    assert units.loc["市科普中心", "name_en"] == "Guangzhou Popular Science Centre"
    assert units.loc["市科技创新委", ["body", "name_en"]].tolist() == [
        "科技创新委", "Guangzhou Municipal Science, Technology and Innovation Commission"]
    assert set(table.units.issuer) == {"广州"}


def test_a_document_number_prefix_two_places_share_places_neither(gaz):
    # 宁政发 is Nanjing's and Ningxia's, 青政发 Qingdao's and Qinghai's; 吉府 is Ji'an's, not Jilin province's
    for number in ("宁政发〔2020〕1号", "青政发〔2020〕1号", "吉府发〔2020〕1号"):
        assert detect_issuer({"number": number}, gaz) is NO_ISSUER, number
    assert detect_issuer({"number": "吉政发〔2020〕1号"}, gaz).name == "吉林省"


@pytest.mark.parametrize("fixture, number, issuer, label", [
    # the notice cites its city's plan and that plan's number; its own signature names the district office
    ("dev/2021_jinan_gangcheng_district", "", "济南市钢城区人民政府办公室", "钢城"),
    # it cites a provincial notice (鄂政办发); that does not make the province its issuer
    ("blind/2023_shiyan_fangxian_county", "", "", ""),
    # the number on a line of its own is the notice's own
    ("blind/2020_xiangxi_business_environment", "州政发〔2020〕5号", "湘西自治州人民政府", "湘西"),
])
def test_a_cited_document_is_not_the_notice_and_the_signature_names_the_issuer(fixture, number, issuer, label):
    source = next((Path(__file__).parent / "fixtures" / "real" / fixture).glob("source.*"))
    table = read_table(source)
    assert (table.meta["number"], table.meta["issuer"]) == (number, issuer)
    assert set(table.units["issuer"]) == {label}


def test_a_government_whose_document_a_notice_cites_is_not_its_issuer():
    from zygraph.issuer import detect_issuer
    from zygraph.places import Gazetteer

    meta = {"table_title": "为推进就业，按照国务院《关于进一步做好就业创业工作的意见》（国发〔2015〕23号）和省政府"
                           "《关于…》精神，现提出以下实施意见。"}
    assert detect_issuer(meta, Gazetteer.bundled()).level == ""
    assert detect_issuer({"title": "近日，国务院发布关于促进就业的通知"}, Gazetteer.bundled()).level == "national"
