"""Tests for zygraph.lookup: a unit's tasks, its partners, two units' shared tasks, names and aliases."""

import pytest

from zygraph.errors import UnknownUnitError
from zygraph.graph import project_units
from zygraph.lookup import partners, resolve_unit, shared_tasks, tasks_of

A, B, C, D, LOCAL = "市科技局", "市科协", "市教育体育局", "市财政局", "高新区管委会"


def test_tasks_of_lists_leads_first_with_the_other_units(toy):
    tasks = tasks_of(toy, B)
    assert tasks[["task_id", "role"]].values.tolist() == [["T002", "lead"], ["T003", "lead"], ["T001", "support"]]
    assert tasks.set_index("task_id").loc["T003", "leads"] == f"{C}、{B}"
    assert tasks.set_index("task_id").loc["T003", "supports"] == LOCAL


def test_tasks_of_accepts_an_alias(bundled):
    tasks = tasks_of(bundled, "市文广旅局")
    assert sorted(tasks["role"]) == ["lead", "support"]


def test_bundled_tasks_of_local_government(bundled):
    tasks = tasks_of(bundled, "高新区管委会")
    assert tasks["role"].value_counts().to_dict() == {"support": 93, "lead": 1}
    assert tasks.loc[0, "task_id"] == "T089"


def test_partners_lists_shared_tasks_and_who_leads(toy):
    p = partners(toy, A).set_index("partner")
    assert p.loc[B, "shared"] == 2 and p.loc[B, "tasks"] == ["T001", "T002"]
    assert (p.loc[B, "unit_leads"], p.loc[B, "partner_leads"]) == (1, 1)
    assert list(p.index) == [B, C, D]
    assert LOCAL in set(partners(toy, B, kinds=None)["partner"])
    assert LOCAL not in set(partners(toy, B)["partner"])


def test_partners_of_a_unit_number_its_projection_degree(bundled):
    G = project_units(bundled)
    assert len(partners(bundled, "市科协")) == G.degree("市科协")


def test_shared_tasks_gives_each_units_role(toy):
    s = shared_tasks(toy, B, C)
    assert s[["task_id", "role_a", "role_b"]].values.tolist() == [["T001", "support", "support"],
                                                                  ["T003", "lead", "lead"]]
    assert shared_tasks(toy, C, D).empty


def test_unknown_unit_is_refused_with_close_names(bundled):
    with pytest.raises(UnknownUnitError, match="no unit named '市科技' .*did you mean 市科技局"):
        tasks_of(bundled, "市科技")
    with pytest.raises(UnknownUnitError, match="no unit named"):
        partners(bundled, "火星局")
    with pytest.raises(UnknownUnitError, match="市科技"):
        shared_tasks(bundled, "市科协", "市科技")


def test_resolve_unit_folds_white_space_and_aliases(bundled):
    assert resolve_unit(bundled, " 市科协 ") == "市科协"
    assert resolve_unit(bundled, "市文广旅局") == "市文化广电旅游局"
