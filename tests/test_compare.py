"""Tests of zygraph.compare: hand-made tables with known differences, and the bundled table against an edited copy."""

import math
from pathlib import Path

import pandas as pd

from zygraph.compare import compare
from zygraph.corpus import read_corpus
from zygraph.table import TaskTable, read_table

BUNDLED = Path(__file__).resolve().parents[1] / "data" / "ziyang_2023_science_literacy_tasks.txt"

# A: 科技局 leads t1 with 科协 and 教育体育局; 科协 leads t2 with 科技局.
# B: 科协 leads both; 妇联 replaces 教育体育局 on t1 and joins t2; 科技局 leaves t2.
A = TaskTable.from_lists([("科普", "t1", ["市科技局"], ["市科协", "市教育体育局"]),
                          ("科普", "t2", ["市科协"], ["市科技局"])])
B = TaskTable.from_lists([("科普", "t1", ["市科协"], ["市科技局", "市妇联"]),
                          ("科普", "t2", ["市科协"], ["市妇联"])])


def pair(x, y):
    return tuple(sorted((x, y)))


def test_units_gained_lost_and_kept_in_a_then_b_order():
    units = compare(A, B).units
    assert units[["unit", "status", "in_a", "in_b"]].values.tolist() == [
        ["市科技局", "kept", True, True],
        ["市科协", "kept", True, True],
        ["市教育体育局", "lost", True, False],
        ["市妇联", "gained", False, True],
    ]


def test_roles_count_tasks_led_and_supported_in_each_table():
    roles = compare(A, B).roles.set_index("unit")
    assert roles.loc["市科技局", ["tasks_led_a", "tasks_led_b", "led_change"]].tolist() == [1, 0, -1]
    assert roles.loc["市科技局", ["tasks_supported_a", "tasks_supported_b", "supported_change"]].tolist() == [1, 1, 0]
    assert roles.loc["市科协"].drop("status").tolist() == [1, 2, 1, 1, 0, -1]
    assert roles.loc["市教育体育局"].drop("status").tolist() == [0, 0, 0, 1, 0, -1]
    assert roles.loc["市妇联"].drop("status").tolist() == [0, 0, 0, 0, 2, 2]


def test_measures_load_and_degree_changes_nan_where_absent():
    measures = compare(A, B).measures.set_index("unit")
    # load: lead 2, support 1
    assert measures.loc["市科技局", ["load_a", "load_b", "load_change"]].tolist() == [3.0, 1.0, -2.0]
    assert measures.loc["市科协", ["load_a", "load_b", "load_change"]].tolist() == [3.0, 4.0, 1.0]
    assert measures.loc["市科技局", ["degree_a", "degree_b", "degree_change"]].tolist() == [2.0, 2.0, 0.0]
    # both projections are triangles: no unit lies between two others
    assert measures[["betweenness_a", "betweenness_b"]].fillna(0).eq(0).all().all()
    lost, gained = measures.loc["市教育体育局"], measures.loc["市妇联"]
    assert lost["load_a"] == 1.0 and math.isnan(lost["load_b"]) and math.isnan(lost["load_change"])
    assert gained["degree_b"] == 2.0 and math.isnan(gained["degree_a"]) and math.isnan(gained["eigenvector_a"])


def test_ties_appeared_vanished_kept_with_weights_in_each_table():
    ties = compare(A, B).ties
    found = {pair(a, b): (wa, wb, change, status) for a, b, wa, wb, change, status in ties.itertuples(index=False)}
    assert found == {
        pair("市科技局", "市科协"): (2, 1, -1, "kept"),
        pair("市科技局", "市教育体育局"): (1, 0, -1, "vanished"),
        pair("市科协", "市教育体育局"): (1, 0, -1, "vanished"),
        pair("市科协", "市妇联"): (0, 2, 2, "appeared"),
        pair("市科技局", "市妇联"): (0, 1, 1, "appeared"),
    }
    assert ties["status"].tolist() == ["appeared", "appeared", "vanished", "vanished", "kept"]
    assert pair(*ties.loc[0, ["unit_a", "unit_b"]]) == pair("市科协", "市妇联")  # the larger change first
    assert (ties["unit_a"] < ties["unit_b"]).all()


def test_summary_names_the_changes():
    assert compare(A, B).summary() == [
        "Units: 3 in A, 3 in B; 1 gained (市妇联), 1 lost (市教育体育局), 2 kept.",
        "Tasks led changed most for 市科技局 (1 -> 0).",
        "Load changed most for 市科技局 (3 -> 1).",
        "Co-responsibility ties: 2 appeared, 2 vanished, 1 kept (1 with another weight).",
        "Tasks: 0 added, 0 removed, 2 with another lead or other partners, 0 unchanged.",
    ]
    assert compare(A, B).summary("zh")[0] == "单位：A 3 个，B 3 个；新增 1 个（市妇联），减少 1 个（市教育体育局），保留 2 个。"


def test_a_table_compared_with_itself_has_no_change():
    c = compare(A, A)
    assert (c.units["status"] == "kept").all()
    assert (c.roles[["led_change", "supported_change"]] == 0).all().all()
    assert (c.ties["change"] == 0).all() and (c.ties["status"] == "kept").all()
    assert c.summary()[-2] == "Co-responsibility ties: 0 appeared, 0 vanished, 3 kept (0 with another weight)."
    assert c.tasks["status"].tolist() == ["kept", "kept"]


def test_kinds_limit_measures_and_ties_but_not_units():
    c = compare(A, B, kinds={"people_org"})  # only 市科协 and 市妇联 are people's organisations
    assert len(c.units) == 4
    assert c.ties[["weight_a", "weight_b", "status"]].values.tolist() == [[0, 2, "appeared"]]


def test_bundled_table_against_a_copy_with_one_unit_renamed(tmp_path):
    # 市妇联 leads 3 tasks and supports 1 in the 2023 table (4 mentions, all written 市妇联);
    # the copy names 市残联 instead, a registry unit the table does not name.
    text = BUNDLED.read_text(encoding="utf-8")
    assert text.count("市妇联") == 4 and "市残联" not in text
    edited = tmp_path / "ziyang_edited.txt"
    edited.write_text(text.replace("市妇联", "市残联"), encoding="utf-8")
    a, b = read_table(BUNDLED), read_table(edited)
    c = compare(a, b)

    assert c.units.loc[c.units.status != "kept", ["unit", "status"]].values.tolist() == [
        ["市妇联", "lost"], ["市残联", "gained"]]
    assert (c.units.status == "kept").sum() == 32
    roles = c.roles.set_index("unit")
    counts = ["tasks_led_a", "tasks_supported_a", "tasks_led_b", "tasks_supported_b"]
    assert roles.loc["市妇联", counts].tolist() == [3, 1, 0, 0]
    assert roles.loc["市残联", counts].tolist() == [0, 0, 3, 1]
    kept = roles[roles.status == "kept"]
    assert (kept[["led_change", "supported_change"]] == 0).all().all()

    # every tie of 市妇联 vanished and reappears, with the same weight, as a tie of 市残联
    ties = c.ties
    assert set(ties.status) == {"appeared", "vanished", "kept"}
    assert (ties.loc[ties.status == "kept", "change"] == 0).all()
    vanished = ties[ties.status == "vanished"]
    appeared = ties[ties.status == "appeared"]
    assert vanished[["unit_a", "unit_b"]].isin(["市妇联"]).any(axis=1).all()
    assert appeared[["unit_a", "unit_b"]].isin(["市残联"]).any(axis=1).all()

    def partners(frame, unit, weight):
        return {(b if a == unit else a, w) for a, b, w in frame[["unit_a", "unit_b", weight]].itertuples(index=False)}

    assert partners(vanished, "市妇联", "weight_a") == partners(appeared, "市残联", "weight_b")
    assert len(vanished) == len(appeared) > 0
    measures = c.measures.set_index("unit")
    assert measures.loc["市妇联", "load_a"] == 7.0 == measures.loc["市残联", "load_b"]  # 3 x 2 + 1
    assert measures.loc["市妇联", "degree_a"] == measures.loc["市残联", "degree_b"] == len(vanished)
    assert measures.loc["市科协", "degree_change"] == 0


def test_corpus_tables_of_two_cities_are_matched_by_unit_name(tmp_path):
    text = BUNDLED.read_text(encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(text.replace("资阳市人民政府", "眉山市人民政府"), encoding="utf-8")
    corpus_a = read_corpus([BUNDLED, other])  # two issuers, units pooled by body and level
    assert corpus_a.units.set_index("unit").loc["市科协", "issuer"] == "资阳、眉山"
    c = compare(corpus_a, read_table(BUNDLED))
    assert (c.units.status == "kept").all() and len(c.units) == 33
    # the corpus holds every task twice, so pooled each unit has twice the roles
    roles = c.roles.set_index("unit")
    assert roles.loc["市科协", ["tasks_led_a", "tasks_led_b"]].tolist() == [58, 29]
    assert pd.Series(roles["tasks_led_a"] == 2 * roles["tasks_led_b"]).all()


def test_tables_without_ties_compare_cleanly():
    c = compare(TaskTable.from_lists([("科普", "t", ["市科协"], [])]), TaskTable.from_lists([("科普", "t", ["市科技局"], [])]))
    assert c.ties.empty and list(c.ties.columns) == ["unit_a", "unit_b", "weight_a", "weight_b", "change", "status"]
    assert c.summary() == ["Units: 1 in A, 1 in B; 1 gained (市科技局), 1 lost (市科协), 0 kept.",
                           "Co-responsibility ties: 0 appeared, 0 vanished, 0 kept (0 with another weight).",
                           "Tasks: 0 added, 0 removed, 1 with another lead or other partners, 0 unchanged."]


def test_tasks_are_matched_by_text_and_their_changes_named():
    # t1: 科技局 hands the lead to 科协, 妇联 replaces 教育体育局; t2: 妇联 replaces 科技局 as partner
    tasks = compare(A, B).tasks
    assert tasks[["task_id_a", "task_id_b", "status", "change"]].values.tolist() == [
        ["T001", "T001", "changed", "lead; partners"], ["T002", "T002", "changed", "partners"]]
    assert tasks.loc[0, ["lead_a", "lead_b", "support_a", "support_b"]].tolist() == [
        "市科技局", "市科协", "市科协、市教育体育局", "市科技局、市妇联"]


def test_a_replaced_task_reads_as_one_removed_and_one_added(tmp_path):
    # In the copy the first task's text is replaced wholesale: one task removed and one added.
    a = read_table(BUNDLED)
    text = BUNDLED.read_text(encoding="utf-8")
    first = a.tasks.loc[0, "task"]
    assert text.count(first) == 1
    edited = tmp_path / "edited.txt"
    edited.write_text(text.replace(first, "全新的任务：建设科普示范基地"), encoding="utf-8")
    c = compare(a, read_table(edited))
    counts = c.tasks["status"].value_counts().to_dict()
    assert counts == {"kept": 94, "added": 1, "removed": 1}
    added = c.tasks[c.tasks.status == "added"].iloc[0]
    assert (added.task_id_b, added.task) == ("T001", "全新的任务：建设科普示范基地")
    assert c.tasks[c.tasks.status == "removed"].iloc[0].task == first


def test_a_lightly_reworded_task_is_matched_and_marked():
    a = TaskTable.from_lists([("科普", "组织开展全国科普日活动", ["市科协"], []), ("科普", "别的任务", ["市科技局"], [])])
    b = TaskTable.from_lists([("科普", "组织开展全国科普日系列活动", ["市科协"], []), ("科普", "别的任务", ["市科技局"], [])])
    tasks = compare(a, b).tasks
    assert tasks[["task_id_a", "task_id_b", "status", "change"]].values.tolist() == [
        ["T001", "T001", "changed", "text"], ["T002", "T002", "kept", ""]]
    assert 0.8 <= tasks.loc[0, "similarity"] < 1


def test_the_page_lists_changed_tasks_and_ties_only_and_draws_on_the_first_layout(tmp_path):
    from zygraph.graph import project_units
    from zygraph.render import layout
    from zygraph.render.difference import difference_layout
    from zygraph.render.comparison import write_comparison

    text = BUNDLED.read_text(encoding="utf-8")
    edited = tmp_path / "b.txt"
    edited.write_text(text.replace("市妇联", "市残联"), encoding="utf-8")
    a, b = read_table(BUNDLED), read_table(edited)
    c = compare(a, b)
    # 市妇联 is on 4 tasks (3 led, 1 supported): those 4 change, with 市残联 in its place
    changed = c.tasks[c.tasks.status == "changed"]
    assert len(changed) == 4 and (c.tasks.status == "kept").sum() == 91
    assert all(("市妇联" in row.lead_a + row.support_a) and ("市残联" in row.lead_b + row.support_b)
               for row in changed.itertuples())
    out = write_comparison(c, tmp_path / "cmp", lang="en")
    page = (out / "index.html").read_text(encoding="utf-8")
    assert page.count("<tr>") - page.count("<thead>") == 4 + 2 + 2 + 29 + 18  # tasks, units, roles, measures, ties
    assert "the 163 unchanged ties are in ties.csv" in page and "the 91 unchanged tasks are not listed" in page
    assert pd.read_csv(out / "task_changes.csv", encoding="utf-8-sig").status.value_counts().to_dict() == {
        "kept": 91, "changed": 4}
    # given the first table's layout (as its report draws it), its units stay there and 市残联 is placed
    first = layout.layout(project_units(a), "weight", 0)
    pos = difference_layout(c.ties, pos=first)
    assert set(pos) == set(first) | {"市残联"}
    assert all(tuple(pos[u]) == tuple(first[u]) for u in first)
