"""--registry files: GBK, binary, huge cells and alias clashes give one clean line; who accepts their aliases."""

from pathlib import Path

import pytest

from zygraph import read_table
from zygraph.cli import main
from zygraph.errors import RegistryError
from zygraph.names.units import Registry

ZIYANG = Path("data/ziyang_2023_science_literacy_tasks.txt")
HEADER = "name,name_en,kind,aliases,misspellings\n"


def test_a_registry_saved_as_gbk_by_excel_reads_right(tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes((HEADER + "资阳市科学技术协会,Ziyang STA,people_org,市科协会,\n").encode("gbk"))
    registry = Registry.from_csv(path)
    assert registry.resolve("市科协会").unit.name == "资阳市科学技术协会"
    assert registry.resolve("市科协会").how == "alias"


def test_a_binary_registry_is_refused_cleanly(tmp_path, capsys):
    path = tmp_path / "r.csv"
    path.write_bytes(b"PK\x03\x04\x00\x00\x08\x00" + bytes(range(256)))
    assert main(["check", str(ZIYANG), "--registry", str(path), "--quiet"]) == 2
    assert capsys.readouterr().err.startswith(f"zygraph: error: {path}: cannot read the unit registry: the file ")


def test_a_registry_with_a_huge_cell_names_its_line(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(HEADER + "市科协,STA,people_org,,\n市新局,New,government,\"" + "局" * 140_000 + "\n",
                    encoding="utf-8")
    with pytest.raises(RegistryError, match=r"r.csv, line 3: cannot read the unit registry: a cell is longer than "
                                            r"131,072 characters"):
        Registry.from_csv(path)


def test_an_alias_given_to_two_units_names_the_file_and_both_lines(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(HEADER + "市科协,STA,people_org,科协,\n市科技局,Sci,government,科技|科协,\n", encoding="utf-8")
    with pytest.raises(RegistryError) as error:
        Registry.from_csv(path)
    assert str(error.value) == f"{path}, line 3: 科协 is listed as alias of 市科技局 here and of 市科协 on line 2; keep it in one row"


def test_an_alias_that_is_another_units_name_names_the_line(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(HEADER + "市科协,STA,people_org,,\n市科技局,Sci,government,市科协,\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"r.csv, line 3: 市科协 is listed as alias of 市科技局, but it is the name of "
                                            r"another unit \(line 2\); remove it from 市科技局's row"):
        Registry.from_csv(path)


def test_who_accepts_an_alias_from_the_users_registry(tmp_path, capsys):
    path = tmp_path / "r.csv"
    path.write_text(HEADER + "市科协,Ziyang STA,people_org,科协老大,\n", encoding="utf-8")
    assert main(["who", "科协老大", str(ZIYANG), "--registry", str(path)]) == 0
    assert capsys.readouterr().out.startswith("市科协 (Ziyang STA; people_org; prefecture): leads 29 tasks, supports 46")
    assert read_table(ZIYANG, registry=path).units.unit.tolist()[0] == "市科协"
