"""SQLAlchemy 2.0 typed models. The schema itself is made only by Alembic revisions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, MetaData, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints from the first revision: SQLite batch migrations need the names.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Release(Base):
    """One press release as loaded: its metadata and the stored text quotes index into."""

    __tablename__ = "releases"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(1024), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    location: Mapped[str | None] = mapped_column(String(200))
    agency: Mapped[str | None] = mapped_column(String(200), index=True)
    url: Mapped[str | None] = mapped_column(String(1024))
    format: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    loaded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    extractor_version: Mapped[str] = mapped_column(String(32))

    quotes: Mapped[list[Quote]] = relationship(back_populates="release", cascade="all, delete-orphan",
                                               passive_deletes=True, order_by="Quote.start")


class Speaker(Base):
    """A person (or organization) quoted anywhere in the archive, one row per identity."""

    __tablename__ = "speakers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), unique=True)

    quotes: Mapped[list[Quote]] = relationship(back_populates="speaker")


class SpeakerAlias(Base):
    """A name key that stands for a speaker: set by merges so they survive reloads."""

    __tablename__ = "speaker_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"), index=True)


class Quote(Base):
    """A quotation in a release, with its speaker's title as that release gives it."""

    __tablename__ = "quotes"
    __table_args__ = (Index("ix_quotes_speaker_release", "speaker_id", "release_id"),
                      Index("ix_quotes_release_start", "release_id", "start"))  # revision 0004

    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id", ondelete="CASCADE"))
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    speaker_as_written: Mapped[str | None] = mapped_column(String(500))
    title: Mapped[str | None] = mapped_column(String(500))
    readable_title: Mapped[str | None] = mapped_column(String(500))
    """``title`` with the acronyms its release defines spelled out (revision 0003)."""
    organization: Mapped[str | None] = mapped_column(String(300))
    cue: Mapped[str | None] = mapped_column(String(40))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    paragraph: Mapped[int] = mapped_column(Integer)

    release: Mapped[Release] = relationship(back_populates="quotes")
    speaker: Mapped[Speaker | None] = relationship(back_populates="quotes")
