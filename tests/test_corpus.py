"""Tests of zygraph.corpus: reading many documents, on all cores, and pooling them into one table."""

from pathlib import Path

import pytest

from zygraph.corpus import corpus_files, document_year, issuer_label, read_corpus, read_documents
from zygraph.errors import InputError, LayoutError
from zygraph.table import read_table

BUNDLED = Path(__file__).resolve().parents[1] / "data" / "ziyang_2023_science_literacy_tasks.txt"


def write_table(path, issuer, rows):
    """A small table in the tabbed-text layout: a notice signed by ``issuer``, then rows of cells."""
    lines = ["资府发〔2023〕1号", "", issuer, "关于印发《任务分工表》的通知", "", issuer, "2023年1月10日", "",
             "\t工作目录", "\t工作任务", "\t牵头单位", "\t责任单位", ""]
    for area, task, lead, support in rows:
        lines += [f"\t{area}", f"\t{task}", f"\t{lead}", f"\t{support}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def two_cities(tmp_path):
    write_table(tmp_path / "ziyang.txt", "资阳市人民政府",
                [("科普", "办科技周", "市科技局", "市科协、市教育体育局"), ("科普", "办科普日", "市科协", "市科技局")])
    write_table(tmp_path / "meishan.txt", "眉山市人民政府", [("科普", "办科普日", "市科协", "市妇女联合会")])
    return tmp_path


def test_one_document_reads_as_read_table():
    corpus, single = read_corpus([BUNDLED]), read_table(BUNDLED)
    assert corpus.tasks.equals(single.tasks)
    assert corpus.assignments.equals(single.assignments)
    assert corpus.units.equals(single.units)
    assert corpus.findings.drop(columns="document").equals(single.findings)
    assert (corpus.findings.document == str(BUNDLED)).all()
    assert corpus.meta == single.meta
    assert set(corpus.units.issuer) == {"资阳"}


def test_each_document_read_gives_the_table_read_table_gives(two_cities):
    for document in read_documents([two_cities]):
        single = read_table(document.meta["path"])
        table = document.table()
        for name in ("tasks", "assignments", "units", "findings"):
            assert getattr(table, name).equals(getattr(single, name)), name
        assert table.meta == single.meta


def test_a_pool_of_processes_reads_the_same_documents_in_the_same_order(two_cities):
    for i in range(3):
        write_table(two_cities / f"extra{i}.txt", "内江市人民政府", [("科普", f"任务{i}", "市科协", "市科技局")])
    alone = read_documents([two_cities], workers=1)
    pooled = read_documents([two_cities], workers=2)
    assert [d.id for d in pooled] == [d.id for d in alone] == ["extra0", "extra1", "extra2", "meishan", "ziyang"]
    assert [(d.tasks, d.assignments, d.units, d.meta) for d in pooled] == \
        [(d.tasks, d.assignments, d.units, d.meta) for d in alone]


def test_a_pool_of_processes_names_the_file_it_could_not_read(two_cities):
    (two_cities / "broken.txt").write_text("no table here\n", encoding="utf-8")
    with pytest.raises(LayoutError, match=r"broken\.txt: no table found"):
        read_documents([two_cities], workers=2)


def test_several_cities_pool_units_by_name_and_prefix_task_ids(two_cities):
    table = read_corpus([two_cities])  # sorted: meishan.txt, then ziyang.txt
    assert table.tasks[["task_id", "task"]].values.tolist() == [
        ["meishan:T001", "办科普日"], ["ziyang:T001", "办科技周"], ["ziyang:T002", "办科普日"]]
    assert table.tasks.document.tolist() == [str(two_cities / "meishan.txt")] + [str(two_cities / "ziyang.txt")] * 2
    assert table.assignments.unit.tolist() == ["市科协", "市妇联", "市科技局", "市科协", "市教育体育局", "市科协", "市科技局"]
    assert table.units[["unit", "issuer"]].values.tolist() == [
        ["市科协", "眉山、资阳"], ["市妇联", "眉山"], ["市科技局", "资阳"], ["市教育体育局", "资阳"]]
    assert table.meta["layout"] == "corpus"
    assert [d["id"] for d in table.meta["documents"]] == ["meishan", "ziyang"]
    assert [d["issuer"] for d in table.meta["documents"]] == ["眉山市人民政府", "资阳市人民政府"]


def test_document_year_comes_from_the_date_or_the_number():
    assert document_year({"date": "2024-03-01", "number": "资府发〔2023〕1号"}) == 2024
    assert document_year({"date": "", "number": "资府发〔2023〕1号"}) == 2023
    assert document_year({"number": "第12号"}) is None


def test_findings_keep_their_document(two_cities):
    findings = read_corpus([two_cities]).findings
    alias = findings[findings.code == "alias_resolved"]
    assert alias[["document", "message"]].values.tolist() == [
        [str(two_cities / "meishan.txt"), "市妇女联合会 is another name of 市妇联"]]


def test_two_years_of_one_issuer_share_their_units(tmp_path):
    write_table(tmp_path / "2023.txt", "资阳市人民政府", [("科普", "t", "市科协", "市科技局")])
    write_table(tmp_path / "2024.txt", "资阳市人民政府", [("科普", "t", "市科技局", "")])
    table = read_corpus([tmp_path / "2023.txt", tmp_path / "2024.txt"])
    assert table.assignments[["task_id", "unit"]].values.tolist() == [
        ["2023:T001", "市科协"], ["2023:T001", "市科技局"], ["2024:T001", "市科技局"]]
    assert table.units.unit.tolist() == ["市科协", "市科技局"]


def test_folder_gives_table_files_sorted_and_skips_others(tmp_path):
    for name in ("b.txt", "a.csv", ".hidden.txt", "notes.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    assert [p.name for p in corpus_files([tmp_path])] == ["a.csv", "b.txt"]
    assert [p.name for p in corpus_files([tmp_path / "notes.md", tmp_path])] == ["notes.md", "a.csv", "b.txt"]
    assert [p.name for p in corpus_files([tmp_path / "b.txt", tmp_path / "b.txt"])] == ["b.txt"]


def test_files_sharing_a_stem_get_distinct_document_ids(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        write_table(tmp_path / folder / "plan.txt", "资阳市人民政府", [("科普", "t", "市科协", "")])
    table = read_corpus([tmp_path / "x", tmp_path / "y"])
    assert table.tasks.task_id.tolist() == ["plan:T001", "plan~2:T001"]


def test_progress_is_called_once_per_document(two_cities):
    calls = []
    read_corpus([two_cities], progress=lambda done, total, path: calls.append((done, total, Path(path).name)))
    assert calls == [(1, 2, "meishan.txt"), (2, 2, "ziyang.txt")]


def test_one_unreadable_document_raises_its_own_error_naming_the_file(two_cities):
    (two_cities / "broken.txt").write_text("no table here\n", encoding="utf-8")
    with pytest.raises(LayoutError, match=r"broken\.txt: no table found"):
        read_corpus([two_cities])


def test_several_unreadable_documents_are_all_reported(two_cities):
    (two_cities / "broken.txt").write_text("no table here\n", encoding="utf-8")
    (two_cities / "empty.txt").write_text("", encoding="utf-8")
    expected = r"2 of 4 documents could not be read:\n.*broken\.txt.*\n.*empty\.txt: the file is empty"
    with pytest.raises(InputError, match=expected):
        read_corpus([two_cities])


def test_missing_path_and_empty_folder_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_corpus([tmp_path / "nope"])
    with pytest.raises(InputError, match="no table file found"):
        read_corpus([tmp_path])


def test_issuer_label_keeps_the_place_name():
    assert issuer_label("资阳市人民政府") == "资阳"
    assert issuer_label("成都市人民政府办公厅") == "成都"
    assert issuer_label("乐至县人民政府") == "乐至"
    assert issuer_label("凉山彝族自治州人民政府") == "凉山彝族自治州"
    assert issuer_label("") == ""


def test_forced_layout_applies_to_every_document(two_cities):
    assert len(read_corpus([two_cities], layout="tabbed-text").tasks) == 3
    with pytest.raises(InputError, match=r"2 of 2 documents could not be read:\n.*meishan\.txt: no numbered task"):
        read_corpus([two_cities], layout="paragraph")


def test_a_registry_csv_serves_every_document(two_cities):
    (two_cities / "ziyang.txt").write_text(
        (two_cities / "ziyang.txt").read_text(encoding="utf-8").replace("市教育体育局", "市科普中心"), encoding="utf-8")
    registry = two_cities.parent / f"{two_cities.name}_units.csv"  # outside the folder read as the corpus
    registry.write_text("name,name_en,kind,aliases,misspellings\n市科普中心,Popular Science Centre,institution,,\n",
                        encoding="utf-8")
    units = read_corpus([two_cities], registry=registry).units.set_index("unit")
    assert units.loc["市科普中心", ["kind", "in_registry"]].tolist() == ["institution", True]
    without = read_corpus([two_cities]).units.set_index("unit")
    # without the registry, the kind is read from the name's ending (中心), and it is not a registry name
    assert without.loc["市科普中心", ["kind", "in_registry"]].tolist() == ["institution", False]


def test_pool_lines_up_the_same_body_written_differently_in_two_cities(tmp_path):
    write_table(tmp_path / "ziyang.txt", "资阳市人民政府", [("科普", "办科技周", "市科协", "市教育体育局")])
    write_table(tmp_path / "guangzhou.txt", "广州市人民政府",
                [("科普", "办科普日", "广州市科学技术协会", "市教育局")])
    pooled = read_corpus([tmp_path])
    units = pooled.units.set_index("unit")
    # one 科协 at the prefecture level, named as first met, of both cities and so of no one place
    assert units.loc["市科协", ["body", "level", "issuer"]].tolist() == ["科协", "prefecture", "广州、资阳"]
    assert units.loc["市科协", "name_en"] == "Association for Science and Technology"
    # 教育 and 教育体育 are different bodies: not pooled
    assert {"市教育局", "市教育体育局"} <= set(units.index)
    assert pooled.assignments.unit.value_counts()["市科协"] == 2


def test_pool_keeps_apart_two_cities_a_provincial_notice_names(tmp_path):
    write_table(tmp_path / "guangdong.txt", "广东省人民政府", [("财政", "拨款", "省财政厅", "广州市财政局、深圳市财政局")])
    write_table(tmp_path / "sichuan.txt", "四川省人民政府", [("财政", "拨款", "省财政厅", "成都市财政局")])
    units = read_corpus([tmp_path]).units.set_index("unit")
    assert {"广州市财政局", "深圳市财政局", "成都市财政局"} <= set(units.index)
    assert units.loc["省财政厅", "issuer"] == "广东、四川"  # the two provinces' departments pool as one body


def test_skip_unreadable_leaves_out_files_that_cannot_be_read_and_names_them(tmp_path, capsys):
    import shutil

    from zygraph.cli import main
    from zygraph.corpus import Unreadable, read_documents
    from zygraph.corpus_view import load
    from zygraph.errors import ZygraphError
    from zygraph.render.corpus_report import corpus_html

    folder = tmp_path / "notices"
    folder.mkdir()
    shutil.copy("data/ziyang_2023_science_literacy_tasks.txt", folder / "a_ziyang.txt")
    (folder / "b_broken.txt").write_text("这里没有任务表。<script>x</script>\n", encoding="utf-8")
    with pytest.raises(ZygraphError, match="b_broken.txt: no table found"):
        read_documents([folder])
    documents = read_documents([folder], skip_unreadable=True)
    assert [type(d).__name__ for d in documents] == ["DocumentRows", "Unreadable"]
    assert documents[1].id == "b_broken" and documents[1].message.startswith(str(folder / "b_broken.txt"))
    corpus = load([folder], skip_unreadable=True)
    assert len(corpus) == 1 and [u.id for u in corpus.unreadable] == ["b_broken"]
    assert isinstance(corpus.unreadable[0], Unreadable)
    page = corpus_html(corpus, lang="en")
    assert "1 file could not be read and is left out of this report" in page and "b_broken.txt: no table found" in page
    assert main(["metrics", str(folder), "--skip-unreadable"]) == 0
    assert "skipped 1 of 2 documents that could not be read:" in capsys.readouterr().err
    # a folder none of whose files can be read still stops with its errors
    (folder / "a_ziyang.txt").unlink()
    with pytest.raises(ZygraphError, match="b_broken.txt"):
        read_documents([folder], skip_unreadable=True)
