"""Requirements a meeting's news gives units inside running sentences: a second subject, a connective, a matter."""

from zygraph.sentences.required_sentences import required_sentences
from zygraph.sentences.grammar import Item
from zygraph.readers import read_raw
from zygraph.sentences.running_requirements import TOPIC_WORD, by_subject, concerned, linked_start, matter_requirement, on_matter


def _read(tasks):
    return [(task, [(i.text, i.role) for i in items]) for task, items in tasks]


def test_two_bureaus_given_their_duties_inside_one_sentence_are_two_tasks():
    # a speaker's requirement: 县A要…，及时…，县B要…，尽快… (one sentence, two subjects)
    text = ("县长指出，各镇要做好复垦工作。要明确责任。县财政局要做好项目评审，及时拨付项目资金，"
            "县住建局要及时跟进已上报的项目，尽快争取批复。")
    assert _read(required_sentences(text)) == [
        ("各镇要做好复垦工作。要明确责任。", [("各镇", "responsible")]),
        ("县财政局要做好项目评审，及时拨付项目资金，", [("县财政局", "responsible")]),
        ("县住建局要及时跟进已上报的项目，尽快争取批复。", [("县住建局", "responsible")])]


def test_a_clause_naming_everyone_people_or_a_thing_before_its_modal_opens_no_task_of_its_own():
    items = [Item("县财政局", "responsible", "要")]
    for text in ("县财政局要保障经费，各部门要积极配合。",       # a call on everyone
                 "县财政局要保障经费，村干部要做好宣传。",       # people by their post
                 "县财政局要保障经费，资金要及时拨付到位。"):    # a thing, no unit
        assert [part for part, _ in by_subject(text, items)] == [text]


def test_a_linking_word_before_a_requirements_units_stays_in_its_text():
    # 同时，A要…，B务必要…: the link opens A's requirement as written; B's modal has an adverb before it
    text = "会议要求：一是要认清形势；二是要疏堵结合。同时，执法部门要加大路面执法，各乡镇、部门务必要压实工作责任。"
    assert _read(required_sentences(text)) == [
        ("同时，执法部门要加大路面执法，", [("执法部门", "responsible")]),
        ("各乡镇、部门务必要压实工作责任。", [("各乡镇、部门", "responsible")])]
    assert linked_start("此外，县财政局要保障经费。", 3) == 0
    assert linked_start("会后，各部门提出了意见，县财政局要保障经费。", 12) == 12  # what others did: not the task's


def test_a_level_collective_and_the_units_concerned_are_two_units_of_the_sentences_after_them():
    # 各乡镇及相关单位要…。要…；进一步…。: two units (相关 and a kind of their own), the subjectless sentences theirs
    text = "县长指出，这项工作很重要。各乡镇及相关单位要抢抓农时，做好管护。要明确责任，加快进度；规范档案。县财政局要拨付资金。"
    assert _read(required_sentences(text)) == [
        ("各乡镇及相关单位要抢抓农时，做好管护。要明确责任，加快进度；规范档案。",
         [("各乡镇", "responsible"), ("相关单位", "responsible")]),
        ("县财政局要拨付资金。", [("县财政局", "responsible")])]


def test_a_paragraph_opening_with_its_matter_is_one_task_from_the_matter():
    text = "关于5月份现场会筹备工作，王华要求，涉及单位要坚持高标准，抓好细节管理，各负其责，确保会议顺利举行。"
    assert _read(matter_requirement(text)) == [(text, [("涉及单位", "responsible")])]
    text = "关于防汛工作，县长强调，县水利局要加强巡查，及时上报汛情。"
    assert _read(matter_requirement(text)) == [(text, [("县水利局", "responsible")])]


def test_a_matter_paragraph_naming_everyone_a_document_or_no_matter_is_none():
    assert matter_requirement("关于防汛工作，县长强调，各部门要高度重视。") is None
    assert matter_requirement("关于防汛工作，县长强调，要高度重视，加强巡查。") is None  # no subject
    assert matter_requirement("关于防汛工作，通知要求，县水利局要加强巡查。") is None  # a document's words
    assert matter_requirement("县长强调，县水利局要加强巡查。") is None  # no matter opens it
    assert matter_requirement("关于防汛工作，县长强调，县水利局要加强巡查。县应急局要做好转移。") is None  # two subjects


def test_a_matter_sentence_inside_a_speakers_requirements_is_its_own_task():
    # a copy run together on one line: the matter's paragraph follows the requirements before it in the same text
    text = "县长指出，县财政局要拨付资金。县住建局要跟进项目。关于现场会筹备工作，县长要求，涉及单位要坚持高标准。"
    assert [task for task, _ in required_sentences(text)] == [
        "县财政局要拨付资金。", "县住建局要跟进项目。", "关于现场会筹备工作，县长要求，涉及单位要坚持高标准。"]


def test_who_attended_and_who_reported_in_a_meetings_news_are_no_requirements():
    text = ("会上，县自然资源局通报了前一阶段工作；各乡镇和相关县直单位汇报了工作开展情况。"
            "各乡（镇）人民政府、县级相关部门负责人参加会议。")
    assert required_sentences(text) is None
    assert matter_requirement(text) is None


def test_a_requirement_on_a_matter_named_after_the_speaker_is_a_task_alone_and_keeps_its_matter():
    # 会议要求，对于X工作，A要…: one requirement, its topic phrase part of it as written
    text = "会议要求，对于防汛备汛工作，县水利局要加强巡查，及时上报汛情。"
    assert _read(required_sentences(text)) == [
        ("对于防汛备汛工作，县水利局要加强巡查，及时上报汛情。", [("县水利局", "responsible")])]
    assert {i.word for _, items in required_sentences(text) for i in items} == {TOPIC_WORD}
    assert required_sentences("会议要求，县水利局要加强巡查，及时上报汛情。") is None  # one, no matter: an aside


def test_on_a_matter_the_units_it_concerns_are_units_after_a_sentence_naming_none():
    # 会议要求，针对X工作，要…。各有关单位要…: the subjectless sentence is no task, the units concerned are the matter's
    text = "会议要求，针对近期安全生产工作，要严格落实各项措施。各有关单位要充分发挥作用，做好隐患排查等工作。"
    assert _read(required_sentences(text)) == [
        ("各有关单位要充分发挥作用，做好隐患排查等工作。", [("各有关单位", "responsible")])]
    assert concerned("各有关单位") and concerned("相关部门") and not concerned("各级各部门")


def test_on_a_matter_everyone_no_subject_or_a_document_gives_no_task_and_without_one_the_units_concerned_are_general():
    assert required_sentences("会议要求，针对安全生产工作，各级各部门要高度重视。") is None  # everyone
    assert required_sentences("会议要求，针对安全生产工作，要严格落实措施，确保安全。") is None  # no subject
    assert required_sentences("《方案》要求，对于安全生产工作，县应急局要加强检查。") is None  # a document's words
    assert required_sentences("会议要求，要严格落实措施。各有关单位要做好排查。县应急局要加强检查。") is None  # no matter
    assert required_sentences("会议要求，对于秋季开学工作，县教体局负责人要亲自抓。") is None  # people by their post
    assert required_sentences("会议要求，对于秋季开学工作，王静娴要亲自抓。") is None  # a person
    assert not on_matter("会议听取了汇报，县应急局要加强检查。")


def test_a_meetings_news_on_matters_reads_the_units_not_the_agenda_or_the_studies(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("县长主持召开县政府常务会议\n"
                    "8月31日下午，县长主持召开县政府常务会议，县领导出席会议，有关单位负责人参加会议。\n"
                    "会议听取了县教体局关于开学准备工作的汇报；研究了表彰大会相关事宜。\n"
                    "会议要求，针对近期防汛工作，要严格落实各项措施。各有关单位要充分发挥作用，做好隐患排查等工作。\n"
                    "会议要求，对于秋季开学工作，教育部门要统筹做好校园安全等工作，确保开学平安。\n", encoding="utf-8")
    doc = read_raw(path)
    assert [(r.task[:9], r.lead) for r in doc.rows] == [
        ("各有关单位要充分发", "各有关单位"), ("对于秋季开学工作，", "教育部门")]
    assert [f.line for f in doc.findings if f.code == "requirements_on_matter"] == [4, 5]


def test_units_after_a_preposition_are_the_objects_of_the_duty_before_not_a_subject():
    # review r6 item 2: 对县住建局要加强指导 and 与县自然资源局要加强对接 say what 县财政局 must do and with whom
    items = [Item("县财政局", "responsible", "要")]
    text = "县财政局要做好项目评审工作，对县住建局要加强指导，与县自然资源局要加强对接。"
    assert _read(by_subject(text, items)) == [(text, [("县财政局", "responsible")])]
    # a subject of its own after the objects still opens its task
    text = "县财政局要做好评审工作，向县政府要及时报告，县住建局要加强监管。"
    assert [units for _, units in _read(by_subject(text, items))] == [
        [("县财政局", "responsible")], [("县住建局", "responsible")]]


def test_units_required_only_to_help_support_the_duty_before():
    # review r6 item 2: 县审计局等部门要积极配合 helps 县发改局's task (配合: support, by the role conventions)
    items = [Item("县发改局", "responsible", "要")]
    text = "县发改局要抓好项目储备，县审计局等部门要积极配合。"
    assert _read(by_subject(text, items)) == [(text, [("县发改局", "responsible"), ("县审计局", "support")])]


def test_every_clause_of_a_long_sentence_is_tried_as_a_subject():
    # review r6 item 8: a 13th and a 14th clause opening with units are their own tasks (no cap on the clauses)
    items = [Item("县财政局", "responsible", "要")]
    text = "县财政局要做好评审工作，" + "及时拨付资金，" * 11 + "县住建局要加强监管，" + "按月调度，" * 8 + "县自然资源局要及时跟进项目。"
    assert [units for _, units in _read(by_subject(text, items))] == [
        [("县财政局", "responsible")], [("县住建局", "responsible")], [("县自然资源局", "responsible")]]
    assert "".join(part for part, _ in by_subject(text, items)) == text


def test_each_matter_and_each_subject_of_a_matter_is_its_own_task():
    # review r6 item 3: a second subject in the matter's sentence and a second matter after it were swallowed into
    # the first unit's task (县应急局 and 县林业局 lost, 县水利局 given the afforestation)
    text = ("关于防汛工作，县长强调，县水利局要加强巡查，县应急局要做好物资储备，确保安全度汛。\n"
            "关于春季造林工作，县长要求，县林业局要抓好落实。")
    assert _read(matter_requirement(text)) == [
        ("关于防汛工作，县长强调，县水利局要加强巡查，", [("县水利局", "responsible")]),
        ("县应急局要做好物资储备，确保安全度汛。", [("县应急局", "responsible")]),
        ("关于春季造林工作，县长要求，县林业局要抓好落实。", [("县林业局", "responsible")])]


def test_a_matter_inside_a_speakers_requirements_is_cut_by_subject():
    # review r6 item 3: 县住建局's duty was filed under 县发改局
    text = "王军要求，县财政局要做好评审。县自然资源局要跟进报批。关于下一步工作，王军强调，县发改局要建立调度机制，县住建局要加强统筹。"
    assert [[i.text for i in items] for _, items in required_sentences(text)] == [
        ["县财政局"], ["县自然资源局"], ["县发改局"], ["县住建局"]]


def test_a_meetings_news_gives_no_unit_after_a_preposition_and_helpers_support(tmp_path):
    # review r6 item 2, the whole notice: 对县住房城乡建设局 and 与县自然资源局 were minted as lead units
    from zygraph import read_table
    path = tmp_path / "news.txt"
    path.write_text("县政府召开项目推进会\n3月16日，县长王军主持召开项目推进会。\n王军要求，县财政局要做好项目评审工作，"
                    "对县住建局要加强指导，与县自然资源局要加强对接。县发改局要抓好项目储备，县审计局等部门要积极配合。\n",
                    encoding="utf-8")
    table = read_table(path)
    assert table.assignments[["task_id", "raw_unit", "role"]].values.tolist() == [
        ["T001", "县财政局", "lead"], ["T002", "县发改局", "lead"], ["T002", "县审计局", "support"]]
    said = " ".join(table.findings.message[table.findings.code == "role_rule"])
    assert "support 县审计局" in said


def test_a_link_before_a_later_subject_opens_that_subjects_task():
    # review r6 item 10: 同时， ended 市税务局's task instead of opening 市审计局's
    items = [Item("市财政局", "responsible", "要")]
    text = "市财政局要加强预算管理，市税务局要依法组织收入，同时，市审计局要开展审计监督。"
    assert [part for part, _ in by_subject(text, items)] == [
        "市财政局要加强预算管理，", "市税务局要依法组织收入，", "同时，市审计局要开展审计监督。"]


def test_a_matter_said_by_a_document_is_no_speakers_requirement():
    # review r6 item 10: only a bare 通知 or 方案 was seen as a document
    for speaker in ("实施方案", "上级通知", "省里文件", "《方案》"):
        assert matter_requirement(f"关于防汛工作，{speaker}要求，县水利局要加强巡查。") is None


def test_who_attended_a_meeting_is_no_part_of_a_matters_requirement():
    # review r6 item 10: 县应急局、县气象局负责人参加会议 rode in 县水利局's task
    text = "关于防汛工作，县长强调，县水利局要加强巡查，确保安全度汛。县应急局、县气象局负责人参加会议。"
    assert _read(matter_requirement(text)) == [
        ("关于防汛工作，县长强调，县水利局要加强巡查，确保安全度汛。", [("县水利局", "responsible")])]
    # a requirement of other units after the attendance still refuses the paragraph (read sentence by sentence)
    assert matter_requirement(text + "县林业局要抓好落实。") is None


def test_a_name_that_only_starts_like_a_preposition_is_still_a_subject():
    # 同, 为, 向, 对, 给 opening a unit's own name, with no level after them
    items = [Item("县财政局", "responsible", "要")]
    for later in ("同级财政部门", "为民服务中心", "向阳街道", "对口支援办", "给排水公司"):
        text = f"县财政局要做好评审工作，{later}要加强配合落实。"
        assert [units for _, units in _read(by_subject(text, items))][-1] == [(later, "responsible")]


def test_the_time_a_requirement_falls_in_is_part_of_its_text():
    # a clause stating the season or stage (X是…高峰期，当前正值汛期，) before the subject is the requirement's setting
    assert linked_start("秋季是防火的关键时期，县林业局要加强巡山。", 11) == 0
    assert linked_start("当前正处于脱贫攻坚的决战阶段，各乡镇要压实责任。", 15) == 0
    # what others did before the subject is not
    assert linked_start("各村上报了名单，县民政局要逐一核对。", 9) == 9
    text = "县长要求，县水利局要加强巡查；汛期是防汛的关键时节，县应急局要做好物资储备。"
    assert [(task, [i.text for i in items]) for task, items in required_sentences(text)] == [
        ("县水利局要加强巡查；", ["县水利局"]), ("汛期是防汛的关键时节，县应急局要做好物资储备。", ["县应急局"])]
