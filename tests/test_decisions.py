"""Work a report says a meeting or a leader gave to units."""

from zygraph.decisions import decided_work, decision_start, required_work


def test_a_meeting_decision_with_a_leader_in_charge_gives_the_work_to_the_units_after_the_leader():
    text = "会议听取了汇报。会议确定，由王强牵头，县水利局、县财政局负责，尽快完成方案。"
    work, items = decided_work(text)
    assert work == "由王强牵头，县水利局、县财政局负责，尽快完成方案。"
    assert [(i.text, i.role) for i in items] == [("王强", "person"), ("县水利局", "responsible"),
                                                 ("县财政局", "responsible")]


def test_a_decision_naming_a_unit_in_charge_reads_lead_and_partners():
    work, items = decided_work("为推进改革，市长要求，由市发改委牵头，市财政局配合，年底前完成。")
    assert work.startswith("由市发改委牵头")
    assert [(i.text, i.role) for i in items] == [("市发改委", "lead"), ("市财政局", "support")]


def test_a_decision_giving_no_unit_work_is_none():
    assert decided_work("会议强调，由各方共同努力，抓好落实。") is None
    assert decided_work("由市发改委牵头，市财政局配合。") is None  # no decision reported: read elsewhere
    assert decision_start("会议要求，各单位加强领导") is None


def test_a_leaders_requirement_naming_units_as_the_subject_of_a_clause_inside_it_is_their_work():
    # a meeting report: 在听取完A汇报后，县长要求：要…，A、B、C等部门要分工协作，…
    text = ("会议研究了有关议题。在听取完县环保局近期工作汇报后，王强要求：要抓住政策机遇，"
            "县环保局、县水务局、县住建局等部门要分工协作，全力做好项目包装。会后，各部门分头落实。")
    work, items = decided_work(text)
    assert work == "要抓住政策机遇，县环保局、县水务局、县住建局等部门要分工协作，全力做好项目包装。"
    assert [(i.text, i.role) for i in items] == [("县环保局", "responsible"), ("县水务局", "responsible"),
                                                 ("县住建局", "responsible")]


def test_a_documents_words_or_a_requirement_of_units_in_general_gives_no_work():
    assert required_work("《方案》指出，区级部门要逐项认领。") is None  # the notice's own words: read where it is
    assert required_work("通知要求，县水务局要逐项认领。") is None
    assert required_work("县长强调，各有关部门要通力合作，抓好落实。") is None  # refers to units named elsewhere
    assert required_work("县长强调，县政府将加强督查。") is None  # the speaker's own government, no 要
