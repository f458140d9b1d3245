"""The command line: parses options and calls the pipeline. `kg --help` lists the commands."""

from __future__ import annotations

import json
import logging
import sys

import click

from kg import __version__
from kg.errors import KgError

log = logging.getLogger("kg")


class _OneLine(logging.Formatter):
    def format(self, record):
        return f"kg: {record.levelname.lower()}: {record.getMessage()}"


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine())
    root = logging.getLogger("kg")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False


def _emit(data, as_json: bool, render) -> None:
    """Print `data` as JSON, or as text made by `render(data)`."""
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        click.echo(render(data), nl=False)


def _fail(err: KgError):
    click.echo(f"kg: error: {err}", err=True)
    sys.exit(err.exit_code)


def _set_quiet(ctx, _param, value):
    if value:
        ctx.ensure_object(dict)
        root = ctx.find_root()
        root.obj["quiet"] = True
        _setup_logging(root.obj.get("verbose", 0), True)


def _set_verbose(ctx, _param, value):
    if value:
        root = ctx.find_root()
        root.obj["verbose"] = root.obj.get("verbose", 0) + value
        _setup_logging(root.obj["verbose"], root.obj.get("quiet", False))


def verbosity(f):
    """Accept -q / -v after the command name too (`kg build -q`), not only before it."""
    f = click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=_set_quiet,
                     help="Only errors.")(f)
    return click.option("-v", "--verbose", count=True, expose_value=False, callback=_set_verbose,
                        help="More detail (-vv for debugging).")(f)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("-v", "--verbose", count=True, help="More detail (-vv for debugging).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
@click.pass_context
def cli(ctx, verbose, quiet):
    """kg builds a knowledge graph of the chip industry from Chinese news pages.

    \b
    Typical use:
      kg build seeds/ -o graphs/       # read pages, write kg.ttl, kg.jsonld, kg.html
      kg query graphs/ 'SELECT ...'    # ask it a SPARQL question
    """
    ctx.obj = {"quiet": quiet, "verbose": verbose}
    _setup_logging(verbose, quiet)


@cli.command()
@verbosity
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-o", "--out", "out_dir", default="graphs", show_default=True, type=click.Path(file_okay=False),
              help="Folder for kg.ttl, kg.jsonld and kg.html.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def build(ctx, paths, out_dir, as_json):
    """Build the graph from .txt pages and folders of them (default: seeds/).

    Writes OUT/kg.ttl (Turtle), OUT/kg.jsonld (JSON-LD) and OUT/kg.html (interactive page), and
    prints a summary. A file that cannot be read is reported in one line and skipped; the exit
    code is then 1.
    """
    from kg.pipeline import build as run_build

    paths = paths or ("seeds",)
    quiet = ctx.obj["quiet"]

    def progress(files):
        if quiet or len(files) < 10 or not sys.stderr.isatty():
            yield from files
            return
        with click.progressbar(files, label="reading", file=sys.stderr) as bar:
            yield from bar

    try:
        result = run_build(paths, out_dir, progress=progress)
    except KgError as err:
        _fail(err)
    summary = result.summary()
    if as_json:
        summary["outputs"] = {k: str(v) for k, v in result.outputs.items()}
        click.echo(json.dumps(summary, ensure_ascii=False, indent=1))
    elif not quiet:
        ents = ", ".join(f"{t} {n}" for t, n in summary["entities"].items()) or "none"
        rels = ", ".join(f"{t} {n}" for t, n in summary["relations"].items()) or "none"
        click.echo(f"files: {summary['files']} read, {summary['failed']} failed")
        click.echo(f"articles: {summary['articles']}")
        click.echo(f"entities: {sum(summary['entities'].values())} ({ents})")
        click.echo(f"relations: {sum(summary['relations'].values())} ({rels})")
        click.echo(f"seconds: {summary['seconds']}")
        for kind, path in result.outputs.items():
            click.echo(f"{kind}: {path}")
    if not result.docs:
        click.echo("kg: error: no page could be read; nothing written", err=True)
    if result.errors or not result.docs:
        sys.exit(1)


@cli.command()
@verbosity
@click.argument("args", nargs=-1, metavar="[GRAPH] QUERY")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A saved query's parameter; an entity by any of its names (英偉達, 英伟达, NVIDIA).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "xml", "csv", "tsv", "turtle", "jsonld"]),
              default="table", show_default=True, help="SELECT/ASK: table, json, xml, csv, tsv; CONSTRUCT/DESCRIBE: turtle, jsonld.")
@click.option("--list", "list_", is_flag=True, help="List the saved queries and their parameters.")
def query(args, params, fmt, list_):
    """Ask GRAPH a QUERY: a saved query's name, a .rq file, or SPARQL text.

    GRAPH is a folder from `kg build` (default: graphs) or a .ttl file. kg's prefixes (kg:, e:,
    schema:, skos:, rdfs:, prov:, nif: …) are declared for you.

    \b
      kg query --list
      kg query chips-by-company --param company=英偉達
      kg query graphs/ 'SELECT ?c WHERE { ?c a kg:Company }' --format csv
    """
    from kg.query import run
    from kg.saved import list_text, parse_params, saved_queries

    try:
        if list_:
            click.echo(list_text(saved_queries()), nl=False)
            return
        if not args or len(args) > 2:
            raise click.UsageError("give QUERY, or GRAPH and QUERY")
        graph, text = (args[0], args[1]) if len(args) == 2 else ("graphs", args[0])
        click.echo(run(graph, text, parse_params(params), fmt), nl=False)
    except KgError as err:
        _fail(err)


@cli.command()
@verbosity
@click.argument("graph", default="graphs", type=click.Path())
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free port).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.01), help="Seconds a query may run.")
@click.option("--max-rows", default=100_000, show_default=True, type=click.IntRange(1), help="Most rows (or triples) an answer may have.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64), help="Queries answered at once.")
def serve(graph, host, port, timeout, max_rows, workers):
    """Serve GRAPH (a `kg build` folder or a .ttl file) as a read-only SPARQL endpoint.

    \b
    GET/POST /sparql   SPARQL 1.1 Protocol; JSON, XML, CSV, TSV, Turtle, JSON-LD by Accept or format=
    GET /              the interactive graph page (kg.html)
    A query past --timeout gets 503, an answer past --max-rows gets 413, SPARQL Update gets 403.
    """
    from kg.serve import serve as run_serve

    def ready(server):
        click.echo(f"kg: serving {graph} at {server.url} (page at {server.url[:-len('sparql')]}); Ctrl-C stops")
        sys.stdout.flush()

    try:
        run_serve(graph, host, port, timeout, max_rows, workers, ready=ready)
    except KgError as err:
        _fail(err)


@cli.command()
@verbosity
@click.argument("graph", default="graphs", type=click.Path())
@click.option("--endpoint", required=True, metavar="URL",
              help="The server's Graph Store Protocol URL, e.g. http://localhost:7878/store (Oxigraph) or http://localhost:3030/kg/data (Fuseki).")
@click.option("--graph", "graph_iri", metavar="IRI", help="Named graph to load into [default: https://w3id.org/kg/chip/graph]; 'default' for the default graph.")
@click.option("--replace/--add", default=True, show_default=True, help="Replace the graph (HTTP PUT) or add to it (POST).")
@click.option("--timeout", default=300.0, show_default=True, type=click.FloatRange(1), help="Seconds to wait for the server.")
def push(graph, endpoint, graph_iri, replace, timeout):
    """Load GRAPH (a `kg build` folder or a .ttl file) into a SPARQL 1.1 Graph Store Protocol server."""
    from kg.push import push as run_push

    try:
        res = run_push(graph, endpoint, graph_iri, replace, timeout)
    except KgError as err:
        _fail(err)
    verb = "replaced" if res.replaced else "added to"
    click.echo(f"pushed {res.triples} triples to {res.url}: {verb} graph <{res.graph}> (HTTP {res.status})")


@cli.command("eval")
@verbosity
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--graph", "graph", type=click.Path(), help="Score this built graph (folder or .ttl) instead of building each page alone.")
@click.option("--seeds", default="seeds", show_default=True, type=click.Path(file_okay=False),
              help="Where the annotated pages are, to build each one on its own.")
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
def eval_(gold, graph, seeds, as_json):
    """Score entities, relations and articles against hand annotations (GOLD: .json files or folders).

    By default each annotated page is built on its own from --seeds, as `kg build PAGE` would.
    Prints precision, recall and F1 per entity type, the misses and the false positives.
    """
    from kg.evaluate import evaluate, report_text

    try:
        reports = evaluate(gold, graph=graph, seeds=seeds)
    except KgError as err:
        _fail(err)
    _emit(reports, as_json, report_text)


@cli.command()
@verbosity
@click.argument("graph", default="graphs", type=click.Path())
@click.option("--type", "type_", help="Only this type (Company, Chip, Policy, Person, ...).")
@click.option("--discovered", is_flag=True, help="Only entities discovered by pattern (not in the lexicon).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def entities(graph, type_, discovered, as_json):
    """List the entities of GRAPH (a folder from `kg build`, or a .ttl file; default graphs/):
    type, mention count, confidence, label and other names, for review."""
    from kg.entities import entities_table, list_entities

    try:
        rows = list_entities(graph, type_, discovered)
    except KgError as err:
        _fail(err)
    _emit(rows, as_json, entities_table)


@cli.command()
@verbosity
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print every article's fields as JSON.")
def articles(paths, as_json):
    """List the articles found on each page (default: seeds/): title, column, authors, chip industry.

    Use it to check how a page was split. A file that cannot be read is reported in one line and
    skipped; the exit code is then 1.
    """
    from kg.listing import format_table, list_articles

    try:
        rows, errors = list_articles(paths or ("seeds",))
    except KgError as err:
        _fail(err)
    if as_json or rows:
        _emit(rows, as_json, format_table)
    if errors or not rows:
        sys.exit(1)


def main():
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
