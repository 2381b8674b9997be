"""Work a report says a meeting or a leader gave to units."""

from zygraph.decisions import decided_work, decision_start


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
