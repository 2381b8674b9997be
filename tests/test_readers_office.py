"""Old Office and WPS files: converted with LibreOffice where it is installed, else a clear error naming the conversion."""

import stat

import docx
import pytest

from zygraph import read_table
from zygraph.cli import main
from zygraph.errors import InputError


@pytest.fixture
def no_soffice(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))


@pytest.fixture
def fake_soffice(monkeypatch, tmp_path):
    """A stand-in for LibreOffice on PATH: it 'converts' by copying a prepared .docx to --outdir, as soffice names it."""
    prepared = tmp_path / "prepared.docx"
    document = docx.Document()
    for text in ("一、科普", "1.办科技周（牵头单位：市科技局，配合单位：市科协）"):
        document.add_paragraph(text)
    document.save(prepared)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "soffice"
    script.write_text(
        "#!/bin/sh\n"
        "# soffice --headless --convert-to docx --outdir DIR FILE\n"
        f'out="$5"; name=$(basename "$6"); cp "{prepared}" "$out/${{name%.*}}.docx"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    return script


@pytest.mark.parametrize("suffix, target", [(".doc", "docx"), (".wps", "docx"), (".xls", "xlsx")])
def test_without_libreoffice_the_error_names_the_conversion(no_soffice, tmp_path, suffix, target):
    path = tmp_path / f"plan{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InputError, match=rf"plan\{suffix}: .*LibreOffice, which is not installed.*"
                                         rf"soffice --headless --convert-to {target} plan\{suffix}"):
        read_table(path)


def test_the_cli_exits_2_on_an_old_file_without_libreoffice(no_soffice, tmp_path, capsys):
    path = tmp_path / "plan.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    assert main(["parse", str(path), "-o", str(tmp_path / "out")]) == 2
    assert "soffice --headless --convert-to docx" in capsys.readouterr().err


def test_a_converted_file_is_read_and_the_input_left_alone(fake_soffice, tmp_path):
    path = tmp_path / "plan.wps"
    path.write_bytes(b"old bytes")
    table = read_table(path)
    assert table.meta["path"] == str(path)
    assert table.assignments[["unit", "role"]].values.tolist() == [["市科技局", "lead"], ["市科协", "support"]]
    assert "converted" in table.findings.code.tolist()
    assert path.read_bytes() == b"old bytes"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".docx") == ["prepared.docx"]


def test_a_failed_conversion_is_an_input_error(fake_soffice, tmp_path):
    fake_soffice.write_text("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n", encoding="utf-8")
    path = tmp_path / "bad.doc"
    path.write_bytes(b"junk")
    with pytest.raises(InputError, match=r"bad\.doc: LibreOffice could not convert the file \(Error: source file"):
        read_table(path)
