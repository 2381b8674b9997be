"""The units after a duty's modal verb and 会同 support it (zygraph.sentences.modal_partners, through zygraph.sentences.duties)."""

from zygraph.sentences.modal_duties import modal_duties, modal_subject_units
from zygraph.readers.paragraph import parse_paragraphs


def _roles(items):
    return [(item.text, item.role) for item in items]


def test_partners_after_yao_huitong_support_with_an_adverb_or_a_comma_before_the_work():
    assert _roles(modal_subject_units("市工信局要会同有关部门立即开展专项整治。")) == [
        ("市工信局", "responsible"), ("有关部门", "support")]
    assert _roles(modal_subject_units("市海关要会同市商务局等有关部门尽快制定方案。")) == [
        ("市海关", "responsible"), ("市商务局", "support")]
    assert _roles(modal_subject_units("市国土局要会同有关部门，按照整体部署，推进整合。")) == [
        ("市国土局", "responsible"), ("有关部门", "support")]


def test_no_partners_without_units_after_huitong():
    assert _roles(modal_subject_units("市工信局要会同研究制定方案。")) == [("市工信局", "responsible")]
    assert _roles(modal_subject_units("市工信局要加强与有关部门的协作。")) == [("市工信局", "responsible")]


def test_a_list_of_modal_duties_keeps_each_duty_s_partners():
    texts = ["打击非法开采。市国土局要会同有关部门立即开展整治。", "打击走私。市海关要会同市商务局等有关部门开展整治。"]
    assert [_roles(items) for items in modal_duties(texts)] == [
        [("市国土局", "responsible"), ("有关部门", "support")], [("市海关", "responsible"), ("市商务局", "support")]]


def test_the_paragraph_reader_leads_with_the_subject_and_the_partners_support():
    text = ("一、专项整治\n（一）打击非法开采。市国土局要会同有关部门立即开展整治。\n"
            "（二）打击走私。市海关要会同市商务局等有关部门立即开展整治。")
    assert [(r.lead, r.support) for r in parse_paragraphs(text).rows] == [("市国土局", "有关部门"), ("市海关", "市商务局")]


_PARTS = ("一、专项整治\n（一）打击非法开采。市国土局要立即开展整治。\n（二）打击走私。市海关要立即开展整治。\n"
          "二、结构调整\n（三）推进开发整合。{third}\n（四）推进技术改造。鼓励企业技术改造。")


def test_a_measure_in_another_part_naming_its_ministry_before_yao_is_that_ministry_s_task():
    # measures numbered through the parts: 二's （三） opens its sentence with a ministry and 要, as 一's measures do
    doc = parse_paragraphs(_PARTS.format(third="支持企业整合。市工信局要会同有关部门尽快制定方案。"))
    assert [(r.task[:6], r.lead, r.support) for r in doc.rows] == [
        ("打击非法开采", "市国土局", ""), ("打击走私。市", "市海关", ""), ("推进开发整合", "市工信局", "有关部门")]
    assert [f.code for f in doc.findings if f.code == "measure_subject"] == ["measure_subject"]


def test_no_measure_of_units_in_general_nor_without_modal_measures_elsewhere():
    doc = parse_paragraphs(_PARTS.format(third="各有关部门要加强配合，抓好落实。"))
    assert [r.task[:6] for r in doc.rows] == ["打击非法开采", "打击走私。市"]
    # without the measures of 一 read as the ministries' duties, a lone measure opening so divides nothing
    lone = parse_paragraphs("一、专项整治\n（一）打击非法开采。加强执法。\n二、结构调整\n（二）推进开发整合。市工信局要尽快制定方案。\n"
                            "（三）推进技术改造。鼓励企业技术改造。")
    assert [f.code for f in lone.findings if f.code == "measure_subject"] == []


def test_a_share_a_modal_duty_gives_by_bing_you_is_the_named_unit_s_too():
    text = ("一、专项整治\n（一）打击违法生产。市工信局要会同有关部门立即开展整治，取消生产资质，并由市场监管部门限期办理注销登记。\n"
            "（二）打击走私。市海关要立即开展整治，并由有关部门依法查处。")
    assert [(r.lead, r.support) for r in parse_paragraphs(text).rows] == [
        ("市工信局、市场监管部门", "有关部门"), ("市海关", "")]  # units in general after 由 are none


def test_partners_after_huitong_anywhere_in_a_duty():
    from zygraph.sentences.modal_partners import duty_partners
    assert _roles(duty_partners("县审计局应当会同县监察局进行专项审计。")) == [("县监察局", "support")]
    assert _roles(duty_partners("实施细则由省民政厅会同省财政厅组织制定。")) == [("省财政厅", "support")]
    assert _roles(duty_partners("统筹规划；对违规项目，并会同有关部门对责任人提出处理意见。")) == [("有关部门", "support")]
    assert duty_partners("县审计局要会同研究制定方案。") == []


def test_a_name_holding_zuzhi_stays_whole_where_the_verb_zuzhi_may_end_the_units():
    # 组织 after the units is their verb (会同B组织制定), but 组织部 is the name's own: cut there, 县委组织部 reads 县委
    from zygraph.sentences.modal_partners import duty_partners, later_by_units
    assert _roles(later_by_units("县人社局要开展干部考核，并由县委组织部及时通报结果。")) == [("县委组织部", "responsible")]
    assert _roles(later_by_units("县人社局要开展干部培训，并由县委组织部组织实施考核。")) == [
        ("县委组织部", "responsible")]
    assert _roles(duty_partners("县人社局应当会同县委组织部开展年度考核。")) == [("县委组织部", "support")]
    assert _roles(modal_subject_units("县人社局要会同县委组织部做好人才引进工作。")) == [
        ("县人社局", "responsible"), ("县委组织部", "support")]
    # the verb 组织 still ends the units (会同B组织制定), and so does 组织部署 (organise and deploy)
    assert _roles(duty_partners("实施细则由县人社局会同县财政局组织制定。")) == [("县财政局", "support")]
    assert _roles(duty_partners("县人社局应当会同各乡镇党委组织部署考核。")) == [("各乡镇党委", "support")]


def test_partners_before_jiang_jiehe_or_zhendui_and_enterprises_by_trade():
    from zygraph.sentences.modal_partners import duty_partners
    # 会同B将…纳入, 会同B结合…要求 (blind109 崇明); 会同发电企业针对… (blind110 迎峰度夏)
    assert _roles(duty_partners("县公安局列出名单，会同县发改委等部门将名单纳入征信体系。")) == [("县发改委", "support")]
    assert _roles(duty_partners("县综治办要会同县公安局结合《规定》要求进行督导。")) == [("县公安局", "support")]
    assert _roles(duty_partners("电网公司要会同发电企业针对薄弱环节组织演习。")) == [("发电企业", "support")]


def test_a_clause_opening_with_with_has_no_modal_subject():
    assert modal_subject_units("会同县市场监管局等部门将名单公开。") is None


def test_a_long_list_of_partners_after_huitong():
    from zygraph.sentences.modal_partners import duty_partners
    # 会同 seven ministries and 等有关部门: the list runs past the length one name may run, each name short
    text = "县发改局要会同县财政局、县人社局、县自然资源局、县税务局、县应急局、县能源办、县林业局等有关部门，尽快出台配套措施。"
    assert _roles(duty_partners(text)) == [(name, "support") for name in (
        "县财政局", "县人社局", "县自然资源局", "县税务局", "县应急局", "县能源办", "县林业局")]
    # prose after 会同 with 、 is no list of partners
    assert duty_partners("县发改局要会同研究、部署、督促、检查各项工作，尽快出台措施。") == []


def test_partners_before_tongyi_zuzhi():
    from zygraph.sentences.modal_partners import duty_partners
    # 由A会同B统一组织…进行: 统一 opens the work after the partners
    assert _roles(duty_partners("清理工作由县自然资源局会同乡镇国土所统一组织督察员进行。")) == [("乡镇国土所", "support")]


def test_a_modal_subject_s_long_list_of_partners_is_read_as_the_duty_s_partners_are():
    # found in review: the long-list reading was only duty_partners'; modal_partners stopped at one name's length
    from zygraph.sentences.modal_duties import modal_subject_units
    from zygraph.sentences.modal_partners import duty_partners
    text = ("县发改局要会同县财政局、县自然资源局、县住建局、县交通局、县水利局、县农业农村局、县林业局等有关部门，"
            "尽快出台配套措施。")
    partners = ["县财政局", "县自然资源局", "县住建局", "县交通局", "县水利局", "县农业农村局", "县林业局"]
    assert [i.text for i in duty_partners(text)] == partners
    assert [(i.text, i.role) for i in modal_subject_units(text)] == [("县发改局", "responsible")] + [
        (name, "support") for name in partners]
