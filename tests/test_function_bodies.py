"""Bodies named by their function in a regime as a duty's subject (zygraph.sentences.function_bodies)."""

from zygraph.readers.piece_readings import piece_subjects
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


def test_party_a_rule_binds_joined_to_a_body_is_no_subject():
    # 2004 State Council power-station notice (blind118): 当地政府和项目单位要根据国家有关规定，完善建设方案
    assert _units("当地政府和建设单位要按照有关规定补办手续。") == [("当地政府", "responsible")]
    assert _units("项目单位要完善建设方案。") == []


def test_all_parties_concerned_are_called_on():
    assert _units("各有关方面要按照本意见的要求，抓紧开展工作。") == [("各有关方面", "responsible")]


def test_the_organ_above_the_one_a_rule_speaks_of():
    from zygraph.sentences.function_bodies import function_body
    assert function_body("上级机关") and function_body("上级主管部门")
    assert not function_body("上级") and not function_body("上级领导")
