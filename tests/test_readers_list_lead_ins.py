"""A heading or item closing with 如下：/以下： over lines naming their own units leads in to a list: no task."""

from zygraph import read_table

#: The wording of 株洲市统计局's notice: (一) hands the work to 有关单位 and lists it, one section a line.
STATISTICS = ("关于组织撰写系列分析报告的通知\n各县市区统计局、各科室（中心）：\n现将有关事项通知如下：\n二、责任分工\n"
              "（一）市统计局有关单位负责结合本专业撰写经济社会发展成就系列专题分析。具体内容如下：\n"
              "综合核算科：十八大以来全市经济社会发展成就综述\n工业科：工业经济发展（特别是先进制造业发展）情况\n"
              "三产科：第三产业发展情况\n（二）各县市区统计局负责撰写党的十八大以来本地区经济社会发展成就综述。\n")


def _read(tmp_path, text):
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    table = read_table(path)
    tasks = dict(zip(table.tasks.task_id, table.tasks.task))
    return table, {(tasks[row.task_id][:5], row.raw_unit, row.role) for row in table.assignments.itertuples()}


def test_a_heading_leading_in_to_lines_naming_their_units_is_no_task(tmp_path):
    table, read = _read(tmp_path, STATISTICS)
    assert read == {("综合核算科", "综合核算科", "lead"), ("工业科：工", "工业科", "lead"), ("三产科：第", "三产科", "lead"),
                    ("各县市区统", "各县市区统计局", "lead")}
    lead_ins = table.findings[table.findings.code == "list_lead_in_heading"]
    assert list(lead_ins.line) == [5]


def test_a_lead_in_whose_items_name_no_units_gives_them_its_own(tmp_path):
    # （一）市发改委负责以下工作： / 1.… / 2.…: the items are the heading's unit's work, the lead-in's units theirs
    table, read = _read(tmp_path, "二、责任分工\n（一）市发改委负责以下工作：\n1.编制全市重大项目年度计划。\n"
                                  "2.做好项目审批服务。\n（二）市财政局负责保障资金。\n")
    assert read == {("编制全市重", "市发改委", "lead"), ("做好项目审", "市发改委", "lead"), ("市财政局负", "市财政局", "lead")}
    assert "list_lead_in_heading" not in set(table.findings.code)


def test_a_heading_closing_with_a_full_stop_is_read_as_before(tmp_path):
    # the same heading without the lead-in words: its sentence is a task of its own, as the readers always read it
    table, read = _read(tmp_path, STATISTICS.replace("具体内容如下：", "各科室分工见下。"))
    assert ("市统计局有", "市统计局有关单位", "lead") in read
    assert "list_lead_in_heading" not in set(table.findings.code)


def test_a_numbered_item_leading_in_to_lines_naming_their_units_is_no_task(tmp_path):
    # 1.A负责…，具体分工如下： / 科室：topic …: the numbered item, not only a heading, opens the list
    table, read = _read(tmp_path, "一、工作安排\n1.市统计局各科室负责撰写年度分析报告，具体分工如下：\n"
                                  "综合核算科：全市经济运行情况分析\n工业科：工业经济运行情况分析\n"
                                  "2.各县市区统计局负责撰写本地区经济运行分析。\n")
    assert read == {("综合核算科", "综合核算科", "lead"), ("工业科：工", "工业科", "lead"),
                    ("各县市区统", "各县市区统计局", "lead")}
    assert list(table.findings[table.findings.code == "list_lead_in_heading"].line) == [2]


#: blind121's Hongkou construction-waste wording, made up: each heading names a body in full, a paragraph names it
#: short and leads in to its numbered duties (…主要履行以下职责：), a body named by its kind heads its own.
HEADED_BODIES = ("三、分工与职责\n（一）东城区文化和旅游局\n区文旅局是本区文化市场的主管部门，负责本区文化市场管理，"
                 "主要履行以下职责：\n1.组织制定文化市场管理标准；\n2.开展文化市场检查。\n（二）东城区体育局\n"
                 "区体育局主要履行以下职责：\n1.组织群众体育活动。\n（三）场馆运营企业\n场馆运营企业在区体育局的指导下，"
                 "主要履行以下职责：\n1.设置安全标识；\n2.开展定期巡查。\n")


def test_a_paragraph_under_a_unit_heading_leading_in_to_its_duties_is_no_task(tmp_path):
    table, _ = _read(tmp_path, HEADED_BODIES)
    got = table.assignments.groupby("task_id").apply(lambda rows: list(rows.raw_unit)).tolist()
    assert got == [["东城区文化和旅游局"]] * 2 + [["东城区体育局"]] + [["场馆运营企业"]] * 2
    assert (table.findings.code == "list_lead_in").sum() == 3
    assert (table.findings.code == "kind_heading").sum() == 1
