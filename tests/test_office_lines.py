"""Office lines: a line naming who answers for a measure and leading in to its items (A会同B负责，具体工作是：)."""

from zygraph.sentences.office_lines import office_line


def _roles(items):
    return [(item.text, item.role) for item in items]


def test_an_office_line_with_a_partner_after_hui_tong_gives_the_first_the_lead_and_the_partner_support():
    assert _roles(office_line("财务司预算处会同机关服务中心负责，具体工作是：")) == [
        ("财务司预算处", "lead"), ("机关服务中心", "support")]


def test_an_office_line_announcing_items_in_other_words_is_read_alike():
    assert _roles(office_line("办公厅秘书处负责，主要工作如下：")) == [("办公厅秘书处", "responsible")]
    assert _roles(office_line("规划司牵头，视情况开展以下工作：")) == [("规划司", "lead")]


def test_a_line_with_a_duty_of_its_own_or_no_colon_is_no_office_line():
    assert office_line("规划司负责编制年度计划。") is None
    assert office_line("规划司负责，具体工作是") is None
    assert office_line("规划司负责编制年度计划，具体包括：") is None  # the words after the verb are the work itself


def test_units_in_general_name_no_office():
    assert office_line("各有关司局负责，具体工作是：") is None
