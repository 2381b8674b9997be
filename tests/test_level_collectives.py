"""Collectives of levels: a 各 running over the levels after it, levels counted before the kind they share."""

from zygraph.names.level_collectives import collective_run
from zygraph.names.unitlist import split_units


def test_a_level_said_with_its_level_word_closes_the_collective_of_the_each_before_it():
    # 县级人民政府 is the county level's government: the 各 before it runs over it, as over 县人民政府
    assert split_units("各区、县级人民政府") == ["各区、县级人民政府"]
    assert split_units("各州、市、县级人民政府和省水利厅") == ["各州、市、县级人民政府", "省水利厅"]
    # with no 各 before them the levels share the government named after the last all the same
    assert split_units("州、县级政府、省交通厅") == ["州、县级政府", "省交通厅"]


def test_the_provinces_peers_are_levels_under_the_each_before_them():
    assert split_units("各省、自治区、直辖市") == ["各省、自治区、直辖市"]
    assert split_units("各省、自治区、直辖市人民政府及新疆生产建设兵团") == ["各省、自治区、直辖市人民政府", "新疆生产建设兵团"]


def test_levels_counted_before_the_kind_they_share_are_one_collective():
    assert split_units("省、市、县三级水利部门") == ["省、市、县三级水利部门"]
    assert split_units("县、乡两级人民政府、市公安局") == ["县、乡两级人民政府", "市公安局"]
    pieces, seps = ["区", "镇两级财政部门"], ["、"]
    assert collective_run(pieces, seps, 0) == (1, "")


def test_levels_with_no_count_and_no_shared_government_stay_apart():
    # a bare level before a field's department of one level is no collective of levels
    assert split_units("区、县级财政部门") == ["区", "县级财政部门"]
    assert split_units("各地区、各部门") == ["各地区", "各部门"]


def test_levels_written_with_their_ji_share_the_government_after_the_last():
    # 省级、地级人民政府要… (blind110 迎峰度夏): one collective
    assert split_units("省级、地级人民政府") == ["省级、地级人民政府"]
    assert split_units("省级、市财政局") == ["省级", "市财政局"]
