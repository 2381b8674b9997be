"""Two bodies a list names side by side that make one unit: a joint office, or a collective's committee and government."""

from zygraph.names.paired_bodies import joint_office, level_partner
from zygraph.names.unitlist import split_units
from zygraph.names.listlike import looks_like_unit_list


def test_a_levels_committees_and_governments_under_one_ge_are_one_collective():
    assert split_units("各县（市）党委、政府") == ["各县（市）党委、政府"]
    assert split_units("各街道政府、党委、区民政局") == ["各街道政府、党委", "区民政局"]
    assert looks_like_unit_list("各县（市）党委、政府")


def test_a_named_government_or_one_without_ge_is_its_own_unit():
    assert level_partner("各乡镇党委", "区政府") is False
    assert level_partner("区委", "政府") is False
    assert split_units("各乡镇党委、县民政局") == ["各乡镇党委", "县民政局"]


def test_the_committee_and_its_governments_supervision_office_stay_one():
    assert joint_office("市委", "市政府督查室") and not joint_office("市委", "市政府办公室")
    assert split_units("市委、市政府督查室") == ["市委、市政府督查室"]
