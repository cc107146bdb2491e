"""Build a synthetic archive of any size by varying the dev releases, streamed to a folder.

Each synthetic release is a dev release (HTML or text, as found) with its speakers renamed,
its date moved, its title numbered and a closing paragraph of its own, so every release is
distinct text (its own content hash) and speakers number in the thousands, as in a real
archive. Files are written in a shuffled order, 1,000 to a folder, each folder with the
``MANIFEST.tsv`` the loader reads. Nothing is held in memory beyond the 305 templates.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from loaders.extract import extract_quotes
from loaders.files import iter_sources, manifest_entry, read_releases

FILES_PER_FOLDER = 1000
MANIFEST_FIELDS = ("file", "origin", "agency", "date", "title")
FIRST_NAMES = ("Ana", "Ben", "Carla", "David", "Elena", "Frank", "Grace", "Hector", "Irene", "James", "Karen",
               "Luis", "Maria", "Nathan", "Olivia", "Pedro", "Quinn", "Rosa", "Samuel", "Teresa", "Victor",
               "Wendy", "Xavier", "Yolanda", "Zach", "Aisha", "Bruno", "Chen", "Dmitri", "Fatima")
LAST_NAMES = ("Abbott", "Barrera", "Castillo", "Delgado", "Ellison", "Fontaine", "Garza", "Holloway", "Ibarra",
              "Jennings", "Kowalski", "Lindqvist", "Moreno", "Nakamura", "Okafor", "Pryor", "Quintana",
              "Rasmussen", "Salazar", "Thornton", "Underwood", "Valdez", "Whitfield", "Yamamoto", "Zimmerman",
              "Achebe", "Brennan", "Carver", "Dunleavy", "Espinoza", "Fairbanks", "Gallagher", "Haddad",
              "Iverson", "Jablonski", "Kessler", "Lombardi", "Mahoney", "Novak", "Osei")


@dataclass(frozen=True, slots=True)
class Template:
    """A dev release file: its raw text, suffix, manifest row and the speaker names in it."""

    raw: str
    suffix: str
    meta: dict[str, str]
    names: tuple[str, ...]


def load_templates(dev: Path) -> list[Template]:
    """The dev releases with the full speaker names extraction finds in each (longest first)."""
    templates = []
    for source in iter_sources([str(dev)]):
        if source.kind not in ("text", "html"):
            continue
        names: set[str] = set()
        for release in read_releases(source):
            names |= {q.speaker for q in extract_quotes(release.text) if q.speaker and " " in q.speaker}
        raw = Path(source.path).read_text(encoding="utf-8", errors="replace")
        templates.append(Template(raw, Path(source.path).suffix, manifest_entry(source.path) or {},
                                  tuple(sorted(names, key=len, reverse=True))))
    return templates


def _renamed(text: str, names: tuple[str, ...], rng: random.Random) -> str:
    for name in names:
        new_first, new_last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        old_last = name.split()[-1]
        text = text.replace(name, f"{new_first} {new_last}").replace(f" {old_last} ", f" {new_last} ")
    return text


def _release(template: Template, number: int, rng: random.Random) -> tuple[str, dict[str, str]]:
    text = _renamed(template.raw, template.names, rng)
    closing = f"Synthetic release {number}: reference {rng.getrandbits(48):012x}."
    text += f"\n<p>{closing}</p>\n" if template.suffix == ".html" else f"\n\n{closing}\n"
    try:
        published = date.fromisoformat(template.meta.get("date", ""))
    except ValueError:
        published = date(2015, 1, 1)
    published += timedelta(days=rng.randint(-1500, 1500))
    meta = {"origin": f"synthetic #{number}", "agency": template.meta.get("agency", ""),
            "date": published.isoformat(), "title": f"{template.meta.get('title', '')} (No. {number})".strip()}
    return text, meta


def build_archive(templates: list[Template], folder: Path, count: int, seed: int = 4) -> int:
    """Write ``count`` distinct releases under ``folder``; returns the bytes written."""
    rng = random.Random(seed)
    order = list(range(count))
    rng.shuffle(order)
    written = 0
    for first in range(0, count, FILES_PER_FOLDER):
        sub = folder / f"part{first // FILES_PER_FOLDER:04}"
        sub.mkdir(parents=True)
        with open(sub / "MANIFEST.tsv", "w", encoding="utf-8", newline="") as handle:
            manifest = csv.writer(handle, delimiter="\t", lineterminator="\n")
            manifest.writerow(MANIFEST_FIELDS)
            for number in order[first:first + FILES_PER_FOLDER]:
                template = templates[number % len(templates)]
                text, meta = _release(template, number, rng)
                name = f"r{number:07}{template.suffix}"
                data = text.encode("utf-8")
                (sub / name).write_bytes(data)
                written += len(data)
                manifest.writerow([name, meta["origin"], meta["agency"], meta["date"], meta["title"]])
    return written
