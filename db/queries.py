"""Read quotes, speakers and counts back out, as plain rows for the CLI and exporters."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import ColumnElement, Connection, Integer, Row, Select, column, distinct, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from db.errors import NotFound
from db.models import Quote, Release, Speaker

STREAM_BATCH = 2000
MAX_SPEAKER_IDS = 1000
"""Beyond this many matching speakers, filter with a subquery rather than a list of ids."""

# A search is words and "quoted phrases"; a word ending in * is a prefix. Everything else
# (FTS5 operators, stray quotes, punctuation) is treated as plain text, never as syntax.
_SEARCH_TERM = re.compile(r'"([^"]*)"?|([^\s"]+)')
_WORD = re.compile(r"[^\W_]+")
_CURLY_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_PG_SEARCH_CONFIG = literal_column("'simple'::regconfig")  # the config revision 0002 indexes
_PG_SEARCH_VECTOR = literal_column("quotes.text_search")  # revision 0002's generated tsvector column
_SQLITE_MATCH = text("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :fts").columns(column("rowid", Integer))


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """What ``list`` and ``export`` narrow quotes by; every field optional."""

    speaker: str | None = None
    search: str | None = None
    since: date | None = None
    until: date | None = None
    agency: str | None = None
    limit: int | None = None


class QuoteRow(NamedTuple):
    """One quote with its speaker and release: a row of the citations table.

    A named tuple, not a dataclass: an export makes a million of these, and a tuple is made
    in one C call where a frozen dataclass sets each field in turn.
    """

    quote_id: int
    quote: str
    speaker: str | None
    speaker_title: str | None
    organization: str | None
    cue: str | None
    release_title: str | None
    release_date: date | None
    release_location: str | None
    agency: str | None
    source: str
    url: str | None
    start: int
    end: int
    paragraph: int
    readable_title: str | None = None
    """``speaker_title`` with the release's acronyms spelled out, for citations."""


_ROW_COLUMNS = (
    Quote.id, Quote.text, Speaker.name, Quote.title, Quote.organization, Quote.cue, Release.title,
    Release.published, Release.location, Release.agency, Release.source, Release.url, Quote.start,
    Quote.end, Quote.paragraph, Quote.readable_title,
)


@dataclass(frozen=True, slots=True)
class SearchTerm:
    """One word or phrase of a search, lower-cased; ``prefix`` when its last word ends in ``*``."""

    words: tuple[str, ...]
    prefix: bool = False


def parse_search(query: str) -> list[SearchTerm]:
    """The terms of a search: ``"exact phrase"`` keeps its words together, ``word*`` is a prefix.

    Only letters and digits survive, so no input can inject full-text syntax or fail to parse.
    """
    terms = []
    for phrase, bare in _SEARCH_TERM.findall(query.translate(_CURLY_QUOTES)):
        words = tuple(word.lower() for word in _WORD.findall(phrase or bare))
        if words:
            terms.append(SearchTerm(words, prefix=bool(bare) and bare.endswith("*")))
    return terms


def fts5_query(terms: list[SearchTerm]) -> str:
    """The terms as an SQLite FTS5 query: every term required, each a quoted string."""
    return " ".join('"' + " ".join(t.words) + '"' + ("*" if t.prefix else "") for t in terms)


def tsquery(terms: list[SearchTerm]) -> str:
    """The terms as PostgreSQL ``to_tsquery`` text: ``<->`` within phrases, ``&`` between terms."""
    return " & ".join("(" + " <-> ".join(t.words) + (":*" if t.prefix else "") + ")" for t in terms)


def _search_condition(dialect: str, query: str) -> ColumnElement[bool]:
    """Quotes whose text matches ``query``, through the full-text index of revision 0002."""
    terms = parse_search(query)
    if not terms:  # nothing indexable (only punctuation): fall back to a substring scan
        return func.lower(Quote.text).contains(query.lower(), autoescape=True)
    if dialect == "sqlite":
        return Quote.id.in_(_SQLITE_MATCH.bindparams(fts=fts5_query(terms)))
    if dialect == "postgresql":
        return _PG_SEARCH_VECTOR.op("@@")(func.to_tsquery(_PG_SEARCH_CONFIG, tsquery(terms)))
    return func.lower(Quote.text).contains(query.lower(), autoescape=True)


def _speaker_ids(session: Session, fragment: str) -> list[int] | Select:
    """Ids of the speakers whose name contains ``fragment``, or a subquery when there are many."""
    names = select(Speaker.id).where(func.lower(Speaker.name).contains(fragment.lower(), autoescape=True))
    ids = list(session.scalars(names.limit(MAX_SPEAKER_IDS + 1)))
    return names if len(ids) > MAX_SPEAKER_IDS else ids


def _speaker_condition(session: Session, fragment: str) -> ColumnElement[bool]:
    """Quotes by speakers whose name contains ``fragment``: ids first, then the speaker index.

    Resolving the (few) matching speakers up front lets the database reach their quotes
    through ``ix_quotes_speaker_release`` instead of scanning every quote's speaker.
    """
    return Quote.speaker_id.in_(_speaker_ids(session, fragment))


def _filtered(statement: Select, filters: QuoteFilter, session: Session) -> Select:
    if filters.speaker:
        statement = statement.where(_speaker_condition(session, filters.speaker))
    if filters.search:
        statement = statement.where(_search_condition(session.get_bind().dialect.name, filters.search))
    return _release_filtered(statement, filters)


def _base_rows() -> Select:
    return select(*_ROW_COLUMNS).join(Release, Quote.release_id == Release.id).outerjoin(Speaker, Quote.speaker_id == Speaker.id)


EARLY_RELEASES = 2000
"""Releases, oldest first, a limited speaker or text query looks through before all of them."""
EARLY_WINDOWS = {"postgresql": (200, EARLY_RELEASES)}
"""Growing windows of oldest releases a limited speaker query tries, per dialect: PostgreSQL plans
``IN (… LIMIT 2000)`` as a hash join over every release (~40 ms at 100,000 releases), a window of
200 as a few index probes (85 -> 33 ms for ``--speaker kowalski --limit 50`` at 1M quotes). A text
search keeps the one window: with it, a small window was planned through the full-text index over
every quote, several times slower."""
EARLY_LIMIT = 1000
"""Up to this ``limit``, a speaker or text query first looks at the :data:`EARLY_RELEASES` oldest releases."""
_ORDER = (Release.published, Release.id, Quote.start)


def _release_filtered(statement: Select, filters: QuoteFilter) -> Select:
    if filters.since:
        statement = statement.where(Release.published >= filters.since)
    if filters.until:
        statement = statement.where(Release.published <= filters.until)
    if filters.agency:
        statement = statement.where(func.lower(Release.agency).contains(filters.agency.lower(), autoescape=True))
    return statement


def iter_quotes(session: Session, filters: QuoteFilter = QuoteFilter()) -> Iterator[QuoteRow]:
    """Quotes matching ``filters``, oldest release first, streamed in batches.

    With a small ``limit`` and a speaker or text filter, thousands of matches would all be
    read and sorted by date to keep the first few. So the oldest releases (those passing the
    date and agency filters) are searched first: they are a prefix of the sort order, so if
    they hold ``limit`` matches those are the answer. On SQLite a text search first asks the
    full-text index about the quotes of a few dozen of the oldest releases at a time
    (:func:`_oldest_matches`); then :data:`EARLY_RELEASES` of them are searched in one query;
    otherwise the whole query runs.
    """
    connection = session.connection()
    if not (filters.speaker or filters.search) and (filters.limit is None or filters.limit > EARLY_LIMIT):
        for rows in _merged_batches(connection, filters):
            yield from rows
        return
    dialect = connection.dialect.name
    speakers = _speaker_ids(session, filters.speaker) if filters.speaker else None
    search = _search_condition(dialect, filters.search) if filters.search else None
    early_worth_trying = True
    if filters.limit is not None and filters.limit <= EARLY_LIMIT:
        if search is not None and dialect == "sqlite" and parse_search(filters.search or ""):
            rows, early_worth_trying = _oldest_matches(connection, filters, speakers)
            if rows is not None:
                yield from map(QuoteRow._make, rows)
                return
    if filters.limit is not None and filters.limit <= EARLY_LIMIT and early_worth_trying:
        early = _release_filtered(select(Release.id), filters).order_by(Release.published, Release.id)
        for window in EARLY_WINDOWS.get(dialect, (EARLY_RELEASES,)) if search is None else (EARLY_RELEASES,):
            statement = _base_rows().where(Release.id.in_(early.limit(window).scalar_subquery()))
            if speakers is not None:
                # "+ 0": reach these releases' quotes by release, never by speaker, whatever the
                # planner guesses (with ~1,000 matching speakers it took 2,000 x 1,000 index probes).
                statement = statement.where((Quote.speaker_id + 0).in_(speakers))
            if search is not None:
                statement = statement.where(search)
            rows = connection.execute(_release_filtered(statement, filters).order_by(*_ORDER).limit(filters.limit)).all()
            if len(rows) == filters.limit:
                yield from map(QuoteRow._make, rows)
                return
    statement = _base_rows()
    if speakers is not None:
        statement = statement.where(Quote.speaker_id.in_(speakers))
    if search is not None:
        statement = statement.where(search)
    statement = _release_filtered(statement, filters).order_by(*_ORDER)
    if filters.limit is not None:
        statement = statement.limit(filters.limit)
    # Core rows on the session's connection: no ORM row processing per quote, same transaction.
    result = connection.execute(statement.execution_options(yield_per=STREAM_BATCH))
    make = QuoteRow._make
    for rows in result.partitions():
        yield from map(make, rows)


PROBE_FIRST = 16
"""Releases in the first full-text probe; later probes are sized from the matches found so far."""
PROBE_SECONDS = 0.03
"""Probing goes on while the matches so far say it will finish within this time, or sooner than listing every match."""
LISTED_MATCH_SECONDS = 2e-6
"""Roughly what the query over the oldest releases spends per match of a text search in the whole archive
(FTS5 lists them all; measured at 1M quotes: 0.7 us a match for ``the``, 3 us for ``security``)."""
_FTS_IN_RANGES = ("WITH ranges(low, high) AS (VALUES {}) SELECT quotes_fts.rowid FROM ranges "
                  "JOIN quotes_fts ON quotes_fts.rowid BETWEEN ranges.low AND ranges.high WHERE quotes_fts MATCH :fts")
"""Matches among quotes with ids in the given ranges: FTS5 walks each range alone, not every match."""


def _oldest_matches(connection: Connection, filters: QuoteFilter,
                    speakers: list[int] | Select | None) -> tuple[list[Row] | None, bool]:
    """The first ``limit`` matches of a text search (SQLite) among the oldest releases, if found there.

    A word in nearly every quote (``the``) has nearly a million matches at a million quotes: even
    listed by FTS5 alone they take ~0.5 s to hand over, all to keep 50. So the quotes of the
    :data:`EARLY_RELEASES` oldest releases (passing every filter but the text) are given to FTS5 as
    id ranges (a release's quotes are mostly consecutive ids), which it checks one range at a time:
    16 releases first, then as many as the matches so far say should be enough (at most four times
    the last probe). When the probed releases (a prefix of the sort order) hold ``limit`` matches,
    or are all there are, they are the answer: ``(rows, False)``. When all the oldest releases hold
    fewer, ``(None, False)``: the whole query must run. When finishing would take longer, at the
    rate so far, than :data:`PROBE_SECONDS` and than listing every match (a rare word, or a phrase,
    which costs FTS5 several times a word per range), ``(None, True)`` hands over to the query over
    the oldest releases. The rows are the same whichever way they are found; only the time differs.
    """
    limit = filters.limit or 0
    releases = connection.execute(_release_filtered(select(Release.id), filters)
                                  .order_by(Release.published, Release.id).limit(EARLY_RELEASES)).scalars().all()
    fts = fts5_query(parse_search(filters.search or ""))
    found: list[int] = []
    done, probed, size, seconds = 0, 0, PROBE_FIRST, 0.0
    while done < len(releases):
        started = time.perf_counter()
        chunk = releases[done:done + size]
        done += len(chunk)
        ids = select(Quote.id).where(Quote.release_id.in_(chunk))
        if speakers is not None:
            ids = ids.where((Quote.speaker_id + 0).in_(speakers))  # by release, as in iter_quotes
        quote_ids = connection.execute(ids).scalars().all()
        probed += len(quote_ids)
        if quote_ids:
            values = ",".join(f"({int(low)},{int(high)})" for low, high in _id_ranges(quote_ids))
            found += connection.execute(text(_FTS_IN_RANGES.format(values)), {"fts": fts}).scalars().all()
        seconds += time.perf_counter() - started
        if len(found) >= limit or (done == len(releases) and len(releases) < EARLY_RELEASES):
            statement = _base_rows().where(Quote.id.in_(found)).order_by(*_ORDER).limit(limit)
            return (connection.execute(statement).all() if found else []), False
        if done == len(releases):
            return None, False
        if not found:
            return None, True
        needed = (limit - len(found)) * done / len(found)  # more releases, at the density so far
        if needed > len(releases) - done:
            return None, False
        listing = len(found) / probed * (connection.scalar(select(func.max(Quote.id))) or 0) * LISTED_MATCH_SECONDS
        if needed * seconds / done > max(PROBE_SECONDS, listing):
            return None, True
        size = min(4 * size, int(needed * 1.25) + 1)
    return None, True


def _id_ranges(ids: list[int]) -> list[tuple[int, int]]:
    """Sorted ``ids`` as runs of consecutive integers: ``[1, 2, 3, 7]`` -> ``[(1, 3), (7, 7)]``."""
    ranges: list[tuple[int, int]] = []
    for value in sorted(ids):
        if ranges and ranges[-1][1] == value - 1:
            ranges[-1] = (ranges[-1][0], value)
        else:
            ranges.append((value, value))
    return ranges


_QUOTE_COLUMNS = (Quote.id, Quote.text, Speaker.name, Quote.title, Quote.organization, Quote.cue, Quote.start,
                  Quote.end, Quote.paragraph, Quote.readable_title, Quote.release_id)
"""A row's quote-side columns: :data:`_ROW_COLUMNS` without the release's, then the release id."""
_RELEASE_COLUMNS = (Release.id, Release.title, Release.published, Release.location, Release.agency, Release.source,
                    Release.url)
SPEAKER_NAMES = 100_000
"""Speaker names an SQLite export keeps by id before it starts afresh: memory stays bounded."""


def _merged_batches(connection: Connection, filters: QuoteFilter) -> Iterator[list[QuoteRow]]:
    """Every quote passing the date, agency and limit filters, from two streams in the same order.

    An export of a whole archive repeats each release's six cells on every one of its quotes: a
    million rows made six million strings and dates from the join. Instead one stream reads the
    quote-side columns (release by release, in date order) and another the releases alone, in the
    same ``(published, id)`` order, and each row takes its release's values from the second; the
    quotes of a release share those objects, so writers can tell a release repeats by identity.

    On SQLite the quote stream is read straight from the driver's cursor (every column is an
    integer or a string, which SQLAlchemy would hand over unchanged after making a ``Row``), and
    speaker names come from a look-up per batch of new speaker ids rather than a join per quote:
    both the same transaction, so the same snapshot. Elsewhere the join names them, in one statement.
    """
    releases = connection.execute(_release_filtered(select(*_RELEASE_COLUMNS), filters)
                                  .order_by(Release.published, Release.id).execution_options(yield_per=STREAM_BATCH))
    sqlite = connection.dialect.name == "sqlite"
    columns = (*_QUOTE_COLUMNS[:2], Quote.speaker_id, *_QUOTE_COLUMNS[3:]) if sqlite else _QUOTE_COLUMNS
    statement = select(*columns).join(Release, Quote.release_id == Release.id)
    if not sqlite:
        statement = statement.outerjoin(Speaker, Quote.speaker_id == Speaker.id)
    statement = _release_filtered(statement, filters).order_by(*_ORDER)
    if filters.limit is not None:
        statement = statement.limit(filters.limit)
    if sqlite:
        quotes = connection.execute(statement)
        cursor = quotes.cursor
        batches = _named_speakers(connection, iter(lambda: cursor.fetchmany(STREAM_BATCH), []))
    else:
        quotes = connection.execute(statement.execution_options(yield_per=STREAM_BATCH))
        batches = ((rows, None) for rows in quotes.partitions())
    try:
        release_rows = (row for rows in releases.partitions() for row in rows)
        make, current, cells = QuoteRow._make, None, ()
        for rows, names in batches:
            merged = []
            add = merged.append
            for row in rows:
                if row[10] != current:
                    current = row[10]
                    for release in release_rows:
                        if release[0] == current:
                            cells = tuple(release[1:])
                            break
                    else:
                        raise RuntimeError(f"release {current} of a quote is not in the release stream")
                add(make((row[0], row[1], row[2] if names is None else names[row[2]], row[3], row[4], row[5])
                         + cells + row[6:10]))
            yield merged
    finally:  # a reader that stops early; not after its session closed (the cursors went with it)
        if not connection.closed:
            quotes.close()
            releases.close()


def _named_speakers(connection: Connection, batches: Iterator[list]) -> Iterator[tuple[list, dict]]:
    """Each batch of rows with a dict that names every speaker id in it (``None``: no speaker)."""
    names: dict[int | None, str | None] = {None: None}
    for rows in batches:
        wanted = {row[2] for row in rows}.difference(names)
        if wanted:
            if len(names) + len(wanted) > SPEAKER_NAMES:
                names = {None: None}
                wanted = {row[2] for row in rows}.difference(names)
            names.update(connection.execute(select(Speaker.id, Speaker.name).where(Speaker.id.in_(wanted))).all())
        yield rows, names


_SQLITE_MATCH_COUNT = text("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH :fts")


def count_quotes(session: Session, filters: QuoteFilter = QuoteFilter()) -> int:
    """How many quotes match ``filters`` (``limit`` ignored).

    A text search alone on SQLite is counted by FTS5 itself: every quote is indexed (revision
    0002's triggers) and has a release, so it is the same number, without handing each match's
    id to the join (~0.5 s for a word in every one of a million quotes, against ~50 ms).
    """
    if (filters.search and not (filters.speaker or filters.since or filters.until or filters.agency)
            and session.get_bind().dialect.name == "sqlite" and parse_search(filters.search)):
        return session.scalar(_SQLITE_MATCH_COUNT, {"fts": fts5_query(parse_search(filters.search))}) or 0
    statement = _filtered(select(func.count(Quote.id)).select_from(Quote).join(Release, Quote.release_id == Release.id),
                          filters, session)
    return session.scalar(statement) or 0


def get_quote(session: Session, quote_id: int) -> tuple[QuoteRow, str]:
    """One quote by id and the text of its release."""
    row = session.execute(_base_rows().add_columns(Release.text).where(Quote.id == quote_id)).first()
    if row is None:
        raise NotFound(f"no quote with id {quote_id}")
    return QuoteRow(*row[:-1]), row[-1]


def counts(session: Session) -> dict[str, int]:
    """Totals of releases, quotes and speakers."""
    return {
        "releases": session.scalar(select(func.count(Release.id))) or 0,
        "quotes": session.scalar(select(func.count(Quote.id))) or 0,
        "speakers": session.scalar(select(func.count(Speaker.id))) or 0,
    }


def name_matches(session: Session, fragment: str) -> bool:
    """True when any speaker's name contains ``fragment`` (case-insensitive)."""
    statement = select(Speaker.id).where(or_(func.lower(Speaker.name).contains(fragment.lower(), autoescape=True))).limit(1)
    return session.scalar(statement) is not None


# --- Speakers in detail, grouping and statistics (issue 6). New functions only, below here. ---


@dataclass(frozen=True, slots=True)
class SpeakerLine:
    """A speaker as ``quotes speakers`` lists them: latest title and organization, counts, dates."""

    speaker_id: int
    name: str
    title: str | None
    organization: str | None
    quotes: int
    releases: int
    first: date | None
    last: date | None


@dataclass(frozen=True, slots=True)
class TitleSpan:
    """One title (and organization) a speaker held, with when and how often it was given."""

    title: str | None
    organization: str | None
    first: date | None
    last: date | None
    quotes: int


def speaker_lines(session: Session, name: str | None = None, limit: int | None = None,
                  speaker_ids: list[int] | None = None) -> list[SpeakerLine]:
    """Speakers (any part of ``name``, or these ids), most quoted first, with latest title and organization."""
    statement = (select(Speaker.id, Speaker.name, func.count(Quote.id), func.count(distinct(Quote.release_id)),
                        func.min(Release.published), func.max(Release.published))
                 .join(Quote, Quote.speaker_id == Speaker.id).join(Release, Quote.release_id == Release.id)
                 .group_by(Speaker.id, Speaker.name).order_by(func.count(Quote.id).desc(), Speaker.name))
    if name:
        statement = statement.where(func.lower(Speaker.name).contains(name.lower(), autoescape=True))
    if speaker_ids is not None:
        statement = statement.where(Speaker.id.in_(speaker_ids))
    if limit is not None:
        statement = statement.limit(limit)
    rows = session.execute(statement).all()
    latest = _latest_roles(session, [row[0] for row in rows])
    return [SpeakerLine(r[0], r[1], *latest.get(r[0], (None, None)), r[2], r[3], r[4], r[5]) for r in rows]


def _latest_roles(session: Session, ids: list[int]) -> dict[int, tuple[str | None, str | None]]:
    """Per speaker, the title and organization of their latest quote that gives them."""
    roles: dict[int, tuple[str | None, str | None]] = {}
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        statement = (select(Quote.speaker_id, Quote.title, Quote.organization)
                     .join(Release, Quote.release_id == Release.id)
                     .where(Quote.speaker_id.in_(chunk), or_(Quote.title.is_not(None), Quote.organization.is_not(None)))
                     .order_by(Quote.speaker_id, Release.published.desc().nulls_last(), Release.id.desc(), Quote.start))
        for speaker_id, title, organization in session.execute(statement):
            roles.setdefault(speaker_id, (title, organization))
    return roles


def speaker_titles(session: Session, speaker_id: int) -> list[TitleSpan]:
    """The titles a speaker was given over time, earliest first."""
    statement = (select(Quote.title, Quote.organization, func.min(Release.published), func.max(Release.published),
                        func.count(Quote.id))
                 .join(Release, Quote.release_id == Release.id).where(Quote.speaker_id == speaker_id)
                 .group_by(Quote.title, Quote.organization)
                 .order_by(func.min(Release.published), func.max(Release.published)))
    return [TitleSpan(*row) for row in session.execute(statement)]


def iter_speaker_quotes(session: Session, speaker_id: int, limit: int | None = None) -> Iterator[QuoteRow]:
    """One speaker's quotes, oldest release first, streamed."""
    statement = (_base_rows().where(Quote.speaker_id == speaker_id)
                 .order_by(Release.published, Release.id, Quote.start))
    if limit is not None:
        statement = statement.limit(limit)
    for row in session.execute(statement.execution_options(yield_per=STREAM_BATCH)):
        yield QuoteRow(*row[:len(_ROW_COLUMNS)])


def quotes_by_agency(session: Session) -> list[tuple[str | None, int, int]]:
    """(agency, quotes, releases), most quotes first."""
    statement = (select(Release.agency, func.count(Quote.id), func.count(distinct(Release.id)))
                 .outerjoin(Quote, Quote.release_id == Release.id)
                 .group_by(Release.agency).order_by(func.count(Quote.id).desc(), Release.agency))
    return [(row[0], row[1], row[2]) for row in session.execute(statement)]


def quotes_by_year(session: Session) -> list[tuple[int | None, int, int]]:
    """(year, quotes, releases), in year order (undated last)."""
    from sqlalchemy import extract  # imported here to keep this section self-contained

    year = extract("year", Release.published)
    statement = (select(year, func.count(Quote.id), func.count(distinct(Release.id)))
                 .outerjoin(Quote, Quote.release_id == Release.id).group_by(year).order_by(year))
    rows = [(int(row[0]) if row[0] is not None else None, row[1], row[2]) for row in session.execute(statement)]
    return sorted(rows, key=lambda r: (r[0] is None, r[0] or 0))
