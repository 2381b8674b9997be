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
    assert list(frame.columns[:6]) == ["task_id", "area", "task", "unit", "role", "raw_unit"]
    fire = frame[frame.unit == "市消防大队"].iloc[0]
    assert (fire.task_id, fire.task, fire.role) == ("T006", "开展全国消防安全宣传教育日活动", "lead")
    assert "wrote 591 assignments of 95 tasks" in capsys.readouterr().err


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
