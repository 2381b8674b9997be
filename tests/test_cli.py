"""The command line: exit codes, messages and files, run as users run it."""

import re
import subprocess
import sys

import pandas as pd
import pytest

from zygraph.cli import main

ZIYANG = "data/ziyang_2023_science_literacy_tasks.txt"


def test_parse_writes_csv_with_bom_one_row_per_assignment(tmp_path, capsys):
    out = tmp_path / "out.csv"
    assert main(["parse", ZIYANG, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert len(frame) == 591
    assert list(frame.columns[:8]) == ["document", "issuer", "task_id", "area", "task", "unit", "role", "raw_unit"]
    assert set(frame.document) == {"ziyang_2023_science_literacy_tasks"} and set(frame.issuer) == {"资阳"}
    fire = frame[frame.unit == "市消防大队"].iloc[0]
    assert (fire.task_id, fire.task, fire.role) == ("T006", "开展全国消防安全宣传教育日活动", "lead")
    assert "wrote 591 assignments of 95 tasks to" in capsys.readouterr().err


def test_parse_refuses_to_overwrite_its_input(tmp_path, capsys):
    table = tmp_path / "t.txt"
    table.write_bytes(open(ZIYANG, "rb").read())
    before = table.read_bytes()
    assert main(["parse", str(table), "-o", str(table)]) == 2
    assert "would overwrite the input table" in capsys.readouterr().err
    assert table.read_bytes() == before


def test_check_summarises_and_lists_warnings(capsys):
    assert main(["check", ZIYANG]) == 0
    out = capsys.readouterr().out
    assert "95 tasks in 13 areas, 33 units, 591 assignments; 3 warnings" in out
    assert ("  issuer: 资阳 (read from the issuing line); units not in the registry: 0 forms of known bodies, 0 read from their endings, "
            "0 unknown\n") in out
    assert "  read as: tabbed-text (--layout NAME forces another reader)\n" in out
    assert "line 518  warning misspelling_corrected: 市科协局 is a known misspelling of 市科技局" in out
    assert "area_carried (76x, info)" in out


def test_check_strict_exits_1_on_warnings():
    assert main(["check", ZIYANG, "--strict", "--quiet"]) == 1


def test_unusable_input_exits_2_with_one_line_no_traceback(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "zygraph", "check", str(bad)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr == f"zygraph: error: {bad}: the file is empty; give a file that holds a task table\n"
    assert "Traceback" not in proc.stderr


def test_every_command_has_help():
    parser_help = subprocess.run([sys.executable, "-m", "zygraph", "--help"], capture_output=True, text=True)
    assert parser_help.returncode == 0
    listed = parser_help.stdout.split("commands:")[1]
    commands = re.findall(r"^    (\w+) ", listed, flags=re.M)
    assert {"parse", "check"} <= set(commands)
    for command in commands:
        proc = subprocess.run([sys.executable, "-m", "zygraph", command, "--help"], capture_output=True, text=True)
        assert proc.returncode == 0 and "usage: zygraph " + command in proc.stdout


def test_unknown_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["parse", ZIYANG, "--bogus"])
    assert exit_info.value.code == 2


def test_metrics_csv_has_one_row_per_unit_with_checked_counts(tmp_path):
    out = tmp_path / "m.csv"
    assert main(["metrics", ZIYANG, "-o", str(out)]) == 0
    frame = pd.read_csv(out, encoding="utf-8-sig").set_index("unit")
    assert len(frame) == 33
    assert frame.loc["市科协", ["tasks_led", "tasks_supported", "load"]].tolist() == [29, 46, 104]
    assert pd.isna(frame.loc["高新区管委会", "betweenness"])  # local governments stay out of the network
    assert frame.loc["市科协", "degree"] == 26


def test_metrics_include_brings_local_governments_into_the_network(tmp_path):
    out = tmp_path / "m.csv"
    assert main(["metrics", ZIYANG, "-o", str(out), "--include", "local_government"]) == 0
    frame = pd.read_csv(out, encoding="utf-8-sig").set_index("unit")
    # 高新区管委会 is on 94 of the 95 tasks and shares one with each of the 31 other non-collective units
    assert frame.loc["高新区管委会", "degree"] == 31
    assert pd.isna(frame.loc["各成员单位", "degree"])


def test_who_answers_by_role_and_accepts_an_alias(capsys):
    assert main(["who", "市文广旅局", ZIYANG]) == 0
    out = capsys.readouterr().out
    assert out.startswith("市文化广电旅游局 (Ziyang Municipal Bureau of Culture, Radio, Television and Tourism; "
                          "government; prefecture): leads 1 tasks, supports 1\n")
    assert "T077  [加强科普基础设施建设] 推进图书馆、文化馆、博物馆等公共设施开展科普活动" in out
    assert "Shares tasks with 12 units" in out and "  市科协  2 tasks" in out


def test_who_answers_in_chinese_when_asked(capsys):
    assert main(["who", "市文广旅局", ZIYANG, "--lang", "zh"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("市文化广电旅游局：牵头 1 项任务，配合 1 项")
    assert "\n牵头：\n  T077" in printed


def test_who_unknown_unit_suggests_names(capsys):
    assert main(["who", "市科协x", ZIYANG]) == 2
    assert "no unit named '市科协x' in this table; did you mean 市科协" in capsys.readouterr().err


def test_several_documents_read_as_one_corpus(tmp_path):
    second = tmp_path / "copy_2024.txt"
    second.write_bytes(open(ZIYANG, "rb").read())
    out = tmp_path / "corpus.csv"
    assert main(["parse", ZIYANG, str(second), "-o", str(out)]) == 0
    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert len(frame) == 2 * 591
    assert frame.groupby("document").task_id.nunique().to_dict() == {"ziyang_2023_science_literacy_tasks": 95,
                                                                    "copy_2024": 95}
    assert set(frame.unit) == set(frame[frame.document == "copy_2024"].unit)  # names as in a single-document run


def test_compare_names_what_changed_and_writes_a_page(tmp_path, capsys):
    renamed = tmp_path / "b.txt"
    renamed.write_text(open(ZIYANG, encoding="utf-8").read().replace("市妇联", "市残联"), encoding="utf-8")
    out = tmp_path / "cmp"
    assert main(["compare", ZIYANG, str(renamed), "-o", str(out), "--lang", "en"]) == 0
    printed = capsys.readouterr().out
    # 市妇联 leads 3 tasks and supports 1 in the table; the copy gives them all to 市残联
    assert printed.startswith("Units: 33 in ziyang_2023_science_literacy_tasks, 33 in b; 1 gained (市残联), 1 lost (市妇联)")
    assert "市妇联   lost            3            0          -3" in printed
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "What changed from ziyang_2023_science_literacy_tasks to b" in page
    assert {p.name for p in out.iterdir()} == {"index.html", "units.csv", "roles.csv", "measures.csv", "ties.csv",
                                              "task_changes.csv", "difference.png", "difference.svg",
                                              ".zygraph-manifest.json"}
    assert main(["compare", ZIYANG, str(renamed)]) == 0  # the Chinese edition by default
    assert capsys.readouterr().out.startswith("单位：ziyang_2023_science_literacy_tasks 33 个，b 33 个；新增 1 个（市残联）")


def test_comparison_page_escapes_unit_names():
    from zygraph import TaskTable
    from zygraph.compare import compare
    from zygraph.render.comparison import comparison_html

    a = TaskTable.from_lists([("科普", "t1", ["市科技局"], ["市科协"])])
    b = TaskTable.from_lists([("科普", "t1", ["市科技局"], ["<img src=x onerror=alert(1)>"])])
    page = comparison_html(compare(a, b))
    assert "<img" not in page and "&lt;img" in page


def test_control_characters_from_an_input_reach_the_terminal_as_escapes(tmp_path, capsys):
    # a tab-separated sheet saved as text, with a terminal command hidden in a task cell
    path = tmp_path / "sheet.txt"
    path.write_text("序号\t工作任务\t牵头单位\n1\t办科技周\x1b[2J\t市科协\n", encoding="utf-8")
    assert main(["who", "市科协", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "办科技周\\x1b[2J" in out


def test_check_says_no_issuer_was_found_rather_than_naming_the_file(tmp_path, capsys):
    # a notice that names no issuer is labelled by its file's stem inside a corpus; check says none was found
    path = tmp_path / "notice.txt"
    path.write_text("序号 |\n工作任务 |\n责任单位 |\n1 |\n办科技周 |\n市科协 |\n", encoding="utf-8")
    assert main(["check", str(path)]) == 0
    assert "  issuer: none found (pass --issuer NAME);" in capsys.readouterr().out


def test_a_documents_metrics_rows_are_written_the_same_alone_or_in_a_folder(tmp_path):
    """Three units on two tasks (a triangle: betweenness 0, closeness 1 for all) read the same beside Ziyang."""
    folder = tmp_path / "notices"
    folder.mkdir()
    small = folder / "triangle.txt"
    small.write_text("1.办科技周。（牵头单位：市科技局；配合单位：市科协、市教育局）\n"
                     "2.办科普日。（牵头单位：市科协；配合单位：市科技局、市教育局）\n", encoding="utf-8")
    (folder / "ziyang.txt").write_bytes(open(ZIYANG, "rb").read())
    assert main(["metrics", str(small), "-o", str(tmp_path / "alone.csv")]) == 0
    assert main(["metrics", str(folder), "-o", str(tmp_path / "folder.csv")]) == 0
    alone = (tmp_path / "alone.csv").read_text(encoding="utf-8-sig").splitlines()
    pooled = (tmp_path / "folder.csv").read_text(encoding="utf-8-sig").splitlines()
    assert alone[0] == pooled[0]
    rows = [line for line in pooled if line.startswith("triangle,")]
    assert len(alone) == 4 and rows == alone[1:]
    kexie = pd.read_csv(tmp_path / "alone.csv", encoding="utf-8-sig", dtype=str).set_index("unit").loc["市科协"]
    assert (kexie.tasks_led, kexie.load, kexie.degree, kexie.betweenness, kexie.closeness) == ("1", "3", "2", "0.0", "1.0")


def test_metrics_to_a_folder_that_does_not_exist_is_refused_before_reading(tmp_path, capsys, monkeypatch):
    import zygraph.cli as cli

    def never(args, refuse=True):
        raise AssertionError("read the documents before refusing the output")

    monkeypatch.setattr(cli, "_corpus", never)
    target = tmp_path / "no" / "m.csv"
    assert main(["metrics", "data/ziyang_2023_science_literacy_tasks.txt", "-o", str(target)]) == 2
    assert main(["parse", "data/ziyang_2023_science_literacy_tasks.txt", "-o", str(target)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [f"zygraph: error: {target}: the folder {target.parent} does not exist; create it first, or choose "
                   "another path"] * 2
