"""The tidy task table of the bundled Ziyang 2023 table, checked against a reading of the document."""

import pytest

from zygraph import TaskTable, read_table

ZIYANG = "data/ziyang_2023_science_literacy_tasks.txt"

# (tasks led, tasks supported) per unit, counted by reading the table; the three local
# governments lead one task together (line 565) and support every other task but one.
UNIT_ROLES = {
    "市科协": (29, 46), "市教育体育局": (14, 17), "市科技局": (11, 32), "市农业农村局": (6, 7),
    "市人力资源社会保障局": (5, 18), "市委宣传部": (5, 9), "市委组织部": (4, 7), "市卫生健康委": (4, 6),
    "市总工会": (4, 4), "市经济和信息化局": (3, 3), "市妇联": (3, 1), "市应急管理局": (2, 4), "市财政局": (2, 1),
    "临空经济区管委会": (1, 93), "各县（区）人民政府": (1, 93), "高新区管委会": (1, 93), "市公安局": (1, 2),
    "市市场监管局": (1, 2), "市文化广电旅游局": (1, 1), "市水务局": (1, 1), "市消防大队": (1, 0),
    "团市委": (0, 13), "市乡村振兴局": (0, 10), "各成员单位": (0, 7), "市关工委": (0, 7), "市民政局": (0, 4),
    "市生态环境局": (0, 3), "市老干局": (0, 2), "市交通运输局": (0, 1), "市工商联": (0, 1), "市气象局": (0, 1),
    "市统计局": (0, 1), "资阳新闻传媒中心": (0, 1),
}

AREAS = [
    "总体要求", "节庆科普活动", "青少年科学素质提升行动", "农民科学素质提升行动", "产业工人科学素质提升行动",
    "老年人科学素质提升行动", "领导干部和公务员科学素质提升", "深化“天府科技云”智慧科普建设", "推动科技资源科普化",
    "加强科普基础设施建设", "提升基层科普能力", "强化科学素质交流合作", "组织实施",
]


@pytest.fixture(scope="module")
def table():
    return read_table(ZIYANG)


def units_of(table, line, role):
    task_id = table.tasks.loc[table.tasks.line == line, "task_id"].item()
    a = table.assignments
    return a.loc[(a.task_id == task_id) & (a.role == role), "unit"].tolist()


def test_counts(table):
    assert len(table.tasks) == 95
    assert table.tasks.task_id.is_unique
    assert len(table.units) == 33
    assert len(table.assignments) == sum(l + s for l, s in UNIT_ROLES.values()) == 591


def test_areas_in_document_order_with_broken_names_joined(table):
    assert table.tasks.area.unique().tolist() == AREAS
    assert table.tasks.area.value_counts()["推动科技资源科普化"] == 11
    assert table.tasks.area.value_counts()["青少年科学素质提升行动"] == 14


def test_every_units_lead_and_support_counts(table):
    counts = table.assignments.groupby(["unit", "role"]).size().unstack(fill_value=0)
    assert {u: (int(r["lead"]), int(r["support"])) for u, r in counts.iterrows()} == UNIT_ROLES


def test_one_role_per_task_and_unit(table):
    assert not table.assignments.duplicated(["task_id", "unit"]).any()
    assert set(table.assignments.role) == {"lead", "support"}


def test_metadata(table):
    m = table.meta
    assert m["number"] == "资府发〔2023〕1号"
    assert m["issuer"] == "资阳市人民政府"
    assert m["title"] == "资阳市人民政府关于印发《资阳市全民科学素质行动任务分工表》的通知"
    assert m["date"] == "2023-01-10"
    assert m["table_title"] == "资阳市全民科学素质行动任务分工表"


def test_first_row_joined_with_he_and_repeat_dropped(table):
    assert units_of(table, 33, "lead") == ["市科协"]
    assert units_of(table, 33, "support") == ["各成员单位", "各县（区）人民政府", "高新区管委会", "临空经济区管委会"]
    dup = table.findings[table.findings.code == "duplicate_unit"]
    assert dup.line.tolist() == [35]


def test_two_lead_units(table):
    assert units_of(table, 279, "lead") == ["市人力资源社会保障局", "市教育体育局"]
    assert units_of(table, 375, "lead") == ["市科协", "市科技局"]
    assert units_of(table, 381, "lead") == ["市科协", "市科技局"]


def test_unit_listed_as_lead_and_support_counts_once_as_lead(table):
    assert units_of(table, 189, "lead") == ["市科协"]
    assert "市科协" not in units_of(table, 189, "support")
    found = table.findings[table.findings.code == "lead_and_support"]
    assert found.line.tolist() == [191] and "市科协" in found.message.item()


def test_local_governments_lead_the_implementation_task(table):
    assert units_of(table, 564, "lead") == ["各县（区）人民政府", "高新区管委会", "临空经济区管委会"]
    assert units_of(table, 564, "support") == ["各成员单位"]


def test_misspellings_and_abbreviation_corrected_and_reported(table):
    a = table.assignments
    assert a.loc[a.raw_unit == "市人力资源社会社会保障局", "unit"].tolist() == ["市人力资源社会保障局"]
    assert a.loc[a.raw_unit == "市科协局", "unit"].tolist() == ["市科技局"]
    assert a.loc[a.raw_unit == "市文广旅局", "unit"].tolist() == ["市文化广电旅游局"]
    f = table.findings.set_index("code")
    assert sorted(f.loc["misspelling_corrected", "line"].tolist()) == [275, 518]
    assert f.loc["alias_resolved", "line"] == 492


def test_task_with_corrected_spelling_lists_each_unit_once(table):
    # line 518 reads 市科协局、市科协: after the correction these are two different units
    assert units_of(table, 516, "support") == ["市科技局", "市科协", "各县（区）人民政府", "高新区管委会", "临空经济区管委会"]


def test_stray_space_removed_from_task_text(table):
    text = table.tasks.loc[table.tasks.line == 516, "task"].item()
    assert "做好政策解读" in text and " " not in text


def test_structural_repairs_reported(table):
    codes = table.findings.code.value_counts()
    assert codes["area_carried"] == 76  # 95 tasks, 19 area cells written
    assert codes["area_restated"] == 6
    assert sorted(table.findings.loc[table.findings.code == "cell_joined", "line"]) == [404, 441, 508]
    assert table.findings.loc[table.findings.code == "missing_cells", "line"].tolist() == [599]
    assert not (table.findings.severity == "error").any()


def test_last_row_without_note_cell(table):
    last = table.tasks.iloc[-1]
    assert last.task.startswith("大力提倡个人、企业、社会组织")
    assert last.note == ""
    assert units_of(table, 600, "lead") == ["市财政局"]


def test_no_note_in_this_table(table):
    assert (table.tasks.note == "").all()


def test_units_carry_kind_and_english_name(table):
    u = table.units.set_index("unit")
    assert u.loc["市委宣传部", "kind"] == "party"
    assert u.loc["团市委", "kind"] == "people_org"
    assert u.loc["高新区管委会", "kind"] == "local_government"
    assert u.loc["各成员单位", "kind"] == "collective"
    assert u.loc["资阳新闻传媒中心", "kind"] == "institution"
    assert u.in_registry.all()


def test_tidy_frame_has_one_row_per_assignment(table):
    tidy = table.tidy
    assert len(tidy) == 591
    row = tidy[(tidy.unit == "市消防大队")].iloc[0]
    assert (row.area, row.role, row.kind) == ("节庆科普活动", "lead", "government")


def test_from_lists_resolves_names_and_records_unknown():
    t = TaskTable.from_lists([("a", "t1", "市文广旅局", ["市科协", "某某"])])
    assert t.assignments.unit.tolist() == ["市文化广电旅游局", "市科协", "某某"]
    assert t.units.set_index("unit").loc["某某", "kind"] == "unknown"
    assert t.findings.code.tolist() == ["alias_resolved", "unknown_unit", "issuer_unknown"]
    # no notice, no issuer: the level of 市文广旅局 and 市科协 rests on their 市 alone; 某某 has none to rest on
    assert t.findings.message.iloc[-1] == ("no issuer was read from the notice: 2 units whose names leave their level "
                                           "open are read at the level their words suggest (市文化广电旅游局 prefecture; "
                                           "市科协 prefecture), none placed")
    # a name that says its level (县发改委, 公安部) leaves nothing to the issuer: no finding
    said = TaskTable.from_lists([("a", "t1", "县发改委", ["公安部", "省教育厅"])])
    assert "issuer_unknown" not in said.findings.code.tolist()


def test_unknown_names_written_two_ways_are_one_unit():
    t = TaskTable.from_lists([("a", "t1", ["某县(区)中心"], []), ("a", "t2", ["某县（区）中心"], [])])
    assert t.assignments.unit.nunique() == 1


def test_task_without_lead_is_kept_and_flagged():
    t = TaskTable.from_lists([("a", "t1", [], ["市科协"])])
    assert len(t.tasks) == 1
    assert t.findings.code.tolist() == ["no_lead", "issuer_unknown"]


def test_the_issuer_read_is_a_finding_and_one_given_is_not():
    t = TaskTable.from_lists([("a", "t1", "市文广旅局", [])], issuer="广州市人民政府")
    assert "issuer_read" not in t.findings.code.tolist() and "issuer_unknown" not in t.findings.code.tolist()
    ziyang = read_table(ZIYANG)
    read = ziyang.findings[ziyang.findings.code == "issuer_read"]
    assert read.message.tolist() == ["the notice is read as issued by 资阳市 (prefecture), from its issuing line"]
    assert read.line.isna().all() and read.severity.tolist() == ["info"]


def test_custom_registry_file(tmp_path):
    reg = tmp_path / "reg.csv"
    reg.write_text("name,name_en,kind,aliases,misspellings\n市消防救援支队,Fire,government,市消防大队,\n", encoding="utf-8")
    t = read_table(ZIYANG, registry=reg)
    assert "市消防救援支队" in set(t.assignments.unit)
    assert "市消防大队" not in set(t.assignments.unit)


def test_select_by_area_substring_keeps_whole_tasks(table):
    youth = table.select(areas="青少年")
    assert len(youth.tasks) == 14
    assert set(youth.tasks.area) == {"青少年科学素质提升行动"}
    assert youth.assignments.task_id.isin(youth.tasks.task_id).all()
    assert len(table.tasks) == 95  # untouched


def test_select_by_kind_drops_local_governments(table):
    departments = table.select(kinds=["party", "government", "people_org", "institution"])
    assert not departments.assignments.unit.isin(["高新区管委会", "各成员单位"]).any()
    assert "T089" not in set(departments.tasks.task_id)  # line 564: only local governments and 各成员单位
    assert len(departments.assignments) == 591 - 3 * 94 - 7


def test_unit_names_a_reader_split_are_kept_as_read():
    # joined again with 、 these two would read as places sharing one management committee
    from zygraph.readers.raw import RawDocument, RawRow
    from zygraph.table import resolve_rows

    row = RawRow(line=1, area="", task="建设园区。", lead="高新区、经开区管委会", support="",
                 names={"lead": ("高新区", "经开区管委会"), "support": ()})
    _, assignments, _, _ = resolve_rows(RawDocument("x.txt", "paragraph", {}, [row]))
    assert [a[3] for a in assignments] == ["高新区", "经开区管委会"]
    joined = RawRow(line=1, area="", task="建设园区。", lead="高新区、经开区管委会", support="")
    _, assignments, _, _ = resolve_rows(RawDocument("x.txt", "tabbed-text", {}, [joined]))
    assert [a[3] for a in assignments] == ["高新区、经开区管委会"]


def test_a_name_kept_whole_across_a_list_mark_is_a_finding_once():
    # the splitter keeps 各区、县级市 (a collective) and 县委、县政府督察室 (one office of two bodies) whole:
    # each is a reading decision the user sees, once per unit; a name with 、 only inside brackets is one name
    from zygraph.readers.raw import RawDocument, RawRow
    from zygraph.table import resolve_rows

    rows = [RawRow(1, "", "督查。", "县委、县政府督察室", "各区、县级市"),
            RawRow(2, "", "落实。", "县委、县政府督察室", "各县（市、区）政府")]
    _, assignments, _, findings = resolve_rows(RawDocument("x.txt", "tabbed-text", {}, rows))
    assert [a[3] for a in assignments] == ["县委、县政府督察室", "各区、县级市", "县委、县政府督察室", "各县（市、区）政府"]
    joined = [(f.line, f.message.split(" ")[0]) for f in findings if f.code == "units_joined"]
    assert joined == [(1, "县委、县政府督察室"), (1, "各区、县级市")]
    collective = next(f.message for f in findings if f.code == "units_joined" and "各区" in f.message)
    assert "collective" in collective and "2 names" in collective
    office = next(f.message for f in findings if f.code == "units_joined" and "督察室" in f.message)
    assert "joint office" in office  # 县委 is a unit alone: the two bodies share the office


def test_issuer_findings_read_in_the_chinese_edition():
    from zygraph.render.editions import finding_text

    ziyang = read_table(ZIYANG).findings
    read = ziyang[ziyang.code == "issuer_read"].iloc[0]
    assert finding_text(read.code, read.message, read.action, "zh") == (
        "发文机关读作「资阳市」（地市级；依据：发文机关行）", "如有误，可用 --issuer 指定发文机关", True)
    # 县发改委 says its level; 发展改革委 alone is read as the nation's, which an issuer could have made a city's
    found = TaskTable.from_lists([("a", "t1", "市财政局", ["县发改委", "发展改革委"])]).findings.iloc[-1]
    assert finding_text(found.code, found.message, found.action, "zh")[0] == (
        "未从通知读出发文机关：2 个单位的名称未定层级，按字面层级读取（市财政局 地市级; 国家发展改革委 中央），未对应到具体地方")


def test_an_issuers_detail_reads_in_chinese_in_the_chinese_edition(tmp_path):
    # review r6 item 10: the detail after the source stayed English (标题 (a bare 县人民政府办公室: its level, no place))
    from zygraph.render.editions import finding_text

    path = tmp_path / "notice.txt"
    path.write_text("县人民政府办公室关于印发2021年重点工作任务分工的通知\n各乡镇人民政府，县直各单位：\n"
                    "一、加强生态环境保护。（县生态环境局负责）\n", encoding="utf-8")
    findings = read_table(path).findings
    read = findings[findings.code == "issuer_read"].iloc[0]
    assert finding_text(read.code, read.message, read.action, "zh")[0] == (
        "发文机关读作「县人民政府办公室」（县级；依据：标题（仅有「县人民政府办公室」：只知层级，未知地方））")


def test_a_dropped_description_of_what_a_cells_units_are_for_is_a_finding_on_its_line(tmp_path):
    path = tmp_path / "tasks.txt"
    path.write_text("某某区重点工作任务分工表\n\n序号\t工作任务\t牵头单位\t配合单位\n"
                    "1\t开展设施检查\t区建设局\t区交通、水务等市政交通设施、公共服务设施相关部门\n"
                    "2\t开展校园检查\t区市场监管局\t区教育局等中小学、幼儿园相关单位\n", encoding="utf-8")
    table = read_table(path)
    dropped = table.findings[table.findings.code == "description_dropped"]
    assert list(dropped.line) == [4]
