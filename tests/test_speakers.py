"""Who a text says requires its work: cited documents and their verbs, meetings, leaders and teams."""

import pytest

from zygraph.sentences.speakers import DOCUMENT_SAYS, DOCUMENT_SPEAKER, SPEAKS


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


@pytest.mark.parametrize("speaker, speaks", [
    ("会议", True), ("县长", True), ("吴建荣副局长", True), ("他", True), ("督查组", True), ("调研组", True),
    ("《方案》", False), ("通知", False), ("群众", False), ("各部门", False),
])
def test_who_speaks_a_requirement(speaker, speaks):
    assert bool(SPEAKS.search(speaker)) is speaks
