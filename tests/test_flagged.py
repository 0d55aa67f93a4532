"""A claim whose citation the references checks flag ("check this citation": the cited work
is not about resistance training, or a figure rests on a mechanism paper) ranks lower, so it
does not lead an answer — unless the question asks about that very claim."""

from __future__ import annotations

import numpy as np

from liftqa.answer.compose import _flagged, _flagged_unless_asked
from liftqa.app.service import Service
from liftqa.index.retrieve import SearchIndex
from liftqa.references.bibliography import Bibliography

MITCHELL = "(Mitchell et al., 2021) found that combining lifting with therapy"


def _index_and_bibliography(service: Service) -> tuple[SearchIndex, Bibliography]:
    return service.snapshot().search.index, service.library().bibliography


def _row(service: Service, fragment: str) -> int:
    index, _ = _index_and_bibliography(service)
    return next(i for i, u in enumerate(index.sentences) if fragment in u.text)


def test_a_claim_resting_on_a_mechanism_paper_is_flagged(fake_service: Service) -> None:
    index, bibliography = _index_and_bibliography(fake_service)
    assert _flagged(index, bibliography)[_row(fake_service, MITCHELL)]


def test_an_ordinary_finding_is_not_flagged(fake_service: Service) -> None:
    index, bibliography = _index_and_bibliography(fake_service)
    flagged = _flagged(index, bibliography)
    assert not flagged[_row(fake_service, "Large meta-analyses of randomized controlled trials")]
    assert 0 < int(np.sum(flagged)) < 10


def test_a_question_about_the_figure_itself_is_not_discounted(fake_service: Service) -> None:
    index, bibliography = _index_and_bibliography(fake_service)
    asked = _flagged_unless_asked("Where does the 55% figure come from?", index, bibliography)
    assert not asked[_row(fake_service, MITCHELL)]


def test_a_question_naming_the_source_is_not_discounted(fake_service: Service) -> None:
    index, bibliography = _index_and_bibliography(fake_service)
    asked = _flagged_unless_asked("What did Mitchell find about therapy?", index, bibliography)
    assert not asked[_row(fake_service, MITCHELL)]


def test_a_patient_question_does_not_lead_with_a_flagged_claim(fake_service: Service) -> None:
    answer = fake_service.ask("does lifting together with therapy reduce depressive symptoms?")
    assert answer.quotes and MITCHELL not in sorted(answer.quotes, key=lambda q: q.n)[0].text
