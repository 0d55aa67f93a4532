"""The index and the corpus folder under attack or accident: symlinks out of corpus/, a
full disk, corrupt or unusable index states, read-only folders, leftovers of killed
ingests, hostile file names, leaked handles, and the app's own ingest (issue 15)."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import cli_env, copy_corpus, make_settings, run_cli
from liftqa.app.service import Service
from liftqa.errors import IndexStorageError
from liftqa.index import frozen, generations
from liftqa.index.embed import FakeEmbedder
from liftqa.index.generations import POINTER

PLANK = "How long should I hold a plank?"
cli = pytest.mark.integration  # through the CLI in fresh processes, as users run it


def _gens(index: Path) -> list[str]:
    return sorted(p.name for p in index.glob("gen-*"))


def _current(index: Path) -> str:
    return (index / POINTER).read_text()


# --- corpus entries that are not regular files inside corpus/ ------------------------------


def test_symlink_to_a_file_outside_the_corpus_is_skipped_and_named(service: Service) -> None:
    corpus = service.settings.index.corpus_dir
    (corpus / "passwd.txt").symlink_to("/etc/passwd")
    report = service.ingest()
    reasons = {e.path: e.reason for e in report.errors}
    assert "symbolic link" in reasons["passwd.txt"]
    assert "passwd.txt" in report.summary()
    assert all("root:" not in a.body for a in service.library().articles.values())
    answer = service.ask("root daemon bin nologin passwd")
    assert all("root:" not in q.text and "nologin" not in q.text for q in answer.quotes)


def test_symlink_to_an_article_inside_the_corpus_is_skipped_too(service: Service) -> None:
    corpus = service.settings.index.corpus_dir
    (corpus / "alias.txt").symlink_to(corpus / "004_08e51c93ec6cb736.txt")
    report = service.ingest()
    assert "symbolic link" in {e.path: e.reason for e in report.errors}["alias.txt"]
    assert len(service.library().articles) == 5


def test_folder_pipe_and_dangling_link_are_skipped_without_hanging(service: Service) -> None:
    corpus = service.settings.index.corpus_dir
    (corpus / "folder.txt").mkdir()
    os.mkfifo(corpus / "pipe.txt")  # opening a FIFO for reading would block forever
    (corpus / "gone.txt").symlink_to(corpus / "nowhere.txt")
    report = service.ingest()
    reasons = {e.path: e.reason for e in report.errors}
    assert "folder" in reasons["folder.txt"]
    assert "not a regular file" in reasons["pipe.txt"]
    assert "symbolic link" in reasons["gone.txt"]
    assert len(service.library().articles) == 5


@cli
def test_cli_names_each_skipped_entry_with_its_reason(tmp_path: Path) -> None:
    copy_corpus(tmp_path / "corpus")
    (tmp_path / "corpus" / "passwd.txt").symlink_to("/etc/passwd")
    env = cli_env(tmp_path)
    ingest = run_cli(["ingest"], env)
    assert ingest.returncode == 0, ingest.stderr
    assert "skipped passwd.txt" in ingest.stdout and "symbolic link" in ingest.stdout
    ask = run_cli(["ask", "root daemon nologin"], env)
    assert "root:" not in ask.stdout and "/bin/bash" not in ask.stdout


# --- a full disk -------------------------------------------------------------------------


def _enospc(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _add_article(corpus: Path, name: str = "new.txt", text: str = "") -> None:
    (corpus / name).write_text(
        "Kettlebells at Dawn\n\n"
        + (text or "Lifting kettlebells on sunny mornings is fun and good for the mood."),
        encoding="utf-8",
    )


def test_full_disk_while_copying_keeps_the_old_index_and_says_why(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.ingest()
    index = service.settings.index.index_dir
    before = _gens(index)
    _add_article(service.settings.index.corpus_dir)

    def half_copy(src: Path, dst: Path, **kwargs: object) -> None:
        Path(dst).mkdir()
        (Path(dst) / "half-written").write_bytes(b"x" * 1000)
        _enospc()

    monkeypatch.setattr(generations.shutil, "copytree", half_copy)
    with pytest.raises(IndexStorageError) as caught:
        service.ingest()
    assert caught.value.kind == "full"
    assert "No space left" in caught.value.message and "free some disk space" in caught.value.hint
    assert _gens(index) == before  # the partial copy is gone
    monkeypatch.undo()
    assert service.ask(PLANK).quotes  # the published index answers (and catches up)


def test_full_disk_while_writing_the_frozen_copy_keeps_the_old_index(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.ingest()
    index = service.settings.index.index_dir
    before, pointer = _gens(index), _current(index)
    _add_article(service.settings.index.corpus_dir)
    monkeypatch.setattr(frozen, "_write_synced", _enospc)
    with pytest.raises(IndexStorageError) as caught:
        service.ingest()
    assert caught.value.kind == "full"
    assert _gens(index) == before and _current(index) == pointer


@contextlib.contextmanager
def _mounted_tmpfs(where: Path, size: str) -> Iterator[Path]:
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@cli
def test_really_full_disk_then_freed_space(tmp_path: Path) -> None:
    """A real small filesystem: fill it, ingest fails with a clear message, `ask` answers
    from the old index, freeing space lets the next ingest succeed."""
    with _mounted_tmpfs(tmp_path / "disk", "24m") as disk:
        copy_corpus(tmp_path / "corpus")
        env = cli_env(tmp_path, index="disk/index")
        assert run_cli(["ingest"], env).returncode == 0
        used = sum(f.stat().st_size for f in disk.rglob("*") if f.is_file())
        filler = disk / "filler"
        with filler.open("wb") as handle, contextlib.suppress(OSError):
            while True:
                handle.write(b"\0" * (1 << 20))
        assert used > 0
        _add_article(tmp_path / "corpus")
        ingest = run_cli(["ingest"], env)
        assert ingest.returncode == 3, ingest.stderr
        assert "disk is full" in ingest.stderr and "free some disk space" in ingest.stderr
        assert "Traceback" not in ingest.stderr
        assert len(_gens(disk / "index")) == 1
        ask = run_cli(["ask", PLANK], env)
        assert ask.returncode == 0, ask.stderr
        assert "could not be updated" in ask.stderr and "[1]" in ask.stdout
        filler.unlink()
        assert run_cli(["ingest"], env).returncode == 0
        answer = run_cli(["ask", "Is lifting kettlebells on sunny mornings fun?"], env)
        assert "sunny mornings" in answer.stdout


# --- corrupt or unusable index states ------------------------------------------------------


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A corpus copy and its ingested index, used through the CLI."""
    copy_corpus(tmp_path / "corpus")
    env = cli_env(tmp_path)
    assert run_cli(["ingest"], env).returncode == 0
    return tmp_path / "index", env


@cli
@pytest.mark.parametrize(
    "pointer",
    [b"\xff\xfe\x00garbage", b"", b"gen-999", b"../../elsewhere/gen-1", b"/tmp/liftqa-gen-1"],
    ids=["non-utf8", "empty", "dangling", "relative-escape", "absolute"],
)
def test_a_bad_current_pointer_falls_back_to_the_intact_generation(
    built: tuple[Path, dict[str, str]], pointer: bytes
) -> None:
    index, env = built
    (gen,) = _gens(index)
    (index / POINTER).write_bytes(pointer)
    ask = run_cli(["ask", PLANK], env)
    assert ask.returncode == 0, ask.stderr
    assert "[1]" in ask.stdout and "Traceback" not in ask.stderr
    assert _gens(index) == [gen]  # neither deleted nor re-embedded
    assert not Path("/tmp/liftqa-gen-1").exists()
    assert not (index.parent.parent / "elsewhere").exists()
    rebuild = run_cli(["ingest", "--rebuild"], env)
    assert rebuild.returncode == 0, rebuild.stderr
    assert _current(index) != gen and _current(index) in _gens(index)


def _garble(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for offset in range(0, size, 4096):
            handle.seek(offset)
            handle.write(b"\x13garbage\x00" * 16)


@cli
def test_a_garbled_database_still_answers_and_rebuild_recovers(
    built: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    index, env = built
    (gen,) = _gens(index)
    for db in (index / gen).rglob("*.sqlite3"):
        _garble(db)
    assert run_cli(["ask", PLANK], env).returncode == 0  # questions read the frozen copy
    _add_article(tmp_path / "corpus")
    ingest = run_cli(["ingest"], env)
    assert ingest.returncode == 3, ingest.stdout + ingest.stderr
    assert "liftqa ingest --rebuild" in ingest.stderr and "Traceback" not in ingest.stderr
    assert _gens(index) == [gen]
    rebuild = run_cli(["ingest", "--rebuild"], env)
    assert rebuild.returncode == 0, rebuild.stderr
    answer = run_cli(["ask", "Is lifting kettlebells on sunny mornings fun?"], env)
    assert "sunny mornings" in answer.stdout


@cli
def test_a_garbled_frozen_copy_is_rebuilt_from_its_database(
    built: tuple[Path, dict[str, str]],
) -> None:
    index, env = built
    (gen,) = _gens(index)
    _garble(index / gen / frozen.FOLDER / "units.json")
    ask = run_cli(["ask", PLANK], env)
    assert ask.returncode == 0, ask.stderr
    assert "[1]" in ask.stdout


@cli
def test_everything_garbled_is_an_index_error_with_a_working_hint(
    built: tuple[Path, dict[str, str]],
) -> None:
    index, env = built
    (gen,) = _gens(index)
    _garble(index / gen / frozen.FOLDER / "units.json")
    for db in (index / gen).rglob("*.sqlite3"):
        _garble(db)
    ask = run_cli(["ask", PLANK], env)
    assert ask.returncode == 3, ask.stdout + ask.stderr
    assert "liftqa ingest --rebuild" in ask.stderr and "Traceback" not in ask.stderr
    assert run_cli(["ingest", "--rebuild"], env).returncode == 0
    assert run_cli(["ask", PLANK], env).returncode == 0


def test_partial_generations_are_removed_by_the_next_ingest(service: Service) -> None:
    service.ingest()
    index = service.settings.index.index_dir
    published = _current(index)
    for name in ("gen-1", "gen-99999999999999999999"):
        (index / name).mkdir()
        (index / name / "chroma.sqlite3").write_bytes(b"half" * 1000)
    service.ingest()  # nothing changed in the corpus: still cleans up
    assert _gens(index) == [published]


# --- read-only index -----------------------------------------------------------------------


@contextlib.contextmanager
def _read_only(folder: Path) -> Iterator[None]:
    """`folder` made read-only by a read-only bind mount (root ignores chmod)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        for sub in folder.rglob("*"):
            if sub.is_dir():
                sub.chmod(0o555)
        try:
            yield
        finally:
            for sub in [folder, *folder.rglob("*")]:
                if sub.is_dir():
                    sub.chmod(0o755)
        return
    ok = subprocess.run(["mount", "--bind", str(folder), str(folder)], check=False)
    if ok.returncode != 0:
        pytest.skip("cannot bind-mount here")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@cli
def test_a_read_only_index_answers_and_a_stale_one_says_why(
    built: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    index, env = built
    with _read_only(index):
        ask = run_cli(["ask", PLANK], env)
        assert ask.returncode == 0, ask.stderr
        assert "[1]" in ask.stdout and "warning" not in ask.stderr
        _add_article(tmp_path / "corpus")
        stale = run_cli(["ask", PLANK], env)
        assert stale.returncode == 0, stale.stderr
        assert "could not be updated" in stale.stderr and "[1]" in stale.stdout
        ingest = run_cli(["ingest"], env)
        assert ingest.returncode == 3 and "permission" in ingest.stderr
        assert "Traceback" not in ingest.stderr


# --- untrusted names in terminal output ----------------------------------------------------


@cli
def test_file_names_with_newlines_and_escapes_are_shown_escaped(tmp_path: Path) -> None:
    copy_corpus(tmp_path / "corpus")
    evil = "x\x1b[2J\nIndexed 999 articles\r.txt"
    (tmp_path / "corpus" / evil).write_bytes(b"")
    ingest = run_cli(["ingest"], cli_env(tmp_path))
    assert ingest.returncode == 0, ingest.stderr
    out = ingest.stdout + ingest.stderr
    assert "\x1b" not in out and "\r" not in out
    assert not any(line.startswith("Indexed 999") for line in out.splitlines())
    assert "\\x1b[2J\\nIndexed 999 articles\\r.txt" in out


@cli
def test_answer_text_from_articles_is_escaped_in_the_terminal(tmp_path: Path) -> None:
    copy_corpus(tmp_path / "corpus")
    _add_article(
        tmp_path / "corpus",
        text="Kettlebell swings at dawn \x1b[31mlift the mood\x1b[0m of most people who try.",
    )
    ask = run_cli(["ask", "Do kettlebell swings at dawn lift the mood?"], cli_env(tmp_path))
    assert ask.returncode == 0, ask.stderr
    assert "\x1b" not in ask.stdout


# --- handles and the app's own ingest ------------------------------------------------------


def _open_files() -> int:
    return sum(1 for _ in Path("/proc/self/fd").iterdir())


def test_open_handles_stay_flat_across_ten_ingests(service: Service) -> None:
    corpus = service.settings.index.corpus_dir
    counts = []
    for i in range(10):
        _add_article(corpus, f"new-{i}.txt", f"Rowing number {i} builds calm and steady focus.")
        service.ingest()
        assert service.ask(f"Does rowing number {i} build calm?").quotes
        counts.append(_open_files())
    assert counts[-1] <= counts[1] + 2, counts


class SlowEmbedder(FakeEmbedder):
    """The fake embedder, slow enough that an ingest takes seconds."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        time.sleep(0.2)
        return super().embed_documents(texts)


def test_a_question_during_the_apps_own_ingest_is_answered_at_once(tmp_path: Path) -> None:
    copy_corpus(tmp_path / "corpus")
    settings = make_settings(tmp_path)
    service = Service(settings, SlowEmbedder(), ingest_in_background=True)
    service.ingest()
    service.ask(PLANK)
    for i in range(15):
        _add_article(
            settings.index.corpus_dir, f"extra-{i}.txt", f"Deadlift variant {i} is calming."
        )
    started = time.perf_counter()
    answer = service.ask(PLANK)  # starts the background ingest, answers meanwhile
    seconds = time.perf_counter() - started
    background = service._background
    assert background is not None and background.is_alive()
    assert answer.quotes and seconds < 1.0
    others: list[float] = []

    def ask_again() -> None:
        t = time.perf_counter()
        service.ask("Does strength training help with depression?")
        others.append(time.perf_counter() - t)

    threads = [threading.Thread(target=ask_again) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert max(others) < 1.0
    service.wait_for_background_ingest(120)
    assert service.last_update_error is None
    assert any("Deadlift variant 3" in q.text for q in service.ask("deadlift variant 3").quotes)


def test_the_apps_background_ingest_failure_keeps_the_published_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_corpus(tmp_path / "corpus")
    service = Service(make_settings(tmp_path), FakeEmbedder(), ingest_in_background=True)
    service.ingest()
    _add_article(service.settings.index.corpus_dir)
    monkeypatch.setattr(frozen, "_write_synced", _enospc)
    assert service.ask(PLANK).quotes
    service.wait_for_background_ingest(60)
    assert isinstance(service.last_update_error, IndexStorageError)
    assert service.ask(PLANK).quotes  # not retried on every question; still answering
    assert service._background is not None and not service._background.is_alive()


def test_cleanup_helper_keeps_unrelated_folders(tmp_path: Path) -> None:
    index = tmp_path / "index"
    (index / "notes").mkdir(parents=True)
    (index / "gen-5").mkdir()
    generations.discard_incomplete(index, keep=None)
    assert (index / "notes").exists() and not (index / "gen-5").exists()
    shutil.rmtree(index)
