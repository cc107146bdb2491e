"""Re-run extraction over the stored release text, without the original files.

After the extractor improves, ``reextract_release`` replaces one release's quotes with what
the new extractor finds in the text already in the database, records the new extractor
version, and says what changed. The extraction function is passed in, so ``db/`` never
imports the loaders.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import NotFound
from db.models import Quote, Release
from db.store import QuoteLike, known_speaker_ids, replace_quotes, stored_readable_title

Extract = Callable[..., Iterable[QuoteLike]]
"""``extract(text, title=...)``: the loaders' ``extract_quotes``, which reads names from the title too."""


@dataclass(frozen=True, slots=True)
class ReleaseChange:
    """What re-extracting one release did.

    A quote is identified by its span (``start``, ``end``): a span found only now is *new*, one
    no longer found is *removed*, and one found both times whose text, speaker, title,
    organization, cue or paragraph differs is *changed*.
    """

    release_id: int
    source: str
    old_version: str
    new_version: str
    new: int
    changed: int
    removed: int
    unchanged: int

    @property
    def differs(self) -> bool:
        return bool(self.new or self.changed or self.removed)


def releases_to_reextract(session: Session, version: str, *, everything: bool = False) -> list[int]:
    """Ids of releases whose quotes came from another extractor version (or all, with ``everything``)."""
    query = select(Release.id).order_by(Release.id)
    if not everything:
        query = query.where(Release.extractor_version != version)
    return list(session.scalars(query))


def reextract_release(session: Session, release_id: int, extract: Extract, version: str, *,
                      dry_run: bool = False) -> ReleaseChange:
    """Replace release ``release_id``'s quotes with ``extract(stored text, title=stored title)``, record ``version``.

    With ``dry_run`` only the comparison is made. The caller owns the transaction, so the
    quotes and the version change together or not at all.
    """
    release = session.get(Release, release_id)
    if release is None:
        raise NotFound(f"no release with id {release_id}")
    before = dict(_stored(session, release_id))
    found = list(extract(release.text, title=release.title))
    speakers = known_speaker_ids(session, found, release.source)
    after = {(q.start, q.end): (q.quote, speaker_id, q.title, stored_readable_title(q.readable_title, q.title),
                                q.organization, q.cue, q.paragraph)
             for q, speaker_id in zip(found, speakers)}
    changed = sum(1 for span, value in after.items() if span in before and before[span] != value)
    change = ReleaseChange(
        release_id=release.id, source=release.source, old_version=release.extractor_version,
        new_version=version, new=sum(1 for span in after if span not in before), changed=changed,
        removed=sum(1 for span in before if span not in after),
        unchanged=sum(1 for span, value in after.items() if before.get(span) == value),
    )
    if not dry_run:
        if change.differs:
            replace_quotes(session, release.id, found)
        release.extractor_version = version
    return change


def _stored(session: Session, release_id: int) -> Iterator[tuple[tuple[int, int], tuple]]:
    rows = session.execute(
        select(Quote.start, Quote.end, Quote.text, Quote.speaker_id, Quote.title, Quote.readable_title,
               Quote.organization, Quote.cue, Quote.paragraph).where(Quote.release_id == release_id)
    )
    for row in rows:
        yield (row.start, row.end), (row.text, row.speaker_id, row.title, row.readable_title, row.organization,
                                     row.cue, row.paragraph)


