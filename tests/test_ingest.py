"""Ingest: incremental, idempotent, content-hashed, robust to bad files, locked."""

from __future__ import annotations

import fcntl
import shutil
from pathlib import Path

import pytest

from liftqa.app.service import Service
from liftqa.errors import IndexLockedError, IndexUnavailableError
from liftqa.index.embed import FakeEmbedder


def _ids(p: Service, article_id: str) -> set[str]:
    with p.store() as store:
        return store.unit_ids("passages", article_id) | store.unit_ids("sentences", article_id)


def _articles(p: Service) -> list[str]:
    with p.store() as store:
        return list(store.articles())


def test_first_ingest_indexes_all_articles_and_references(service: Service) -> None:
    report = service.ingest()
    assert report.articles == 5 and not report.errors
    assert report.references == 20
    assert report.chunks > 100 and report.sentences > 500


def test_second_run_writes_nothing(service: Service) -> None:
    service.ingest()
    embedder = service.embedder
    assert isinstance(embedder, FakeEmbedder)
    calls = embedder.texts_embedded
    again = service.ingest()
    assert not again.wrote_anything and again.added == again.removed == 0
    assert again.unchanged_files == 5
    assert embedder.texts_embedded == calls


def test_edited_file_replaces_only_its_own_units(service: Service) -> None:
    service.ingest()
    before = {a: _ids(service, a) for a in _articles(service)}
    path = service.settings.index.corpus_dir / "004_08e51c93ec6cb736.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "Take-Home Message",
            "Take-Home Message\n\nLifting kettlebells on sunny mornings is fun.",
        ),
        encoding="utf-8",
    )
    report = service.ingest()
    after = {a: _ids(service, a) for a in _articles(service)}
    edited = "abelsson-strengthlog-lifting-depression"
    assert report.changed_files == ["004_08e51c93ec6cb736.txt"]
    for article_id, ids in before.items():
        if article_id != edited:
            assert after[article_id] == ids
    assert after[edited] != before[edited]
    assert 0 < report.added < len(after[edited])
    new_quote = service.ask("Is lifting kettlebells on sunny mornings fun?")
    assert any("sunny mornings is fun." in q.text for q in new_quote.quotes)


def test_counts_match_a_clean_ingest_after_edits(service: Service, tmp_path: Path) -> None:
    service.ingest()
    path = service.settings.index.corpus_dir / "000_f19f100c25854bc2.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n\nA new closing line.", encoding="utf-8")
    incremental = service.ingest()
    clean = service.ingest(rebuild=True)
    assert (incremental.chunks, incremental.sentences, incremental.references) == (
        clean.chunks,
        clean.sentences,
        clean.references,
    )


def test_deleted_file_units_are_removed(service: Service) -> None:
    service.ingest()
    (service.settings.index.corpus_dir / "000_f19f100c25854bc2.txt").unlink()
    report = service.ingest()
    assert report.deleted_articles == ["mohammad-2026-body-carries-weight"]
    assert _ids(service, "mohammad-2026-body-carries-weight") == set()
    assert report.articles == 4


def test_new_file_without_header_is_added(service: Service) -> None:
    service.ingest()
    (service.settings.index.corpus_dir / "my-notes.md").write_text(
        "Grip Strength Notes\n\nDeadlifts with chalk improved my grip a lot.", encoding="utf-8"
    )
    report = service.ingest()
    assert report.changed_files == ["my-notes.md"] and report.articles == 6


@pytest.mark.parametrize(
    ("name", "raw", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", b"\x00\x01\x02\x03 binary", "binary"),
        ("latin.txt", "Caf\u00e9 squats".encode("cp1252"), "not UTF-8"),
        ("header.md", b"---\ntitle: [oops\n---\ntext", "YAML"),
    ],
)
def test_bad_file_is_reported_by_name_and_the_rest_ingested(
    service: Service, name: str, raw: bytes, reason: str
) -> None:
    (service.settings.index.corpus_dir / name).write_bytes(raw)
    report = service.ingest()
    assert report.articles == 5
    assert [e.path for e in report.errors] == [name]
    assert reason in report.errors[0].reason
    assert name in report.summary()


def test_bad_file_does_not_trigger_reingest_on_every_ask(service: Service) -> None:
    (service.settings.index.corpus_dir / "empty.txt").write_bytes(b"")
    service.ingest()
    assert not service.is_stale()


def test_file_turning_bad_keeps_its_last_good_version(service: Service) -> None:
    service.ingest()
    before = _ids(service, "mohammad-2026-body-carries-weight")
    (service.settings.index.corpus_dir / "000_f19f100c25854bc2.txt").write_bytes(b"\xff\xfe broken")
    report = service.ingest()
    assert report.errors and report.articles == 5
    assert _ids(service, "mohammad-2026-body-carries-weight") == before


def test_duplicate_article_id_is_reported(service: Service) -> None:
    src = service.settings.index.corpus_dir / "000_f19f100c25854bc2.txt"
    shutil.copy(src, service.settings.index.corpus_dir / "zzz_copy.txt")
    report = service.ingest()
    assert [e.path for e in report.errors] == ["zzz_copy.txt"]
    assert "already" in report.errors[0].reason


def test_ask_builds_the_missing_index(service: Service) -> None:
    assert service.is_stale()
    answer = service.ask("How long should I hold a plank?")
    assert answer.quotes and not service.is_stale()


def test_ask_notices_a_changed_corpus(service: Service) -> None:
    service.ingest()
    (service.settings.index.corpus_dir / "extra.txt").write_text(
        "Kettlebell Swings\n\nKettlebell swings improved my mood every single morning.",
        encoding="utf-8",
    )
    answer = service.ask("Do kettlebell swings improve mood?")
    assert any("Kettlebell swings" in q.text for q in answer.quotes)


def test_second_ingest_is_refused_while_one_holds_the_lock(service: Service) -> None:
    service.settings.index.index_dir.mkdir(parents=True, exist_ok=True)
    with (service.settings.index.index_dir / "ingest.lock").open("a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        with pytest.raises(IndexLockedError, match="another ingest"):
            service.ingest()


def test_index_built_with_another_model_is_refused(service: Service) -> None:
    service.ingest()

    class Other(FakeEmbedder):
        name = "other-model"

    with pytest.raises(IndexUnavailableError, match="rebuild"):
        Service(service.settings, Other()).store()


def test_empty_corpus_and_index_is_a_clear_error(tmp_path: Path) -> None:
    from liftqa.config import Settings

    p = Service(Settings.build(corpus_dir=tmp_path / "c", index_dir=tmp_path / "i"), FakeEmbedder())
    with pytest.raises(IndexUnavailableError, match="empty"):
        p.ask("Does lifting help?")


def test_ask_answers_from_the_existing_index_while_another_ingest_runs(
    service: Service,
) -> None:
    service.ingest()
    (service.settings.index.corpus_dir / "new.txt").write_text(
        "Rowing Notes\n\nRowing machines improved my sleep within a fortnight.", encoding="utf-8"
    )
    with (service.settings.index.index_dir / "ingest.lock").open("a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        answer = service.ask("How long should I hold a plank?")  # no IndexLockedError
        assert answer.quotes
    later = service.ask("Did rowing machines improve sleep within a fortnight?")
    assert any("Rowing machines" in q.text for q in later.quotes)  # caught up afterwards


def test_enormous_file_is_refused_by_name_and_the_index_stays_intact(
    service: Service,
) -> None:
    service.ingest()
    big = service.settings.index.corpus_dir / "enormous.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB, without writing 50 MB
    report = service.ingest()
    assert [e.path for e in report.errors] == ["enormous.txt"]
    assert "too large" in report.errors[0].reason
    assert report.articles == 5
    assert service.ask("How long should I hold a plank?").quotes


def test_large_collections_are_read_page_by_page(
    fake_service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    import liftqa.index.store

    with fake_service.store() as store:
        whole = store.units_with_vectors("sentences")
        monkeypatch.setattr(liftqa.index.store, "PAGE_SIZE", 7)
        paged = store.units_with_vectors("sentences")
        assert [u.id for u in paged[0]] == [u.id for u in whole[0]]
        assert (paged[1] == whole[1]).all() and len(paged[0]) > 500
        assert len(store.all_units("passages")) > 150
