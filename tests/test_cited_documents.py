"""The names of cited documents and their verbs, shared by every reader of a document that speaks."""

import pytest

from zygraph.cited_documents import DOCUMENT_SAYS, DOCUMENT_SPEAKER


@pytest.mark.parametrize("speaker", ["通知", "实施方案", "上级文件", "会议纪要", "《行动计划》", "省里決定", "管理办法"])
def test_a_document_speaks(speaker):
    assert DOCUMENT_SPEAKER.search(speaker)


@pytest.mark.parametrize("speaker", ["县长", "王局长", "会议", "市委书记张某", "他"])
def test_a_person_or_a_meeting_is_no_document(speaker):
    assert not DOCUMENT_SPEAKER.search(speaker)


@pytest.mark.parametrize("sentence, rest", [
    ("《意见》明确，由县农业农村局牵头", "由县农业农村局牵头"),
    ("通知指出市卫健委将对各区开展检查", "市卫健委将对各区开展检查"),
    ("方案中规定：各镇负责摸底", "各镇负责摸底"),
    ("《實施方案》明確，縣教育局負責", "縣教育局負責"),
    ("县长要求，县交通局负责", "县长要求，县交通局负责"),  # a person speaks: nothing is taken off
    ("各部门要按照通知要求落实", "各部门要按照通知要求落实"),  # the document mid-sentence opens nothing
])
def test_what_a_document_says_opens_the_sentence(sentence, rest):
    assert DOCUMENT_SAYS.sub("", sentence) == rest
