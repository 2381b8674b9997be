"""The ``zygraph`` command line: thin commands over the library.

Each command parses its options, calls one library function and turns a
:class:`~zygraph.errors.ZygraphError` into one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from zygraph._version import __version__
from zygraph.cli_options import analysis_options, input_options, issuer_option, network_options
from zygraph.errors import OutputError, ZygraphError
from zygraph.folder import check_output
from zygraph.shown import visible

__all__ = ["main", "build_parser"]

EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code.

    Examples
    --------
    >>> main(["check", "data/ziyang_2023_science_literacy_tasks.txt", "--quiet"])
    0
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    library = logging.getLogger("zygraph")
    warnings = _StderrWarnings()
    library.addHandler(warnings)
    try:
        return args.run(args)
    except ZygraphError as exc:
        _say(f"zygraph: error: {exc}")
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        print("zygraph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    finally:
        library.removeHandler(warnings)


def _say(message: str, end: str = "\n") -> None:
    """Print a line on stderr; bytes of a file name that are not UTF-8 show as \\xff escapes."""
    _print(message, end=end, file=sys.stderr, flush=True)


def _print(*parts, end: str = "\n", file=None, flush: bool = False) -> None:
    """Print text from an input safely: control characters as \\x1b escapes, undecodable bytes as \\xff."""
    text = " ".join(str(part) for part in parts)
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    print(visible(text), end=end, file=file or sys.stdout, flush=flush)


class _StderrWarnings(logging.Handler):
    """Print the library's warnings (what a report replacement drops) as ``zygraph: warning: ...``."""

    def __init__(self):
        super().__init__(logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        _say(f"zygraph: warning: {record.getMessage()}")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every command and its help text.

    Examples
    --------
    >>> args = build_parser().parse_args(["who", "市科协", "a.txt", "b.txt"])
    >>> args.unit, [str(p) for p in args.paths]
    ('市科协', ['a.txt', 'b.txt'])
    """
    parser = argparse.ArgumentParser(
        prog="zygraph",
        description="Analyse who is responsible for what in a Chinese government task-division table (任务分工表).",
        epilog="Example: zygraph report data/ziyang_2023_science_literacy_tasks.txt -o reports/ziyang",
    )
    parser.add_argument("--version", action="version", version=f"zygraph {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    parse = commands.add_parser(
        "parse",
        help="read a table and write one row per (task, unit) as CSV",
        description="Read a task-division table and write the tidy assignments: one row per (task, unit) with "
        "document (the file's stem), issuer, task_id, area, task, unit, role, raw_unit, kind, name_en, note, line, "
        "level, body. "
        "UTF-8 with BOM, so Excel opens it.",
    )
    input_options(parse)
    parse.add_argument("-o", "--output", type=Path, help="CSV file to write (default: print to standard output)")
    parse.set_defaults(run=_parse)

    check = commands.add_parser(
        "check",
        help="read a table and list what was corrected or looks wrong",
        description="Read a task-division table and print its data-quality findings (corrections made, "
        "doubts to look at). Exit code: 0 usable, 1 warnings with --strict, 2 unusable (with --strict: cells that "
        "may have moved a column).",
    )
    input_options(check)
    check.add_argument("--all", action="store_true", help="print every finding, not a summary of routine ones")
    check.add_argument("--quiet", action="store_true", help="print nothing; only set the exit code")
    check.set_defaults(run=_check)

    metrics = commands.add_parser(
        "metrics",
        help="per-unit load and centrality as CSV",
        description="Compute one row per unit of each document: tasks led and supported, load, and (for "
        "departments in the co-responsibility network) degree, strength, betweenness, closeness, eigenvector, "
        "pagerank, Burt's constraint and effective size, core number and community. Each document is measured in "
        "its own network, so its numbers do not depend on the other documents read with it (see --by, --pool).",
    )
    input_options(metrics)
    analysis_options(metrics)
    metrics.add_argument("-o", "--output", type=Path, help="CSV file to write (default: print a readable table)")
    metrics.set_defaults(run=_metrics)

    who = commands.add_parser(
        "who",
        help="the tasks of one unit and the units it shares them with",
        description="Answer for one unit: which tasks it leads and supports, and which units it shares tasks "
        "with (and how many), in each document that names it. Aliases such as 市文广旅局 are accepted.",
    )
    who.add_argument("unit", help="the unit's name, e.g. 市科协")
    input_options(who)
    who.add_argument("--lang", choices=("zh", "en"), default="en", help="language of the answer (default en)")
    who.set_defaults(run=_who)

    report = commands.add_parser(
        "report",
        help="write the briefing folder: index.html, interactive graphs, figures, CSV and Gephi files",
        description="Write one self-contained folder that opens offline: index.html (the briefing), "
        "graphs/*.html (interactive), figures/*.png|svg, data/*.csv and gephi/*.gexf|graphml. With several "
        "documents (merged by --by issuer or --pool or not), index.html compares them and draws no network "
        "(one row per document, one per unit across documents, a unit x "
        "document matrix of leads, each issuer's years side by side); --each adds every document's own briefing. "
        "An existing folder is replaced whole, and only if zygraph wrote it (or with --force).",
    )
    input_options(report)
    analysis_options(report)
    report.add_argument("-o", "--output", type=Path,
                        help="the report folder (default: reports/<name of the table file>)")
    report.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the briefing (default zh)")
    report.add_argument("--force", action="store_true", help="replace the folder even if it holds other files")
    report.add_argument("--positions", type=Path, metavar="POSITIONS.json",
                        help="keep units where an earlier report drew them (its data/positions.json)")
    report.add_argument("--single-file", action="store_true",
                        help="make index.html one file to e-mail: graphs, workbook and Gephi files inside it")
    report.add_argument("--each", action="store_true",
                        help="with several documents, also write each document's own briefing (in parallel) under "
                        "documents/<id>/, linked from the corpus page")
    report.set_defaults(run=_report)

    compare = commands.add_parser(
        "compare",
        help="what changed between two documents (two cities, or two years of one city)",
        description="Compare two tables, or two folders of tables: units gained or lost, lead and support "
        "changes, load and centrality changes, and co-responsibility ties that appeared or vanished. Units are "
        "matched by canonical name.",
    )
    compare.add_argument("a", type=Path, help="the first table file or folder")
    compare.add_argument("b", type=Path, help="the second table file or folder")
    compare.add_argument("--registry", type=Path, help="a unit registry CSV that extends and overrides the bundled one")
    issuer_option(compare)
    compare.add_argument("-o", "--output", type=Path,
                         help="also write a folder with index.html and units/roles/measures/ties CSV files")
    compare.add_argument("--force", action="store_true", help="replace the folder even if it holds other files")
    compare.add_argument("--lang", choices=("zh", "en"), default="zh",
                         help="language of the summary and the page (default zh)")
    compare.set_defaults(run=_compare)
    return parser


def _corpus(args, refuse: bool = True):
    """The documents named on the command line, as a Corpus measured by document, by issuer or pooled.

    With --strict (and ``refuse``), stop at a warning that cells moved.
    """
    from zygraph.corpus import read_documents
    from zygraph.corpus_view import Corpus

    live = sys.stderr.isatty()

    def progress(done: int, total: int, path) -> None:
        if total == 1:
            return
        if live:  # one line, rewritten in place
            end = "\n" if done == total else ""
            sys.stderr.write("\r")  # our own carriage return and erase-line; the file name is escaped
            _say(f"[{done}/{total}] {Path(path).name}", end="")
            sys.stderr.write("\033[K" + end)
            sys.stderr.flush()
        elif done == total or done % max(1, total // 10) == 0:
            _print(f"[{done}/{total}] documents processed", file=sys.stderr, flush=True)

    documents = read_documents(args.paths, registry=args.registry, layout=args.layout, sheet=args.sheet,
                               progress=progress, issuer=args.issuer,
                               skip_unreadable=getattr(args, "skip_unreadable", False))
    by = "pool" if args.pool else args.by
    corpus = Corpus(documents, by=by, **network_options(args))
    if corpus.unreadable:
        _say(f"skipped {len(corpus.unreadable)} of {len(documents)} documents that could not be read:")
        for skipped in corpus.unreadable:
            _say(f"  {skipped.message}")
    if args.strict and refuse:
        _refuse_structural(corpus.pooled())
    if len(corpus) > 1 and by != "document":
        what = (f"{len(corpus)} documents merged into one network, units pooled by body and level" if by == "pool" else
                f"{len(corpus)} documents of {corpus.documents.issuer.nunique()} issuers merged into one network "
                "per issuer")
        _say(f"note: {what}; each unit is measured in the merged network (`document` names its documents)")
    return corpus


def _networks(corpus):
    """Each network of the corpus as ``(label, Document)``: a document, an issuer's documents, or all pooled."""
    from zygraph.document import Document

    if corpus.by == "document":
        return [(doc_id, corpus[doc_id]) for doc_id in corpus.ids]
    if corpus.by == "pool":
        return [("all", Document(corpus.pooled(), **corpus.options()))]
    groups = {}
    for doc_id, issuer in zip(corpus.ids, corpus.documents.issuer):
        groups.setdefault(issuer, []).append(doc_id)
    return [(issuer, Document(corpus.select(documents=ids).pooled(), **corpus.options()))
            for issuer, ids in groups.items()]


def _refuse_structural(table) -> None:
    """With --strict: stop at the first warning that cells may have moved a column."""
    from zygraph.errors import StructureError
    from zygraph.table import STRUCTURAL_CODES

    findings = table.findings
    shifted = findings[(findings.severity != "info") & findings.code.isin(STRUCTURAL_CODES)]
    if len(shifted):
        first = shifted.iloc[0]
        document = first.get("document") or table.meta.get("path")
        more = f" ({len(shifted) - 1} more such warnings: zygraph check lists them)" if len(shifted) > 1 else ""
        raise StructureError(f"{first.code}: {first.message}; {first.action}{more}", path=document,
                             line=None if _line(first.line) == "-" else int(first.line))


def _parse(args) -> int:
    _check_csv_output(args)
    corpus = _corpus(args)
    tidy = corpus.tidy
    if args.output is None:
        _print_csv(tidy)
        return EXIT_OK
    documents = f" in {len(corpus)} documents" if len(corpus) > 1 else ""
    _write_csv(tidy, args, f"{len(tidy)} assignments of {int(corpus.documents.tasks.sum())} tasks{documents}")
    return EXIT_OK


def _print_csv(frame) -> None:
    """Print ``frame`` as CSV on stdout, text safe as in a written file ('=1+1); on a terminal, control
    characters shown as escapes."""
    from zygraph.export import spreadsheet_frame

    text = spreadsheet_frame(frame).to_csv(index=False, lineterminator="\n")
    if sys.stdout.isatty():
        _print(text, end="")
    else:
        sys.stdout.write(text)


def _check_csv_output(args) -> None:
    """Refuse an -o file that cannot be written before any document is read: said in one line, no work lost."""
    from zygraph.export import check_output_file

    if args.output is not None:
        _refuse_to_overwrite_input(args.output, *args.paths)
        check_output_file(args.output)


def _write_csv(frame, args, what: str) -> None:
    """Write ``frame`` to ``args.output`` (never over the input) and say so on stderr."""
    from zygraph.export import write_csv

    _refuse_to_overwrite_input(args.output, *args.paths)
    write_csv(frame, args.output)
    _say(f"wrote {what} to {args.output}")
    _warn_if_read_next_time(args.output, args.paths)


def _warn_if_read_next_time(output: Path, inputs) -> None:
    """Say so when the output lands in an input folder as a file the next run would read as a table."""
    from zygraph.corpus import TABLE_SUFFIXES

    if output.suffix.lower() not in TABLE_SUFFIXES or output.name.startswith("."):
        return
    try:
        home = output.resolve().parent
        folders = [path.resolve() for path in inputs if path.is_dir()]
    except (OSError, RuntimeError):
        return
    if home in folders:
        _say(f"zygraph: warning: {output} is in the input folder {output.parent}; a later run over that folder "
             "will try to read it as a table: move it, or write it elsewhere")


def _check(args) -> int:
    corpus = _corpus(args, refuse=False)
    table = corpus.pooled()  # the findings are listed first
    findings = table.findings
    warnings = findings[findings.severity != "info"]
    if not args.quiet:
        meta = table.meta
        source = ", ".join(str(p) for p in args.paths)
        _print(f"{source}: {meta.get('title') or '(no title)'} {meta.get('number', '')}".rstrip())
        _print(
            f"  {len(table.tasks)} tasks in {table.tasks.area.nunique()} areas, {len(table.units)} units, "
            f"{len(table.assignments)} assignments; {len(warnings)} warnings, "
            f"{len(findings) - len(warnings)} routine corrections"
        )
        # a document whose notice names no issuer is labelled by its own id (the corpus page shows "—")
        unnamed = set(corpus.ids)
        issuers = "、".join(dict.fromkeys(i for i in table.units["issuer"] if i and i not in unnamed)) \
            if "issuer" in table.units else ""
        documents = meta.get("documents", [meta])
        sources = "、".join(dict.fromkeys(str(m["issuer_source"]) for m in documents if m.get("issuer_source")))
        levels = "、".join(dict.fromkeys(str(m["issuer_level"]) for m in documents if m.get("issuer_level")))
        if not issuers and levels:  # 区人民政府办公室关于…: the level is read, the place is not
            issuers = f"a {levels} government"
        issuers = f"{issuers} (read from the {sources})" if issuers and sources else issuers
        _print(f"  issuer: {issuers or 'none found (pass --issuer NAME)'}; units not in the registry: "
              f"{(findings.code == 'unit_recognised').sum()} forms of known bodies, "
              f"{(findings.code == 'unit_inferred').sum()} read from their endings, "
              f"{(table.units.kind == 'unknown').sum()} unknown")
        layouts = "、".join(dict.fromkeys(str(m.get("layout", "")) for m in meta.get("documents", [meta]))) or "?"
        _print(f"  read as: {layouts} (--layout NAME forces another reader)")
        for row in findings.itertuples() if args.all else warnings.itertuples():
            _print(f"  line {_line(row.line)}  {row.severity:<7} {row.code}: {row.message} -> {row.action}")
        if not args.all:
            routine = findings[findings.severity == "info"]
            for code, group in routine.groupby("code", sort=False):
                lines = ", ".join(_line(v) for v in group.line.head(8))
                more = f", … ({len(group)} in all)" if len(group) > 8 else ""
                _print(f"  {code} ({len(group)}x, info): lines {lines}{more}; e.g. {group.message.iloc[0]}")
    if args.strict:
        _refuse_structural(table)
    return EXIT_FINDINGS if args.strict and len(warnings) else EXIT_OK


def _metrics(args) -> int:
    _check_csv_output(args)
    frame = _corpus(args).metrics
    if args.output is None:
        import pandas as pd

        with pd.option_context("display.max_rows", None, "display.width", 200, "display.max_columns", None):
            _print(frame.drop(columns=["name_en"]).to_string(index=False, float_format=lambda x: f"{x:.3f}"))
        return EXIT_OK
    networks = frame.document.nunique()
    _write_csv(frame, args, f"measures of {len(frame)} units in {networks} network{'' if networks == 1 else 's'}")
    return EXIT_OK


def _who(args) -> int:
    from zygraph.errors import UnknownUnitError
    from zygraph.lookup import resolve_unit
    from zygraph.names.units import Registry

    registry = Registry.bundled() if args.registry is None else Registry.from_csv(args.registry, base=Registry.bundled())
    args.registry = registry  # read once, for the tables and for the unit asked about
    networks = _networks(_corpus(args))
    answered, missing = 0, []
    for label, doc in networks:
        try:
            unit = resolve_unit(doc.table, args.unit, registry)
        except UnknownUnitError:
            if len(networks) == 1:
                raise
            missing.append(label)
            continue
        if answered:
            _print()
        answered += 1
        _who_in(doc, unit, label if len(networks) > 1 else None, zh=args.lang == "zh")
    if not answered:
        raise UnknownUnitError(f"no unit named {args.unit!r} in any of the {len(networks)} documents; "
                               "run `zygraph metrics` to list the units")
    if missing:
        _print(f"\nNot named in {len(missing)} of {len(networks)}: {', '.join(missing)}")
    return EXIT_OK


def _who_in(doc, unit: str, label: str | None, zh: bool = False) -> None:
    tasks = doc.tasks_of(unit)
    partners = doc.partners(unit)
    led = tasks[tasks.role == "lead"]
    supported = tasks[tasks.role == "support"]
    where = f"[{label}] " if label else ""
    info = doc.table.units.set_index("unit").loc[unit]
    about = "; ".join(str(v) for v in (info.get("name_en"), info.get("kind"), info.get("level")) if v == v and v)
    if zh:
        _print(f"{where}{unit}：牵头 {len(led)} 项任务，配合 {len(supported)} 项")
    else:
        _print(f"{where}{unit} ({about}): leads {len(led)} tasks, supports {len(supported)}" if about else
              f"{where}{unit}: leads {len(led)} tasks, supports {len(supported)}")
    for title, part in ((("牵头", "Leads"), led), (("配合", "Supports"), supported)):
        if len(part):
            _print(f"\n{title[0]}：" if zh else f"\n{title[1]}:")
            for row in part.itertuples():
                _print(f"  {row.task_id}  [{row.area}] {row.task}")
    if len(partners):
        _print(f"\n与 {len(partners)} 个单位共同承担任务（共同任务多者在前）：" if zh else
              f"\nShares tasks with {len(partners)} units (most shared first):")
        for row in partners.itertuples():
            _print(f"  {row.partner}  {row.shared} 项" if zh else f"  {row.partner}  {row.shared} tasks")


def _report(args) -> int:
    from zygraph.render.report import write_report

    outdir = args.output or Path("reports") / (args.paths[0].stem if len(args.paths) == 1 else "corpus")
    steps = iter(range(1, 100))

    def progress(step: str) -> None:
        _print(f"[{next(steps)}/8] {step}", file=sys.stderr, flush=True)

    # A folder we may not write, or an input we cannot read, is said in one line before any step is shown.
    check_output(outdir, sources=args.paths, force=args.force)
    corpus = _corpus(args)
    if len(corpus) == 1:
        tasks, units = len(corpus[0].tasks), corpus[0].tidy["unit"].nunique()
        progress(f"read the table: {tasks} tasks, {units} units")
    if len(corpus) > 1:  # merged or not, several documents get the corpus page, which draws no network
        from zygraph.render.corpus_report import write_corpus_report

        write_corpus_report(corpus, outdir, lang=args.lang, force=args.force, each=args.each,
                            progress=lambda step: _print(f"[corpus] {step}", file=sys.stderr, flush=True))
    else:
        positions = _read_positions(args.positions) if args.positions else None
        write_report(corpus[0], outdir, lang=args.lang, force=args.force, progress=progress,
                     single_file=args.single_file, positions=positions)
    _say(f"wrote {outdir}/index.html (open it in a browser; it needs no network)")
    return EXIT_OK


def _compare(args) -> int:
    from zygraph.compare import compare
    from zygraph.corpus import read_corpus
    from zygraph.render.comparison import write_comparison

    tables = [read_corpus([path], registry=args.registry, issuer=args.issuer) for path in (args.a, args.b)]
    comparison = compare(*tables)
    for sentence in comparison.summary(args.lang):
        _print(sentence)
    changed = comparison.roles[(comparison.roles.led_change != 0) | (comparison.roles.supported_change != 0)]
    if len(changed):
        _print("\n牵头与配合的变化：" if args.lang == "zh" else "\nLead and support changes:")
        _print(changed.to_string(index=False))
    if args.output is not None:
        sources = [str(p) for p in (args.a, args.b)]
        from zygraph.graph import project_units
        from zygraph.render.layout import layout

        first = layout(project_units(tables[0]), "weight", 0)  # the layout A's own report starts from
        write_comparison(comparison, args.output, sources=sources, force=args.force, lang=args.lang, pos=first)
        _say(f"wrote {args.output}/index.html")
    return EXIT_OK


def _read_positions(path: Path) -> dict:
    """The units' positions of an earlier report's data/positions.json."""
    import json

    from zygraph.errors import InputError

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(unit): (float(xy[0]), float(xy[1])) for unit, xy in data["units"].items()}
    except OSError as error:
        raise InputError(f"cannot read the positions file: {error.strerror or error}", path=path) from error
    except (ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
        raise InputError("this is not a zygraph positions file (data/positions.json of a report); "
                         "pass the one an earlier report wrote", path=path) from error


def _line(value) -> str:
    """A finding's line as printed: "-" for a document's own finding (None, NaN or pandas' NA: no line)."""
    try:
        return str(int(value))
    except (TypeError, ValueError):
        return "-"


def _refuse_to_overwrite_input(output: Path, *inputs: Path) -> None:
    """Refuse an output that is one of the input tables, folders expanded and links followed."""
    from zygraph.corpus import corpus_files

    try:
        target = output.resolve()
    except (OSError, RuntimeError):
        return  # a loop or an unreadable path: the writer says which
    for source in corpus_files(inputs):
        same = target == source.resolve() or (target.exists() and os.path.samefile(target, source))
        if same:
            raise OutputError(f"the output would overwrite the input table {source}; choose another output path",
                              path=output)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
