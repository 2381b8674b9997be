"""A subject's duty that is only to help with the work: the subject supports (zygraph.sentences.helping_duties)."""

from zygraph.readers.piece_readings import piece_subjects
from zygraph.sentences.helping_duties import helps_only


def _units(piece):
    return [(item.text, item.role) for item in piece_subjects(piece)]


def test_help_verb_alone_before_its_purpose_supports():
    # 1997 State Council notice (blind118): 民政、公安、国家安全、人民银行等部门要积极配合，以保证…
    assert _units("县公安局、县司法局要积极配合，以确保整治工作顺利进行。") == [("县公安局", "support"), ("县司法局", "support")]


def test_duty_closing_with_help_with_named_work_supports():
    # 2004 State Council notice (blind118): 各级国土、环保…等部门要认真执行…，配合做好相关项目停工等善后工作
    assert _units("县水利局要严格执行有关规定，配合做好项目停工善后工作。") == [("县水利局", "support")]


def test_help_then_work_of_its_own_stays_responsible():
    assert _units("县公安局、县司法局要紧密配合，依法查处。") == [("县公安局", "responsible"), ("县司法局", "responsible")]
    assert not helps_only("要加强巡查，做好宣传。")
    assert not helps_only("要配合县公安局落实管控。")  # the body helped does the work (helped_bodies)


def test_help_after_a_first_working_clause_of_its_own_is_besides_so_the_subject_is_responsible():
    assert _units("县住建局要加强建筑工地扬尘管控，依法查处违规行为，配合做好宣传工作。") == [("县住建局", "responsible")]


def test_close_help_between_the_subjects_is_helping_each_other():
    assert _units("县生态环境局、县水利局要密切配合，确保各项任务落到实处。") == [
        ("县生态环境局", "responsible"), ("县水利局", "responsible")]


def test_a_body_helped_alone_in_its_clause_leaves_the_subject_only_helping():
    # A要积极协助B，做好…工作: B has no verb of its own; A supports, B is no unit
    assert helps_only("要主动协助政府有关部门，做好登记、统计等相关工作。")
    assert _units("县商会要积极协助县商务局，做好招商引资的宣传工作。") == [("县商会", "support")]
    # the body helped with a verb of its own is helped_bodies' reading; a charge of the subject's own keeps it responsible
    assert not helps_only("要协助县商务局落实招商任务。")
    assert not helps_only("要负责组织招商，协助县商务局，做好宣传。")


def test_help_in_a_later_subjects_clause_is_theirs_not_the_first_subjects():
    # ministry plans (blind131): 各地应…，监测、执法部门应明确分工、密切配合，监测部门负责…: the first subject keeps its duty
    assert _units("各乡镇应结合“河长制”开展巡查工作，县水利局、县公安局应明确分工、密切配合，县水利局负责现场勘验。") == [
        ("各乡镇", "responsible"), ("县水利局", "responsible"), ("县公安局", "responsible")]


def test_later_subject_of_fields_sharing_one_kind_noun_names_each_field():
    # 各地应…，监测、执法部门应明确分工: 监测 and 执法部门, each a unit as written
    assert _units("各乡镇应结合“河长制”开展巡查工作，水利、公安部门应明确分工、密切配合，水利部门负责现场勘验。") == [
        ("各乡镇", "responsible"), ("水利", "responsible"), ("公安部门", "responsible"), ("水利部门", "responsible")]
