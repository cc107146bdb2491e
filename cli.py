"""The ``quotes`` command: thin glue that parses options, calls loaders/ and db/, renders with rich.

Diagnostics go to stderr; stdout carries only tables and exported data, so pipes stay clean.
"""

from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Iterator, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from typer.core import TyperGroup
from typer.exceptions import Abort, Exit, TyperException

from db import engine as database
from db import speakers as identity
from db.errors import DatabaseError, NotFound, RejectedRelease
from db.queries import (QuoteFilter, count_quotes, counts, get_quote, iter_quotes, iter_speaker_quotes, name_matches, quotes_by_agency,
                        quotes_by_year, speaker_lines, speaker_titles)
from exports import FORMATS, STYLES, write_rows
from exports.terminal import (grouped_quotes, load_summary, quote_in_paragraph, quotes_table, speaker_detail,
                              speakers_table, stats_view)

if TYPE_CHECKING:
    from db.reextract import ReleaseChange
    from loaders.pipeline import FileResult

# Extraction (loaders.*), re-extraction and the bibtex/csl/html writers are imported inside the
# commands that use them, so `quotes list`, `show` and `--help` start without them.


class TranslatingGroup(TyperGroup):
    """The one place an unexpected error becomes a line on stderr instead of a traceback."""

    def invoke(self, ctx: typer.Context):
        try:
            return super().invoke(ctx)
        except (Exit, Abort, TyperException, BrokenPipeError):
            raise
        except Exception as exc:
            if state.debug:
                raise
            first_line = (str(exc).strip().splitlines() or [""])[0]
            message = database.redact(f"internal error ({type(exc).__name__}: {first_line})",
                                      state.db or os.environ.get(database.ENV_VAR))
            raise fail(f"{message}; run with --debug for the traceback") from None


app = typer.Typer(help="Quotes and who said them, from press releases, in a database you can query.",
                  no_args_is_help=True, rich_markup_mode="rich", pretty_exceptions_enable=False,
                  cls=TranslatingGroup)
db_app = typer.Typer(help="Inspect and migrate the database schema.", no_args_is_help=True)
app.add_typer(db_app, name="db")
speakers_app = typer.Typer(rich_markup_mode="rich")  # help: the callback's docstring
app.add_typer(speakers_app, name="speakers")

out = Console()
err = Console(stderr=True)


class State:
    db: str | None = None
    debug: bool = False


state = State()


@app.callback()
def main_options(
    db: Annotated[Optional[str], typer.Option("--db", help="SQLite file path or SQLAlchemy URL \\[env: QUOTES_DB; default: quotes.db].")] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
) -> None:
    """Load press releases, then list, show and export their quotes.

    Example: [bold]quotes --db archive.db load releases/[/] then [bold]quotes --db archive.db list --speaker benner[/]
    """
    state.db, state.debug = db, debug


def fail(message: str) -> typer.Exit:
    """Print one line on stderr and return the exit to raise."""
    err.print(f"[bold red]error:[/] {escape(' '.join(message.splitlines()))}", soft_wrap=True, highlight=False)
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
    except (NotFound, DatabaseError) as exc:
        raise fail(str(exc)) from None
    except OperationalError as exc:
        if state.debug:
            raise
        raise fail(database.describe(exc, engine.url)) from None
    finally:
        engine.dispose()


def _date_option(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    from loaders.metadata import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise typer.BadParameter(f"not a date: {value!r} (try 2024-03-11)")
    return parsed


SpeakerOpt = Annotated[Optional[str], typer.Option("--speaker", "-s", help="Any part of the speaker's name, any case.")]
SearchOpt = Annotated[Optional[str], typer.Option("--search", "-q", help='Words the quote contains (whole words; "exact phrase", prefix*).')]
SinceOpt = Annotated[Optional[str], typer.Option("--since", help="Releases on or after this date.", callback=_date_option)]
UntilOpt = Annotated[Optional[str], typer.Option("--until", help="Releases on or before this date.", callback=_date_option)]
AgencyOpt = Annotated[Optional[str], typer.Option("--agency", help="Any part of the agency name.")]


REPAIRED = "files repaired (see warnings)"
TABLE_LIMIT = 200  # the table form of `list` shows at most this many quotes unless --limit says otherwise


@app.command()
def load(
    paths: Annotated[list[Path], typer.Argument(help="Release files or folders (read recursively).")],
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Read and extract in this many processes.")] = 1,
) -> None:
    """Read releases (.txt, .html, .json, .jsonl), extract their quotes and store them.

    Loading the same release again adds nothing; a changed one is replaced. Each release is stored whole or not at all, so an interrupted load is finished by running it again.

    Problems get one line each on stderr: [yellow]warning[/] for a file repaired while reading (e.g. bad characters replaced), [red]failed[/] for one that could not be read or stored. The other files still load; the exit status is 1 if any file failed or was repaired.

    Example: [bold]quotes load --workers 2 releases/[/]
    """
    from db.store import is_stored, stored_releases
    from loaders.pipeline import process_paths

    tally = {"files seen": 0, "releases new": 0, "releases updated": 0, "releases unchanged": 0,
             "quotes added": 0, "files skipped (not a release type)": 0, REPAIRED: 0,
             "failed": 0}
    with opened() as factory, Progress(SpinnerColumn(), TextColumn("{task.description} {task.completed} files"),
                                       TimeElapsedColumn(), console=err, transient=True,
                                       disable=not err.is_terminal) as progress:
        task = progress.add_task("Loading", total=None)
        with factory() as session:
            stored = stored_releases(session)
        skip = partial(is_stored, stored) if stored else None  # releases stored as they are now: not extracted again
        batch = _StoreBatch(factory, tally)
        try:
            for result in process_paths([str(p) for p in paths], workers=workers, skip=skip):
                _report_file(result, tally)
                batch.add(result)
                progress.advance(task)
            batch.flush()
        except KeyboardInterrupt:
            progress.stop()
            out.print(load_summary(tally))
            err.print("interrupted: every release counted above is stored whole; run the same load again to finish",
                      soft_wrap=True)
            raise typer.Exit(130) from None
    out.print(load_summary(tally))
    if tally["failed"] or tally[REPAIRED]:
        raise typer.Exit(1)


STORE_BATCH_RELEASES = 64
"""Releases stored per write transaction by `load` (fewer if STORE_BATCH_SECONDS pass first)."""
STORE_BATCH_SECONDS = 0.2


def _report_file(result: FileResult, tally: dict[str, int]) -> None:
    """Count one file and report its problems on stderr, one line each."""
    tally["files seen"] += 1
    tally["releases unchanged"] += result.unchanged
    if result.skipped:
        tally["files skipped (not a release type)"] += 1
    if result.warnings:
        tally[REPAIRED] += 1
    for message in result.warnings:
        _problem("[yellow]warning:[/]", result.path, message)
    for message in result.errors:
        tally["failed"] += 1
        _problem("[red]failed:[/]", result.path, message)
    if result.traceback and state.debug:
        err.print(Text(result.traceback))


class _StoreBatch:
    """Releases waiting to be stored together; counted in the tally only once committed."""

    def __init__(self, factory: sessionmaker[Session], tally: dict[str, int]) -> None:
        self.factory, self.tally = factory, tally
        self.items: list[tuple[str, object, list]] = []
        self.started = time.monotonic()

    def add(self, result: FileResult) -> None:
        if not self.items:
            self.started = time.monotonic()
        self.items.extend((result.path, release, quotes) for release, quotes in result.releases)
        if len(self.items) >= STORE_BATCH_RELEASES or time.monotonic() - self.started >= STORE_BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        from db.store import store_releases
        from loaders.extract import EXTRACTOR_VERSION

        items, self.items = self.items, []
        if not items:
            return
        outcomes = store_releases(self.factory, [(release, quotes) for _, release, quotes in items], EXTRACTOR_VERSION)
        for (path, release, _), outcome in zip(items, outcomes):
            if isinstance(outcome, RejectedRelease):
                self.tally["failed"] += 1
                _problem("[red]failed:[/]", path, str(outcome) if release.source == path
                         else f"{release.source}: {outcome}")
                continue
            self.tally[f"releases {outcome.status}"] += 1
            self.tally["quotes added"] += outcome.quotes_added


def _problem(label: str, path: str, message: str) -> None:
    err.print(f"{label} {escape(path)}: {escape(message)}", soft_wrap=True, highlight=False)


@app.command()
def reextract(
    everything: Annotated[bool, typer.Option("--all", help="Also releases already at the current extractor version.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report what would change; store nothing.")] = False,
) -> None:
    """Re-run quote extraction on the stored release text; the original files are not needed.

    By default only releases extracted by an older extractor version. Reports new, changed and removed quotes per release and in total.

    Example: [bold]quotes reextract --dry-run[/]
    """
    from db.reextract import reextract_release, releases_to_reextract
    from loaders.extract import EXTRACTOR_VERSION, extract_quotes

    with opened() as factory:
        with factory() as session:
            ids = releases_to_reextract(session, EXTRACTOR_VERSION, everything=everything)
        changes = []
        for release_id in ids:
            with database.write_transaction(factory) as session:
                changes.append(reextract_release(session, release_id, extract_quotes, EXTRACTOR_VERSION,
                                                 dry_run=dry_run))
    if not changes:
        err.print(f"Every release is already at extractor version {EXTRACTOR_VERSION}; "
                  "use [bold]--all[/] to re-extract anyway.")
        return
    differing = [c for c in changes if c.differs]
    if differing:
        out.print(_changes_table(differing))
    totals = {key: sum(getattr(c, key) for c in changes) for key in ("new", "changed", "removed", "unchanged")}
    versions = ", ".join(sorted({f"{c.old_version} → {c.new_version}" for c in changes}))
    verb = "Would re-extract" if dry_run else "Re-extracted"
    out.print(f"{verb} {len(changes)} releases ({escape(versions)}): {len(differing)} with different quotes; "
              f"quotes {totals['new']} new, {totals['changed']} changed, {totals['removed']} removed, "
              f"{totals['unchanged']} unchanged.", soft_wrap=True)


def _changes_table(changes: list[ReleaseChange]) -> Table:
    table = Table(title="Releases whose quotes changed")
    for column in ("ID", "Release", "Extractor", "New", "Changed", "Removed"):
        table.add_column(column, justify="right" if column in ("ID", "New", "Changed", "Removed") else "left")
    for c in changes:
        table.add_row(str(c.release_id), Text(c.source), Text(f"{c.old_version} → {c.new_version}"),
                      str(c.new), str(c.changed), str(c.removed))
    return table


@app.command("list")
def list_quotes(
    speaker: SpeakerOpt = None, search: SearchOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    agency: AgencyOpt = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help=f"At most this many quotes \\[default: {TABLE_LIMIT} for the table, all for other formats].", show_default=False)] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, json or jsonl.")] = "table",
    group: Annotated[bool, typer.Option("--group", "-g", help="Group the table by speaker, with each one's titles.")] = False,
) -> None:
    """List quotes with their speakers.

    Example: [bold]quotes list --speaker benner --since 2017-01-01[/] or [bold]quotes list --group[/]
    """
    if fmt not in ("table", "csv", "json", "jsonl"):
        raise typer.BadParameter("choose table, csv, json or jsonl", param_hint="--format")
    capped = fmt == "table" and limit is None  # machine formats stay unlimited
    filters = QuoteFilter(speaker, search, since, until, agency, TABLE_LIMIT + 1 if capped else limit)
    with opened() as factory, factory() as session:
        if speaker and not name_matches(session, speaker):
            raise fail(identity.no_match_message(session, speaker))
        rows = iter_quotes(session, filters)
        if fmt == "table":
            rows = list(rows)
            if not rows:
                err.print("No quotes match." if any((speaker, search, since, until, agency)) else
                          "No quotes yet: load releases with [bold]quotes load PATH[/].")
                return
            if capped and len(rows) > TABLE_LIMIT:
                rows = rows[:TABLE_LIMIT]
                err.print(f"showing {TABLE_LIMIT} of {count_quotes(session, filters)}; use --limit or --format",
                          soft_wrap=True, highlight=False)
            plain = not out.is_terminal
            out.print(grouped_quotes(rows, out.width, plain) if group else quotes_table(rows, out.width, plain))
        else:
            write_rows(rows, sys.stdout, fmt)


@speakers_app.callback(invoke_without_command=True)
def speakers(
    ctx: typer.Context,
    speaker: SpeakerOpt = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="At most this many speakers.")] = None,
) -> None:
    """Each speaker: latest title and organization, quote and release counts, first and last date.

    Subcommands: [bold]show[/], [bold]merge[/], [bold]split[/]. Example: [bold]quotes speakers --limit 20[/]
    """
    if ctx.invoked_subcommand is not None:
        return
    with opened() as factory, factory() as session:
        lines = speaker_lines(session, speaker, limit)
        if not lines and speaker:
            raise fail(identity.no_match_message(session, speaker))
    if not lines:
        err.print("No speakers yet: load releases with [bold]quotes load PATH[/].")
        return
    out.print(speakers_table(lines, out.width, not out.is_terminal))


NameArg = Annotated[str, typer.Argument(help="A full name, any part of one, or #ID from `quotes speakers`.")]


@speakers_app.command("show")
def speakers_show(
    name: NameArg,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="At most this many quotes.")] = None,
) -> None:
    """One person: the titles they held over time, names merged into them, and their quotes.

    Example: [bold]quotes speakers show "Derek Benner"[/]
    """
    with opened() as factory, factory() as session:
        person = identity.find_speaker(session, name)
        line = speaker_lines(session, speaker_ids=[person.id])
        if not line:
            raise fail(f"{person.name} (#{person.id}) has no quotes left — merged or split away?")
        view = speaker_detail(line[0], speaker_titles(session, person.id), identity.alias_keys(session, person.id),
                              list(iter_speaker_quotes(session, person.id, limit)), out.width, not out.is_terminal)
    out.print(view)


@speakers_app.command("merge")
def speakers_merge(keep: NameArg, other: NameArg) -> None:
    """Make OTHER the same person as KEEP, now and in every later load (stored as an alias).

    Example: [bold]quotes speakers merge "Derek N. Benner" "#12"[/]
    """
    with opened() as factory, factory.begin() as session:
        kept, gone = identity.find_speaker(session, keep), identity.find_speaker(session, other)
        gone_name = f"{gone.name} (#{gone.id})"
        change = identity.merge(session, kept, gone)
    out.print(Text(f"Merged {gone_name} into {change.name} (#{change.speaker_id}): {_quotes(change.quotes_moved)} "
                   "moved. Stored as an alias, so reloads and re-extraction keep it."))


@speakers_app.command("split")
def speakers_split(
    name: NameArg,
    release: Annotated[list[str], typer.Option("--release", "-r", help="Part of a release's file name or title; repeatable.")],
    as_name: Annotated[Optional[str], typer.Option("--as", help="Name for the split-off speaker (default: the same name).")] = None,
) -> None:
    """Move NAME's quotes in the given releases to a separate speaker: two people who share a name.

    The split is pinned per release, so it survives reloads; merge the two to undo it.

    Example: [bold]quotes speakers split "John Smith" --release 2019-fbi-raid[/]
    """
    with opened() as factory, factory.begin() as session:
        change = identity.split(session, identity.find_speaker(session, name), release, as_name)
    out.print(Text(f"Split off {change.name} (#{change.speaker_id}): {_quotes(change.quotes_moved)} moved. "
                   "Pinned to those releases, so reloads keep it; `quotes speakers merge` undoes it."))


def _quotes(n: int) -> str:
    return f"{n} quote{'s' * (n != 1)}"


@app.command()
def show(quote_id: Annotated[int, typer.Argument(help="The quote's ID, as `list` prints it.")]) -> None:
    """One quote highlighted in its paragraph, with its release's title, date, place and source.

    Example: [bold]quotes show 3[/]
    """
    with opened() as factory, factory() as session:
        row, text = get_quote(session, quote_id)
    out.print(quote_in_paragraph(row, text, plain=not out.is_terminal))


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "csv",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    speaker: SpeakerOpt = None, search: SearchOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    agency: AgencyOpt = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="At most this many quotes.")] = None,
    style: Annotated[str, typer.Option("--style", help=f"Citation style of the citation column: {', '.join(STYLES)}.")] = "chicago",
) -> None:
    """Write the citations table, one row per quote, streamed.

    [bold]html[/] is one self-contained searchable page; [bold]bibtex[/] and [bold]csl-json[/] go to reference managers.

    Example: [bold]quotes export -f csl-json --style apa -o quotes.json[/] or [bold]quotes export -f html -o quotes.html[/]
    """
    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    if style not in STYLES:
        raise typer.BadParameter(f"choose one of {', '.join(STYLES)}", param_hint="--style")
    filters = QuoteFilter(speaker, search, since, until, agency, limit)
    with opened() as factory, factory() as session:
        if speaker and not name_matches(session, speaker):
            raise fail(identity.no_match_message(session, speaker))
        rows = iter_quotes(session, filters)
        if output is None:
            written = write_rows(rows, sys.stdout, fmt, style)
        else:
            try:
                with open(output, "w", encoding="utf-8", newline="") as handle:
                    written = write_rows(rows, handle, fmt, style)
            except OSError as exc:
                raise fail(f"cannot write {output}: {exc.strerror}") from None
    if output is not None:
        err.print(f"Wrote {written} quotes to {escape(str(output))}.")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Migrate the database to the latest schema (done automatically on first use).

    Example: [bold]quotes --db archive.db db upgrade[/]
    """
    try:
        url = database.resolve_url(state.db)
        engine = database.make_engine(url)
        database.upgrade(engine)
        revision = database.current_revision(engine)
    except DatabaseError as exc:
        raise fail(str(exc)) from None
    except SQLAlchemyError as exc:
        raise fail(database.describe(exc, url)) from None
    out.print(f"{escape(database.display_url(url))} is at revision {revision}.")


@db_app.command("current")
def db_current() -> None:
    """Show the database's schema revision and the latest one. Example: [bold]quotes db current[/]"""
    try:
        url = database.resolve_url(state.db)
        current = database.current_revision(database.make_engine(url))
    except DatabaseError as exc:
        raise fail(str(exc)) from None
    except SQLAlchemyError as exc:
        raise fail(database.describe(exc, url)) from None
    out.print(f"database: {escape(database.display_url(url))}\ncurrent:  {current or '(empty)'}\nhead:     {database.head_revision()}")


@app.command()
def stats(
    top: Annotated[int, typer.Option("--top", min=1, help="How many of the most quoted speakers to show.")] = 10,
) -> None:
    """Totals, quotes by agency and by year, and the most quoted speakers. Example: [bold]quotes stats --top 5[/]"""
    with opened() as factory, factory() as session:
        view = stats_view(counts(session), quotes_by_agency(session), quotes_by_year(session),
                          speaker_lines(session, limit=top), plain=not out.is_terminal)
    out.print(view)


def main() -> None:
    """The ``quotes`` entry point; a reader that closes the pipe early (``| head``) ends it quietly."""
    try:
        try:
            app()
        finally:
            sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush at exit
        sys.exit(0)


if __name__ == "__main__":
    main()
