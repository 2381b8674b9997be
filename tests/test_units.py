"""Unit registry: resolving names, aliases, misspellings and splitting unit lists."""

import pytest

from zygraph.errors import RegistryError
from zygraph.names.units import KINDS, Registry, match_key


@pytest.fixture(scope="module")
def registry():
    return Registry.bundled()


def names(registry, cell):
    return [r.unit.name for r in registry.split(cell)]


def test_match_key_folds_width_and_space_but_keeps_chinese():
    assert match_key(" 各县（区） 人民政府\u3000") == "各县(区)人民政府"
    assert match_key("市科协") == "市科协"


def test_every_kind_in_bundled_registry_is_known(registry):
    assert {u.kind for u in registry.units} <= set(KINDS)
    # every entry has an English name: its own pattern, or its body's
    assert all(u.name_en or u.body in registry.bodies for u in registry.units)


def test_abbreviation_resolves_to_full_name(registry):
    res = registry.resolve("市文广旅局")
    assert (res.unit.name, res.how, res.unit.kind) == ("市文化广电旅游局", "alias", "government")


@pytest.mark.parametrize(
    "typo, canonical",
    [("市人力资源社会社会保障局", "市人力资源社会保障局"), ("市科协局", "市科技局")],
)
def test_known_misspellings_are_corrected(registry, typo, canonical):
    res = registry.resolve(typo)
    assert (res.unit.name, res.how) == (canonical, "misspelling")


def test_unknown_name_is_kept_with_suggestions(registry):
    res = registry.resolve("市科技 局局长")
    assert res.how == "unknown" and not res.known
    assert res.unit.name == "市科技局局长" and res.unit.kind == "unknown"
    assert "市科技局" in res.suggestions


def test_split_on_both_comma_kinds_and_he(registry):
    cell = "各成员单位，各县（区）人民政府、高新区管委会、临空经济区管委会和各成员单位"
    assert names(registry, cell) == ["各成员单位", "各县（区）人民政府", "高新区管委会", "临空经济区管委会", "各成员单位"]


def test_he_inside_a_name_does_not_split_it(registry):
    assert names(registry, "市经济和信息化局、市科协") == ["市经济和信息化局", "市科协"]
    assert names(registry, "市经济和信息化局和市妇联") == ["市经济和信息化局", "市妇联"]


def test_unknown_joined_piece_is_not_split(registry):
    # 某某 is no unit, so 和 cannot be proven to join two names: kept whole, reported by the table
    assert names(registry, "某某和市科协") == ["某某和市科协"]


def test_separator_inside_brackets_does_not_split(registry):
    assert names(registry, "各县（区、市）政府，市科协") == ["各县（区、市）政府", "市科协"]


def test_registry_name_containing_a_separator_stays_whole(tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text("name,name_en,kind,aliases,misspellings\n各区、县级市,Districts and county-level cities,local_government,,\n",
                    encoding="utf-8")
    reg = Registry.from_csv(path, base=Registry.bundled())
    assert names(reg, "市科协，各区、县级市") == ["市科协", "各区、县级市"]


def test_user_registry_overrides_and_extends(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "name,name_en,kind,aliases,misspellings\n"
        "市科协,Science association (mine),institution,科协,\n"
        "市数据局,Ziyang Data Bureau,government,市大数据局,\n",
        encoding="utf-8-sig",
    )
    reg = Registry.from_csv(path, base=Registry.bundled())
    assert reg.resolve("科协").unit == reg.resolve("市科协").unit
    assert reg.resolve("市科协").unit.kind == "institution"
    assert reg.resolve("市大数据局").unit.name == "市数据局"
    assert reg.resolve("市文广旅局").unit.name == "市文化广电旅游局"  # bundled entries remain


def test_alias_cannot_capture_another_canonical_name(tmp_path):
    path = tmp_path / "bad_alias.csv"
    path.write_text("name,name_en,kind,aliases,misspellings\n市科协,y,people_org,,\n市科技局,x,government,市科协,\n",
                    encoding="utf-8")
    with pytest.raises(RegistryError, match="市科协 is listed as alias of 市科技局, but it is the name of another unit"):
        Registry.from_csv(path)


def test_registry_with_bad_kind_names_file_and_line(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("name,name_en,kind,aliases,misspellings\n市科协,x,people_org,,\n市某局,y,ministry,,\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"bad\.csv, line 3: kind 'ministry' is not one of"):
        Registry.from_csv(path)


def test_registry_row_without_kind(tmp_path):
    path = tmp_path / "nokind.csv"
    path.write_text("name,name_en,kind\n市某局,y,\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="line 2: the registry row has no kind"):
        Registry.from_csv(path)


def test_missing_registry_file(tmp_path):
    with pytest.raises(RegistryError, match="cannot read the unit registry"):
        Registry.from_csv(tmp_path / "nope.csv")


def test_collectives_written_with_a_separator_inside_stay_whole(registry):
    cell = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构"
    assert names(registry, cell) == ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]
    assert registry.resolve("各省级人民政府").unit.name == "各省、自治区、直辖市人民政府"


def test_every_body_the_bundled_registry_names_is_in_bodies_csv(registry):
    named = {u.body for u in registry.units if u.body}
    assert named and named <= {b.body for b in registry.bodies}
