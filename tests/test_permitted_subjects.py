"""Bodies given leave to act (zygraph.sentences.permitted_subjects) and long lists of fields sharing one kind noun that names
their field, as the sentence reader (zygraph.readers.subject_sentences) reads them; texts written for these tests."""

from zygraph.findings import Finding
from zygraph.sentences.permitted_subjects import gives_leave, permitted_subjects
from zygraph.readers.piece_readings import piece_subjects
from zygraph.readers.subject_sentences import subject_sentences
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list


def _units(piece):
    return [(item.text, item.role) for item in piece_subjects(piece)]


def test_a_body_given_leave_is_the_subject_of_its_duty():
    assert _units("各有关部门可以结合本行业特点，制定具体的实施细则。") == [("各有关部门", "responsible")]
    assert _units("县级以上地方人民政府可根据本地实际，适当提高补助标准。") == [("县级以上地方人民政府", "responsible")]
    assert _units("各级林业主管部门可以委托专业机构开展监测。") == [("各级林业主管部门", "responsible")]


def test_leave_given_to_two_bodies_and_a_partner_after_huitong():
    rows = subject_sentences([(1, "意见如下："), (2, "一、加强保障"), (3, "省教育厅可以会同省财政厅，研究制定奖补办法。")], [])
    assert [(row.lead, row.support) for row in rows] == [("省教育厅", "省财政厅")]
    assert permitted_subjects("各地区、各有关部门可以根据实际，细化考核办法。",
                              lambda name: name.startswith("各")) == [("各地区", "可以"), ("各有关部门", "可以")]


def test_ke_opening_a_word_or_said_of_no_body_is_no_leave():
    assert _units("有关部门可能存在推诿现象。") == []
    assert _units("该项措施可行，检查结果可以公开。") == []
    assert _units("监测数据可以说明问题。") == []
    assert _units("群众可以通过热线反映问题。") == []


def test_fields_sharing_a_kind_noun_that_names_their_field():
    fields = "文化、体育、卫生、人力资源社会保障、住房城乡建设等公共服务领域有关部门"
    assert looks_like_unit_list(fields)
    assert split_units(fields) == ["文化", "体育", "卫生", "人力资源社会保障", "住房城乡建设"]


def test_a_long_list_of_fields_as_a_sentence_subject():
    piece = ("自然资源、水利、农业农村、林业和草原、气象、应急管理、住房城乡建设、交通运输、人力资源社会保障、"
             "生态环境等防灾减灾领域有关部门要加强对本系统工作的指导。")
    assert _units(piece) == [(name, "responsible") for name in
                             ("自然资源", "水利", "农业农村", "林业和草原", "气象", "应急管理", "住房城乡建设", "交通运输",
                              "人力资源社会保障", "生态环境")]


def test_the_reader_finds_each_new_form_with_its_line():
    pairs = [(1, "意见如下："), (2, "（一）加强统筹。"),
             (3, "省发展改革委要牵头制定规划。各设区市人民政府可以结合实际，制定配套措施。"),
             (4, "（二）加强指导。"),
             (5, "教育、科技、工业和信息化、公安、民政、司法行政、财政等社会治理领域有关部门要加强指导。")]
    findings: list[Finding] = []
    rows = subject_sentences(pairs, findings)
    assert [(row.lead, row.support) for row in rows] == [
        ("省发展改革委", ""), ("各设区市人民政府", ""), ("教育、科技、工业和信息化、公安、民政、司法行政、财政", "")]
    codes = [(f.line, f.code) for f in findings if f.code in ("permitted_subject", "listed_subject")]
    assert codes == [(2, "permitted_subject"), (4, "listed_subject")]  # the lines of the sections


def test_review_r10_leave_to_act_of_a_collective_is_this_modules_reading_alone():
    # A可… is read by permitted_subjects, whole collective and all; the opening collective leaves it
    findings: list[Finding] = []
    rows = subject_sentences([(1, "意见如下："), (2, "（一）细化标准。"), (3, "各州、县可结合实际，细化验收标准。")], findings)
    assert [(row.lead, row.support) for row in rows] == [("各州、县", "")]
    codes = [f.code for f in findings if f.code in ("permitted_subject", "opening_collective")]
    assert codes == ["permitted_subject"]
    assert gives_leave("各州、县可结合实际") and not gives_leave("各州、县结合实际")
    # with no 可, the collective opening the sentence is the other reading's
    findings = []
    rows = subject_sentences([(1, "意见如下："), (2, "（一）细化标准。"), (3, "各州、县结合实际，细化验收标准。")], findings)
    assert [(row.lead, row.support) for row in rows] == [("各州、县", "")]
    assert [f.code for f in findings if f.code in ("permitted_subject", "opening_collective")] == ["opening_collective"]
