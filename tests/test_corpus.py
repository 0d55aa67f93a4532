"""The shipped corpus: headers added, article text byte-for-byte as given."""

from __future__ import annotations

import hashlib

import pytest
import yaml

from conftest import CORPUS, SHARED
from liftqa.ingest.corpus import parse_file
from liftqa.ingest.parse import split_front_matter

# sha256 of each article body as published in shared/corpus-source.
SOURCE_SHA256 = {
    "000_f19f100c25854bc2.txt": "1d1d8c3d624e9acdd30e51a489e8095685e903dcb3f8ee8dc5b4112b92d1bcb8",
    "001_334da2ba96c80d15.txt": "88ade4684f7f4668068bb469b8e7568efafa2b736b4d1de9700e7a98a68bb767",
    "002_428279fa45e4704e.txt": "a82f774afda9cf2470c072eeb46cb4a631988101480f766645c82ea920c81d66",
    "003_ecb8ebe718b6a058.txt": "a19bf50531b3f7157b41f58691af0cd2930ed90539f38dbff82b723e6efde9d6",
    "004_08e51c93ec6cb736.txt": "5f6ad969f5f97fecfe181f3040f1243f8a89175e40c75ed39f48dd4301e77493",
}


def _body_bytes(name: str) -> bytes:
    _header, body = split_front_matter((CORPUS / name).read_text(encoding="utf-8"), name)
    return body.encode("utf-8")


@pytest.mark.parametrize("name", sorted(SOURCE_SHA256))
def test_body_is_byte_for_byte_the_source(name: str) -> None:
    assert hashlib.sha256(_body_bytes(name)).hexdigest() == SOURCE_SHA256[name]


@pytest.mark.skipif(not (SHARED / "corpus-source").is_dir(), reason="no shared/ beside the clone")
@pytest.mark.parametrize("name", sorted(SOURCE_SHA256))
def test_body_equals_shared_source_file(name: str) -> None:
    assert _body_bytes(name) == (SHARED / "corpus-source" / name).read_bytes()


@pytest.mark.parametrize("name", sorted(SOURCE_SHA256))
def test_header_has_the_required_fields(name: str) -> None:
    text = (CORPUS / name).read_text(encoding="utf-8")
    header = yaml.safe_load(text.split("---\n")[1])
    assert {"id", "title", "author", "date", "notes"} <= set(header)
    assert header["title"] and header["notes"]


def test_untitled_article_gets_descriptive_title_and_unknown_author() -> None:
    article = parse_file(CORPUS / "003_ecb8ebe718b6a058.txt")
    assert article.author == "unknown"
    assert "untitled" in article.title.lower()
    assert not article.body.startswith(article.title)


def test_ai_cocreated_article_says_so_in_its_notes() -> None:
    article = parse_file(CORPUS / "000_f19f100c25854bc2.txt")
    assert any("AI" in note for note in article.notes)
    assert article.body.rstrip().endswith("co-created with the help of AI.")


def test_article_ids_are_unique() -> None:
    ids = [parse_file(p).id for p in sorted(CORPUS.glob("*.txt"))]
    assert len(ids) == len(set(ids)) == 5
