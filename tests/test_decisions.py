"""Work a report says a meeting or a leader gave to units."""

import pytest

from zygraph.sentences.decisions import (decided_matter, decided_work, decision_start, ordinal_requirements,
                                         required_clauses, required_work)
from zygraph.sentences.required_sentences import required_sentences
from zygraph.sentences.duties import owned_duty_units, unit_heading


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


def test_a_leaders_requirement_starts_at_its_first_clause_requiring_what_others_did_before_it_is_no_part():
    # 县长指出，各级、各部门…提出了很好的意见，A要认真梳理…: what everyone did is the speaker's remark, not A's work
    text = "县长指出，各级、各部门对报告提出了很好的意见和建议，县政府办公室要认真梳理、尽量采纳，抓紧修改完善。"
    work, items = decided_work(text)
    assert work == "县政府办公室要认真梳理、尽量采纳，抓紧修改完善。"
    assert [(i.text, i.role) for i in items] == [("县政府办公室", "responsible")]


def test_a_documents_words_or_a_requirement_of_units_in_general_gives_no_work():
    assert required_work("《方案》指出，区级部门要逐项认领。") is None  # the notice's own words: read where it is
    assert required_work("通知要求，县水务局要逐项认领。") is None
    assert required_work("县长强调，各有关部门要通力合作，抓好落实。") is None  # refers to units named elsewhere
    assert required_work("县长强调，县政府将加强督查。") is None  # the speaker's own government, no 要


def test_a_meetings_requirements_run_together_with_semicolons_are_one_task_each_from_its_units():
    # 会议要求，A要…；B要…；A要会同C、D对…开展…: the lead-in no part of any; partners after 会同 support
    text = ("会议要求，市文明办要认真谋划，办好动员会，确保实效；各专项工作小组要尽心履职，推进各项工作；"
            "市文明办要会同市委督查室、市政府督查室对重点环节开展督查，确保完成任务。")
    tasks = required_clauses(text)
    # the first keeps the words reporting them (会议要求，), as written: the sentence opens with them
    assert [task for task, _ in tasks] == ["会议要求，市文明办要认真谋划，办好动员会，确保实效；", "各专项工作小组要尽心履职，推进各项工作；",
                                           "市文明办要会同市委督查室、市政府督查室对重点环节开展督查，确保完成任务。"]
    assert [[(i.text, i.role) for i in items] for _, items in tasks] == [
        [("市文明办", "responsible")], [("各专项工作小组", "responsible")],
        [("市文明办", "lead"), ("市委督查室", "support"), ("市政府督查室", "support")]]


def test_requirements_run_together_need_a_speaker_and_two_named_units():
    assert required_clauses("会议要求，各级各部门要高度重视；有关部门要加强配合。") is None  # everyone: no unit
    assert required_clauses("会议要求，要加强领导；县水务局要做好方案；县财政局要保障经费。") is None  # opens with no unit
    assert required_clauses("通知要求，县水务局要做好方案；县财政局要保障经费。") is None  # a document's words
    assert required_clauses("县水务局要做好方案；县财政局要保障经费。") is None  # no lead-in: read as duties elsewhere


def test_a_sentence_calling_on_a_bodys_members_before_the_clauses_dividing_the_work_is_no_task():
    # 王强要求，组委会成员单位要抓住关键，…。A要…；B要…: the members as one are called on, then each given its share
    text = ("王强要求，活动组委会成员单位要抓住关键，做好各项工作。市公安局要制订安保方案；市卫生健康委要落实医疗保障；"
            "市属新闻单位要做好宣传工作。")
    tasks = required_clauses(text)
    assert [task for task, _ in tasks] == ["市公安局要制订安保方案；", "市卫生健康委要落实医疗保障；", "市属新闻单位要做好宣传工作。"]
    assert [[(i.text, i.role) for i in items] for _, items in tasks] == [
        [("市公安局", "responsible")], [("市卫生健康委", "responsible")], [("市属新闻单位", "responsible")]]
    # a call on units in general so opening them, the same
    tasks = required_clauses("会议要求，各有关部门要高度重视，密切配合。县水务局要做好方案；县财政局要保障经费。")
    assert [[i.text for i in items] for _, items in tasks] == [["县水务局"], ["县财政局"]]


def test_a_lead_in_dividing_nothing_before_the_next_one_gives_way_to_it():
    # 王强指出，市委、市政府高度重视。王强要求，A要…；B要…: paragraphs run together on one line; the first speaker's
    # words name units but divide no work before the next lead-in, whose clauses are the tasks
    text = "王强指出，市委、市政府对赛事高度重视。 王强要求，市公安局要制订安保方案；市卫生健康委要落实医疗保障。"
    tasks = required_clauses(text)
    assert [[i.text for i in items] for _, items in tasks] == [["市公安局"], ["市卫生健康委"]]
    assert tasks[0][0].startswith("王强要求，市公安局")


def test_a_first_sentence_naming_a_unit_of_its_own_is_a_requirement_not_a_call():
    # 县水务局要…。县财政局要…；: the first sentence names its own unit: a task, kept as one clause with the next
    tasks = required_clauses("会议要求，县水务局要做好方案。县财政局要保障经费；县审计局要加强审计。")
    assert [[i.text for i in items] for _, items in tasks][0] == ["县水务局"]
    # the members alone, with no clause dividing the work after them: no division read
    assert required_clauses("王强要求，组委会成员单位要抓住关键，做好各项工作。") is None


def test_calls_on_everyone_opening_a_meetings_requirements_are_no_task_but_count_as_requirements():
    text = ("县长要求，全县各级各部门要对标对表，落实责任；要加强领导，各级各部门要强化协作，形成合力；"
            "县爱卫办、县融媒体中心要加大曝光力度，积极反馈问题。")
    tasks = required_clauses(text)
    assert [(task[:6], [(i.text, i.role) for i in items]) for task, items in tasks] == [
        ("县爱卫办、县", [("县爱卫办", "responsible"), ("县融媒体中心", "responsible")])]
    # a call on everyone alone, or a requirement of no one that calls on nobody, is no meeting's division of work
    assert required_clauses("县长要求，全县各级各部门要对标对表；各部门要加强协作。") is None
    assert required_clauses("县长要求，要加强领导；县爱卫办要加大曝光力度。") is None


def test_requirements_run_together_after_other_sentences_start_at_the_lead_in_they_follow():
    # 会议指出，…各级各部门…。会议要求，A要…；B要…: the call on everyone before is no task
    text = "会议听取了汇报。会议指出，改革是系统工程，各级各部门务必尽心履职。会议要求，县水务局要做好方案；县财政局要保障经费。"
    assert [task for task, _ in required_clauses(text)] == ["会议要求，县水务局要做好方案；", "县财政局要保障经费。"]


def test_requirements_run_together_may_name_units_and_their_verb_with_no_yao():
    # 会议要求，A、[cadres]严格按照…执行…；各村（社区）提前掌握…: cadres are people; the bracket is part of the name
    text = ("会议要求，镇森林防火巡查队、镇村两级包保干部严格按照方案执行值班巡查；"
            "各村（社区）提前掌握属地内秸秆存量，做好秸秆还田工作；")
    tasks = required_clauses(text)
    assert [task[:6] for task, _ in tasks] == ["会议要求，镇", "各村（社区）"]
    assert [[(i.text, i.role) for i in items] for _, items in tasks] == [
        [("镇森林防火巡查队", "responsible")], [("各村（社区）", "responsible")]]


def test_a_unit_required_only_to_help_supports_and_the_lead_in_stays_only_on_a_first_clause_it_opens():
    text = "该县要求，县水务局要清理河道；县公安局要依法打击；县供电公司要全力配合整治行动；县委宣传部要加大宣传。"
    tasks = required_clauses(text)
    assert [task[:8] for task, _ in tasks] == ["该县要求，县水务", "县公安局要依法打", "县供电公司要全力", "县委宣传部要加大"]
    assert [[(i.text, i.role) for i in items] for _, items in tasks] == [
        [("县水务局", "responsible")], [("县公安局", "responsible")], [("县供电公司", "support")],
        [("县委宣传部", "responsible")]]
    # helping after a duty of its own is part of that duty: the unit still answers for it
    tasks = required_clauses("会议要求，县水务局要清理河道，配合县公安局打击；县公安局要依法打击。")
    assert [[(i.text, i.role) for i in items] for _, items in tasks] == [[("县水务局", "responsible")],
                                                                          [("县公安局", "responsible")]]
    # a call on everyone opening them is no task, so the first task opens on its own units, not the lead-in
    tasks = required_clauses("县长要求，全县各级各部门要对标对表；县供电公司要全力配合整治；县水务局要清理河道。")
    assert [task[:6] for task, _ in tasks] == ["县供电公司要", "县水务局要清"]


def test_requirements_numbered_inside_a_paragraph_are_tasks_when_a_sentence_names_their_units():
    # 会议强调，有关单位要…。一要…。二要…。A、B要…。三要…: only 二要 names units; 有关单位 before 一要 is everyone
    text = ("会议审议通过了《安置方案》。会议强调，有关单位要提高站位。一要细化方案。要参照前期做法，宣传到位。"
            "二要加快进度。县住建局、城关镇要理清责任，加强协调配合。三要依法推进。要加强全程监督。")
    tasks = ordinal_requirements(text)
    assert [task for task, _ in tasks] == ["要加快进度。县住建局、城关镇要理清责任，加强协调配合。"]
    assert [[(i.text, i.role) for i in items] for _, items in tasks] == [[("县住建局", "responsible"),
                                                                          ("城关镇", "responsible")]]


def test_the_first_ordinal_may_run_on_after_the_words_reporting_the_requirements():
    # 会议要求，一要…。A和各村（社区）要…。二要…。三要…。B、C、D要…: 一要 after the comma of 会议要求
    text = ("会议要求，一要凝聚共识。镇级政法单位和各村（社区）要树立一盘棋思维。二要紧盯重点。要逐案剖析。"
            "三要夯实责任。镇综治中心、派出所、城关法庭要健全信息共享。")
    tasks = ordinal_requirements(text)
    assert [task[:6] for task, _ in tasks] == ["要凝聚共识。", "要夯实责任。"]
    assert [[i.text for i in items] for _, items in tasks] == [["镇级政法单位", "各村（社区）"],
                                                               ["镇综治中心", "派出所", "城关法庭"]]


@pytest.mark.parametrize("lead_in", ["会议明确，", "会议部署，", "会议认为，", "县长表示，", "会议强调：", "會議強調：",
                                     "上级要求："])
def test_the_first_ordinal_runs_on_after_any_word_reporting_requirements(lead_in):
    tasks = ordinal_requirements(lead_in + "一要凝聚共识。县司法局要树立思维。二要紧盯重点。县公安局要指导。")
    assert [(task, [i.text for i in items]) for task, items in tasks] == [
        ("要凝聚共识。县司法局要树立思维。", ["县司法局"]), ("要紧盯重点。县公安局要指导。", ["县公安局"])]


@pytest.mark.parametrize("lead_in", ["资金需求，", "问题突出，", "财政支出，", "会上，"])
def test_a_first_ordinal_after_a_comma_of_words_reporting_no_requirements_starts_nothing(lead_in):
    # 需求/突出/支出 end as 要求/强调/指出 do but report nothing; 会上 says where, not who requires
    assert ordinal_requirements(lead_in + "一要凝聚共识。县司法局要树立思维。二要紧盯重点。县公安局要指导。") is None


def test_a_collective_required_alone_is_a_call_on_everyone_but_beside_a_body_of_its_own_a_unit():
    assert ordinal_requirements("会议要求，一要凝聚共识。各村（社区）要树立思维。二要紧盯重点。") is None
    assert ordinal_requirements("会议指出，一要凝聚共识。各村要树立思维。二要紧盯重点。县司法局要指导。")[0][0] == "要紧盯重点。县司法局要指导。"
    # a 一要 inside a clause not reporting requirements is no ordinal: 做到一要…
    assert ordinal_requirements("工作中做到，一要快。二要准。县司法局要指导。") is None


def test_ordinals_out_of_sequence_or_naming_no_units_give_no_requirements():
    assert ordinal_requirements("一要细化方案。二要加快进度。三要依法推进。") is None  # no units named
    assert ordinal_requirements("二要加快进度。县住建局要理清责任。三要依法推进。") is None  # no 一要 to start from
    assert ordinal_requirements("一要细化方案。二要加快进度。有关部门要理清责任。") is None  # units in general


def test_a_speakers_requirements_run_on_sentence_by_sentence_give_one_task_a_sentence_naming_units():
    # 王某指出，要…。要…。A、B要…。C要…。 / 王某要求，D要…。有关部门要…。…: subjectless sentences lead in or go on
    text = ("副县长王某指出，要做细巩固成果工作。要高度重视粮食安全。规划工作很重要，决定未来发展空间。"
            "各乡镇（街道）、部门要主动与县自然资源局对接，弄清所需。县自然资源局要协调落实好方案。"
            "王某要求，县林业部门要统筹好限采工作。有关部门要各司其职，推进水库特许经营项目。通盘考虑，做好招聘工作。")
    tasks = required_sentences(text)
    assert [task for task, _ in tasks] == [
        "各乡镇（街道）、部门要主动与县自然资源局对接，弄清所需。", "县自然资源局要协调落实好方案。",
        "县林业部门要统筹好限采工作。", "有关部门要各司其职，推进水库特许经营项目。通盘考虑，做好招聘工作。"]
    # 与县自然资源局对接: whom they contact, no unit of task 1
    assert [[(i.text, i.role) for i in items] for _, items in tasks] == [
        [("各乡镇（街道）、部门", "responsible")], [("县自然资源局", "responsible")],
        [("县林业部门", "responsible")], [("有关部门", "responsible")]]


def test_a_speakers_requirements_name_an_office_after_what_others_did_and_again_before_a_clause_of_time():
    # …各部门提出了意见，A要…。[speaker]强调，[people]要…。办公室在…过程中，要…。要…。
    text = ("与会人员分别发言。县长指出，各级、各部门提出了很好的意见，县政府办公室要认真梳理、尽量采纳。"
            "县长强调，各战线领导及相关部门负责人要高度重视，认真核对。办公室在修改报告过程中，要客观反映成果。"
            "要用实在的语言做报告。")
    tasks = required_sentences(text)
    assert [task for task, _ in tasks] == ["县政府办公室要认真梳理、尽量采纳。",
                                          "办公室在修改报告过程中，要客观反映成果。要用实在的语言做报告。"]
    assert [[i.text for i in items] for _, items in tasks] == [["县政府办公室"], ["办公室"]]


def test_a_requirement_clause_with_emphasis_for_its_要_is_a_task_of_its_units_but_not_reported_work():
    # 林业部门要抓好…；畜牧部门重点抓好…；水务部门要…: the emphasis stands for 要, the units are its subject
    text = "市长指出：林业部门要抓好林权改革工作；畜牧部门重点抓好奶牛技术指导工作，下基层包扶；水务部门要做好防汛工作。"
    tasks = required_sentences(text)
    assert [task for task, _ in tasks] == ["林业部门要抓好林权改革工作；", "畜牧部门重点抓好奶牛技术指导工作，下基层包扶；",
                                          "水务部门要做好防汛工作。"]
    assert [[(i.text, i.role) for i in items] for _, items in tasks] == [
        [("林业部门", "responsible")], [("畜牧部门", "responsible")], [("水务部门", "responsible")]]
    # 畜牧部门重点抓好了…: work reported done, no task; 各部门重点抓好…: everyone, no task
    text = "市长指出：林业部门要抓好林权改革工作；畜牧部门重点抓好了奶牛技术指导工作；各部门重点抓好安全生产。"
    assert required_sentences(text) is None  # one unit's requirement left: too few to read
    assert required_sentences("市长指出：畜牧部门重点抓好了奶牛技术指导工作；水务部门重点抓好了防汛。") is None


def test_a_requirement_several_subjects_share_by_duty_words_is_one_task_with_their_roles():
    # 要…，A要扛起主体责任，B要发挥牵头抓总作用，C要齐心协力，…: one task, A and B lead, C supports
    text = ("副市长要求，各级各部门要提高站位。要加强组织领导，各县政府要扛起耕地保护主体责任，"
            "市自然资源局要发挥牵头抓总作用，相关部门要齐心协力、同向发力，全力推动整改到位。")
    tasks = required_sentences(text)
    assert [task for task, _ in tasks] == ["要加强组织领导，各县政府要扛起耕地保护主体责任，市自然资源局要发挥牵头抓总作用，"
                                          "相关部门要齐心协力、同向发力，全力推动整改到位。"]
    assert [[(i.text, i.role) for i in items] for _, items in tasks] == [
        [("各县政府", "lead"), ("市自然资源局", "lead"), ("相关部门", "support")]]
    # each subject with work of its own: one task each, as before; no named unit leading: no shared task
    tasks = required_sentences("县长要求，县财政局要扛起主体责任，县自然资源局要做好规划。")
    assert [[i.text for i in items] for _, items in tasks] == [["县财政局"], ["县自然资源局"]]
    assert required_sentences("县长要求，各部门要扛起主体责任，相关部门要齐心协力。") is None


def test_a_speech_naming_only_everyone_people_or_one_unit_gives_no_sentence_tasks():
    assert required_sentences("会议要求，各级各部门要高度重视。各乡镇负责人要靠前指挥。县财政局要保障经费。") is None
    assert required_sentences("县长要求，有关部门要通力合作。县财政局要保障经费。") is None  # 有关部门 first: everyone
    assert required_sentences("根据工作要求，县发改局要做好规划。县财政局要保障经费。") is None  # a basis, no speaker
    assert required_sentences("县发改局要做好规划。县财政局要保障经费。") is None  # no one reported speaking


def test_a_matter_minutes_settle_is_the_task_of_the_body_after_its_by_or_opening_its_decision():
    # 关于…问题。X由A提出方案…: A; 关于…问题。县财政安排县卫计局经费…: 县财政 (level + a body's name), not the receiver
    by = decided_matter("关于学校设备配备问题。设备配备由县教育局提出具体方案后另行研究确定。")
    assert [(i.text, i.role) for i in by] == [("县教育局", "responsible")]
    subject = decided_matter("关于创卫工作经费问题。县财政安排县卫健局创卫工作经费30万元。")
    assert [(i.text, i.role) for i in subject] == [("县财政", "responsible")]
    assert [i.text for i in decided_matter("关于道路维修事宜。县交通局、县住建局负责制定维修计划。")] == [
        "县交通局", "县住建局"]


def test_a_matter_naming_no_body_or_no_heading_or_everyone_is_none():
    assert decided_matter("关于创卫工作经费问题。原则同意该方案，按程序报县委研究。") is None
    assert decided_matter("县财政安排县卫健局创卫工作经费30万元。") is None  # no matter heading: not minutes' matter
    assert decided_matter("关于道路维修问题。由有关部门研究解决。") is None  # units in general
    assert decided_matter("关于道路维修问题。由县长负责协调。") is None  # a post, no body
    assert decided_matter("关于道路维修问题。县里安排经费。") is None  # 县里 is no body of bodies.csv
    assert decided_matter("关于方案问题。原则同意县卫健局提出的方案。") is None  # 提出的方案: done before, no act
    assert [i.text for i in decided_matter("关于道路维修问题。请县交通局负责维修。")] == ["县交通局"]


def test_a_unit_required_to_take_part_answers_for_its_requirement():
    # 积极参加宣传活动: taking part helps no one named, so the unit is responsible; 全力配合 is help
    tasks = required_clauses("会议要求，县环保局要加强巡查；县教育局要积极参加宣传活动；县财政局要保障经费。")
    assert [[(i.text, i.role) for i in items] for _, items in tasks][1] == [("县教育局", "responsible")]
    tasks = required_clauses("会议要求，县环保局要加强巡查；供电部门要全力配合整治行动；县财政局要保障经费。")
    assert [[(i.text, i.role) for i in items] for _, items in tasks][1] == [("供电部门", "support")]


def test_a_heading_duty_helps_with_the_same_words_as_a_meetings_requirement():
    # 全力配合 / 協助: one vocabulary of help (grammar.HELP_VERB) for a duty under its unit's heading too
    heading = unit_heading("县供电公司")
    assert [(i.text, i.role) for i in owned_duty_units(heading, "全力配合县公安局做好整治。")] == [("县供电公司", "support")]
    assert [(i.text, i.role) for i in owned_duty_units(heading, "協助县公安局做好整治。")] == [("县供电公司", "support")]
    tasks = required_clauses("会议要求，县环保局要加强巡查；县供电公司要全力配合整治行动。")
    assert [[(i.text, i.role) for i in items] for _, items in tasks][1] == [("县供电公司", "support")]


def test_a_decided_matter_given_to_the_party_committee_s_organisation_department_names_it_whole():
    items = decided_matter("关于干部培训问题。会议同意县委组织部组织实施培训。")
    assert [(i.text, i.role) for i in items] == [("县委组织部", "responsible")]
