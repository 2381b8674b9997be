"""Members' duties whose short office is closed by a full stop with no role verb after it (2.派出所。配合开展…)."""

from zygraph.readers.paragraph import parse_paragraphs
from zygraph import read_table
from zygraph.sentences.stopped_members import stopped_label_units, stopped_member_units, stopped_run

#: A Shanghai street office's elderly fire-safety plan (blind102), part 二、职责分工: the offices are closed by a full
#: stop; two duties open with 牵头, the others with any verb (配合, 积极依托, 协调指导, 根据…推动, 具体负责).
_DUTIES = ("二、职责分工\n"
           "1.街道消委办。牵头开展独居老人消防安全关爱工作。\n"
           "2.派出所。配合开展独居老人消防安全关爱工作，负责独居老人消防安全隐患的确认，开展对独居老人消防安全宣传教育及提示等工作。\n"
           "3.服务办。牵头负责收集掌握居委上报的独居老人信息，并及时关注中高风险人群。\n"
           "5.管理办。协调指导专业力量对独居老人电气线路、燃气安全定期开展检查巡查。\n"
           "6.城运中心。根据区网格中心要求，推动将独居老人消防安全管理工作纳入区级“一网统管”平台。\n")


def test_a_short_office_closed_by_a_full_stop_does_its_duty_whatever_verb_opens_it():
    assert [(i.text, i.role) for i in stopped_member_units("城运中心。根据区网格中心要求，推动将独居老人消防安全管理工作纳入平台。")] \
        == [("城运中心", "responsible")]
    # 配合 opens the duty, but a later ，负责… is the office's own charge: it keeps one role, responsible
    assert [(i.text, i.role) for i in stopped_member_units(_DUTIES.splitlines()[2][2:])] == [("派出所", "responsible")]


def test_run_in_titles_headings_and_inspection_groups_are_no_members():
    # a heading (一、工作目标。), run-in titles opening with their work (blind16's Shandong tasks, blind8's Sichuan plan),
    # and a city's inspection groups whose duty names who makes them up (由市安监局1名县级领导带队)
    for text in ("工作目标。对辖区内独居老人进行评估。", "高質量建設嶗山實驗室。全面調研分析實驗室建設運行情況。",
                 "優化空間開發佈局。加快“五橫兩縱一環”西部開發總體空間格局。",
                 "非煤矿山安全督查组。由市安监局1名县级领导带队,2名专业人员组成。"):
        assert stopped_member_units(text) is None, text


def test_a_member_is_read_so_only_in_a_run_of_members():
    texts = [line[2:] for line in _DUTIES.splitlines()[1:]]
    assert [stopped_run(texts, at) for at in range(len(texts))] == [False, True, False, True, True]
    # alone, or beside run-in titles, a short office-like name is not read as a member
    assert stopped_run(["加强值班。做好应急。", "派出所。配合开展关爱工作。"], 1) is False


def test_the_paragraph_reader_gives_each_member_its_duty_and_says_why():
    doc = parse_paragraphs(_DUTIES)
    assert [row.lead for row in doc.rows] == ["街道消委办", "派出所", "服务办", "管理办", "城运中心"]
    assert [f.line for f in doc.findings if f.code == "stopped_member"] == [3, 5, 6]


def test_a_label_of_several_short_offices_closed_by_a_full_stop_names_them_all():
    # blind121's Huangpu drainage plan: （四）区商务委、区城管执法局、外滩投资集团。按照…
    text = "区文旅局、区市场监管局、东方置业集团。按照现有合同继续做好场馆维护；配合做好移交工作。"
    assert [(i.text, i.role) for i in stopped_label_units(text)] == [
        ("区文旅局", "responsible"), ("区市场监管局", "responsible"), ("东方置业集团", "responsible")]
    assert stopped_label_units("加强领导、完善制度。做好养护。") is None


def test_members_numbered_as_sub_headings_closed_by_full_stops_with_no_role_verb(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("三、职责分工\n（一）区住建委（区交通委）。负责制定方案；配合市财政局做好分析。\n"
                    "（二）区财政局。负责资金保障。\n（三）东方集团。按照现有合同继续做好养护；根据区住建委的委托，做好托底工作。\n"
                    "（四）区商务委、区文旅局、西岸集团。继续做好养护工作；配合做好移交工作。\n",
                    encoding="utf-8")
    table = read_table(str(path))
    got = table.assignments.groupby("task_id").apply(lambda rows: list(zip(rows.raw_unit, rows.role))).tolist()
    assert got == [[("区住建委（区交通委）", "lead")], [("区财政局", "lead")], [("东方集团", "lead")],
                   [("区商务委", "lead"), ("区文旅局", "lead"), ("西岸集团", "lead")]]
    assert (table.findings.code == "stopped_member").sum() == 2
