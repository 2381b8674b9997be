"""Where a label's unit list ends when a copy glued the next item or task to it."""

from zygraph.readers.labelends import label_units_apart


def test_units_glued_to_the_next_items_number_sub_number_or_part_heading_end_there():
    part = "1.改革。牵头单位：区财政局，配合单位：区农业局、区林业局（二）现代农业"
    assert label_units_apart(part) == ["1.改革。牵头单位：区财政局，配合单位：区农业局、区林业局", "（二）现代农业"]
    part = "2.开放合作。牵头单位：区商务局，配合单位：区口岸办三、保障措施（一）夯实网络基础"
    assert label_units_apart(part) == ["2.开放合作。牵头单位：区商务局，配合单位：区口岸办", "三、保障措施（一）夯实网络基础"]


def test_in_a_whole_copy_on_one_line_units_glued_to_the_next_tasks_words_end_where_names_stop():
    part = "完善服务。牵头单位：区卫健局，配合单位：区人社局、通管办“互联网+”教育：开发教育资源。牵头单位：区教育局"
    assert label_units_apart(part, glued=True) == [
        "完善服务。牵头单位：区卫健局，配合单位：区人社局、通管办", "“互联网+”教育：开发教育资源。牵头单位：区教育局"]
    part = "健全制度。牵头单位：区发改局，配合单位：区通管办大力发展创投基金。牵头单位：区财政局"
    assert label_units_apart(part, glued=True) == ["健全制度。牵头单位：区发改局，配合单位：区通管办",
                                                   "大力发展创投基金。牵头单位：区财政局"]


def test_units_with_their_role_verbs_and_lines_not_glued_stay_whole():
    part = "健全制度。责任单位：区发改局牵头，区财政局配合，区通管办等按职责分工负责"
    assert label_units_apart(part, glued=True) == [part]
    part = "健全制度。牵头单位：区发改局，配合单位：区通管办大力发展创投基金。"
    assert label_units_apart(part) == [part]  # a line of its own: nothing glued to it


def test_a_label_inside_a_bracket_ends_its_list_with_the_bracket():
    # a one-line copy: （一）增长11%。（责任领导：张某；牵头单位：市发改局）: the ） is no task's first word
    part = "（一）地区生产总值增长11%。（责任领导：洪某；牵头单位：市发改局）"
    assert label_units_apart(part, glued=True) == [part]
    part = "（二）固定资产投资增长12%。（牵头单位：市发改局，责任单位：市财政局、市自然资源局）"
    assert label_units_apart(part, glued=True) == [part]


def test_a_bracketed_note_after_the_last_unit_is_no_next_tasks_words():
    # 责任单位：市发改委、市财政局（第一责任单位为牵头单位，下同）: the note stays with its list
    part = "推进PPP建设。责任单位：市发改委、市财政局（第一责任单位为牵头单位，下同）时限要求：持续推进"
    assert label_units_apart(part, glued=True) == [part]


def test_a_names_own_closing_bracket_is_no_next_tasks_words():
    # a one-line copy: …责任单位：各有关部门，各开发区、镇（街道）2.一般公共预算…: the ） closes the name
    part = "1.地区生产总值增长6.5%以上。牵头单位：市发展和改革局责任单位：各有关部门，各开发区、镇（街道）"
    assert label_units_apart(part, glued=True) == [part]


def test_a_role_verb_said_severally_closes_the_list_it_is_no_next_tasks_words():
    part = "6.城乡居民收入增速保持全省领先。责任单位：市人力社保局、市农业农村局分别牵头"
    assert label_units_apart(part, glued=True) == [part]


def test_units_ending_with_the_villages_and_communities_collective_end_at_the_next_items_number():
    # a one-line copy: 责任单位：各联合党委、各村居（二）广泛摸排…: 各村居 is one collective, not 各村 and the word 居
    part = "（一）齐抓共管。责任单位：各联合党委、各处室、各村居（二）广泛摸排"
    assert label_units_apart(part, glued=True) == ["（一）齐抓共管。责任单位：各联合党委、各处室、各村居", "（二）广泛摸排"]
    part = "（三）创新方式。责任单位：各联合党委、各村居、各处室三、组织保障"
    assert label_units_apart(part, glued=True) == ["（三）创新方式。责任单位：各联合党委、各村居、各处室", "三、组织保障"]
