"""Bodies named for the place a sentence's matter lies in (zygraph.sentences.places_concerned): 所在市、县人民政府 is the
collective named 市、县人民政府 before it, one unit."""

from zygraph.sentences.grammar import Item
from zygraph.sentences.places_concerned import without_place_concerned
from zygraph.readers.subjects import subject_sections


def test_suo_zai_before_a_level_is_dropped_and_the_name_read_once():
    items, read = without_place_concerned([Item("市、县人民政府", "responsible", "要"),
                                           Item("所在市、县人民政府", "responsible", "要"),
                                           Item("同级财政部门", "responsible", "要")])
    assert [i.text for i in items] == ["市、县人民政府", "同级财政部门"] and read == ["所在市、县人民政府"]


def test_the_place_itself_stays():
    items, read = without_place_concerned([Item("所在地人民政府", "responsible", "要")])
    assert [i.text for i in items] == ["所在地人民政府"] and read == []


def test_a_section_naming_the_governments_again_for_the_farms_place_names_them_once():
    pairs = [(1, "方案如下："), (2, "三、资产移交。市、县人民政府要发挥管理监督责任，组织召开工作协调会议。"
                                  "对于同意移交的国有林场，所在市、县人民政府及同级财政部门要主动解决移交过程中出现的问题。")]
    found = []
    rows = subject_sections(pairs, found)
    assert [(row.lead, row.support) for row in rows] == [("市、县人民政府、同级财政部门", "")]
    assert [f.code for f in found].count("place_concerned") == 1
