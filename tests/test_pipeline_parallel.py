"""``process_paths`` with worker processes gives what one process gives, in the same order."""

from loaders import pipeline
from tests.conftest import EXAMPLES


def _summary(results):
    return [(r.path, r.kind, r.errors, [(rel.source, quotes) for rel, quotes in r.releases]) for r in results]


def test_workers_match_one_process(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_FILES", 2)  # several batches, more than the in-flight bound
    for index in range(12):
        source = sorted(EXAMPLES.glob("*.txt"))[index % 2]
        (tmp_path / f"r{index:02}.txt").write_text(source.read_text(encoding="utf-8") + f"\n\nNo. {index}.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "notes.md").write_text("# not a release")
    serial = _summary(pipeline.process_paths([str(tmp_path)], workers=1))
    parallel = _summary(pipeline.process_paths([str(tmp_path)], workers=2))
    assert parallel == serial
    assert [path.rsplit("/", 1)[-1] for path, *_ in serial][:2] == ["empty.txt", "notes.md"]
    assert sum(len(releases) for *_, releases in serial) == 12


def test_stopping_early_shuts_the_pool_down(tmp_path):
    for index in range(40):
        (tmp_path / f"r{index:02}.txt").write_text(f'Title\n"We will keep working hard, number {index}," said Director Jane Roe.')
    results = pipeline.process_paths([str(tmp_path)], workers=2)
    assert next(results).releases
    results.close()


def test_workers_skip_what_the_caller_says_is_stored(tmp_path):
    from functools import partial

    from db.store import is_stored, stored_key, content_hash

    for index in range(6):
        (tmp_path / f"r{index}.txt").write_text(f'Title\n"We will keep working hard, number {index}," said Director Jane Roe.')
    releases = [rel for result in pipeline.process_paths([str(tmp_path)]) for rel, _ in result.releases]
    stored = frozenset(stored_key(rel.source, content_hash(rel)) for rel in releases[::2])
    for workers in (1, 2):
        results = list(pipeline.process_paths([str(tmp_path)], workers=workers, skip=partial(is_stored, stored)))
        assert sum(r.unchanged for r in results) == 3
        assert [rel.source for r in results for rel, _ in r.releases] == [rel.source for rel in releases[1::2]]
