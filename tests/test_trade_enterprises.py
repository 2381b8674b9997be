"""Classes of enterprises named by the trade a government field oversees (zygraph.sentences.trade_enterprises)."""

from zygraph.sentences.trade_enterprises import trade_enterprises


def test_a_trade_named_by_a_field_of_government_is_a_class_of_enterprises():
    assert trade_enterprises("民航运输企业")
    assert trade_enterprises("各供电企业")
    assert trade_enterprises("交通运输企业")


def test_enterprises_named_otherwise_are_no_class():
    assert not trade_enterprises("企业")
    assert not trade_enterprises("各类企业")
    assert not trade_enterprises("涉危企业")
    assert not trade_enterprises("铁路沿线的企业")
    assert not trade_enterprises("铁路运输")


def test_coal_power_and_oil_enterprises_are_classes_of_a_trade():
    # 煤炭企业要…, 发电企业要…, 煤电油运企业 (blind110 迎峰度夏)
    assert trade_enterprises("煤炭企业") and trade_enterprises("电力企业") and trade_enterprises("煤电油运企业")
    assert not trade_enterprises("高耗能企业")


def test_sanitation_enterprises_of_the_notice_s_own_area_are_a_class():
    # 本区环卫企业应…, 环卫企业要… (blind117 松江 环卫): the trade of street cleaning, and 本区 as 各 makes a class
    assert trade_enterprises("环卫企业") and trade_enterprises("本区环卫企业") and trade_enterprises("全市燃气企业")
    assert not trade_enterprises("本区企业")
    assert not trade_enterprises("本溪市企业")
