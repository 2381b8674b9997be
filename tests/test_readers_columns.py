"""Column headers: the grammar's label words name the unit columns, in any wording that ends in a label."""

import pytest

from zygraph import read_table
from zygraph.readers.columns import column_for, columns_for, is_responsible, names_location, names_problem


@pytest.mark.parametrize("header, column", [
    ("牵头考核单位", "lead"),
    ("市卫健委内牵头处室", "lead"),
    ("市卫健委内配合处室", "support"),
    ("责任主体与协同单位", "support"),
    ("牵 头 单 位", "lead"),
    ("进展情况", "note"),
    ("是否完成", "note"),  # a progress table's column saying whether the row's task is done
    ("内容与要求", "task"),
    ("分管 领导", None),
    ("责任领导", None),
])
def test_a_header_ending_in_a_label_names_its_column(header, column):
    assert column_for(header) == column


def test_a_responsible_column_in_other_words_leads_without_a_lead_column():
    assert is_responsible("区级责任单位")
    assert columns_for(["工作任务", "区级责任单位"]) == ["task", "lead"]


def test_a_responsible_column_in_traditional_with_readings_leads():
    # 責(zé)任單位 as a page's annotation tool writes it: 责任单位 once the readings are gone
    assert is_responsible("責(zé)任單位") and is_responsible("責任單位")
    assert columns_for(["序號(hào)", "項(xiàng)目", "責(zé)任單位", "建設(shè)內(nèi)容"]) == ["seq", "area", "lead", "task"]


def test_the_main_responsible_column_leads_and_the_plain_one_beside_it_supports():
    assert columns_for(["领域", "主要目标", "主要责任单位", "责任单位"]) == ["area", "task", "lead", "support"]
    assert columns_for(["序号", "工作任务", "主要责任单位"]) == ["seq", "task", "lead"]  # alone: it leads
    assert columns_for(["工作任务", "主要责任单位", "主要责任部门"]) == ["task", "lead", "lead"]  # no plain one: both


def test_of_two_task_columns_the_first_is_the_area():
    assert columns_for(["序号", "工作事项", "主要内容", "牵头单位"]) == ["seq", "area", "task", "lead"]


def test_a_year_before_a_header_and_the_guiding_department_column():
    assert column_for("2022年预期目标") == "task"
    assert column_for("指导部门") == "lead"


def test_the_only_unit_column_beside_a_duties_column_leads():
    # 相关部门 | 职责分工: each row lists its department's own duties, so the department does them
    assert columns_for(["相关部门", "职责分工"]) == ["lead", "task"]
    assert columns_for(["序号", "涉及部门", "主要职责"]) == ["seq", "lead", "task"]
    assert columns_for(["工作任务", "相关部门"]) == ["task", "support"]  # no duties column: 相关部门 only helps


def test_a_finer_division_column_holds_the_tasks_under_the_task_column():
    # 工作任务 | 细化分工: the first column's cells span rows (groups), the 细化分工 cells are the tasks
    assert columns_for(["序号", "工作任务", "细化分工", "责任处室"]) == ["seq", "area", "task", "lead"]


def test_a_problem_column_names_the_task_its_location_column_the_area():
    # a check's list of problems: 路段名称 | 问题描述 | 责任单位, each unit answering for the problem beside it
    assert columns_for(["序号", "路段名称", "问题描述", "责任单位", "备注"]) == ["seq", "area", "task", "lead", "note"]
    assert columns_for(["点位", "存在问题", "责任单位"]) == ["area", "task", "lead"]
    # a location alone names the rows, as any first short column does where no column names the task
    assert columns_for(["序号", "路段", "责任单位"]) == ["seq", "task", "lead"]
    # the problem beside the measures that fix it: the problem groups the measures, the measures are the tasks
    assert columns_for(["存在问题", "整改措施", "责任单位"]) == ["area", "task", "lead"]
    assert names_problem("问 题 描 述") and not names_problem("问题整改")
    assert names_location("路段名称") and not names_location("项目名称")


def test_levels_of_indicators_name_the_item_at_the_deepest_and_two_kinds_of_unit_under_one_label():
    assert columns_for(["一级指标", "二级指标", "三级指标", "四级指标", "五级指标", "责任科室、单位"]) == [
        "area", "area", "area", "area", "task", "lead"]
    assert is_responsible("责任科室、单位") and column_for("牵头部门/单位") == "lead"


def test_an_inspection_tables_initiating_department_leads_and_its_cooperating_ones_support():
    # 部门联合抽查: the 发起部门 initiates the joint check and leads it; the 配合部门 help, in either script
    assert columns_for(["序号", "抽查事项", "检查对象", "发起部门", "配合部门"]) == [
        "seq", "task", None, "lead", "support"]
    assert columns_for(["序號", "抽查事項", "發(fā)起部門", "配合部門"]) == ["seq", "task", "lead", "support"]


def test_an_inspecting_body_and_a_bare_offices_column_both_lead_without_a_lead_column():
    # 检查主体 | 股室: the bureau that checks and its office that carries the check, no lead named: both answer
    assert columns_for(["序号", "检查主体", "检查内容", "股室"]) == ["seq", "lead", "task", "lead"]
    assert columns_for(["工作任务", "牵头单位", "科室"]) == ["task", "lead", "support"]
    assert columns_for(["序号", "抽查事项", "检查股室"]) == ["seq", "task", "lead"]
    assert columns_for(["序号", "抽查事项", "执法部门", "配合部门"]) == ["seq", "task", "lead", "support"]


def test_a_list_named_before_a_header_leaves_the_column_its_name():
    # 《联合事项清单》事项名称: the item's name as the list gives it, then the task's own name restating it (a note)
    assert column_for("《联合事项清单》事项名称") == "task"
    assert columns_for(["序号", "牵头部门", "《联合事项清单》事项名称", "联合抽查任务名称", "参与部门"]) == [
        "seq", "lead", "task", "note", "support"]


def test_a_header_ending_in_field_names_the_area_of_the_rows():
    # 抽查领域 | 抽查事项: the field (学校办学情况抽查) each inspected item belongs to
    assert column_for("抽查领域") == "area" and column_for("抽查領(lǐng)域") == "area"
    assert columns_for(["序号", "抽查领域", "抽查事项", "发起部门"]) == ["seq", "area", "task", "lead"]


def test_a_ministrys_lead_departments_column_leads():
    # 牵头负责司局: the column of a ministry's table naming the department (规划司) answering for each indicator
    assert column_for("牵头负责司局") == "lead" and column_for("配合司局") == "support"


def test_a_header_naming_the_kind_of_work_names_the_area_of_the_rows():
    # 序号 | 任务类型 | 重点内容 | 责任单位 (2024 嘉定 sponge-city table): the kind of work groups the rows' contents
    assert column_for("任务类型") == "area"
    assert columns_for(["序号", "工作类型", "重点内容", "责任单位", "参考文件"]) == ["seq", "area", "task", "lead", None]


def test_a_kind_of_work_column_gives_each_row_its_area_in_a_table_one_cell_a_paragraph(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("附件：重点任务分解表\n\n序号\n\n任务类型\n\n重点内容\n\n责任单位\n\n参考文件\n\n1\n\n科普\n活动\n\n"
                    "办好科技周。\n\n区科委、区教育局、\n区科协，各街镇\n\n《科普条例》\n\n2\n\n人才\n培养\n\n培养科普人才。\n\n"
                    "区人社局\n\n《人才规划》\n", encoding="utf-8")
    table = read_table(path)
    assert list(table.tasks.area) == ["科普活动", "人才培养"]
    assert list(table.tasks.task) == ["办好科技周。", "培养科普人才。"]
    assert list(table.assignments.unit[table.assignments.task_id == "T001"]) == ["区科委", "区教育局", "区科协", "各街镇"]


def test_a_column_of_the_units_pushing_the_work_forward_leads_without_a_lead_column():
    # 任务类型 | 序号 | 工作任务 | 推进单位 (2023 静安 urban-renewal list): the units pushing each row, no role said
    assert column_for("推进单位") == "support" and is_responsible("推 进 单 位")
    assert columns_for(["序号", "工作任务", "推进单位"]) == ["seq", "task", "lead"]
    assert columns_for(["序号", "工作任务", "牵头单位", "推进部门"]) == ["seq", "task", "lead", "support"]


def test_a_power_lists_body_exercising_each_power_answers_for_it_and_its_power_names_the_row():
    # 权责清单: 序号 | 权力名称 | 行使主体 | 设定依据 | 权力事项; the body exercising the power leads, as 实施主体 does
    assert column_for("行使主体") == "support" and is_responsible("行使主体")
    assert column_for("实施主体") == "support" and column_for("责任主体") == "support"
    assert column_for("权力名称") == "task" and column_for("权力责任名称") == "task" and column_for("职权名称") == "task"
    assert column_for("权力") is None  # the power's noun names the rows only before 名称
    assert columns_for(["序号", "权力责任名称", "行使主体", "设定依据", "权力责任事项"]) == [
        "seq", "task", "lead", "note", "note"]
