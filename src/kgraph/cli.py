"""The kgraph command: click parses, the library works, errors become one-line messages."""
from __future__ import annotations

import sys
import webbrowser
from pathlib import Path

import click

from . import __version__
from .errors import KgraphError


class _Errors(click.Group):
    """Turn every KgraphError into `Error: message` and its own exit status."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except KgraphError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=_Errors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgraph")
def main() -> None:
    """Build knowledge graphs of the AI industry from German and English news articles.

    \b
    kgraph build examples/articles --out outputs
    kgraph query outputs/graph.trig "SELECT ?org ?model WHERE { ?org kg:uses ?model }"
    kgraph view outputs/graph.trig --open
    """


def _progress(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        click.echo(f"\rreading articles: {done}/{total}", err=True, nl=done == total)

    return show


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(file_okay=False, path_type=Path), default="outputs",
              show_default=True, help="Folder to write graph.trig, graph.ttl, graph.jsonld, graph.html.")
@click.option("--lang", type=click.Choice(["de", "en"]), help="Language of every article "
              "(default: detected per article and paragraph).")
@click.option("--spacy-model", metavar="NAME", help="An installed trained spaCy pipeline whose "
              "NER adds to the rules, e.g. en_core_web_sm. Never needed.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--verbose", "-v", is_flag=True, help="List every skipped file.")
def build(paths: tuple[Path, ...], out: Path, lang: str | None, spacy_model: str | None,
          quiet: bool, verbose: bool) -> None:
    """Read articles (files or folders of .txt, .md, .html) and write the graph files."""
    from .pipeline import Options
    from .pipeline import build as run

    report = run(paths, out, Options(lang=lang, spacy_model=spacy_model),
                 progress=_progress(quiet))
    if quiet:
        return
    for skipped in report.skipped if verbose else report.skipped[:10]:
        click.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
    if len(report.skipped) > 10 and not verbose:
        click.echo(f"... and {len(report.skipped) - 10} more skipped (--verbose lists all)",
                   err=True)
    click.echo(f"articles read: {report.articles}"
               + (f" ({len(report.skipped)} skipped)" if report.skipped else ""))
    click.echo("entities: " + (", ".join(f"{n} {t}" for t, n in sorted(report.entities.items()))
                               or "none"))
    click.echo("relations: " + (", ".join(f"{n} {r}" for r, n in sorted(report.relations.items()))
                                or "none")
               + (f" (+{report.hedged} hedged, not asserted)" if report.hedged else ""))
    for path in report.files:
        click.echo(f"wrote {path}")


@main.command()
@click.argument("graph", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--sparql", "-e", "sparql_text", metavar="QUERY", help="The query text.")
@click.option("--file", "-f", "query_file", type=click.File("r", encoding="utf-8"),
              help="Read the query from a .rq file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]),
              default="table", show_default=True, help="json is the W3C SPARQL results format.")
@click.option("--timeout", type=float, metavar="SECONDS", help="Give up after this long.")
def query(graph: tuple[Path, ...], sparql_text: str | None, query_file, fmt: str,
          timeout: float | None) -> None:
    """Run a read-only SPARQL query over graph files (the kg: prefix and others are predeclared).

    \b
    kgraph query outputs/graph.trig "SELECT * WHERE { ?a kg:uses ?b }"
    kgraph query outputs/ --file queries/investments.rq --format csv
    """
    from .query import format_result
    from .query import query as run

    paths = list(graph)
    if sparql_text is None and query_file is None:
        # the last positional argument is the query unless it is an existing file
        if len(paths) >= 2 and not paths[-1].exists():
            sparql_text = str(paths.pop())
        else:
            raise click.UsageError("give a query: kgraph query GRAPH 'SELECT ...' or --file Q.rq")
    if query_file is not None:
        sparql_text = query_file.read()
    result = run(paths, sparql_text or "", timeout=timeout)
    click.echo(format_result(result, fmt))


@main.command()
@click.argument("graph", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="HTML file to write (default: graph.html beside the first graph file).")
@click.option("--focus", metavar="NAME", help="Draw only this entity's neighbourhood.")
@click.option("--depth", type=click.IntRange(0, 10), default=2, show_default=True,
              help="Hops around --focus.")
@click.option("--max-nodes", type=click.IntRange(1), metavar="N",
              help="Keep the N best-connected entities.")
@click.option("--open", "open_", is_flag=True, help="Open the page in the default browser.")
def view(graph: tuple[Path, ...], out: Path | None, focus: str | None, depth: int,
         max_nodes: int | None, open_: bool) -> None:
    """Render the interactive HTML graph from graph files."""
    from .api import view as run

    result = run(list(graph), out, focus=focus, depth=depth, max_nodes=max_nodes)
    if result.nodes < result.total_nodes:
        click.echo(f"drew the {result.nodes} best-connected of {result.total_nodes} entities "
                   "(--max-nodes N or --focus NAME to choose)", err=True)
    click.echo(f"wrote {result.path}")
    if open_:
        webbrowser.open(result.path.resolve().as_uri())


def _header(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]):
    pairs = {}
    for value in values:
        name, sep, text = value.partition(":")
        if not sep or not name.strip() or any(c.isspace() for c in name.strip()):
            raise click.BadParameter(f"{value!r} is not 'Name: value'", ctx, param)
        pairs[name.strip()] = text.strip()
    return pairs


@main.command()
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
    server: pushing again never duplicates. GRAPH is a graph.trig or graph.nq
    (or the folder kgraph build wrote). Local files are only read.

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
