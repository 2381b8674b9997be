"""Units a 各 runs over."""

from zygraph.unitlist import split_units


def test_a_prefecture_office_shares_the_each_of_the_committees_before_it():
    # 行署 (行政公署): a prefecture's administrative office, the peer of a city's government, under the 各 before it
    assert split_units("各地（州）委、行署") == ["各地（州）委、行署"]
    assert split_units("各盟委、行署（政府）和区水利厅") == ["各盟委、行署（政府）", "区水利厅"]
    assert split_units("区财政厅、行署财政局") == ["区财政厅", "行署财政局"]



def test_levels_named_bare_share_the_government_after_the_last():
    # a level written alone is no unit: the levels share the government named after the last (as 各市、县人民政府)
    assert split_units("市、县人民政府") == ["市、县人民政府"]
    assert split_units("县、乡政府和县财政局") == ["县、乡政府", "县财政局"]
    # a unit of a place after places keeps its own name: the place opening it is its owner, not a level alone
    assert split_units("东城区、县开发区、县住建局") == ["东城区", "县开发区", "县住建局"]


def test_province_level_places_share_the_department_after_their_government():
    # 省 is a place as 区 and 市 are: the levels listed share the department named after the last one's government
    assert split_units("省、自治区、直辖市人民政府林业部门") == ["省、自治区、直辖市人民政府林业部门"]
    assert split_units("省、自治区人民政府卫生行政部门、海关") == ["省、自治区人民政府卫生行政部门", "海关"]
    assert split_units("省民政厅、省财政厅") == ["省民政厅", "省财政厅"]


def test_levels_sharing_one_government_stay_whole_before_a_unit_joined_to_it():
    # 所在市、县人民政府及同级财政部门要…: the levels' governments, then the finance departments of the same level
    assert split_units("市、县人民政府及同级财政部门") == ["市、县人民政府", "同级财政部门"]
    assert split_units("所在市、县人民政府及同级财政部门") == ["所在市、县人民政府", "同级财政部门"]
    assert split_units("市、县人民政府和省财政厅") == ["市、县人民政府", "省财政厅"]
