from zygraph.readers.segment import segment


def _texts(rows):
    return [[text for _, text in row] for row in rows]


def test_a_numbered_item_cell_over_its_rows_is_their_area_not_a_task():
    # 2022_shanghai_yangpu_district_grassroots_fire_safety_task_list: 类别 | 项目 | 主要任务 | 牵头单位 | 配合单位; the
    # 项目 cell (2.完善委员会) merged over two rows, written before the first only: the second opens with its task
    cells = [(1, "一、做好保障"), (2, "1.做好规划"), (3, "编制规划，同步实施。"), (4, "区规划局"), (5, "2.完善委员会"),
             (6, "细化职责，规范运行。"), (7, "区消防支队"), (8, "贯彻检查指引，细化要求。"), (9, "区消防支队"), (10, "各街道")]
    found = []
    rows, areas = segment(cells, units_last=True, items=found)
    assert _texts(rows) == [["", "编制规划，同步实施。", "区规划局"], ["", "细化职责，规范运行。", "区消防支队"],
                            ["", "贯彻检查指引，细化要求。", "区消防支队", "各街道"]]
    assert areas == ["做好规划", "完善委员会", "完善委员会"]
    assert [(f.line, f.code) for f in found] == [(2, "item_cell_as_area"), (5, "item_cell_as_area")]
    # without an item column in the header, a numbered item sharing the units above is a task (2.深化公开。)
    rows, _ = segment([(1, "1.推进预算公开。"), (2, "办公室"), (3, "2.深化债务公开。")], units_last=True)
    assert _texts(rows) == [["", "1.推进预算公开。", "办公室"], ["", "2.深化债务公开。", "办公室"]]


def test_an_item_cell_that_looks_like_a_unit_or_was_broken_in_two_is_no_unit():
    # 5.实化运行消防安全委员会 ends as a committee's name does, but its number says it is the item's; broken at a line
    # that a copy lost (5.实化运行消防 / 安全委员会) it is one name still: an item's task stands between it and its units
    for cells in ([(1, "5.实化安全委员会"), (2, "成立委员会，明确成员。"), (3, "区委编办"), (4, "区消防支队")],
                  [(1, "5.实化安全"), (2, "委员会"), (3, "成立委员会，明确成员。"), (4, "区委编办"), (5, "区消防支队")]):
        found = []
        rows, areas = segment(cells, units_last=True, items=found)
        assert [row[1][1] for row in rows] == ["成立委员会，明确成员。"] and areas == ["实化安全委员会"]
        assert "委员会" not in [text for row in rows for _, text in row[2:]]
        assert len(found) == 1


def test_a_short_numbered_task_before_its_units_is_no_item_and_takes_no_unit_into_its_name():
    # review example (rev_f): 类别 | 工作任务 | 责任单位 over 城市建设 / 1.推进老旧小区改造 / 区住建委 / …: a numbered cell
    # a unit cell follows is a task of its own, not an item's name, and the unit cell is not glued onto it
    cells = [(1, "城市建设"), (2, "1.推进老旧小区改造"), (3, "区住建委"), (4, "2.完善道路照明设施"), (5, "区市政局")]
    found = []
    rows, _ = segment(cells, units_last=True, items=found)
    assert _texts(rows) == [["", "1.推进老旧小区改造", "区住建委"], ["", "2.完善道路照明设施", "区市政局"]]
    assert found == []


def test_the_item_rule_needs_a_header_cell_naming_items():
    from zygraph.readers.piped import piped_cells

    lines = [f"{cell} |" for cell in ("类别", "工作任务", "责任单位", "城市建设", "1.推进老旧小区改造", "区住建委",
                                      "2.完善道路照明设施", "区市政局", "3.建设口袋公园", "区绿化局")]
    table = piped_cells(lines)
    assert [row[1][1] for row in table.rows] == ["1.推进老旧小区改造", "2.完善道路照明设施", "3.建设口袋公园"]
    assert "item_cell_as_area" not in [f.code for f in table.findings]


def test_a_numbered_task_that_ends_as_a_unit_name_is_a_task_not_a_unit():
    # review example (rev_f): 4.新建社区养老服务站 ends as a unit's name (…站) but its number says it is a task: read
    # as units it went into the row above's lead, with the heading before it (社会事业) clipped into a unit
    from zygraph.readers.rowfit import cell_kind

    assert cell_kind("4.新建社区养老服务站") == "text" and cell_kind("区民政局") == "units"
    rows, _ = segment([(1, "3.建设口袋公园"), (2, "区绿化局"), (3, "4.新建社区养老服务站"), (4, "区民政局")], units_last=True)
    assert _texts(rows) == [["", "3.建设口袋公园", "区绿化局"], ["", "4.新建社区养老服务站", "区民政局"]]


def test_a_cell_saying_nothing_right_after_a_task_is_its_empty_lead_cell():
    # 建科技馆。 / —— / 市文旅局: the first unit cell is written 无 or ——, so 市文旅局 stands in the second unit column
    for nothing in ("——", "—", "/", "无"):
        found = []
        rows, _ = segment([(1, "办科技周。"), (2, "市科协"), (3, "市教育局"), (4, "建科技馆。"), (5, nothing),
                           (6, "市文旅局")], units_last=True, findings=found)
        assert _texts(rows)[1] == ["", "建科技馆。", "", "市文旅局"]
        assert [(f.line, f.code) for f in found] == [(5, "empty_unit_cell")]


def test_a_cell_saying_nothing_after_a_rows_units_changes_nothing():
    rows, _ = segment([(1, "办科技周。"), (2, "市科协"), (3, "——"), (4, "建科技馆。"), (5, "市文旅局")], units_last=True,
                      findings=[])
    assert _texts(rows) == [["", "办科技周。", "市科协"], ["", "建科技馆。", "市文旅局"]]
