"""Cutting a notice run together on one line at the numbers that go on its sequences."""

from zygraph.readers.lines import PARAGRAPH_BREAK
from zygraph.readers.run_on_lines import split_run_on
from zygraph.readers.numbering import at_next_numbers
from zygraph.readers.paragraph import parse_paragraphs


def test_sub_headings_numbered_in_sequence_are_cut_each_closed_by_its_label():
    # 一、目标（一）增长7%责任单位：A（二）增长12%责任单位：B: tasks numbered as sub-headings, no items under them
    line = "一、主要预期目标（一）地区生产总值增长7%责任单位：区发改局（二）工业增加值增长12%责任单位：区经信局"
    assert at_next_numbers(line, 2) == ["一、主要预期目标", "（一）地区生产总值增长7%责任单位：区发改局",
                                        "（二）工业增加值增长12%责任单位：区经信局"]


def test_the_numbering_starts_again_after_the_covering_notices_signature_and_date():
    # the covering notice's own 一、二、, its signature, then the plan numbering from 一、 again
    line = ("通知如下：一、加强领导。二、按时报送进展。区政府办公室2023年1月3日任务分解方案一、主要目标（一）增长7%"
            "责任单位：区发改局（二）增长9%责任单位：区财政局")
    assert at_next_numbers(line, 2) == [
        "通知如下：", "一、加强领导。", "二、按时报送进展。", "区政府办公室2023年1月3日", "任务分解方案", "一、主要目标",
        "（一）增长7%责任单位：区发改局", "（二）增长9%责任单位：区财政局"]


def test_a_signature_glued_to_an_attachments_title_ends_the_numbering_too():
    line = "附件：1.2025年任务清单2.2025年实事分解沁县人民政府办公室2025年5月18日附件1任务清单一、示范区牵头工作1.建设基地。2.打造园区。"
    assert at_next_numbers(line, 2)[-3:] == ["一、示范区牵头工作", "1.建设基地。", "2.打造园区。"]


def test_a_sub_heading_glued_to_a_part_title_after_a_labels_units_is_cut_from_both():
    line = "一、改善环境1.改厕。责任处室：农业农村处、交通建设处二、保障措施（一）加强领导。责任处室：办公室"
    assert at_next_numbers(line, 2) == ["一、改善环境", "1.改厕。责任处室：农业农村处、交通建设处", "二、保障措施",
                                        "（一）加强领导。责任处室：办公室"]


def test_numbers_out_of_sequence_or_too_few_leave_the_line_whole():
    assert at_next_numbers("增长3.5%，完成第2、3项任务，其中二、三季度各完成一半。", 2) == [
        "增长3.5%，完成第2、3项任务，其中二、三季度各完成一半。"]
    assert at_next_numbers("一、加强领导，明确责任。", 2) == ["一、加强领导，明确责任。"]


def test_a_notice_run_together_on_one_line_reads_as_with_its_line_breaks():
    preamble = "各街道办事处，区政府各部门：现将主要目标任务责任分解方案印发给你们，请认真贯彻执行。" * 6  # 300 characters and more: a whole copy
    text = (preamble + "一、各责任单位要高度重视，制订工作方案。二、各责任单位每季度报送进展情况。蔡甸区人民政府办公室2023年1月3日"
            "2023年主要目标任务责任分解方案一、2023年全区经济社会发展的主要预期目标（一）地区生产总值增长7%以上"
            "责任单位：区发展和改革局（二）规上工业增加值增长12%以上责任单位：区科技和经信局")
    document = parse_paragraphs(text)
    assert [(r.task, r.lead) for r in document.rows] == [
        ("地区生产总值增长7%以上", "区发展和改革局"), ("规上工业增加值增长12%以上", "区科技和经信局")]
    assert {"numbers_glued", "label_apart"} <= {f.code for f in document.findings}


def test_a_label_glued_to_a_headings_text_stands_apart_one_written_after_a_full_stop_stays():
    # …增长7%以上责任单位：A (a lost line break) against …利用。责任处室：A (written so, inline)
    findings = []
    parts = [part for _, part in split_run_on([(1, "一、目标" + PARAGRAPH_BREAK + "（一）增长7%以上责任单位：区发改局"
                                                   + PARAGRAPH_BREAK + "（二）加强领导。责任单位：区财政局")], findings)]
    assert parts == ["一、目标", "（一）增长7%以上", "责任单位：区发改局", "（二）加强领导。责任单位：区财政局"]
    assert [f.code for f in findings if f.code == "label_apart"] == ["label_apart"]


def test_a_sub_heading_glued_to_a_part_title_holding_a_comma_is_cut_from_it():
    # 一、围绕中心工作，服务大局、深化主动公开（一）提升…: a part's title may be two phrases
    line = "一、围绕中心工作，服务大局、深化主动公开（一）提升公开水平。（县发改局负责）（二）优化营商环境。（县商务局负责）"
    assert at_next_numbers(line, 2) == ["一、围绕中心工作，服务大局、深化主动公开", "（一）提升公开水平。（县发改局负责）",
                                        "（二）优化营商环境。（县商务局负责）"]


def test_sub_headings_past_ten_go_on_in_sequence_from_the_lines_start():
    # a copy opening on its first sub-heading, eleven of them: （一）…（十）（十一）
    groups = "".join(f"（{numeral}）第{n}督查组。由市安监局1名领导带队。" for n, numeral in
                     enumerate(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"], start=1))
    parts = at_next_numbers(groups, 2)
    assert len(parts) == 11
    assert parts[0] == "（一）第1督查组。由市安监局1名领导带队。" and parts[-1] == "（十一）第11督查组。由市安监局1名领导带队。"


def test_an_excerpt_on_one_short_line_is_cut_at_sub_headings_going_on_from_its_first():
    # a page's excerpt starting at （八）, under 300 characters, all on one line
    text = ("（八）市财政局负责按计划及时核拨治超经费，监督治超经费使用。（九）市物价局负责会同制定治超货物卸载和保管的收费标准。"
            "（十）市法制局负责治超法律法规和政策的衔接工作。")
    document = parse_paragraphs(text)
    assert [r.lead for r in document.rows] == ["市财政局", "市物价局", "市法制局"]
    assert [f.code for f in document.findings if f.code == "numbers_glued"] == ["numbers_glued"]


def test_a_sub_heading_going_on_from_one_cut_is_cut_wherever_it_stands():
    # （二） glued to a note label's value (时限要求：持续推进（二）…): its brackets and number show it
    line = "一、优化环境（一）推进建设。责任单位：市发改委时限要求：持续推进（二）落实招投标政策。责任单位：市建设局"
    assert at_next_numbers(line, 2) == ["一、优化环境", "（一）推进建设。责任单位：市发改委时限要求：持续推进",
                                        "（二）落实招投标政策。责任单位：市建设局"]


def test_the_first_part_glued_to_a_title_is_cut_when_the_second_follows_a_sentences_end():
    line = "附件：2023年十件民生实事候选项目一、提高低保标准。（县民政局负责）二、推进养老服务。（县卫健局负责）"
    assert at_next_numbers(line, 2) == ["附件：2023年十件民生实事候选项目", "一、提高低保标准。（县民政局负责）",
                                        "二、推进养老服务。（县卫健局负责）"]
    assert at_next_numbers("其一、加强领导，明确分工，落实责任。", 2) == ["其一、加强领导，明确分工，落实责任。"]


def test_chapters_and_articles_run_together_are_cut_in_their_own_sequence():
    # ……若干规定第一章总则第一条为……。第二条……（A牵头）第二章…第三条…: articles numbered on through the chapters
    line = ("优化营商环境的若干规定第一章总则第一条为提升效能，制定本规定。第二条推进一窗办。（县政务服务中心牵头）"
            "第二章保障第三条推进网上办，依照本规定第二条执行。（县数据局牵头）")
    assert at_next_numbers(line, 2) == [
        "优化营商环境的若干规定", "第一章总则", "第一条为提升效能，制定本规定。", "第二条推进一窗办。（县政务服务中心牵头）",
        "第二章保障", "第三条推进网上办，依照本规定第二条执行。（县数据局牵头）"]


def test_sub_items_each_naming_their_units_are_cut_those_sharing_one_label_stay_whole():
    own = "1.产业扶持到村到户（1）对贫困户扶持产业。牵头单位：省农业厅（2）产业规划覆盖贫困村。牵头单位：省扶贫办"
    assert at_next_numbers(own, 2) == ["1.产业扶持到村到户", "（1）对贫困户扶持产业。牵头单位：省农业厅",
                                       "（2）产业规划覆盖贫困村。牵头单位：省扶贫办"]
    shared = "1.完善党委工作（1）完善运行机制。（2）优化人员分工。责任单位：联合党委办公室2.推进改革。责任单位：办公室"
    assert at_next_numbers(shared, 2) == ["1.完善党委工作（1）完善运行机制。（2）优化人员分工。责任单位：联合党委办公室",
                                          "2.推进改革。责任单位：办公室"]


def test_an_excerpts_items_go_on_from_its_first_when_the_next_follows_a_sentences_end():
    # a page of a long list: ……导航菜单204.推进高中发展。（牵头单位：市教育局）205.启动双优计划。（…）
    line = "导航菜单204.推进普通高中优质多样化发展。（牵头单位：市教育局）205.启动实施双优计划。（牵头单位：市人社局）"
    assert at_next_numbers(line, 2) == ["导航菜单", "204.推进普通高中优质多样化发展。（牵头单位：市教育局）",
                                        "205.启动实施双优计划。（牵头单位：市人社局）"]
    assert at_next_numbers("增长204.5亿元，完成205、206号文件。", 2) == ["增长204.5亿元，完成205、206号文件。"]


def test_articles_glued_to_the_short_titles_of_parts_are_cut():
    # rules divided into parts 一、 whose titles run straight into their first article, no stop between
    line = "值班制度一、总体要求第一条值班室是县应急指挥的枢纽。第二条值班实行领导带班。二、值班职责第三条县应急局负责排班。"
    assert at_next_numbers(line, 2) == ["值班制度", "一、总体要求", "第一条值班室是县应急指挥的枢纽。",
                                        "第二条值班实行领导带班。", "二、值班职责", "第三条县应急局负责排班。"]
    # an article cited inside a part's sentence is no cut
    cited = "办法一、适用范围按照条例第一条执行，不另作规定。二、附则本办法自印发之日起施行。"
    assert at_next_numbers(cited, 2) == ["办法", "一、适用范围按照条例第一条执行，不另作规定。", "二、附则本办法自印发之日起施行。"]


def test_a_task_number_glued_to_a_date_opening_its_text():
    # 1.9月30日前，A… (blind109 崇明): 1. is the item's number, 9月30日 a date; 1.5万元 is a figure
    from zygraph.readers.lines import TASK
    assert TASK.match("1.9月30日前，县住建委完成排查。").group() == "1."
    assert TASK.match("2.11月30日前，县公安局完成整改。").group() == "2."
    assert TASK.match("1.5万元用于补贴。") is None


def test_a_state_council_signature_dated_in_chinese_numerals_restarts_the_numbering():
    # a reply's 一、二、, signed 国务院二○○六年… (○ for zero), then its attached plan numbered from 一、 again
    line = ("现批复如下：一、原则同意方案。二、各省要加强领导。国务院二○○六年九月三十日附件：实施方案一、总体思路坚持改革。"
            "二、主要措施（一）严格管理。甲部要加强管理。（二）调整政策。由乙部研究调整。")
    assert at_next_numbers(line, 2) == [
        "现批复如下：", "一、原则同意方案。", "二、各省要加强领导。", "国务院二○○六年九月三十日", "附件：实施方案",
        "一、总体思路坚持改革。", "二、主要措施", "（一）严格管理。甲部要加强管理。", "（二）调整政策。由乙部研究调整。"]


def test_a_state_council_decision_dated_inside_a_sentence_is_no_signature():
    # 根据国务院二○○六年九月三十日批复精神: what it decided then; the point numbering goes on
    line = "通知如下：一、根据国务院二○○六年九月三十日批复精神，开展试点。二、各省要加强领导。三、加强监督。"
    assert at_next_numbers(line, 3) == ["通知如下：", "一、根据国务院二○○六年九月三十日批复精神，开展试点。",
                                        "二、各省要加强领导。", "三、加强监督。"]


def test_a_date_in_chinese_numerals_with_its_zero_is_one_pattern_everywhere():
    # ○ for zero (二○○六年) as 〇 and 零: the signature after a name, alone on a line, after a space at a line's end
    import re
    from zygraph.names.numerals import DATE
    from zygraph.readers.lines import _SIGNATURE_AFTER_SPACE
    from zygraph.sentences.subject_units import _SIGNATURE_DATE
    assert all(re.fullmatch(DATE, date) for date in ("2023年1月3日", "二○○六年九月三十日", "二〇〇六年九月三十日"))
    assert _SIGNATURE_DATE.match(" 二○○六年九月三十日 ")
    assert _SIGNATURE_AFTER_SPACE.search("责任处室:甲局、乙局 某某县人民政府 二○○六年九月三十日").group("signature") == \
        "某某县人民政府 二○○六年九月三十日"
