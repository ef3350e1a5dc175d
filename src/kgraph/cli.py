"""The kgraph command: click parses, the library works, errors become one-line messages."""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import click

from . import __version__
from .errors import KgraphError


class _Command(click.Command):
    """A subcommand whose help can name ``{formats}``: filled, when the help is shown, from
    query.FORMATS, the one list of the graph formats kgraph reads (the same list its errors
    name). Not when this module is imported: query imports pyoxigraph, and the command
    answers Ctrl-C only once it runs (entry)."""

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if self.help and "{formats}" in self.help:
            from .query import FORMAT_LIST

            self.help = self.help.replace("{formats}", FORMAT_LIST)
        super().format_help_text(ctx, formatter)


class _Errors(click.Group):
    """Turn every KgraphError into `Error: message` and its own exit status, and Ctrl-C
    into the shell's status for it, 130."""

    command_class = _Command

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except KgraphError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            # click's own answer was "Aborted!" and status 1, the status of bad input
            click.echo("Aborted (Ctrl-C).", err=True)
            sys.exit(130)


@click.group(cls=_Errors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgraph")
def main() -> None:
    """Build knowledge graphs of the AI industry from German and English news articles.

    \b
    kgraph build examples/articles --out outputs
    kgraph query outputs/graph.trig "SELECT ?org ?model WHERE { ?org kg:uses ?model }"
    kgraph view outputs/graph.trig --open
    """


_LEAVE_FAST = False
"""Set by entry(), the installed command: a finished build exits without tearing down."""


def entry() -> None:
    """The ``kgraph`` command as installed (``main`` is the same, for tests and embedding)."""
    global _LEAVE_FAST
    _LEAVE_FAST = True
    main()


def _leave_now() -> None:
    """End the process once a build has written and said everything: freeing the merged
    graph and the build state object by object at interpreter exit took 0.4-0.6 s of a
    9 s rebuild at 10,000 articles, and nothing is left to clean (the worker pool is
    closed, every file written and renamed)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: what it missed is lost either way
            pass
    os._exit(0)


def _progress(quiet: bool, stream=None):
    """A progress bar on a terminal; nothing in pipes, log files, CI or with --quiet."""
    from .progress import ProgressBar

    stream = stream or click.get_text_stream("stderr")
    if quiet or not stream.isatty():
        return None
    return ProgressBar(stream)


def _build_options(command):
    """The arguments and options build and watch share (build adds its own before)."""
    for option in reversed(_BUILD_OPTIONS):
        command = option(command)
    return command


_BUILD_OPTIONS = [
    click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path)),
    click.option("--out", "-o", type=click.Path(file_okay=False, path_type=Path),
                 default="outputs", show_default=True,
                 help="Folder to write graph.trig, graph.ttl, graph.jsonld, graph.html."),
    click.option("--lang", type=click.Choice(["de", "en"]), help="Language of every article "
                 "(default: detected per article and paragraph)."),
    click.option("--spacy-model", metavar="NAME", help="An installed trained spaCy pipeline "
                 "whose NER adds to the rules, e.g. en_core_web_sm. Never needed."),
    click.option("--jobs", "-j", type=click.IntRange(0), default=1, show_default=True,
                 help="Worker processes for extraction; 0: one per CPU core. Above 1, "
                 "graph.html is also drawn beside the RDF files."),
    click.option("--executor", type=click.Choice(["local", "process", "dask"]),
                 help="Where extraction runs (default: process when --jobs is not 1, dask "
                 "with --scheduler, else local)."),
    click.option("--scheduler", metavar="tcp://HOST:PORT",
                 help="Dask scheduler for --executor dask (pip install 'kgraph[distributed]')."),
    click.option("--validate/--no-validate", default=None,
                 help="Check the whole graph against ontologies/shapes.ttl (SHACL) before "
                 "writing it, or do not check it. Default: the whole graph up to 2,000 "
                 "articles, past that a sample of 200 articles with the entities they name; "
                 "a rebuild after a checked build checks only what changed."),
    click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors."),
    click.option("--verbose", "-v", is_flag=True,
                 help="List every skipped file; show the cache, workers and time of each step."),
]


@main.command(short_help="Read articles and write the graph files.")
@_build_options
@click.option("--no-cache", is_flag=True, help="Extract every article again and keep no "
              "cache (default: reuse OUT/.kgraph-cache for unchanged articles).")
@click.option("--strict", is_flag=True, help="Exit with status 8 when any file was skipped "
              "(the graph of the others is still written).")
def build(paths: tuple[Path, ...], out: Path, lang: str | None, spacy_model: str | None,
          jobs: int, executor: str | None, scheduler: str | None, validate: bool | None,
          quiet: bool, verbose: bool, no_cache: bool, strict: bool) -> None:
    """Read articles (files or folders of .txt, .md, .html) and write the graph files.

    \b
    kgraph build articles/ --out outputs --jobs 2
    kgraph build articles/ --executor dask --scheduler tcp://10.0.0.5:8786
    """
    from .pipeline import Options
    from .pipeline import build as run

    _check_build_options(out, jobs, executor, scheduler, quiet, verbose)
    before = _file_ids(out)
    bar = _progress(quiet)
    try:
        report = run(paths, out, Options(lang=lang, spacy_model=spacy_model), progress=bar,
                     jobs=jobs, executor=executor, scheduler=scheduler, use_cache=not no_cache,
                     validate=validate)
    finally:
        if bar is not None:
            bar.close()
    if not quiet:
        _summary(report, verbose, out, before)
    _fail_if_strict(strict, report.skipped)
    if _LEAVE_FAST:
        _leave_now()


@main.command(short_help="Build the graph files and rebuild them as articles change.")
@_build_options
@click.option("--interval", type=click.FloatRange(min=0.05), default=1.0, show_default=True,
              metavar="SECONDS", help="Time between two looks at the articles.")
def watch(paths: tuple[Path, ...], out: Path, lang: str | None, spacy_model: str | None,
          jobs: int, executor: str | None, scheduler: str | None, validate: bool | None,
          quiet: bool, verbose: bool, interval: float) -> None:
    """Build the graph files, then keep them up to date until Ctrl-C: whenever an
    article is changed, added or deleted, rebuild what changed and rewrite the files.

    One process holds the last build in memory, so a rebuild skips what a new
    `kgraph build` would pay first (starting, loading the last build, warming up
    extraction). The files are the ones `kgraph build` would write; on Ctrl-C the
    state is saved in OUT/.kgraph-cache for the next build.

    \b
    kgraph watch articles/ --out outputs --jobs 2
    """
    from .pipeline import Options
    from .watch import Watcher

    _check_build_options(out, jobs, executor, scheduler, quiet, verbose)
    before = _file_ids(out)
    watcher = Watcher(paths, out, Options(lang=lang, spacy_model=spacy_model), jobs=jobs,
                      executor=executor, scheduler=scheduler, validate=validate)
    try:
        bar = _progress(quiet)
        try:
            report = watcher.build(bar)
        finally:
            if bar is not None:
                bar.close()
        if not quiet:
            _summary(report, verbose, out, before)
        watcher.warm_up()
        if not quiet:
            click.echo(f"watching {', '.join(str(p) for p in paths)} (every {interval:g} s; "
                       "Ctrl-C stops)", err=True)
        try:
            watcher.run(lambda rebuilt: _said(rebuilt, quiet, verbose), interval=interval)
        except KeyboardInterrupt:
            pass  # the way to stop watching: not an error
    finally:
        watcher.close()  # the state saved for the next build, the workers ended
    if not quiet:
        click.echo("stopped watching; the graph files are up to date", err=True)


def _said(rebuilt, quiet: bool, verbose: bool) -> None:  # noqa: ANN001 - a watch.Rebuilt
    """One line per rebuild (errors on stderr; the last files stay)."""
    import time

    stamp = time.strftime("%H:%M:%S")
    if rebuilt.error is not None:
        click.echo(f"{stamp} {rebuilt.changes}: not rebuilt: {rebuilt.error}; the last "
                   "graph files stay", err=True)
        return
    if quiet:
        return
    report = rebuilt.report
    click.echo(f"{stamp} {rebuilt.changes}: rebuilt in {rebuilt.seconds:.2f} s "
               f"({report.articles} articles, {sum(report.relations.values())} relations)")
    if verbose:
        click.echo("  time: " + ", ".join(f"{k} {v:.2f} s" for k, v in report.seconds.items())
                   + f"; graph: {report.merge}", err=True)
        for line in _not_read_lines(report, limit=None):
            click.echo(f"  {line}", err=True)


def _check_build_options(out: Path, jobs: int, executor: str | None, scheduler: str | None,
                         quiet: bool, verbose: bool) -> None:
    """Usage errors, and an --out that cannot be written, before any article is read."""
    from .api import file_in_the_way
    from .errors import OutputPathError

    if quiet and verbose:  # quiet won without a word: the asked-for details never came
        raise click.UsageError("--quiet and --verbose contradict each other; give one")
    dask = executor == "dask" or (executor is None and scheduler)
    if jobs != 1 and (executor == "local" or dask):
        raise click.UsageError(f"--jobs {jobs} has no effect with --executor "
                               f"{'dask' if dask else 'local'}: "
                               + ("the cluster's workers run extraction" if dask
                                  else "extraction runs in this process")
                               + "; use --executor process (or leave --executor out)")
    blocker = file_in_the_way(out)
    if blocker is not None:
        raise OutputPathError(f"--out {out}: {blocker} is a file, not a folder; "
                              "name a folder to write the graph files into")
    _check_writable(out)


def _summary(report, verbose: bool, out: Path,  # noqa: ANN001 - a BuildReport
             before: dict[Path, tuple[int, int, int]]) -> None:
    """What a build read and wrote; before: _file_ids(out) before it."""
    if verbose:
        if report.cache is not None:
            c = report.cache
            # files, not articles: an unusable file's verdict is cached as well
            click.echo(f"cache: {c.hits} file{'s' * (c.hits != 1)} reused, {c.misses} extracted"
                       + (f", {c.damaged} damaged entries redone" if c.damaged else ""), err=True)
        if report.merge:
            click.echo(f"graph: {report.merge}", err=True)
        click.echo(f"executor: {report.executor} ({report.workers} worker"
                   f"{'s' if report.workers != 1 else ''})", err=True)
        click.echo("time: " + ", ".join(f"{k} {v:.1f} s" for k, v in report.seconds.items()),
                   err=True)
    for line in _not_read_lines(report, limit=None if verbose else 10):
        click.echo(line, err=True)
    click.echo(f"articles read: {report.articles}" + _not_read(report.skipped, report.loops))
    click.echo("entities: " + (", ".join(f"{n} {t}" for t, n in sorted(report.entities.items()))
                               or "none"))
    click.echo("relations: " + (", ".join(f"{n} {r}" for r, n in sorted(report.relations.items()))
                                or "none")
               + (f" (+{report.hedged} hedged, not asserted)" if report.hedged else ""))
    if report.checked and (verbose or not report.checked.startswith(("the whole", "what"))):
        click.echo(f"validated: {report.checked}", err=True)
    after = _file_ids(out)
    for path in report.files:  # a rebuild of the same articles rewrites nothing: say so
        click.echo(f"{'unchanged' if before.get(path) == after.get(path) else 'wrote'} {path}")


def _not_read_lines(report, limit: int | None) -> list[str]:  # noqa: ANN001 - a BuildReport
    """One line per file skipped and per symbolic link loop cut, the first limit of each
    (None: all), as kgraph build and kgraph watch --verbose print them."""
    lines = []
    for name, some in (("skipped", report.skipped), ("loop cut", report.loops)):
        lines += [f"{name} {s.path}: {s.reason}" for s in some[:limit]]
        if limit is not None and len(some) > limit:
            lines.append(f"... and {len(some) - limit} more {name} (--verbose lists all)")
    return lines


def _not_read(skipped: list, loops: list) -> str:
    """The summary's count of what was not read, by what it is: a duplicate's text is in
    the graph, a folder that could not be listed may hide many articles, the rest (empty,
    binary, too big, unreadable files) are skipped."""
    duplicates = sum(s.duplicate for s in skipped)
    unlisted = sum(s.unlisted for s in skipped)
    rest = len(skipped) - duplicates - unlisted
    counts = [f"{rest} skipped"] if rest else []
    if duplicates:
        counts.append("1 duplicate of another file" if duplicates == 1
                      else f"{duplicates} duplicates of other files")
    if unlisted:
        counts.append(f"{unlisted} folder{'s' * (unlisted != 1)} that could not be listed")
    if loops:
        counts.append(f"{len(loops)} symbolic link loop{'s' * (len(loops) != 1)} cut")
    return f" ({', '.join(counts)})" if counts else ""


def _check_writable(out: Path) -> None:
    """Make --out and write a file in it before any article is read: a folder that cannot
    be written was found only when the graph was written, after the whole extraction
    (minutes of a large corpus lost). Folders made for the check are removed again, so a
    build that stops on its input leaves no empty --out behind."""
    import tempfile

    from .errors import OutputPathError

    made = [p for p in (out, *out.parents) if not os.path.lexists(p)]
    try:
        out.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=out).close()
    except OSError as exc:
        raise OutputPathError(f"--out {out}: cannot write there ({exc.strerror or exc}); "
                              "name a folder you can write to") from exc
    finally:
        for folder in made:  # deepest first
            try:
                folder.rmdir()
            except OSError:
                pass


def _file_ids(folder: Path) -> dict[Path, tuple[int, int, int]]:
    """Inode, mtime and size of each file in folder: outputs are replaced by a rename, so
    a file with the same three before and after a build was not written."""
    ids = {}
    try:
        for entry in os.scandir(folder):
            if entry.is_file():
                st = entry.stat()
                ids[folder / entry.name] = (st.st_ino, st.st_mtime_ns, st.st_size)
    except OSError:  # no folder yet
        pass
    return ids


def _fail_if_strict(strict: bool, skipped: list) -> None:
    """--strict: any skipped file fails the build (after the report, so the user sees why);
    a symbolic link loop cut on the way loses no article and is not among them
    (BuildReport.loops)."""
    if strict and skipped:
        from .errors import SkippedInputError

        files = f"{len(skipped)} file{'s' if len(skipped) != 1 else ''}"
        # counted as the summary counts them: "4 files skipped" beside a summary of
        # "3 skipped, 1 duplicate" read as two different answers
        plain = not any(s.duplicate or s.unlisted for s in skipped)
        what = f"{files} skipped" if plain else f"{files} not read{_not_read(skipped, [])}"
        raise SkippedInputError(f"{what} and --strict given")


_SPARQL_WORD = re.compile(
    r"(?i:SELECT|ASK|CONSTRUCT|DESCRIBE|WHERE|PREFIX|BASE|DISTINCT|REDUCED|FROM|NAMED|"
    r"ORDER|GROUP|BY|LIMIT|OFFSET|FILTER|OPTIONAL|UNION|GRAPH|VALUES)|[?$]\w+|\*")
"""A whole argument that is a word of a query, not a file name: a keyword or a variable."""


def _set_values(sparql: str, setting: str) -> str:
    """The query with its ``VALUES ?VAR { ... }`` line holding one string, TEXT (--set):
    a ready-made query asked about another name without editing its file."""
    from .query import set_values

    var, sep, text = setting.partition("=")
    var = var.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"\w+", var):
        raise click.UsageError(f"--set takes VAR=TEXT (e.g. --set name=OpenAI), not {setting!r}")
    try:
        return set_values(sparql, var, text)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


def _query_file(name: str) -> str:
    """--file: the .rq file at that path, else the ready-made query of that name (``company``,
    ``queries/investments.rq``) from kgraph's own queries/ folder, wherever kgraph runs."""
    from .query import ready_made, ready_made_names

    if name == "-":
        return click.get_text_stream("stdin").read()
    path = Path(name)
    if os.path.isfile(path) or path.suffix.lower() not in ("", ".rq") \
            or path.stem not in ready_made_names():
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            shipped = ", ".join(ready_made_names())
            raise click.BadParameter(
                f"{name}: {exc.strerror or exc}"
                + (f" (ready-made queries, found from any folder: --file NAME with NAME one "
                   f"of {shipped})" if shipped else ""), param_hint="'--file' / '-f'") from None
    return ready_made(path.stem)


def _query_like(arg: str) -> bool:
    """An argument that is no existing path and reads as (part of) a SPARQL query: blank,
    holding a space or a brace, or one query word on its own (an unquoted query split by
    the shell)."""
    if os.path.exists(arg):  # False, not OSError, for a query longer than a file name may be
        return False
    return not arg.strip() or bool(re.search(r"[\s{}]", arg)) or bool(_SPARQL_WORD.fullmatch(arg))


@main.command(short_help="Run a read-only SPARQL query over graph files.")
@click.argument("graph", nargs=-1, required=True, type=click.Path(),  # str: a query's "//" stays
                metavar="GRAPH... [QUERY]")
@click.option("--sparql", "-e", "sparql_text", metavar="QUERY",
              help="The query text (instead of QUERY after the graph files).")
@click.option("--file", "-f", "query_file", metavar="FILE",
              help="Read the query from a .rq file, or a ready-made one by name "
              "(company, investments, single-source, surpasses-chains, uses).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]),
              default="table", show_default=True, help="json is the W3C SPARQL results format.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Give up after this many seconds (exit status 5).")
@click.option("--set", "settings", multiple=True, metavar="VAR=TEXT",
              help="Put TEXT, as a string, in the query's VALUES ?VAR { ... } line instead "
              "of what it holds, e.g. --set name=OpenAI with queries/company.rq. "
              "Repeatable.")
def query(graph: tuple[str, ...], sparql_text: str | None, query_file, fmt: str,
          timeout: float | None, settings: tuple[str, ...]) -> None:
    """Run a read-only SPARQL query over graph files (the kg: prefix and others are predeclared).

    GRAPH: graph files ({formats}) or a folder kgraph build wrote.

    QUERY: the SPARQL text as one quoted argument, unless -e or -f gives it.

    \b
    kgraph query outputs/graph.trig "SELECT * WHERE { ?a kg:uses ?b }"
    kgraph query outputs/ --file queries/investments.rq --format csv
    """
    from .query import query_text

    paths = list(graph)
    if sparql_text is None and query_file is None:
        # the last positional argument is the query unless it is an existing file, or
        # the first reads as a query and the last does not (the query first, as other tools)
        if len(paths) >= 2 and _query_like(paths[0]) and not _query_like(paths[-1]):
            sparql_text = paths.pop(0)
        elif len(paths) >= 2 and (not paths[-1].strip() or not os.path.exists(paths[-1])):
            sparql_text = paths.pop()
        elif len(paths) == 1 and _query_like(paths[0]):
            raise click.UsageError("no graph file given: kgraph query GRAPH... 'SELECT ...' "
                                   "(GRAPH: a file or the folder kgraph build wrote)")
        else:
            raise click.UsageError("give a query: kgraph query GRAPH 'SELECT ...' or --file Q.rq")
    elif sparql_text is not None and query_file is not None:
        raise click.UsageError("give the query once: --sparql QUERY or --file Q.rq, not both")
    else:
        for path in paths:  # a query given as well as --sparql/--file would be read as a path
            if _query_like(path):
                raise click.UsageError(
                    f"{path!r} is not a graph file but part of a query; with --sparql or "
                    "--file every other argument is a graph file: quote the whole query as "
                    "one argument, once (-e 'SELECT ...')")
    if query_file is not None:
        sparql_text = _query_file(query_file)
    for setting in settings:
        sparql_text = _set_values(sparql_text or "", setting)
    # csv and json written by Oxigraph as the query runs, not via Python rows
    notes: list[str] = []
    names = [setting.partition("=")[2] for setting in settings]
    if query_file is not None and not settings:  # the file's own name: say if none has it
        from .query import file_values

        names = file_values(sparql_text or "")
    click.echo(query_text(paths, sparql_text or "", fmt, timeout=timeout, notes=notes,
                          names=names))
    for note in notes:  # after the answer, on stderr: pipes get the answer alone
        click.echo(note, err=True)


@main.command(short_help="Render the interactive HTML picture of a graph.")
@click.argument("graph", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="HTML file to write (default: graph.html beside the first graph file; "
              "with --focus NAME, graph-NAME.html, so the build's page is kept).")
@click.option("--focus", metavar="NAME", help="Draw only this entity's neighbourhood.")
@click.option("--depth", type=click.IntRange(0, 10), default=2, show_default=True,
              help="Hops around --focus.")
@click.option("--max-nodes", type=click.IntRange(1), metavar="N",
              help="Keep the N best-connected entities.")
@click.option("--open", "open_", is_flag=True, help="Open the page in the default browser.")
def view(graph: tuple[Path, ...], out: Path | None, focus: str | None, depth: int,
         max_nodes: int | None, open_: bool) -> None:
    """Render the interactive HTML graph from graph files.

    GRAPH: graph files ({formats}) or a folder kgraph build wrote.
    """
    from .api import view as run

    source = click.get_current_context().get_parameter_source("depth")
    if focus is None and source is click.core.ParameterSource.COMMANDLINE:
        raise click.UsageError("--depth counts hops around --focus NAME; give --focus too "
                               "(--max-nodes N limits a whole graph)")
    result = run(list(graph), out, focus=focus, depth=depth, max_nodes=max_nodes)
    if result.nodes < result.total_nodes:
        click.echo(f"drew the {result.nodes} best-connected of {result.total_nodes} entities "
                   "(--max-nodes N or --focus NAME to choose)", err=True)
    if result.total_nodes == 0:
        click.echo("the graph holds no entities, so the page is empty (is this a graph "
                   "kgraph build wrote?)", err=True)
    click.echo(f"wrote {result.path}")
    if open_:
        import webbrowser

        url = result.path.resolve().as_uri()
        try:
            opened = webbrowser.open(url)
        except webbrowser.Error:  # a broken $BROWSER
            opened = False
        if not opened:  # the page is written all the same: say where it is
            click.echo(f"no web browser found to open it; open {url} in a browser "
                       "(or copy the file to a machine that has one)", err=True)


@main.command(short_help="Export entities and facts for Gephi or Cytoscape.")
@click.argument("graph", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "cytoscape-json"]),
              default="graphml", show_default=True,
              help="graphml and gexf open in Gephi, cytoscape-json in Cytoscape.")
@click.option("--out", "-o", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="File to write, - for stdout (default: graph.graphml / graph.gexf / "
                   "graph.cyjs beside the first graph file).")
def export(graph: tuple[Path, ...], fmt: str, out: Path | None) -> None:
    """Export the entities and facts (with evidence) for Gephi or Cytoscape.

    GRAPH: graph files ({formats}) or a folder kgraph build wrote.

    \b
    kgraph export outputs/graph.trig --format gexf
    kgraph export outputs/ --format cytoscape-json --out network.cyjs
    """
    if out is not None and str(out) == "-":
        from .api import graph as load
        from .exporters.networkx_export import export as as_text

        click.echo(as_text(load(list(graph)), fmt), nl=False)
        return
    from .api import export as run

    click.echo(f"wrote {run(list(graph), fmt, out)}")


@main.command(short_help="Counts by class and relation, central entities, clusters.")
@click.argument("graph", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, metavar="N",
              help="How many central entities, clusters and articles to list.")
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
def stats(graph: tuple[Path, ...], top: int, as_json: bool) -> None:
    """Counts by class and relation, the most central companies and models, clusters, and
    the articles that contributed most facts.

    GRAPH: graph files ({formats}) or a folder kgraph build wrote.
    """
    from .api import stats as run
    from .graphstats import format_text

    result = run(list(graph), top=top)
    click.echo(result.to_json() if as_json else format_text(result), nl=False)


def _header(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]):
    pairs = {}
    for value in values:
        name, sep, text = value.partition(":")
        if not sep or not name.strip() or any(c.isspace() for c in name.strip()):
            raise click.BadParameter(f"{value!r} is not 'Name: value'", ctx, param)
        pairs[name.strip()] = text.strip()
    return pairs


@main.command(short_help="Upload the graph to a SPARQL triple store.")
@click.argument("graph", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--endpoint", required=True, metavar="URL", help="The store's Graph Store "
              "Protocol URL, e.g. http://localhost:7878/store (Oxigraph) or "
              "http://localhost:3030/DATASET/data (Fuseki).")
@click.option("--user", help="User name for HTTP basic authentication.")
@click.option("--password", envvar="KGRAPH_PASSWORD", show_envvar=True,
              help="Password for --user (better: set KGRAPH_PASSWORD).")
@click.option("--token", envvar="KGRAPH_TOKEN", show_envvar=True,
              help="Bearer token (sent as Authorization: Bearer TOKEN).")
@click.option("--header", "headers", multiple=True, callback=_header, metavar="'NAME: VALUE'",
              help="Extra request header; repeatable.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0,
              show_default=True, metavar="SECONDS", help="Per request.")
@click.option("--prune/--no-prune", default=True, show_default=True,
              help="Delete graphs of articles an earlier push sent that are no longer in "
                   "the file (an edited article has a new IRI).")
@click.option("--dry-run", is_flag=True, help="List what would be sent; contact no server.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def push(graph: tuple[Path, ...], endpoint: str, user: str | None, password: str | None,
         token: str | None, headers: dict[str, str], timeout: float, prune: bool,
         dry_run: bool, quiet: bool) -> None:
    """Upload each article's named graph and the entities graph to a SPARQL store.

    Each graph is sent with HTTP PUT to ENDPOINT?graph=IRI, replacing it on the
    server: pushing again never duplicates. GRAPH is a graph.trig, graph.nq or
    graph.jsonld, the files with one named graph per article (or the folder kgraph
    build wrote). Local files are only read.

    \b
    kgraph push outputs/ --endpoint http://localhost:7878/store
    KGRAPH_PASSWORD=secret kgraph push outputs/graph.trig \\
        --endpoint http://localhost:3030/news/data --user admin
    """
    from .push import Auth
    from .push import push as run

    ctx = click.get_current_context()
    if user is not None and token is not None:
        raise click.UsageError("give --user/--password or --token, not both")
    if password is not None and user is None and \
            ctx.get_parameter_source("password") == click.core.ParameterSource.COMMANDLINE:
        raise click.UsageError("--password needs --user")
    if (user is not None or token is not None) and "authorization" in map(str.lower, headers):
        raise click.UsageError("an Authorization --header conflicts with --user/--token")

    def show(done: int, total: int, iri: str, triples: int) -> None:
        click.echo(f"\rpushing graphs: {done}/{total}", err=True, nl=done == total)

    report = run(list(graph), endpoint, Auth(user, password, token, headers), timeout=timeout,
                 dry_run=dry_run, prune=prune,
                 progress=None if quiet or not sys.stderr.isatty() else show)
    if quiet:
        return
    if dry_run:
        for item in report.graphs:
            click.echo(f"{item.triples:>9,} triples  {item.iri}")
        click.echo(f"dry run: would push {len(report.graphs)} graphs "
                   f"({report.triples:,} triples) to {endpoint}")
        return
    click.echo(f"pushed {len(report.graphs)} graphs ({report.triples:,} triples) to {endpoint}")
    if report.removed:
        click.echo(f"removed {len(report.removed)} graphs of articles no longer in the file")

@main.command(short_help="Check graph files against the SHACL shapes.")
@click.argument("graph", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--warnings/--no-warnings", "show_warnings", default=True, show_default=True,
              help="Also list warnings: well-formed facts that were probably misread.")
def validate(graph: tuple[Path, ...], show_warnings: bool) -> None:
    """Check graph files (or a build folder) against the kgraph SHACL shapes.

    GRAPH: graph files ({formats}) or a folder kgraph build wrote.

    Prints one line per violation: the node (and its name), the property, what is wrong.
    Exit status 0 when the graph conforms, 6 when it does not.

    \b
    kgraph validate outputs/graph.trig
    """
    from .errors import ValidationError
    from .validate import validate_files

    report = validate_files(list(graph))
    shown = report.results if show_warnings else report.violations
    for result in shown:
        click.echo(str(result))
    if not report.conforms:
        n = len(report.violations)
        raise ValidationError(f"the graph does not conform to ontologies/shapes.ttl: {n} "
                              f"violation{'s' if n != 1 else ''} (listed above)")
    warned = len(report.warnings)
    click.echo(f"conforms: {report.triples:,} triples checked in {report.seconds:.1f} s"
               + (f" ({warned} warning{'s' if warned != 1 else ''})" if warned else ""))
