"""The ``quotes`` command: thin glue that parses options, calls loaders/ and db/, renders with rich.

Diagnostics go to stderr; stdout carries only tables and exported data, so pipes stay clean.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from db import engine as database
from db.errors import DatabaseError, NotFound
from db.queries import QuoteFilter, counts, get_quote, iter_quotes, speaker_summaries
from db.store import save_release
from exports import FORMATS, write_rows
from exports.terminal import load_summary, quote_in_paragraph, quotes_table, speakers_table
from loaders.extract import EXTRACTOR_VERSION
from loaders.files import iter_sources
from loaders.metadata import parse_date
from loaders.pipeline import process_paths

app = typer.Typer(help="Quotes and who said them, from press releases, in a database you can query.",
                  no_args_is_help=True, rich_markup_mode="rich", pretty_exceptions_enable=False)
db_app = typer.Typer(help="Inspect and migrate the database schema.", no_args_is_help=True)
app.add_typer(db_app, name="db")

out = Console()
err = Console(stderr=True)


class State:
    db: str | None = None
    debug: bool = False


state = State()


@app.callback()
def main_options(
    db: Annotated[Optional[str], typer.Option("--db", help="SQLite file path or SQLAlchemy URL [env: QUOTES_DB; default: quotes.db].")] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
) -> None:
    """Load press releases, then list, show and export their quotes.

    Example: [bold]quotes --db archive.db load releases/[/] then [bold]quotes --db archive.db list --speaker benner[/]
    """
    state.db, state.debug = db, debug


def fail(message: str) -> typer.Exit:
    """Print one line on stderr and return the exit to raise."""
    err.print(f"[bold red]error:[/] {escape(message)}")
    return typer.Exit(1)


@contextmanager
def opened() -> Iterator[sessionmaker[Session]]:
    """The session factory of the chosen database, with database errors reported in one line."""
    try:
        engine, factory = database.open_database(state.db)
    except DatabaseError as exc:
        raise fail(str(exc)) from None
    try:
        yield factory
    except NotFound as exc:
        raise fail(str(exc)) from None
    except OperationalError as exc:
        if state.debug:
            raise
        raise fail(f"database {database.display_url(engine.url)}: {str(exc.orig).splitlines()[0]}") from None
    finally:
        engine.dispose()


def _date_option(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise typer.BadParameter(f"not a date: {value!r} (try 2024-03-11)")
    return parsed


SpeakerOpt = Annotated[Optional[str], typer.Option("--speaker", "-s", help="Any part of the speaker's name, any case.")]
SearchOpt = Annotated[Optional[str], typer.Option("--search", "-q", help="Text the quote contains.")]
SinceOpt = Annotated[Optional[str], typer.Option("--since", help="Releases on or after this date.", callback=_date_option)]
UntilOpt = Annotated[Optional[str], typer.Option("--until", help="Releases on or before this date.", callback=_date_option)]
AgencyOpt = Annotated[Optional[str], typer.Option("--agency", help="Any part of the agency name.")]


@app.command()
def load(
    paths: Annotated[list[Path], typer.Argument(help="Release files or folders (read recursively).")],
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Extract in this many processes.")] = 1,
) -> None:
    """Read releases (.txt, .html, .json, .jsonl), extract their quotes and store them.

    Loading the same release again adds nothing. Example: [bold]quotes load examples/[/]
    """
    sources = list(iter_sources(str(p) for p in paths))
    tally = {"files seen": len(sources), "releases new": 0, "releases updated": 0, "releases unchanged": 0,
             "quotes added": 0, "files skipped (not a release type)": 0, "failed": 0}
    with opened() as factory, Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                       TimeElapsedColumn(), console=err, transient=True,
                                       disable=not err.is_terminal) as progress:
        task = progress.add_task("Loading", total=len(sources))
        for result in process_paths([str(p) for p in paths], workers):
            if result.skipped:
                tally["files skipped (not a release type)"] += 1
            for message in result.errors:
                tally["failed"] += 1
                err.print(f"[red]failed:[/] {escape(result.path)}: {escape(message)}", highlight=False)
            for release, quotes in result.releases:
                with factory.begin() as session:
                    outcome = save_release(session, release, quotes, EXTRACTOR_VERSION)
                tally[f"releases {outcome.status}"] += 1
                tally["quotes added"] += outcome.quotes_added
            progress.advance(task)
    out.print(load_summary(tally))
    if tally["failed"]:
        raise typer.Exit(1)


@app.command("list")
def list_quotes(
    speaker: SpeakerOpt = None, search: SearchOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    agency: AgencyOpt = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="At most this many quotes.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, json or jsonl.")] = "table",
) -> None:
    """List quotes with their speakers. Example: [bold]quotes list --speaker benner --since 2017-01-01[/]"""
    if fmt not in ("table", "csv", "json", "jsonl"):
        raise typer.BadParameter("choose table, csv, json or jsonl", param_hint="--format")
    filters = QuoteFilter(speaker, search, since, until, agency, limit)
    with opened() as factory, factory() as session:
        rows = iter_quotes(session, filters)
        if fmt == "table":
            rows = list(rows)
            if not rows:
                err.print("No quotes match." if any((speaker, search, since, until, agency)) else
                          "No quotes yet: load releases with [bold]quotes load PATH[/].")
                return
            out.print(quotes_table(rows))
        else:
            write_rows(rows, sys.stdout, fmt)


@app.command()
def speakers(
    speaker: SpeakerOpt = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="At most this many speakers.")] = None,
) -> None:
    """Each speaker with title(s), quote and release counts, first and last date.

    Example: [bold]quotes speakers --limit 20[/]
    """
    with opened() as factory, factory() as session:
        summaries = speaker_summaries(session, QuoteFilter(speaker=speaker, limit=limit))
    if not summaries:
        err.print("No speakers match." if speaker else "No speakers yet: load releases with [bold]quotes load PATH[/].")
        return
    out.print(speakers_table(summaries))


@app.command()
def show(quote_id: Annotated[int, typer.Argument(help="The quote's ID, as `list` prints it.")]) -> None:
    """One quote highlighted in its paragraph, with its release's title, date, place and source.

    Example: [bold]quotes show 3[/]
    """
    with opened() as factory, factory() as session:
        row, text = get_quote(session, quote_id)
    out.print(quote_in_paragraph(row, text))


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "csv",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    speaker: SpeakerOpt = None, search: SearchOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    agency: AgencyOpt = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="At most this many quotes.")] = None,
) -> None:
    """Write the citations table, one row per quote. Example: [bold]quotes export -f jsonl -o quotes.jsonl[/]"""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    filters = QuoteFilter(speaker, search, since, until, agency, limit)
    with opened() as factory, factory() as session:
        rows = iter_quotes(session, filters)
        if output is None:
            written = write_rows(rows, sys.stdout, fmt)
        else:
            try:
                with open(output, "w", encoding="utf-8", newline="") as handle:
                    written = write_rows(rows, handle, fmt)
            except OSError as exc:
                raise fail(f"cannot write {output}: {exc.strerror}") from None
    if output is not None:
        err.print(f"Wrote {written} quotes to {escape(str(output))}.")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Migrate the database to the latest schema (done automatically on first use)."""
    url = database.resolve_url(state.db)
    try:
        engine = database.make_engine(url)
        database.upgrade(engine)
        revision = database.current_revision(engine)
    except (DatabaseError, SQLAlchemyError) as exc:
        raise fail(str(exc)) from None
    out.print(f"{escape(database.display_url(url))} is at revision {revision}.")


@db_app.command("current")
def db_current() -> None:
    """Show the database's schema revision and the latest one."""
    url = database.resolve_url(state.db)
    try:
        current = database.current_revision(database.make_engine(url))
    except (DatabaseError, SQLAlchemyError) as exc:
        raise fail(str(exc)) from None
    out.print(f"database: {escape(database.display_url(url))}\ncurrent:  {current or '(empty)'}\nhead:     {database.head_revision()}")


@app.command()
def stats() -> None:
    """Counts of releases, quotes and speakers. Example: [bold]quotes stats[/]"""
    with opened() as factory, factory() as session:
        totals = counts(session)
    out.print(load_summary(totals))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
