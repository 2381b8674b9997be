"""Section headings a copy glued to their first sentence (zygraph.readers.glued_headings), as the sentence reader
cuts them: a regulation on one line whose units are the subjects of its sentences."""

from zygraph.readers.glued_headings import glued_heading, opens_as_subject, runs_into_subject
from zygraph.readers.piece_readings import piece_subjects
from zygraph.readers.subject_sentences import subject_sentences

#: A regulation's sections, each heading run on into its first sentence (中办发〔2020〕39号's wording, cut short).
_REGULATION = [
    (1, "现就有关事项通知如下。"),
    (2, "三、严格控制村庄搬迁撤并范围严格落实相关规定，分类有序推进村庄规划建设。"
        "各省（自治区、直辖市）要进一步明确搬迁撤并类村庄的具体认定标准。"),
    (3, "七、加强问题排查和整改各省（自治区、直辖市）要组织开展村庄撤并工作全面排查。尚未实施的项目，要仔细甄别把关。"),
    (4, "八、加强对村庄撤并工作的组织领导地方各级党委和政府要切实担负起责任。各有关部门要加强协调配合。"
        "纪检监察机关负责查处村庄撤并中的腐败行为。"),
]


def _subjects(text):
    return [item.text for item in piece_subjects(text)]


def test_the_heading_ends_where_the_subjects_name_opens():
    piece = "加强对村庄撤并工作的组织领导地方各级党委和政府要切实担负起责任。"
    assert glued_heading(piece, _subjects, lambda name: False) == len("加强对村庄撤并工作的组织领导")
    piece = "规范开展城乡建设用地增减挂钩各省（自治区、直辖市）要合理确定挂钩规模。"  # not at 乡 of 城乡
    assert glued_heading(piece, _subjects, lambda name: False) == len("规范开展城乡建设用地增减挂钩")


def test_no_cut_where_no_subject_follows_or_the_heading_is_a_body():
    assert glued_heading("准确把握村庄建设的总体要求以新思想为指导，全面贯彻会议精神。", _subjects, lambda name: False) is None
    assert glued_heading("省人民政府各有关部门要加强协调。", _subjects, lambda name: name.endswith("政府")) is None


def test_how_a_subjects_name_opens_after_a_heading():
    assert [opens_as_subject(n) for n in ("各省（自治区、直辖市）", "地方各级党委和政府", "县财政局", "中央财政")] == [
        True, True, True, True]
    assert [opens_as_subject(n) for n in ("领导地方各级党委和政府", "乡建设用地增减挂钩各省", "环境保护部门")] == [
        False, False, False]
    assert runs_into_subject("规范开展城乡建设用地增减挂钩各省（自治区、直辖市）")
    assert not runs_into_subject("地方各级党委和政府") and not runs_into_subject("国务院各有关部门")


def test_a_regulation_with_glued_headings_reads_one_task_a_subject_sentence_from_its_subject():
    found = []
    rows = subject_sentences(_REGULATION, found)
    assert [(r.area, r.task[:16], r.lead) for r in rows] == [
        ("", "各省（自治区、直辖市）要进一步明", "各省（自治区、直辖市）"),  # not from 严格落实…: the copy glues its headings
        ("加强问题排查和整改", "各省（自治区、直辖市）要组织开展", "各省（自治区、直辖市）"),
        ("加强对村庄撤并工作的组织领导", "地方各级党委和政府要切实担负起责", "地方各级党委和政府"),
        ("加强对村庄撤并工作的组织领导", "各有关部门要加强协调配合。", "各有关部门"),
        ("加强对村庄撤并工作的组织领导", "纪检监察机关负责查处村庄撤并中的", "纪检监察机关")]
    glued = [f.message for f in found if f.code == "glued_heading"]
    assert [message.split(": ", 1)[1].split("|")[0] for message in glued] == ["加强问题排查和整改", "加强对村庄撤并工作的组织领导"]


def test_a_document_whose_headings_are_not_glued_keeps_a_points_sentences_before_its_subject():
    # points with no heading (一、text。A可…): where no heading was found glued, a point's task starts at the point
    pairs = [(1, "现通知如下："), (2, "一、目录主要梳理规范执法事项，实行清单管理。各省、自治区、直辖市可根据实际进行补充。"),
             (3, "二、生态环境部要加强业务指导。中央编办要会同司法部加强统筹协调。")]
    rows = subject_sentences(pairs, [])
    assert [(r.task[:8], r.lead, r.support) for r in rows] == [
        ("目录主要梳理规范", "各省、自治区、直辖市", ""), ("生态环境部要加强", "生态环境部", ""), ("中央编办要会同司", "中央编办", "司法部")]


def test_a_heading_glued_to_a_short_name_the_text_defined_is_cut_before_it():
    from zygraph.readers.glued_headings import defined_short_names, short_name_cut
    names = defined_short_names("材料报省环境监测中心站（以下简称中心站）审核。")
    assert names == {"中心站": "材料报省环境监测中心站"}
    assert short_name_cut("加强日常运行管理中心站统一负责运行。", "加强日常运行管理中心站", names) == 8
    assert short_name_cut("省环境监测中心站统一负责运行。", "省环境监测中心站", names) is None  # the full name itself
