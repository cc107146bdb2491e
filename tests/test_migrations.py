"""The four migration checks: one head, upgrade from empty, models match, down and up again."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from db import engine as database
from db.models import Base


def test_single_head():
    assert len(ScriptDirectory.from_config(database.alembic_config()).get_heads()) == 1


def test_upgrade_from_empty_creates_tables(db_path):
    engine = database.make_engine(database.resolve_url(str(db_path)))
    database.upgrade(engine)
    assert {"releases", "speakers", "speaker_aliases", "quotes"} <= set(inspect(engine).get_table_names())
    assert database.current_revision(engine) == database.head_revision()


def test_models_match_migrations(db_path):
    engine = database.make_engine(database.resolve_url(str(db_path)))
    database.upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": database.schema_object_included})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_downgrade_to_base_and_up_again(db_path):
    engine = database.make_engine(database.resolve_url(str(db_path)))
    database.upgrade(engine)
    database.downgrade(engine, "base")
    assert "quotes" not in inspect(engine).get_table_names()
    database.upgrade(engine)
    assert database.current_revision(engine) == database.head_revision()


def test_schema_head_names_the_newest_revision():
    assert database.SCHEMA_HEAD == database.head_revision()


def test_opening_an_up_to_date_database_needs_no_alembic(db_path):
    import subprocess
    import sys
    from pathlib import Path

    database.open_database(str(db_path))  # migrates the new file
    check = ("import sys; from db.engine import open_database; open_database(sys.argv[1]); "
             "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    root = Path(database.__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", check, str(db_path)], cwd=root, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
