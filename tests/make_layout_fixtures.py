"""Make the web-page and PDF copies of the bundled table and a PDF of a paragraph plan, in tests/fixtures/layouts/.

The page holds the notice as paragraphs and the table as an HTML <table> whose
area cells span their rows (rowspan), as government sites publish such tables;
the PDF is that page printed by headless Chromium; plan_labels.pdf is the
paragraph plan plan_labels.txt printed the same way, and sichuan_circulation.pdf the real notice
tests/fixtures/real/dev/2022_sichuan_circulation/source.txt (one <p> a line), and
quantified_targets_unruled.pdf the space-flattened table of the real notice
tests/fixtures/real/holdout/2016_guobanhan_quantified_targets laid out as a table without rules. All are committed; run this
again only to remake them:

    .venv/bin/python tests/make_layout_fixtures.py

The rows come from zygraph's reading of the text export, so the test that reads
them back checks the HTML and PDF readers against the text reader.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from itertools import groupby
from pathlib import Path

from zygraph.readers import read_raw

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "data" / "ziyang_2023_science_literacy_tasks.txt"
OUT = Path(__file__).resolve().parent / "fixtures" / "layouts"
HEADER = ("工作目录", "工作任务", "牵头单位", "责任单位", "备注")
STYLE = ("body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10.5pt;margin:0}"
         "table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:3px 4px;vertical-align:top}"
         "thead{display:table-header-group}")


def page() -> str:
    """The HTML page: notice paragraphs, then the table with spanned area cells."""
    document = read_raw(TABLE)
    meta = document.meta
    notice = [meta["issuer"], meta["number"], meta["title"], meta["date"], meta["table_title"]]
    parts = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
             f"<title>{html.escape(meta['title'])}</title><style>{STYLE}</style></head><body>"]
    parts += [f"<p>{html.escape(line)}</p>" for line in notice if line]
    parts.append("<table><thead><tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr></thead><tbody>")
    for area, rows in groupby(document.rows, key=lambda row: row.area):
        rows = list(rows)
        for index, row in enumerate(rows):
            cells = [] if index else [f'<td rowspan="{len(rows)}">{html.escape(area)}</td>']
            cells += [f"<td>{html.escape(text)}</td>" for text in (row.task, row.lead, row.support, row.note)]
            parts.append("<tr>" + "".join(cells) + "</tr>")
    parts.append("</tbody></table></body></html>")
    return "\n".join(parts) + "\n"


def print_pdf(page_path: Path, pdf_path: Path) -> None:
    """Print the page to PDF with headless Chromium."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        sys.exit("no chromium on PATH; install it (apt-get install chromium) to remake the PDF")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        f"--user-data-dir={profile}", "--no-pdf-header-footer", f"--print-to-pdf={pdf_path}",
                        page_path.as_uri()], check=True, capture_output=True, timeout=120)


def paragraph_page(text: str) -> str:
    """A page with one <p> per line of a paragraph plan."""
    lines = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{STYLE}</style></head><body>{lines}</body></html>\n'


def unruled_page(source: Path) -> str:
    """A page with the space-flattened table of a real notice laid out again as a table without rules."""
    lines = source.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("序号"))
    rows = [["序号", "工作任务", "牵头负责部门"]]
    for line in lines[start + 1:]:
        number, rest = line.split(" ", 1) if " " in line else ("", "")
        if number.isdigit():
            task, unit = rest.rsplit(" ", 1)
            rows.append([number, task, unit])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    notice = "".join(f"<p>{html.escape(line)}</p>" for line in lines[:4] if line.strip())
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{font-family:'
            "'Noto Sans CJK SC',sans-serif;font-size:10.5pt}td{padding:2px 12px}</style></head><body>"
            f"{notice}<table>{body}</table></body></html>\n")


def main() -> None:
    page_path = OUT / "ziyang_table.html"
    page_path.write_text(page(), encoding="utf-8")
    print_pdf(page_path, OUT / "ziyang_table.pdf")
    with tempfile.TemporaryDirectory() as folder:
        plan = Path(folder) / "plan_labels.html"
        plan.write_text(paragraph_page((OUT / "plan_labels.txt").read_text(encoding="utf-8")), encoding="utf-8")
        print_pdf(plan, OUT / "plan_labels.pdf")
        notice = Path(folder) / "sichuan.html"
        source = OUT.parent / "real" / "dev" / "2022_sichuan_circulation" / "source.txt"
        notice.write_text(paragraph_page(source.read_text(encoding="utf-8")), encoding="utf-8")
        print_pdf(notice, OUT / "sichuan_circulation.pdf")
        unruled = Path(folder) / "unruled.html"
        source = OUT.parent / "real" / "holdout" / "2016_guobanhan_quantified_targets" / "source.txt"
        unruled.write_text(unruled_page(source), encoding="utf-8")
        print_pdf(unruled, OUT / "quantified_targets_unruled.pdf")
    print(f"wrote {page_path}, ziyang_table.pdf, plan_labels.pdf, sichuan_circulation.pdf and "
          f"quantified_targets_unruled.pdf in {OUT}")


if __name__ == "__main__":
    main()
