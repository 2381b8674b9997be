"""The briefing's headline findings: sentences a policy reader quotes, worded only as far as the numbers go.

How strong a measure must be before a sentence calls it so (concentrated,
even) is decided by :mod:`zygraph.render.verdicts`; ties are reported as ties.
"""

from __future__ import annotations

import math

from zygraph.render import verdicts

__all__ = ["headlines", "MAX_NAMED_TIES"]

#: Most units of one tied place named in a sentence; more are given as a count.
MAX_NAMED_TIES = 5


def headlines(doc, lang: str = "zh") -> list[str]:
    """Sentences a policy reader understands, computed from the document's measures.

    Ties are reported as ties (values equal to three decimals share a rank),
    and the English edition names units by their English names.

    Examples
    --------
    >>> from zygraph.document import load
    >>> headlines(load("data/ziyang_2023_science_literacy_tasks.txt"), "en")[0]
    'Ziyang Municipal Association for Science and Technology (市科协) leads 29 of the 95 tasks (31%), more than any other unit.'
    """
    m = doc.metrics
    n = len(doc.tasks)
    scoped = m if doc.kinds is None else m[m.kind.isin(doc.kinds)]
    zh = lang == "zh"
    english = m.set_index("unit")["name_en"].to_dict()

    def name(unit: str, first: bool = False) -> str:
        if zh:
            return unit
        en = english.get(unit)
        if not isinstance(en, str) or not en:
            return unit
        return f"{en} ({unit})" if first else en

    def names(units) -> str:
        return ("、" if zh else ", ").join(name(u) for u in units)

    pct = lambda x: f"{100 * x:.0f}%"  # noqa: E731
    if scoped.empty:  # 三、儋州市政府 over its projects: every unit named is a local government or a collective
        kinds = sorted(set(m.kind))
        return [f"这份文件的 {n} 项任务只分给地方政府或集体（{'、'.join(m.unit)}），没有部门：部门网络为空，"
                "各项分工见下表。" if zh else
                f"The {n} tasks of this document go to local governments or collectives only ({names(m.unit)}; "
                f"kinds {', '.join(kinds)}), no department: the department network is empty; the table below lists "
                "the division."]
    out = []
    led = _ranks(scoped, "tasks_led", digits=0)
    if led:
        most, top_units = led[0]
        share = most / n if n else math.nan
        if len(top_units) == 1:
            out.append(f"{top_units[0]}牵头 {int(most)} 项任务（共 {n} 项，占 {pct(share)}），牵头最多。" if zh else
                       f"{name(top_units[0], True)} leads {int(most)} of the {n} tasks ({pct(share)}), "
                       "more than any other unit.")
        else:
            out.append(f"{names(top_units)}并列牵头最多，各牵头 {int(most)} 项任务（共 {n} 项，各占 {pct(share)}）。" if zh else
                       f"{names(top_units)} are tied for the most leads: {int(most)} of the {n} tasks each ({pct(share)}).")
    out.append(_top_three_sentence(doc, scoped, name, names, zh))
    c = doc.concentration
    if c["leads"]:
        out.append(_concentration_sentence(c, zh))
    heaviest = scoped.sort_values("load", ascending=False, kind="stable").iloc[0]
    out.append(f"按负担（牵头计 {doc.lead_weight:g}、配合计 1）最重的是{heaviest.unit}：牵头 {int(heaviest.tasks_led)} 项、"
               f"配合 {int(heaviest.tasks_supported)} 项。" if zh else
               f"By load (a lead counts {doc.lead_weight:g}, a support 1), the heaviest is {name(heaviest.unit)}: "
               f"{int(heaviest.tasks_led)} tasks led and {int(heaviest.tasks_supported)} supported.")
    out += _broker_sentences(scoped, name, names, zh)
    alone = doc.single_unit_tasks.task_id.nunique()
    if alone:
        out.append(f"有 {alone} 项任务只由一个部门承担，没有其他部门共担（见下表）。" if zh else
                   f"{alone} task{'s rest' if alone > 1 else ' rests'} on a single department, with no other "
                   f"department sharing {'them' if alone > 1 else 'it'} (listed below).")
    else:
        out.append("每项任务都有两个或更多部门共担，没有只由一个部门承担的任务。" if zh else
                   "Every task is shared by two or more departments: none rests on a single department.")
    local = m[m.kind == "local_government"]
    if len(local):
        local_tasks = doc.assignments[doc.assignments.unit.isin(local.unit)].task_id.nunique()
        out.append(_local_sentence(list(local.unit), local_tasks, n, names, zh))
    return out



def _ranks(frame, column: str, *, top: int = 3, digits: int = 3) -> list[tuple[float, list[str]]]:
    """The first ``top`` ranks of ``column`` as ``(value, units)``, units equal to ``digits`` decimals sharing one."""
    values = frame.dropna(subset=[column])
    groups: list = []
    taken = 0
    for value, group in values.groupby(values[column].round(digits), sort=False):
        groups.append((float(value), list(group["unit"])))
    groups.sort(key=lambda g: -g[0])
    out = []
    for value, units in groups:
        if taken >= top or value <= 0:
            break
        out.append((value, units))
        taken += len(units)
    return out


def _broker_sentences(scoped, name, names, zh: bool) -> list[str]:
    """The brokers, ties as ties; and a broker that leads few tasks, the surprise worth a sentence."""
    ranks = _ranks(scoped, "betweenness")
    if not ranks:
        return []
    ordinal_zh, ordinal_en = "一二三四五", ("first", "second", "third", "fourth", "fifth")
    parts, place = [], 0
    for value, units in ranks:
        tied = len(units) > 1
        if zh:
            parts.append(f"{'与'.join(units)}{'并列' if tied else ''}第{ordinal_zh[min(place, 4)]}（{value:.3f}）")
        else:
            parts.append(f"{' and '.join(name(u) for u in units)}{' tied' if tied else ''} "
                         f"{ordinal_en[min(place, 4)]} ({value:.3f})")
        place += len(units)
    out = [("处于各部门之间、最能起桥梁作用的单位（中介中心度）：" + "；".join(parts) + "。") if zh else
           ("The strongest brokers between departments (betweenness): " + "; ".join(parts) + ".")]
    leads = scoped.set_index("unit")["tasks_led"]
    lead_rank = leads.rank(ascending=False, method="min")
    brokers = [u for _, units in ranks for u in units]
    surprise = [u for u in brokers if lead_rank[u] > len(brokers) + 2]
    for unit in surprise[:1]:
        peers = [u for u in brokers if u != unit and lead_rank[u] <= 3]
        led = int(leads[unit])
        said = (f"只牵头 {led} 项任务" if led else "不牵头任何任务") if zh else \
            (f"leads only {led} task{'s' if led > 1 else ''}" if led else "leads no task")
        out.append(f"{unit}{said}，却与{'、'.join(peers)}一样处在部门之间的桥梁位置："
                   "它联系的部门彼此少有共同任务。" if zh else
                   f"{name(unit)} {said}, yet stands as a bridge between departments as "
                   f"{names(peers)} do: the departments it works with share few tasks with each other.")
    return out


def _places(ranks, zh: bool, name, unit_word: str) -> str:
    """Ranks as places, ties as ties: ``市财政局、市税务局并列第一（各 2 项）；市残联第三（1 项）``."""
    ordinal_zh, ordinal_en = "一二三四五六七八九十", ("first", "second", "third", "fourth", "fifth", "sixth",
                                                  "seventh", "eighth", "ninth", "tenth")
    parts, place = [], 0
    for value, units in ranks:
        count = int(value)
        if len(units) > MAX_NAMED_TIES:  # 28 units tied at one lead each: a count says it, a list hides it
            parts.append(f"{len(units)} 个单位并列第{ordinal_zh[min(place, 9)]}（各 {count} 项）" if zh else
                         f"{len(units)} units tied {ordinal_en[min(place, 9)]} ({count} {unit_word}"
                         f"{'s' if count != 1 else ''} each)")
        elif zh:
            parts.append(f"{'、'.join(units)}{'并列' if len(units) > 1 else ''}第{ordinal_zh[min(place, 9)]}"
                         f"（{'各 ' if len(units) > 1 else ''}{count} 项）")
        else:
            who = " and ".join(name(u) for u in units) if len(units) < 3 else \
                ", ".join(name(u) for u in units[:-1]) + f" and {name(units[-1])}"
            parts.append(f"{who}{' tied' if len(units) > 1 else ''} {ordinal_en[min(place, 9)]} "
                         f"({count} {unit_word}{'s' if count != 1 else ''}{' each' if len(units) > 1 else ''})")
        place += len(units)
    return ("；" if zh else "; ").join(parts)


def _top_three_sentence(doc, scoped, name, names, zh: bool) -> str:
    """The units in the first three places for leads, every unit tied for third included, and the tasks they lead."""
    ranks = _ranks(scoped, "tasks_led", digits=0)
    leaders = [u for _, units in ranks for u in units]
    a = doc.assignments
    n = len(doc.tasks)
    led = a[(a.role == "lead") & a.unit.isin(leaders)].task_id.nunique()  # a co-led task counts once
    share = f"{100 * led / n:.0f}%" if n else "—"
    leading = int((scoped.tasks_led > 0).sum())
    if leading <= 3:
        count_zh = "一两三"[leading - 1] if leading else "零"
        if leading == 1:
            return (f"只有{leaders[0]}一个单位牵头，牵头 {share} 的任务。" if zh else
                    f"Only one unit leads ({name(leaders[0])}): {share} of all tasks.")
        return (f"只有{count_zh}个单位牵头（{'、'.join(leaders)}），共牵头 {share} 的任务。" if zh else
                f"Only {leading} units lead ({names(leaders)}); they lead {share} of all tasks between them.")
    if len(leaders) == 3 and len(ranks) == 3:
        return (f"牵头最多的三个单位（{'、'.join(leaders)}）共牵头 {share} 的任务。" if zh else
                f"The three units that lead most ({names(leaders)}) lead {share} of all tasks between them.")
    places = _places(ranks, zh, name, "task")
    return (f"牵头最多的前三名因并列共有 {len(leaders)} 个单位（{places}），共牵头 {share} 的任务。" if zh else
            f"Ties put {len(leaders)} units in the first three places for leads ({places}); they lead {share} "
            "of all tasks between them.")


def _concentration_sentence(c: dict, zh: bool) -> str:
    """How concentrated leading is, in the words :func:`zygraph.render.verdicts.concentration_level` picks."""
    level = verdicts.concentration_level(c)
    units = c["units"]
    pct = lambda x: f"{100 * x:.0f}%"  # noqa: E731
    if level == "single":
        return (f"只有 1 个部门，全部牵头分工都由它承担（赫芬达尔指数 {c['hhi']:.2f}）。" if zh else
                f"There is one department only, and it holds every lead assignment (Herfindahl index {c['hhi']:.2f}).")
    words_zh = {"high": "牵头高度集中", "some": "牵头有一定集中", "even": "牵头分布较均匀"}[level]
    words_en = {"high": "Leading is highly concentrated", "some": "Leading is somewhat concentrated",
                "even": "Leading is spread evenly"}[level]
    top = f"，前三个占 {pct(c['top3_share'])}" if units > 3 else ""
    top_en = f" and the top three {pct(c['top3_share'])}" if units > 3 else ""
    return (f"{words_zh}：赫芬达尔指数 {c['hhi']:.2f}（{units} 个部门平分时为 {1 / units:.2f}；相当于约 "
            f"{1 / c['hhi']:.0f} 个单位平分全部牵头），基尼系数 {c['gini']:.2f}（平分时为 0）；{units} 个部门中牵头最多的"
            f"一个占全部牵头分工的 {pct(c['top1_share'])}{top}。" if zh else
            f"{words_en}: a Herfindahl index of {c['hhi']:.2f} ({1 / units:.2f} if the {units} departments shared "
            f"the leads equally; as if about {1 / c['hhi']:.0f} units did) and a Gini coefficient of {c['gini']:.2f} "
            f"(0 for an even split); of {units} departments, the one that leads most holds {pct(c['top1_share'])} "
            f"of the lead assignments{top_en}.")


def _local_sentence(local: list, tasks: int, n: int, names, zh: bool) -> str:
    """Where the local governments are, and why they are not in the network views: counted, never assumed."""
    many = len(local) > 1
    most = n and tasks / n >= verdicts.LOCAL_ON_MOST_TASKS
    if zh:
        why = "它们几乎遍布全部任务，网络图中未列入，以免遮蔽部门之间的关系。" if most else \
            "地方政府不是部门，网络图中未列入，只计部门之间的关系。"
        return f"{'、'.join(local)}出现在 {tasks} 项任务中（共 {n} 项）；{why}"
    subject = f"The local governments ({names(local)}) are" if many else f"The local government {names(local)} is"
    they = "they are" if many else "it is"
    why = (f"being on almost every task, {they} left out of the network views so that {'they do' if many else 'it does'}"
           " not hide the departments.") if most else \
        f"not being a department, {they} left out of the network views, which show the departments only."
    return f"{subject} named on {tasks} of the {n} tasks; {why}"
