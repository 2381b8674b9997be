"""Bodies of running text that only help (zygraph.sentences.helped_bodies): here, bodies a duty's subject guides to help."""

from zygraph.sentences.helped_bodies import guided_helpers
from zygraph.names.unitname import looks_like_unit


def _body(name):
    return looks_like_unit(name, lambda other: False)


def test_bodies_guided_to_help_with_a_verb_of_their_own_support():
    # 负责指导、协调物业服务企业和业委会配合… (blind102, 虹口区 e-bike charging plan): 配合 is the guided bodies' own verb
    found = guided_helpers("负责指导、协调供热企业和业委会配合改造", _body)
    assert [(i.text, i.role, i.word) for i in found] == [("供热企业", "support", "配合"), ("业委会", "support", "配合")]
    assert [i.text for i in guided_helpers("督促县供电公司积极配合施工", _body)] == ["县供电公司"]
    assert [i.text for i in guided_helpers("指导协调居民小区业委会配合开展", _body)] == ["居民小区业委会"]


def test_guided_people_or_matters_are_no_helpers():
    assert guided_helpers("指导协调居民配合改造", _body) == []
    assert guided_helpers("协调解决配合中的问题", _body) == []
    assert guided_helpers("负责指导项目推进工作", _body) == []


def test_companies_named_only_by_their_kind_or_relevance_are_whom_the_work_concerns():
    # found in review: 督促企业积极配合 read 企业 as a support unit; a company guided is one named by what it is
    assert guided_helpers("县应急局负责督促企业积极配合隐患排查", _body) == []
    assert guided_helpers("督促相关企业配合整改", _body) == []
    assert guided_helpers("指导有关公司配合", _body) == []
    assert guided_helpers("督促各类企业配合", _body) == []
    assert [i.text for i in guided_helpers("督促县供水公司配合", _body)] == ["县供水公司"]


def test_bodies_organised_to_work_together_support():
    from zygraph.sentences.helped_bodies import organised_helpers
    # 组织A、B等有关部门，分工协作，密切配合，…: fields sharing one kind noun, each a unit that supports
    found = organised_helpers("各县政府要组织住建、交通、水利等有关部门，分工协作，密切配合，开展专项整治", _body)
    assert [(i.text, i.role) for i in found] == [("住建", "support"), ("交通", "support"), ("水利", "support")]
    assert [i.text for i in organised_helpers("组织县公安局、县城管局，密切配合，开展整治", _body)] == ["县公安局", "县城管局"]
    # organising people, or with no clause of working together, names no helper
    assert organised_helpers("组织志愿者，分工协作，开展宣传", _body) == []
    assert organised_helpers("组织县公安局、县城管局开展整治", _body) == []


def test_an_organised_list_supports_the_subject_sentence():
    from zygraph.readers.piece_readings import piece_subjects
    found = piece_subjects("各县政府要组织住建、交通、水利等有关部门，分工协作，密切配合，开展专项整治。")
    assert [(i.text, i.role) for i in found] == [("各县政府", "responsible"), ("住建", "support"), ("交通", "support"),
                                                 ("水利", "support")]


def test_the_organisation_closing_a_noun_organises_no_bodies():
    # found in review: 组织 inside 党组织, 行业组织, 基层组织 read the bodies after it as organised helpers
    from zygraph.readers.piece_readings import piece_subjects
    from zygraph.sentences.helped_bodies import organised_helpers
    found = piece_subjects("各乡镇要依托村级党组织、村委会、村民小组，分工协作，做好宣传。")
    assert [(i.text, i.role) for i in found] == [("各乡镇", "responsible")]
    assert organised_helpers("要发挥行业组织、县工商联，密切配合", _body) == []
    assert organised_helpers("县民政局要指导基层组织、社区居委会，相互配合", _body) == []
    # the verb itself still organises its bodies
    found = organised_helpers("各县政府要组织住建、交通、水利等有关部门，分工协作，做好排查", _body)
    assert [i.text for i in found] == ["住建", "交通", "水利"]


def test_bodies_a_later_subject_organises_are_not_the_first_subjects():
    # found in review: the organised bodies were searched to the sentence's end, so a later subject's went to the first
    from zygraph.readers.piece_readings import piece_subjects
    found = piece_subjects("县政府要加强领导，县教育局要组织县卫健局、县公安局，密切配合，开展校园安全检查。")
    assert ("县卫健局", "support") not in [(i.text, i.role) for i in found]
    assert [i.text for i in found if i.role == "support"] == []
