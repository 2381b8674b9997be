"""The briefing's words follow its numbers: concentration, ties, local governments, communities, empty sections."""

from pathlib import Path

import pytest

from zygraph import TaskTable
from zygraph.document import Document, load
from zygraph.render import verdicts
from zygraph.render.headlines import headlines
from zygraph.render.report import briefing_html

REAL = Path(__file__).parent / "fixtures" / "real"


def _real(name: str) -> Document:
    return load(next(REAL.glob(f"*/{name}/source.*")))


@pytest.fixture(scope="module")
def dongguan():
    """2 tasks; 市财政局 and 市税务局 lead both, 市人社局, 市医保局, 市残联 one each: leads 2,2,1,1,1 (HHI 11/49)."""
    return _real("2021_dongguan_employment")


def test_an_even_split_of_leads_is_not_called_concentrated(dongguan):
    c = dongguan.concentration
    assert (c["units"], c["leads"], round(c["hhi"], 3), round(c["gini"], 2)) == (5, 7, 0.224, 0.17)
    assert verdicts.concentration_level(c) == "even"  # normalised HHI (11/49 - 1/5) / (4/5) = 0.03, Gini 0.17
    zh, en = headlines(dongguan, "zh"), headlines(dongguan, "en")
    assert not any("集中" in line and "高度" in line for line in zh)
    assert "牵头分布较均匀：赫芬达尔指数 0.22（5 个部门平分时为 0.20；" in "".join(zh)
    assert "Leading is spread evenly: a Herfindahl index of 0.22 (0.20 if the 5 departments" in "".join(en)


def test_two_units_leading_one_task_each_are_even_and_not_three():
    # Baoshan 2008 (宝山区政府: a district, so its bare names are 区 units): 区发展改革委 and 区统计局 co-lead the one
    # task: HHI 0.50 = 1/2, Gini 0
    doc = _real("2008_shanghai_baoshan_district")
    lines = headlines(doc, "zh")
    assert lines[1] == "只有两个单位牵头（区发展改革委、区统计局），共牵头 100% 的任务。"
    assert lines[2].startswith("牵头分布较均匀：赫芬达尔指数 0.50（2 个部门平分时为 0.50；")
    assert "前三个" not in lines[2]


def test_a_skewed_split_is_called_highly_concentrated():
    doc = load("data/ziyang_2023_science_literacy_tasks.txt")  # Gini 0.71 over 29 departments
    assert headlines(doc, "zh")[2].startswith("牵头高度集中：赫芬达尔指数 0.14（29 个部门平分时为 0.03；")
    assert verdicts.concentration_level({"units": 10, "hhi": 0.16, "gini": 0.4}) == "some"


def test_ties_for_third_place_are_reported_as_ties(dongguan):
    zh = headlines(dongguan, "zh")[1]
    assert zh == ("牵头最多的前三名因并列共有 5 个单位（市财政局、市税务局并列第一（各 2 项）；"
                  "市人力资源社会保障局、市医保局、市残联并列第三（各 1 项）），共牵头 100% 的任务。")
    assert headlines(dongguan, "en")[1].startswith("Ties put 5 units in the first three places for leads")
    many = Document(TaskTable.from_lists(
        [("科普", "t1", ["市科技局"], []), ("科普", "t2", ["市科技局"], [])]
        + [("科普", f"u{i}", [unit], []) for i, unit in enumerate(
            ["市科协", "市教育局", "市财政局", "市民政局", "市公安局", "市商务局", "市卫生健康委"])]))
    assert "7 个单位并列第二（各 1 项）" in headlines(many, "zh")[1]  # more than five tied: counted, not listed


def test_one_local_government_on_one_task_is_not_on_almost_every_task():
    doc = _real("2018_ganzhou_shicheng_departments")
    line = headlines(doc, "zh")[-1]
    assert line == "县工业园区管委会出现在 1 项任务中（共 42 项）；地方政府不是部门，网络图中未列入，只计部门之间的关系。"
    assert headlines(doc, "en")[-1].startswith("The local government 县工业园区管委会 is named on 1 of the 42 tasks; not")
    ziyang = headlines(load("data/ziyang_2023_science_literacy_tasks.txt"), "zh")[-1]
    assert "出现在 94 项任务中（共 95 项）；它们几乎遍布全部任务" in ziyang  # 94/95 is almost every task


def test_no_communities_are_named_at_modularity_zero_and_no_empty_table_is_announced(dongguan):
    assert dongguan.network["modularity"] == 0.0 and dongguan.single_unit_tasks.empty
    page = briefing_html(dongguan)
    assert "部门网络没有明显的社群结构（模块度 0.00，低于 0.1），不划分合作社群。" in page
    assert "<li><b>" not in page.split('id="areas"')[1].split("</section>")[0]
    assert "见下表" not in "".join(headlines(dongguan, "zh"))
    assert "每项任务都有两个或更多部门共担，没有只由一个部门承担的任务。" in headlines(dongguan, "zh")
    single = page.split('id="single"')[1].split("<h3>")[0]
    assert "<table>" not in single and "没有这样的任务" in single


def test_communities_with_structure_are_still_named():
    doc = load("data/ziyang_2023_science_literacy_tasks.txt")
    assert doc.network["modularity"] > verdicts.MIN_MODULARITY  # 0.127
    assert "<h3>合作社群</h3>" in briefing_html(doc) and "不划分合作社群" not in briefing_html(doc)


def test_a_paragraph_long_document_name_does_not_collapse_the_difference_figure(dongguan, tmp_path):
    """Changshu 2018's name as read runs to 225 characters; the comparison's title held it on one line."""
    import warnings

    from matplotlib import pyplot as plt

    from zygraph import compare
    from zygraph.render.difference import difference_network
    from zygraph.render.figures import save_figure

    changshu = _real("2018_suzhou_changshu_county")
    c = compare(dongguan.table, changshu.table)
    labels = (dongguan.meta["title"], changshu.meta["title"] or "x" * 225)
    fig = difference_network(c.ties, c.units, labels=labels)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "constrained_layout not applied because axes sizes collapsed to zero"
        save_figure(fig, tmp_path / "difference", formats=("png",))
    assert max(len(line) for line in fig.axes[0].get_title().split("\n")) <= 56
    plt.close(fig)


def test_the_chinese_data_quality_section_reads_in_chinese():
    """Guangzhou family doctors 2023: the routine rows the reviewer saw in English (merged 序号 cell, unit_inferred…)."""
    import re

    from zygraph.render.report import quality

    doc = _real("2023_guangzhou_family_doctors")
    q = quality(doc.findings, "zh")
    assert all(w["translated"] for w in q["warnings"]) and all(g["translated"] for g in q["routine"])
    shown = [w["type"] for w in q["warnings"]] + [w["message"] for w in q["warnings"]] + \
        [g["type"] for g in q["routine"]] + [g["example"] for g in q["routine"]]
    assert not [text for text in shown if re.search(r"[A-Za-z]{3,}", text)]
    examples = {g["type"]: g["example"] for g in q["routine"]}
    assert examples["合并单元格"] == "表 2 第 4 行的「序号」单元格与上一行合并"
    assert examples["按名称形式推断的单位"] == "「基层处」不在单位名录中；按名称形式读作地市级政府部门"
    assert "表 2 第 2 行：表头两次给出牵头单位列（牵头单位、市卫健委内牵头处室）" in [w["message"] for w in q["warnings"]]


def test_english_left_untranslated_is_folded_under_a_chinese_note():
    import dataclasses

    import pandas as pd

    table = TaskTable.from_lists([("科普", "办科技周", ["市科技局"], [])])
    odd = {"line": 3, "severity": "warning", "code": "brand_new", "message": "an odd thing", "action": "kept as written"}
    table = dataclasses.replace(table, findings=pd.concat([table.findings, pd.DataFrame([odd])], ignore_index=True))
    page = briefing_html(Document(table))
    quality = page.split('id="quality"')[1].split("</section>")[0]
    assert "<details><summary>说明暂无中文，展开看英文原文</summary>an odd thing<br>kept as written</details>" in quality
    assert "<td>an odd thing" not in quality
