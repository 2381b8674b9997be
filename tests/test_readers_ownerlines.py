"""Tests for numbered lines naming only their units over items numbered otherwise (zygraph.readers.ownerlines)."""

from zygraph.readers.ownerlines import owner_line_units
from zygraph.readers.paragraph import parse_paragraphs


def test_items_under_a_numbered_line_naming_only_its_units_are_each_a_task_of_those_units():
    # 4、A负责： / （1）… / （2）…: each item is a task of A; the line itself is no task; 5、 with its duty after the
    # colon is a task of its own; 6、 heads its own items
    doc = parse_paragraphs("4、甲区政府负责：\n（1）整治锅炉，取消原煤散烧。\n（2）加强农村环境保护。\n"
                           "5、市经委负责：对焦化企业实施管理。\n6、市建设局、市城管局负责：\n（1）建设供热管网。\n")
    assert [(row.task, row.lead, row.support) for row in doc.rows] == [
        ("整治锅炉，取消原煤散烧。", "甲区政府", ""), ("加强农村环境保护。", "甲区政府", ""),
        ("市经委负责：对焦化企业实施管理。", "市经委", ""), ("建设供热管网。", "市建设局、市城管局", "")]
    assert [f.line for f in doc.findings if f.code == "owner_line"] == [1, 5]
    assert [f.line for f in doc.findings if f.code == "units_from_heading"] == [2, 3, 6]
    assert not [f for f in doc.findings if f.code == "no_assignment"]


def test_items_naming_their_own_units_keep_them_and_leave_the_line_a_task():
    # 1、A负责： / （1）…（B负责）: the item names its units, so the line heads nothing and stays as it was read
    doc = parse_paragraphs("1、市建设局负责：\n（1）建设供热管网（市城管局负责）。\n")
    assert not [f for f in doc.findings if f.code == "owner_line"]
    assert ("建设供热管网", "市城管局") in [(row.task, row.lead) for row in doc.rows]


def test_items_numbered_as_the_line_is_are_its_siblings_not_its_items():
    # 1、A负责： / 2、加强管理。: the next line is numbered as this one, a sibling: no heading is read
    doc = parse_paragraphs("1、市建设局负责：\n2、加强管理。\n3、建设供热管网（市城管局负责）。\n")
    assert not [f for f in doc.findings if f.code == "owner_line"]


def test_only_units_and_an_owning_verb_before_the_colon_make_an_owner_line():
    assert [(i.text, i.role) for i in owner_line_units("市农业局牵头负责：")] == [("市农业局", "lead")]
    assert owner_line_units("市经委负责：对焦化企业实施管理。") == []  # its duty after the colon: a task
    assert owner_line_units("市财政局配合：") == []  # only helpers: whom they help is not said
    assert owner_line_units("具体工作如下：") == []  # no units
    assert owner_line_units("加强农村环境保护负责：") == []  # words of a task, not a unit
    assert owner_line_units("市建设局负责，具体工作是：") == []  # a lead-in sentence (an office line's shape)


def test_the_next_line_numbered_as_the_owner_line_ends_its_hold():
    # 1、A负责： / （1）（2） / 2、加强监督检查。 / （1）（2）: 2、 is the owner line's sibling; neither it nor its items
    # are A's (they name no units: no task), while (2) naming its own units and 3、 with its duty keep theirs
    doc = parse_paragraphs("一、工作任务\n1、茄子河区政府负责：\n（1）对小煤矿集中整治。\n"
                           "（2）加强农村环境保护。（市生态环境局、市农业农村局负责）\n2、加强监督检查。\n（1）开展专项督查。\n"
                           "（2）建立通报制度。\n3、市经委负责：对焦化企业实施相应管理。\n")
    assert [(row.task, row.lead) for row in doc.rows] == [
        ("对小煤矿集中整治。", "茄子河区政府"), ("加强农村环境保护。", "市生态环境局、市农业农村局"),
        ("市经委负责：对焦化企业实施相应管理。", "市经委")]
    assert [f.line for f in doc.findings if f.code == "owner_line"] == [2]
    assert [f.line for f in doc.findings if f.code == "owner_line_end"] == [5]
    assert [f.line for f in doc.findings if f.code == "no_assignment"] == [5, 6, 7]


def test_items_under_a_numbered_line_naming_a_unit_and_the_word_for_its_duties_are_its_tasks():
    # 1.A职责 / （1）…； / （2）协助…； / 2.B职责 / （1）…: the heading's unit does each item (协助: support); the
    # numbers restart under each heading and the headings are no tasks
    doc = parse_paragraphs("1.镇安全委员会职责\n（1）组织领导本镇安全工作；\n（2）协助开展事故调查工作。\n"
                           "2.村委会职责\n（1）宣传安全知识，会同县应急局开展演练。\n")
    assert [(row.task, row.lead, row.support) for row in doc.rows] == [
        ("组织领导本镇安全工作；", "镇安全委员会", ""), ("协助开展事故调查工作。", "", "镇安全委员会"),
        ("宣传安全知识，会同县应急局开展演练。", "村委会", "县应急局")]
    assert [f.line for f in doc.findings if f.code == "owner_line"] == [1, 4]
    assert not [f for f in doc.findings if f.code == "no_assignment"]


def test_a_heading_saying_work_on_duties_names_no_unit_for_the_items_below_it():
    # 2.切实履行好属地政府职责 / （1）…: an adverb and a verb before the duties, no unit's title
    doc = parse_paragraphs("1.切实履行好属地政府职责\n（1）定期研究安全生产工作。\n（2）将安全生产纳入考核。（责任单位：县委组织部）\n"
                           "2.依法履行县级部门职责\n（1）开展专项检查。（牵头单位：县应急局）\n")
    assert not [row for row in doc.rows if "属地政府" in row.lead or "县级部门" in row.lead]
    assert not [f for f in doc.findings if f.code == "owner_line"]
