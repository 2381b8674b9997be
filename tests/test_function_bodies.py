"""Bodies named by their function in a regime as a duty's subject (zygraph.sentences.function_bodies)."""

from zygraph.readers.subject_sentences import piece_subjects
from zygraph.sentences.function_bodies import function_body


def _units(piece):
    return [(item.text, item.role) for item in piece_subjects(piece)]


def test_organs_and_units_by_their_function_are_bodies():
    assert all(map(function_body, ("登记管理机关", "民办学校登记管理机关", "各级审批机关", "挂靠单位", "业务主管单位", "银行")))


def test_parties_a_rule_binds_and_organs_in_general_are_none():
    assert not any(map(function_body, ("项目单位", "建设单位", "排污单位", "党政机关", "国家机关", "要移送有关机关",
                                        "机关", "银行账户")))


def test_function_bodies_open_duty_sentences():
    # 1997 State Council notice on social organisations (blind118): 登记管理机关、业务主管部门和挂靠单位都要从严把关
    assert _units("审批机关、业务主管部门和挂靠单位都要严格把关。") == [
        ("审批机关", "responsible"), ("业务主管部门", "responsible"), ("挂靠单位", "responsible")]
    assert _units("在年检工作中，登记管理机关要认真审查。") == [("登记管理机关", "responsible")]
