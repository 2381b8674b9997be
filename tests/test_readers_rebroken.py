"""A table a copy ran together on one line, its line breaks spaces: its header found, a cell a line again."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from zygraph.readers import read_raw
from zygraph.readers.rebroken import table_lines

_ROWS = "1 举办全市科技活动周 市科协 市科技局、团市委 2 举办全国科普日活动 市科技局 市教育局、市卫生健康委"


def test_a_table_run_on_after_its_header_is_given_back_one_cell_a_line():
    text, findings = table_lines(f"关于印发分工的通知 序号 工作任务 牵头单位 配合单位 {_ROWS}")
    assert text.split("\n") == ["关于印发分工的通知", "序号", "工作任务", "牵头单位", "配合单位",
                                "1", "举办全市科技活动周", "市科协", "市科技局、团市委",
                                "2", "举办全国科普日活动", "市科技局", "市教育局、市卫生健康委"]
    assert [(f.line, f.severity, f.code) for f in findings] == [(1, "info", "lines_recovered")]
    assert "(序号 工作任务 牵头单位 配合单位) with its rows" in findings[0].message and "(12 lines)" in findings[0].message


def test_a_space_between_a_figure_and_its_unit_or_inside_a_range_stays_inside_its_cell():
    text, _ = table_lines("序号 工作任务 牵头单位 配合单位 1 比重在2007 年的基础上提高5 % 经委 发改委 2 加强0- 3岁婴幼儿教育 "
                          "教育局 人口计生委 3 保持100%的义务教育入学率 教育局 各街道")
    assert text.split("\n")[4:12] == ["1", "比重在2007 年的基础上提高5 %", "经委", "发改委", "2", "加强0- 3岁婴幼儿教育",
                                      "教育局", "人口计生委"]


def test_a_two_character_name_padded_with_spaces_stays_one_cell():
    # 徐  平: two spaces pad a name to the width of three; the single spaces are where the copy's lines broke
    text, _ = table_lines("序号 目标任务 责任领导 牵头单位 1 地区生产总值增长9.5% 徐  平 区发改局 2 财政收入增长8% 陈  曦 区财政局")
    assert text.split("\n")[4:] == ["1", "地区生产总值增长9.5%", "徐  平", "区发改局", "2", "财政收入增长8%", "陈  曦", "区财政局"]


def test_a_header_wrapped_over_lines_is_found_by_its_pieces():
    # 牵头 / 部门 and 完成 / 时间 were a cell each, wrapped; 项目 names no column of ours
    text, findings = table_lines(f"附件 序号 项目 工作任务 牵头 部门 配合单位 完成 时间 {_ROWS}")
    assert text.split("\n")[:3] == ["附件", "序号", "项目"] and len(findings) == 1
    assert "(附件 序号 项目 工作任务 牵头 部门 配合单位 完成 时间)" in findings[0].message  # 附件: a short word too


def test_a_header_as_published_is_kept_with_the_lines_below_it():
    published = f"序号 工作任务 牵头单位 配合单位\n{_ROWS}"
    assert table_lines(published) == (published, [])
    # header words after an unknown long column name: the header row of a table copied a row a line
    header_row = "序号 牵头 部门 《联合事项清单》事项名称 拟抽查 对象数 (户) 参与部门 信用风险等级(低、一般、较高、高)"
    assert table_lines(header_row) == (header_row, [])


def test_a_short_table_shows_its_rows_by_a_sentence_after_its_header():
    # one row only, its units short words: the full stop ending its task shows the row ran on
    text, findings = table_lines("方案 牵头领导 重点工作 牵头单位 配合单位 备注 周阳市长 1.始终做到忠诚于党，自觉把讲政治贯穿始终。 市府办 各单位")
    assert text.split("\n")[-4:] == ["周阳市长", "1.始终做到忠诚于党，自觉把讲政治贯穿始终。", "市府办", "各单位"]
    assert len(findings) == 1


def test_column_words_without_a_unit_column_make_no_header():
    text = f"序号 工作任务 完成时限 {_ROWS}"
    assert table_lines(text) == (text, [])


def test_labels_run_on_with_their_units_in_a_paragraph_make_no_header():
    # unit columns alone, nothing naming what the rows are: a paragraph's labels, spaces for their colons
    text = "1.举办全市科技活动周。牵头单位 市科协 配合单位 市科技局、团市委 2.举办全国科普日活动。牵头单位 市科技局 配合单位 市教育局"
    assert table_lines(text) == (text, [])


def test_a_table_with_bars_is_given_back_a_row_a_line_where_each_row_is_as_wide_as_the_header():
    text, findings = table_lines("附件1：任务分工表 序号 | 工作任务 | 牵头单位 | 1 | 举办全市科技活动周 | 市科协 | "
                                 "2 | 举办全国科普日活动 | 市科技局 |")
    assert text.split("\n") == ["附件1：任务分工表", "序号 | 工作任务 | 牵头单位 |", "1 | 举办全市科技活动周 | 市科协 |",
                                "2 | 举办全国科普日活动 | 市科技局 |"]
    assert "a row a line" in findings[0].message
    # bars between cells, none closing a row: the row's number after its last cell's space (市科协 2 |)
    text, _ = table_lines("附件1：任务分工表 序号 | 工作任务 | 牵头单位 1 | 举办全市科技活动周 | 市科协 "
                          "2 | 举办全国科普日活动 | 市科技局")
    assert text.split("\n")[1:] == ["序号 | 工作任务 | 牵头单位", "1 | 举办全市科技活动周 | 市科协",
                                    "2 | 举办全国科普日活动 | 市科技局"]


def test_a_spaced_out_header_cell_and_a_group_cell_before_a_row_number_are_read_so():
    # 具 体 要 求 is one header cell; 一、… is the cell of the group whose first row it opens, not the row before's
    text, findings = table_lines("2025年度工作清单 具 体 要 求 | 责任科室 | || 一、围绕中心工作抓好主动公开。 | 1 | 深化民生领域信息公开。 | "
                                 "办公室 | 二、抓好政策解读 | 2 | 做好政策解读。 | 办公室 | 3 | 科学确定解读范围。 | 各股室 | |")
    assert text.split("\n") == ["2025年度工作清单", "具 体 要 求 | 责任科室 | ||", "一、围绕中心工作抓好主动公开。 | 1 | 深化民生领域信息公开。 | 办公室 |",
                                "二、抓好政策解读 | 2 | 做好政策解读。 | 办公室 |", "3 | 科学确定解读范围。 | 各股室 | |"]
    assert "(具体要求 责任科室)" in findings[0].message


def test_rows_numbered_as_items_opening_their_cell_are_cut_before_their_number():
    # 4.… | 局主办科室 | |: an empty cell (the group's, merged) ends the row, which the header's width alone misreads
    text, _ = table_lines("2021年分工方案 工作任务 | 具体要求 | 责任科室 | 一、做好网站专栏信息公开 | 3.每年更新一次数据集。 | 局规划科 | "
                          "4.及时反馈网民意见。 | 局主办科室 | | 5.做好疫苗接种信息公开。 | 局疾控科 | |")
    assert text.split("\n")[1:] == ["工作任务 | 具体要求 | 责任科室 |", "一、做好网站专栏信息公开 | 3.每年更新一次数据集。 | 局规划科 |",
                                    "4.及时反馈网民意见。 | 局主办科室 | |", "5.做好疫苗接种信息公开。 | 局疾控科 | |"]


def test_a_row_a_line_where_a_lone_bar_closing_a_row_is_kept_or_lost():
    # each row closed by an empty cell (a lone bar on a line of its own), the last row's lost with the page's end;
    # 建设地点 and 年度投资金额, header words naming no column of ours, stand in the header
    text, findings = table_lines("附件：2024年项目清单 序号 | 项目名称 | 建设地点 | 年度投资金额 | 责任单位 | | 1 | 城北小学门前道路建设项目 | "
                                 "纸坊街道 | 300 | 住建局 | | 2 | 高标准农田建设项目 | 谢村镇 | 4930 | 农业农村局 |")
    assert text.split("\n")[1:] == ["序号 | 项目名称 | 建设地点 | 年度投资金额 | 责任单位 | |",
                                    "1 | 城北小学门前道路建设项目 | 纸坊街道 | 300 | 住建局 | |",
                                    "2 | 高标准农田建设项目 | 谢村镇 | 4930 | 农业农村局 |"]
    assert "a row a line" in findings[0].message


def test_a_markdown_table_is_cut_around_its_rule_and_between_its_rows_bars():
    text, findings = table_lines("2019年公开目录 | 事项名称 | 公开内容 | 公开责任 | |---|---|---| | 领导信息 | 领导姓名、职务。 | 办公室 | "
                                 "| 机构信息 | 机关名称、办公地址。 | 人事科 |")
    assert text.split("\n")[1:] == ["事项名称 | 公开内容 | 公开责任 |", "|---|---|---|", "| 领导信息 | 领导姓名、职务。 | 办公室 |",
                                    "| 机构信息 | 机关名称、办公地址。 | 人事科 |"]
    assert "Markdown rule" in findings[0].message


def test_a_table_with_bars_whose_rows_differ_in_width_is_given_back_a_cell_a_line():
    # a merged row's second line (新增学位810个 | ||) makes row 1 wider than the header
    text, findings = table_lines("附件1：任务分工表 序号 | 工作任务 | 牵头单位 | 1 | 新改扩建公办中小学校1所 | 教体局 | "
                                 "新增学位810个 | || 2 | 完成结对帮扶学校2所 | 教体局 |")
    assert text.split("\n") == ["附件1：任务分工表", "序号 |", "工作任务 |", "牵头单位 |", "1 |", "新改扩建公办中小学校1所 |",
                                "教体局 |", "新增学位810个 | ||", "2 |", "完成结对帮扶学校2所 |", "教体局 |"]
    assert "one cell a line, cut after each bar" in findings[0].message


def test_rows_without_numbers_are_cut_after_the_glued_bars_of_their_empty_cells():
    text, findings = table_lines("黄石市基本目录 一级目录 | 公开内容 | 责任科室 | 公开方式 | || 政策 | 规范性文件 | 办公室、法规科 | √ | ||| "
                                 "政策解读 | 多种形式的解读。 | 政策制定科室 | √ | |||")
    assert text.split("\n") == ["黄石市基本目录", "一级目录 | 公开内容 | 责任科室 | 公开方式 | ||",
                                "政策 | 规范性文件 | 办公室、法规科 | √ | |||", "政策解读 | 多种形式的解读。 | 政策制定科室 | √ | |||"]
    assert "run of bars" in findings[0].message


def test_rows_without_numbers_are_cut_by_the_header_s_width_where_each_closes_with_units():
    text, findings = table_lines("二、重点工作任务分解 重点任务 | 工作内容 | 负责科室 | 政策解读 | 全面解读政策文件。 | 各责任科室 | "
                                 "政务服务 | 注重政务服务信息发布。 | 综合科 | 财政资金 | 及时发布财政预决算。 | 综合科 |")
    assert text.split("\n")[1:] == ["重点任务 | 工作内容 | 负责科室 |", "政策解读 | 全面解读政策文件。 | 各责任科室 |",
                                    "政务服务 | 注重政务服务信息发布。 | 综合科 |", "财政资金 | 及时发布财政预决算。 | 综合科 |"]
    assert "cut after every 3 cells" in findings[0].message


def test_a_header_word_with_what_it_covers_in_brackets_opens_the_header():
    # 县(市、区) names no column of ours; the counties under it are the rows
    text, findings = table_lines("附件 2012年分解表 县(市、区) | 碳强度下降目标 | 责任部门 | 通川区 | 19% | 通川区人民政府 | 万源市 | 16% | "
                                 "万源市人民政府 | 宣汉县 | 18% | 宣汉县人民政府 |")
    assert text.split("\n")[1:] == ["县(市、区) | 碳强度下降目标 | 责任部门 |", "通川区 | 19% | 通川区人民政府 |",
                                    "万源市 | 16% | 万源市人民政府 |", "宣汉县 | 18% | 宣汉县人民政府 |"]
    assert "cut after every 3 cells" in findings[0].message


def test_a_table_with_bars_and_no_numbered_rows_whose_width_does_not_cut_it_stays_one_line():
    # a merged cell (工作要点 over two rows) left out: cut by the header's width, a row would close with a task
    text = ("工作要点 | 工作任务 | 牵头单位 | 打造产业旗舰。 | 全面实施5115工程。 | 市发改委 | 加快发展服务业。 | 市商务局 | "
            "优化产业结构。 | 整合现有工业园区。 | 市工信局 |")
    assert table_lines(text) == (text, [])


def test_a_traditional_header_is_found_as_its_simplified_words():
    text, findings = table_lines("序號 工作任務 牽頭單位 1 舉辦全市科技活動周 市科協 2 舉辦全國科普日活動 市科技局")
    assert text.split("\n")[:4] == ["序號", "工作任務", "牽頭單位", "1"] and len(findings) == 1


def test_a_header_whose_words_carry_a_page_s_pinyin_readings_is_found():
    text, findings = table_lines("2018年一覽表 序號(hào) 目標(biāo)任務(wù) 牽頭單位 相關(guān)單位 1 地區生產總值增長9.5% 區發改局 區統計局 "
                                 "2 財政收入增長8% 區財政局 區稅務局")
    assert text.split("\n")[:3] == ["2018年一覽表", "序號(hào)", "目標(biāo)任務(wù)"] and len(findings) == 1


def test_a_one_line_table_file_reads_as_its_copy_one_cell_a_line(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(f"附件 任务分工 序号 工作任务 牵头单位 配合单位 {_ROWS}\n", encoding="utf-8")
    document = read_raw(path)
    assert [(row.task, row.lead, row.support) for row in document.rows] == [
        ("举办全市科技活动周", "市科协", "市科技局、团市委"), ("举办全国科普日活动", "市科技局", "市教育局、市卫生健康委")]
    assert "lines_recovered" in {finding.code for finding in document.findings}


_PIECES = ["序号", "工作任务", "牵头单位", "配合单位", "牵头", "部门", "1", "2", "3", "|", "||", "一、重点工作", "2.推进公开。",
           "举办全市科技活动周。", "市科协", "市科技局、团市委", "2007", "年", "0-", "3岁", "县(市、区)", "具", "体"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from([" ", "  ", " \u3000"]))
def test_a_line_is_only_cut_at_its_spaces_no_character_lost_or_added(pieces, gap):
    text = gap.join(pieces)
    lines, findings = table_lines(text)
    assert re.sub(r"\s", "", lines) == re.sub(r"\s", "", text)
    assert (lines != text) == bool(findings)


def test_a_forum_copy_s_ascii_full_stop_ends_the_first_row_s_sentence_after_the_header():
    # 工作任务和内容 责任单位 完成时间 then one task ending in an ASCII full stop, as a forum copy writes 。: the header's
    # rows run on after it, though only one cell of them stands on its line
    text, findings = table_lines("附件 2018年整治职责清单 工作任务和内容 责任单位 完成时间 负责全县的宣传,开展专题报道.")
    assert text.split("\n") == ["附件 2018年整治职责清单", "工作任务和内容", "责任单位", "完成时间", "负责全县的宣传,开展专题报道."]
    assert [f.code for f in findings] == ["lines_recovered"]
    # a figure's point or an item's number is no sentence's end: nothing after the header but them, no table
    assert table_lines("附件 工作任务 责任单位 完成时间 1.5")[1] == []


def test_rows_going_on_after_a_blank_line_are_cut_with_the_table_above():
    text, findings = table_lines("工作任务 责任单位 完成时间 负责宣传工作.\n\n县委宣传部 持续开展 负责督查考核. 县委县政府 督查室 "
                                 "持续开展\n\n联系电话 1234")
    assert text.split("\n") == ["工作任务", "责任单位", "完成时间", "负责宣传工作.", "", "县委宣传部", "持续开展",
                                "负责督查考核.", "县委县政府", "督查室", "持续开展", "", "联系电话 1234"]
    assert [(f.line, f.code) for f in findings] == [(1, "lines_recovered"), (3, "lines_recovered")]
    assert "goes on with the rows of the table run on line 1" in findings[1].message


def test_a_spaced_table_without_numbers_reads_its_units_broken_at_a_space_as_one(tmp_path):
    # the forum copy of a duty list: no 序号, each row task / unit / deadline, the 配合单位 cells empty and lost; a
    # unit's name keeps its cell's line break as a space (县交通 运输局), an office its body's name (县委县政府 督查室)
    path = tmp_path / "list.txt"
    path.write_text("附件 职责清单 工作任务和内容 责任单位 配合单位 完成时间 负责全县宣传工作,开展专题报道.\n\n"
                    "县委宣传部 持续开展 负责督导和检查考核工作. 县委县政府 督查室 持续开展 负责抓好道路运输扬尘防治. "
                    "县交通 运输局 12月底前完成新能源汽车更换\n", encoding="utf-8")
    document = read_raw(path)
    assert [(row.task, row.lead, row.support) for row in document.rows] == [
        ("负责全县宣传工作，开展专题报道.", "县委宣传部", ""), ("负责督导和检查考核工作.", "县委县政府督查室", ""),
        ("负责抓好道路运输扬尘防治.", "县交通运输局", "")]
    joined = [f.message for f in document.findings if f.code == "cell_joined"]
    assert len(joined) == 2 and "县委县政府督查室" in joined[0] and "县交通运输局" in joined[1]
