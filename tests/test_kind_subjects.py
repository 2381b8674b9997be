"""A member named by its kind that oversees a field, the subject of its duty in a list of members' duties."""

from zygraph.sentences.kind_subjects import kind_label_units, kind_subject_units, overseeing_body, research_body
from zygraph.readers.paragraph import parse_paragraphs

#: The last lines of a city earthquake plan's member duties (blind81, a law-database copy): each office opens its line
#: with 负责, and the insurance regulator, with no office of the city's own, is named by its kind.
_MEMBERS = ("市气象局负责天气气候监测,及时对重要天气形势和灾害性天气作出滚动预报,提供气象信息。\n"
            "市地震局负责组织开展地震监测预报、地震应急救援、地震灾害损失评估、震后科学考察、震后趋势研判。\n"
            "保险监管机构负责指导和协助做好灾区保险理赔服务工作,为灾后重建提供资金支持。\n")


def test_a_regulator_named_by_its_kind_after_offices_doing_their_duties_is_the_unit_of_its_line():
    doc = parse_paragraphs(_MEMBERS)
    assert [(row.lead, row.support) for row in doc.rows] == [("市气象局", ""), ("市地震局", ""), ("保险监管机构", "")]
    kinds = [f for f in doc.findings if f.code == "kind_subject"]
    assert [(f.line, f.message[-6:]) for f in kinds] == [(3, "保险监管机构")]


def test_the_same_lines_run_together_on_one_line_still_give_the_regulator_its_duty():
    doc = parse_paragraphs(_MEMBERS.replace("\n", " ").strip())
    assert [row.lead for row in doc.rows] == ["市气象局", "市地震局", "保险监管机构"]
    assert [row.task[:6] for row in doc.rows] == ["市气象局负责", "市地震局负责", "保险监管机构"]
    assert [f.code for f in doc.findings if f.code == "kind_subject"] == ["kind_subject"]


def test_a_body_by_its_kind_that_oversees_nothing_opening_a_line_is_not_read_as_a_member():
    # a hospital named by its kind is what a duty is about, not a member, where no heading names it
    doc = parse_paragraphs(_MEMBERS.replace("保险监管机构负责指导和协助做好", "医疗机构负责做好"))
    assert [row.lead for row in doc.rows] == ["市气象局", "市地震局"]
    assert not [f for f in doc.findings if f.code == "kind_subject"]


def test_bodies_named_by_kind_oversee_a_field_only_where_their_words_say_so():
    assert [overseeing_body(n) for n in ("保险监管机构", "民航监管机构", "各级气象主管机构", "物业管理单位")] == [True] * 4
    # from other notices: what duties are about (blind60's 用人单位, 医疗机构), and role labels
    assert [overseeing_body(n) for n in ("用人单位", "二级以上医疗机构", "医保经办机构", "牵头单位", "有关主管部门")] == [False] * 5


def test_only_a_role_verb_after_the_body_makes_it_the_duty_s_subject():
    assert [(i.text, i.role) for i in kind_subject_units("保险监管机构负责指导和协助做好灾区保险理赔服务工作。")] == [
        ("保险监管机构", "responsible")]
    # a requirement with 要 is a modal duty's (read elsewhere where a list of them stands), not this rule's
    assert kind_subject_units("保险监管机构要指导做好灾区保险理赔服务工作。") is None
    assert kind_subject_units("用人单位应当依法与招用的农民工订立劳动合同或用工书面协议。") is None


def test_research_bodies_are_named_by_their_kind_and_what_they_hold_is_not():
    assert [research_body(n) for n in ("科研单位", "各科研单位", "研究机构", "相关科研机构")] == [True] * 4
    assert [research_body(n) for n in ("科研项目", "科研人员", "科研单位管理部门", "医疗机构")] == [False] * 4


def test_an_organ_named_by_its_kind_labelling_its_duty_among_labelled_organs_is_the_unit_of_its_paragraph():
    # 试点工作小组 and 项目专班 label their duties as units; the coordinating organ between them is named by its kind
    text = ("三、职能分工\n（一）试点工作小组：指导联络机构和项目专班开展工作，审定实施细则。\n"
            "（二）联席议事机构：按照试点要求，建立联络制度；制定工作规则。\n"
            "（三）项目专班：配合联席议事机构研究办法，推动项目落地。\n")
    doc = parse_paragraphs(text)
    assert [(row.line, row.lead, row.support) for row in doc.rows] == [
        (2, "试点工作小组", ""), (3, "联席议事机构", ""), (4, "", "项目专班")]
    assert [(f.line, f.code) for f in doc.findings if f.code == "kind_label"] == [(3, "kind_label")]


def test_a_kind_label_is_an_organ_only_with_its_work_named_and_no_verb_setting_it_up():
    assert [(i.text, i.role) for i in kind_label_units("区联席会议机制：配合市场监管部门研究办法。")] == [
        ("区联席会议机制", "support")]
    assert kind_label_units("考核评价机制：建立考核制度。") is None  # a way of working, no organ
    assert kind_label_units("工作协调机制：建立联席会议制度。") is None  # the measure sets the 机制 up
    assert kind_label_units("组织机构：成立领导小组。") is None  # 组织机构 alone names no organ
    assert kind_label_units("建立联席议事机构：明确职责。") is None  # a measure's run-in title


def test_a_kind_label_alone_among_measures_is_no_unit():
    # no sibling is labelled by a unit: 监管机构 words in measures' titles stay what the duties are about
    text = ("三、主要任务\n（一）加强宣传：开展宣传活动。\n（二）医疗卫生机构：做好救治工作。\n"
            "（三）强化保障：落实经费。\n（四）巡查重点水域（县水利局负责）。\n")
    doc = parse_paragraphs(text)
    assert [row.lead for row in doc.rows] == ["县水利局"]
    assert "kind_label" not in {f.code for f in doc.findings}


def test_a_way_of_working_or_a_class_of_bodies_labelled_among_units_is_no_unit():
    # found in review: 监管 made 信用监管机制 an organ, and any field before 机构 passed (医疗卫生机构, 金融服务机构)
    text = ("三、职责分工\n（一）县卫健委：负责统筹协调，制定方案。\n（二）县公安局：负责维护秩序。\n"
            "（三）信用监管机制：实行分级分类监管，建立信用档案。\n（四）医疗卫生机构：做好救治工作。\n"
            "（五）金融服务机构：做好信贷支持。\n")
    doc = parse_paragraphs(text)
    assert [row.lead for row in doc.rows] == ["县卫健委", "县公安局"]
    assert "kind_label" not in {f.code for f in doc.findings}
    assert [kind_label_units(t) for t in ("信用监管机制：实行分级分类监管。", "医疗卫生机构：做好救治工作。",
                                          "金融服务机构：做好信贷支持。")] == [None] * 3
    # an organ whose words say it coordinates or deliberates still labels its duty
    assert [i.text for i in kind_label_units("联席议事机构：负责日常联络。")] == ["联席议事机构"]
