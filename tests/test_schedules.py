"""Tests for zygraph.sentences.schedules: the units a timetable names for its stages."""

from zygraph.sentences.schedules import schedule_units


def test_a_timetable_names_the_units_doing_its_stages():
    text = ("9月16日-17日为各乡镇、各单位领取和发放鼠药时间；9月18日上午9:30分为饱和投药时间；"
            "9月27日-30日为县委、县政府督察室，县爱卫会办公室联合全面检查验收阶段。")
    assert [(i.text, i.role) for i in schedule_units(text)] == [
        ("各乡镇", "responsible"), ("各单位", "responsible"), ("县委、县政府督察室", "responsible"),
        ("县爱卫会办公室", "responsible")]
    assert schedule_units("3月1日-10日为宣传发动阶段；3月11日-30日为全面整治阶段。") is None
