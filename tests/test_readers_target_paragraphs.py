from zygraph.readers.target_paragraphs import shared_bracket


def test_target_names_share_the_bracket_closing_the_last():
    targets = [(3, "百个空间：建设绿地。"), (5, "千个节点：改造路口。")]
    assert shared_bracket(targets, "万个设施：布设座椅。（牵头单位：区绿化局）") == targets


def test_a_unit_before_its_colon_is_a_duty_not_a_target():
    assert shared_bracket([(3, "区水务局：负责河道绿化。")], "万个设施：布设座椅。（牵头单位：区绿化局）") == []
    assert shared_bracket([(3, "百个空间：建设绿地。")], "区绿化局：负责座椅布设。（牵头单位：区绿化局）") == []


def test_nothing_shared_without_paragraphs_before():
    assert shared_bracket([], "万个设施：布设座椅。（牵头单位：区绿化局）") == []
