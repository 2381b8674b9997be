"""Outputs: never onto an input, never replacing a device, FIFO or symlink; the report folder swap."""

import os
import shutil
import stat
from pathlib import Path

import pytest

from zygraph.cli import main
from zygraph.errors import OutputError
from zygraph.export import atomic_path
from zygraph import folder as staged
from zygraph.folder import MANIFEST, write_folder

ZIYANG = Path("data/ziyang_2023_science_literacy_tasks.txt")


@pytest.fixture
def folder(tmp_path):
    data = tmp_path / "in"
    data.mkdir()
    shutil.copy(ZIYANG, data / "table.txt")
    return data


@pytest.mark.parametrize("command", ["parse", "metrics"])
def test_output_onto_a_table_found_in_an_input_folder_is_refused(folder, command, capsys):
    before = (folder / "table.txt").read_bytes()
    assert main([command, str(folder), "-o", str(folder / "table.txt")]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"zygraph: error: {folder / 'table.txt'}: the output would overwrite the input table "
        f"{folder / 'table.txt'}; choose another output path")
    assert (folder / "table.txt").read_bytes() == before


def test_output_through_a_symlink_to_the_input_is_refused(folder, tmp_path):
    link = tmp_path / "link.csv"
    link.symlink_to(folder / "table.txt")
    assert main(["parse", str(folder / "table.txt"), "-o", str(link)]) == 2
    assert link.is_symlink() and (folder / "table.txt").read_bytes() == ZIYANG.read_bytes()


def test_output_to_dev_null_is_written_through_not_replaced(capsys):
    before = os.stat("/dev/null")
    assert main(["parse", str(ZIYANG), "-o", "/dev/null"]) == 0
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert "wrote 591 assignments of 95 tasks to /dev/null" in capsys.readouterr().err


def test_output_to_a_fifo_is_written_through(tmp_path):
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(open(fifo, "rb").read()))
    reader.start()
    assert main(["parse", str(ZIYANG), "-o", str(fifo)]) == 0
    reader.join(timeout=30)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert received[0].decode("utf-8-sig").startswith("document,issuer,task_id,area,task,unit,role")


def test_output_to_a_symlink_writes_the_file_it_points_to_and_keeps_the_link(tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert main(["parse", str(ZIYANG), "-o", str(link)]) == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8-sig").startswith("document,issuer,task_id,")


def test_a_symlink_loop_as_output_says_loop(tmp_path, capsys):
    loop = tmp_path / "loop.csv"
    loop.symlink_to(loop)
    assert main(["parse", str(ZIYANG), "-o", str(loop)]) == 2
    assert "symlink loop" in capsys.readouterr().err


def test_output_under_a_file_is_one_clean_line(tmp_path, capsys):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["parse", str(ZIYANG), "-o", str(tmp_path / "file" / "out.csv")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [f"zygraph: error: {tmp_path / 'file' / 'out.csv'}: the folder {tmp_path / 'file'} is a file, not "
                   "a folder; choose another path"]


def test_a_block_device_is_refused(tmp_path):
    devices = [Path("/dev") / name for name in ("loop0", "sda", "vda", "nvme0n1") if (Path("/dev") / name).exists()]
    block = [d for d in devices if stat.S_ISBLK(d.stat().st_mode)]
    if not block:
        pytest.skip("no block device to point at")
    with pytest.raises(OutputError, match="a device or socket, not a file"):
        with atomic_path(block[0]):
            pass


@pytest.mark.parametrize("value, why", [("nan", "nan is not a finite number of 0 or more"),
                                        ("inf", "inf is not a finite number of 0 or more"),
                                        ("-1", "-1 is not a finite number of 0 or more"), ("x", "'x' is not a number")])
def test_lead_weight_must_be_finite_and_not_negative(value, why, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["metrics", str(ZIYANG), "--lead-weight", value])
    assert exit_.value.code == 2
    assert f"zygraph metrics: error: argument --lead-weight: {why}; give a number such as 2\n" in capsys.readouterr().err


# -- the report folder -----------------------------------------------------------------------------------

def build(staging):
    (staging / "a").mkdir()
    (staging / "a" / "x.txt").write_text("1", encoding="utf-8")


def test_report_folder_permissions_follow_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        out = write_folder(tmp_path / "r", build)
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o755
    assert stat.S_IMODE((out / "a").stat().st_mode) == 0o755


def test_stale_staging_folder_of_a_dead_run_is_removed_and_a_live_one_kept(tmp_path):
    dead = tmp_path / ".r.zygraph-999999999-abcd"  # no such process
    dead.mkdir()
    live = tmp_path / f".r.zygraph-{os.getppid()}-abcd"
    live.mkdir()
    write_folder(tmp_path / "r", build)
    assert not dead.exists() and live.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [live.name, "r"]


def test_a_swap_killed_between_renames_is_recovered_by_the_next_run(tmp_path):
    aside = tmp_path / ".r.zygraph-old-999999999-abcd"
    write_folder(aside, build)  # the old report, left aside by a killed run
    (aside / "a" / "x.txt").write_text("old", encoding="utf-8")
    staged._clean_stale(tmp_path / "r")
    assert (tmp_path / "r" / "a" / "x.txt").read_text(encoding="utf-8") == "old" and not aside.exists()


def test_replacing_drops_nothing_silently_edits_and_symlinks_need_force(tmp_path, capsys):
    out = tmp_path / "r"
    assert main(["report", str(ZIYANG), "-o", str(out)]) == 0
    (out / "index.html").write_text("my notes", encoding="utf-8")
    (out / "mine").symlink_to(tmp_path)
    capsys.readouterr()
    assert main(["report", str(ZIYANG), "-o", str(out)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == (f"zygraph: error: {out}: the folder holds what zygraph did not write or what was changed since "
                       "(e.g. index.html (edited since zygraph wrote it, or unreadable) and 1 more); choose a new folder, or pass "
                       "--force to replace it whole")
    assert main(["report", str(ZIYANG), "-o", str(out), "--force"]) == 0
    err = capsys.readouterr().err
    assert f"zygraph: warning: replacing {out} drops index.html (edited since zygraph wrote it, or unreadable)" in err
    assert f"zygraph: warning: replacing {out} drops the symlink mine" in err
    assert not (out / "mine").exists() and tmp_path.exists()


def test_report_into_a_symlink_to_an_old_report_is_one_clean_line(tmp_path, capsys):
    old = write_folder(tmp_path / "old", build)
    link = tmp_path / "link"
    link.symlink_to(old)
    assert main(["report", str(ZIYANG), "-o", str(link)]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"zygraph: error: {link}: this is a symlink (to {old}); zygraph does not replace a link: give the folder it "
        "points to, or a new folder")
    assert (old / "a" / "x.txt").exists()


@pytest.mark.parametrize("where", ["under_a_file", "proc"])
def test_report_where_it_cannot_write_is_one_clean_line(tmp_path, where, capsys):
    if where == "under_a_file":
        (tmp_path / "file").write_text("x", encoding="utf-8")
        out = tmp_path / "file" / "report"
        why = "a parent of the output folder is a file, not a folder"
    else:
        out = Path("/proc/zygraph-report")
        why = "cannot create"
    assert main(["report", str(ZIYANG), "-o", str(out)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[-1].startswith("zygraph: error: ") and why in err[-1] and "Traceback" not in "".join(err)


def test_report_into_a_read_only_folder_says_permission(tmp_path, capsys):
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    tmp_path.chmod(0o555)
    try:
        assert main(["report", str(ZIYANG), "-o", str(tmp_path / "r")]) == 2
    finally:
        tmp_path.chmod(0o755)
    assert "permission denied" in capsys.readouterr().err


def test_a_report_name_that_is_not_valid_utf8_is_written(tmp_path, capsys):
    out = Path(os.fsdecode(bytes(tmp_path) + b"/r\xff"))
    assert main(["report", str(ZIYANG), "-o", str(out)]) == 0
    assert (out / "index.html").exists() and (out / MANIFEST).exists()


def test_a_graph_too_large_to_draw_gets_a_page_saying_so(tmp_path, monkeypatch):
    from zygraph.document import load
    from zygraph.render import report

    monkeypatch.setattr(report, "MAX_GRAPH_NODES", 100)  # the bundled table's bipartite graph has 128 nodes
    out = report.write_report(load(ZIYANG), tmp_path / "r", lang="en")
    page = (out / "graphs" / "bipartite.html").read_text(encoding="utf-8")
    assert "The unit-task bipartite graph has 128 nodes, more than the 100 an interactive page draws; open " \
           "gephi/bipartite.gexf in Gephi instead." in page
    assert "vis-network" in (out / "graphs" / "units.html").read_text(encoding="utf-8")


def test_report_where_permission_is_denied_says_permission(tmp_path, monkeypatch, capsys):
    real_mkdir = os.mkdir

    def denied(path, mode=0o777, **kwargs):
        if Path(path).parent.name == "ro":
            raise PermissionError(13, "Permission denied", str(path))
        return real_mkdir(path, mode, **kwargs)

    (tmp_path / "ro").mkdir()
    monkeypatch.setattr(staged.os, "mkdir", denied)  # root may write anywhere, so the refusal is simulated
    assert main(["report", str(ZIYANG), "-o", str(tmp_path / "ro" / "r")]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"zygraph: error: {tmp_path / 'ro' / 'r'}: permission denied: cannot create a folder beside the output folder; "
        "check the folder's permissions or choose another path")


def test_a_corrupt_docx_through_the_command_line_is_one_line(tmp_path, capsys):
    path = tmp_path / "t.docx"
    path.write_bytes(b"PK\x03\x04" + bytes(100))
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"zygraph: error: {path}: this is not a Word .docx file")


@pytest.mark.parametrize("weight", [float("nan"), float("inf"), -1])
def test_a_document_refuses_a_lead_weight_that_is_not_finite_and_non_negative(weight):
    from zygraph.document import Document
    from zygraph.errors import OptionError
    from zygraph.table import read_table

    with pytest.raises(OptionError, match=r"lead_weight is .+; give a finite number of 0 or more, such as 2"):
        Document(read_table(ZIYANG), lead_weight=weight)


def test_output_into_an_input_folder_warns_that_the_next_run_would_read_it(folder, capsys):
    assert main(["parse", str(folder), "-o", str(folder / "tidy.csv")]) == 0
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"zygraph: warning: {folder / 'tidy.csv'} is in the input folder {folder}; a later run over that folder will "
        "try to read it as a table: move it, or write it elsewhere")


def test_a_read_only_report_folder_is_refused_not_swapped_away(tmp_path, capsys):
    out = write_folder(tmp_path / "r", build)
    out.chmod(0o555)  # the user protects it; replacing it whole would drop that protection
    try:
        assert main(["report", str(ZIYANG), "-o", str(out)]) == 2
        assert stat.S_IMODE(out.stat().st_mode) == 0o555 and (out / "a" / "x.txt").exists()
    finally:
        out.chmod(0o755)
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"zygraph: error: {out}: permission denied: the folder is read-only; make it writable (chmod u+w) or "
        "choose another folder")


def test_an_empty_read_only_folder_is_refused(tmp_path, capsys):
    out = tmp_path / "ro"
    out.mkdir(0o555)
    try:
        assert main(["report", str(ZIYANG), "-o", str(out)]) == 2
        assert stat.S_IMODE(out.stat().st_mode) == 0o555 and not any(out.iterdir())
    finally:
        out.chmod(0o755)
    assert "read-only" in capsys.readouterr().err


def test_an_old_folder_that_cannot_be_removed_after_the_swap_is_a_warning_not_a_failure(tmp_path, monkeypatch,
                                                                                         capsys):
    out = write_folder(tmp_path / "r", build)
    removed = shutil.rmtree

    def refuse(path, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(staged.shutil, "rmtree", refuse)
    assert main(["report", str(ZIYANG), "-o", str(out)]) == 0
    monkeypatch.setattr(staged.shutil, "rmtree", removed)
    assert (out / "index.html").exists() and not (out / "a").exists()  # the new report is in place
    left = [p for p in tmp_path.iterdir() if p.name.startswith(".r.zygraph-")]
    assert len(left) == 1 and (left[0] / "a" / "x.txt").exists()  # the old one, put aside
    err = capsys.readouterr().err
    assert f"the new report is in place, but the old one, put aside as {left[0]}, could not be removed" in err
    assert "error" not in err


def test_an_old_report_with_a_read_only_folder_inside_is_removed_after_the_swap(tmp_path):
    out = write_folder(tmp_path / "r", build)
    (out / "a").chmod(0o555)
    staged._remove_old(out)
    assert not out.exists()
