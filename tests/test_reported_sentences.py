"""A meeting's decisions and requirements reported sentence by sentence (zygraph.sentences.reported_sentences)."""

from zygraph.sentences.reported_sentences import reported_sentences, reported_units
from zygraph.sentences.statements import clause_units


def _read(text):
    return [(task[:8], [(i.text, i.role) for i in items]) for task, items in reported_sentences(text) or []]


def test_decided_works_each_from_its_topic():
    text = ("会议确定，校园周边治理工作由区教育局牵头负责，区公安分局配合，各街道、社区居委会具体落实。"
            "食品安全检查工作由区市场监管局牵头负责，其他有关单位配合。")
    assert _read(text) == [
        ("校园周边治理工作", [("区教育局", "lead"), ("区公安分局", "support"), ("各街道", "responsible"),
                       ("社区居委会", "responsible")]),
        ("食品安全检查工作", [("区市场监管局", "lead"), ("其他有关单位", "support")])]


def test_requirements_with_modal_dated_and_inner_subjects():
    text = ("镇长强调，防汛物资储备方面，要建立台账，每周由镇应急办负责汇总。镇水利站6月10日前完成河道排查；"
            "细化值守安排。确需转移群众的，各村委会、镇派出所应立即组织转移。要保持通讯畅通。"
            "严格执行值班制度，镇纪委将开展督查。")
    assert _read(text) == [
        ("防汛物资储备方面", [("镇应急办", "responsible")]),
        ("镇水利站6月10", [("镇水利站", "responsible")]),
        ("确需转移群众的，", [("各村委会", "responsible"), ("镇派出所", "responsible")]),
        ("严格执行值班制度", [("镇纪委", "responsible")])]
    assert reported_sentences(text)[2][0].endswith("要保持通讯畅通。")  # no subject: goes on the task before


def test_calls_on_everyone_and_done_work_are_no_task():
    assert reported_units("各级各部门务必提高认识。") == []
    assert reported_units("区教育局已完成排查工作。") == []
    assert reported_units("要加强宣传引导。") is None


def test_only_a_meeting_or_leader_and_two_sentences():
    assert reported_sentences("会议要求，区教育局应加强排查。要加强宣传。") is None
    assert reported_sentences("《通知》要求，区教育局应加强排查。区卫健局将开展督查。") is None
    assert reported_sentences("根据上级领导同志要求，区教育局应加强排查。区卫健局将开展督查。") is None
    assert reported_sentences("区教育局应加强排查。区卫健局将开展督查。") is None  # no lead-in


def test_clause_units_reads_a_role_clause_as_one_list():
    items = clause_units("由县文旅局牵头负责，县公安局配合，县市区、乡级政府具体落实。")
    assert [(i.text, i.role) for i in items] == [("县文旅局", "lead"), ("县公安局", "support"), ("县市区", "responsible"),
                                                 ("乡级政府", "responsible")]


def test_who_attended_or_chaired_the_meeting_and_a_reports_account_are_no_tasks():
    # review r8 item 2: meeting news closes with who attended and chaired it, and reports what was spent: after a
    # lead-in, each was read as a task of its subject (县委常委 and 副县; 县政府办公室; 县教育局; 县卫健局局)
    text = ("会议明确，道路整治工作由县交通局牵头，县财政局配合。河道管理由县水利局牵头负责，各乡镇配合。"
            "县委常委、副县长张三出席会议。县政府办公室主任李四主持会议。县教育局今年共投入资金5000万元。"
            "县卫健局局长王五参加会议。")
    tasks = reported_sentences(text)
    assert [[(i.text, i.role) for i in items] for _, items in tasks] == [
        [("县交通局", "lead"), ("县财政局", "support")], [("县水利局", "lead"), ("各乡镇", "support")]]
