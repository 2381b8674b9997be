"""A forwarding notice's own duties before the document it forwards (zygraph.readers.forwarding_cover)."""

from zygraph.readers.forwarding_cover import cover_text
from zygraph.readers.subject_sentences import subject_sentences

_NOTICE = [(1, "各县人民政府，市直各部门："), (2, "《关于整治违规建设的意见》已经市政府同意，现转发给你们，请认真贯彻执行。"),
           (3, "市政府高度重视这项工作。各县人民政府要认真清理违规项目。市发展改革委要会同有关部门加强指导。"),
           (4, "市人民政府办公厅"), (5, "关于整治违规建设的意见"), (6, "一、总体要求"), (7, "市自然资源局要严格审批。")]


def test_cover_text_runs_from_the_forwarding_sentence_to_the_signature():
    assert cover_text(_NOTICE) == (3, _NOTICE[2][1])


def test_no_forwarding_sentence_no_cover():
    assert cover_text([(1, "各县人民政府："), (2, "各县要加强领导。"), (3, "一、总体要求")]) is None


def test_cover_duties_are_tasks_before_the_document():
    # 2004 State Council notice forwarding an opinion, 1997 one forwarding 民政部's (blind118)
    rows = subject_sentences(_NOTICE, [])
    assert [(row.lead, row.support) for row in rows] == [("各县人民政府", ""), ("市发展改革委", "有关部门"),
                                                          ("市自然资源局", "")]
