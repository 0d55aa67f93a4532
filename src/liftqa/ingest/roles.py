"""What each sentence of an article is doing: its role, read from the text's own structure
and wording (no models), stored with each sentence unit at ingest.

Roles (`ROLES`): a finding (a result: numbers, an effect, a study or a citation), a
recommendation, a caution, a mechanism, a definition, a story (a case story or a personal
quote), rhetoric (a transition, an exhortation, a flourish), a lead-in (a line ending in ":"
that introduces a list), a heading, a reference entry, boilerplate (legal notes, "co-created
with AI", an author's bio, photo captions, "related articles", bylines), or a plain
statement. A sentence may do several things: `roles` gives all of them, best first; the
first is its `role`.

Back matter: everything after an article's reference list (numbered or not) is boilerplate,
and so is every section whose heading says it is (About the Author, Disclaimer, Related …).
Reference entries and boilerplate are never quoted as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal, get_args

from liftqa.types import Article, Sentence

Role = Literal[
    "finding",
    "claim",
    "recommendation",
    "caution",
    "mechanism",
    "definition",
    "story",
    "rhetoric",
    "lead_in",
    "heading",
    "reference",
    "boilerplate",
    "statement",
]
ROLES: tuple[Role, ...] = get_args(Role)
# Part of every file's fingerprint and unit id: change it whenever roles are read differently,
# and the next ingest (or the app's staleness check) re-reads every article.
ROLES_VERSION = "6"  # 6: a lead-in's items are cautions or findings when it is one
NEVER_EVIDENCE: frozenset[str] = frozenset({"reference", "boilerplate", "heading"})

_I = re.IGNORECASE

# --- sections ------------------------------------------------------------------------------

_BOILERPLATE_HEADING_RE = re.compile(
    r"\b(?:about\s+the\s+authors?|author\s+bio|disclaimer|disclosure|related\s+articles?"
    r"|article\s+recommendations|recommended\s+(?:reading|articles|links)|further\s+reading"
    r"|image\s+credits?|photo\s+credits?|written\s+by|current\s+version|history|leave\s+a"
    r"\s+comment|comments|share\s+this|subscribe|newsletter|external\s+resources)\b",
    _I,
)
_STORY_HEADING_RE = re.compile(r"\bcase\s+stud(?:y|ies)\b|\bstor(?:y|ies)\b|\btestimonial", _I)
_CLOSING_HEADING_RE = re.compile(
    r"\b(?:conclusions?|bottom\s+line|call\s+to\s+action|final\s+(?:thoughts|words)"
    r"|path\s+forward|wrap[-\s]?up|in\s+summary)\b",
    _I,
)

# --- sentences -----------------------------------------------------------------------------

_BOILERPLATE_RE = re.compile(
    r"co-?created\s+with|written\s+with\s+(?:the\s+)?(?:help|assistance)\s+of|generated\s+"
    r"(?:with|by)\s+(?:the\s+help\s+of\s+)?AI\b|\bwith\s+the\s+help\s+of\s+AI\b"
    r"|\bimage\s+credit|\bphoto\s+(?:of|by|credit)|\bread\s+more\s+about\b|\bclick(?:ing)?\s+"
    r"here\b|\bemail\s+address\s+will\s+not\b|\brequired\s+fields\b|\bmin\s+read\b"
    r"|\bfor\s+informational\s+purposes\s+only\b|\bnot\s+intended\s+to\s+be\s+a\s+substitute"
    r"\s+for\s+professional|\bnever\s+disregard\s+professional\b|\ball\s+rights\s+reserved\b"
    r"|\bplaceholder\b|\bsubscribe\b|\bcopyright\b|©",
    _I,
)
_BIO_RE = re.compile(
    r"\b(?:is|was)\s+an?\s+(?:certified|experienced|board-certified|registered|licensed"
    r"|freelance|award-winning|practicing|practising)\b|\bwith\s+over\s+\w+\s+(?:years|decades)"
    r"\s+of\s+(?:practice|experience|training)|\bspeciali[sz](?:es|ing)\s+in\b",
    _I,
)
_REFERENCE_RE = re.compile(
    r"^(?:\d{1,3}\.\s*)?[A-Z][A-Za-zÀ-ÿ'’\-]+,\s(?:[A-Z]\.\s?){1,3}.*\((?:19|20)\d{2}[a-z]?\)"
    r"|^(?:\d{1,3}\.\s*)?[A-Z][A-Za-z .&]+\.\s(?:19|20)\d{2}\s?;\s?\d+\s?\(\d+\)"
    r"|\bdoi\.org/|\bRetrieved\s+from\b",
)
_CITATION_RE = re.compile(r"\([A-Z][^()]{1,80}\b(?:19|20)\d{2}[a-z]?\)|\bet\s+al\b")
_FINDING_RE = re.compile(
    r"\bmeta-?analys[ie]s\b|\brandomi[sz]ed\b|\bRCTs?\b|\btrials?\b|\bstud(?:y|ies)\b"
    r"|\bresearch(?:ers)?\b|\breview(?:ed)?\b|\bevidence\b|\beffect\s+sizes?\b|\bSMD\b"
    r"|\bsignificant(?:ly)?\b|\bparticipants\b|\bfound\b|\bshow(?:s|ed|n)?\b|\breported\b"
    r"|\bdocumented\b|\bdemonstrat\w+\b|\bassociat(?:ed|ion)\b|\bconclud\w+\b|\bimprov\w+"
    r"|\breduc\w+|\bbenefit\w*|\beffective\b|\befficacy\b|\bcomparable\b|\bmoderate\b",
    _I,
)
_STRONG_FINDING_RE = re.compile(
    r"\bmeta-?analys[ie]s\b|\brandomi[sz]ed\b|\bRCTs?\b|\btrials?\b|\bstud(?:y|ies)\b"
    r"|\bresearch(?:ers)?\s+\w*\s*(?:found|show|documented|report)|\beffect\s+sizes?\b|\bSMD\b"
    r"|\bparticipants\b|\bevidence\b|\bsignificant(?:ly)?\b|\bfindings?\b|\breview\b",
    _I,
)
_STUDY_RE = re.compile(
    r"\bmeta-?analys[ie]s\b|\brandomi[sz]ed\b|\bRCTs?\b|\btrials?\b|\bsystematic\s+reviews?\b"
    r"|\b(?:study|studies|review)\s+(?:found|showed|shows|reported|revealed|concluded)\b"
    r"|\beffect\s+sizes?\b|\bSMD\b|\b\d[\d,]*\s+(?:studies|participants|patients|trials)\b"
    r"|\bresearchers\s+(?:found|documented|reviewed|reported)\b",
    _I,
)
_NUMBER_RE = re.compile(
    r"(?<![A-Za-z])\d+(?:[.,]\d+)?\s*(?:%|percent)|\b\d+\s+(?:out\s+of|of)\s+\d+"
)
_RECOMMEND_RE = re.compile(
    r"^(?:start|begin|focus|use|try|consider|track|combine|pair|aim|choose|perform|hold"
    r"|prioriti[sz]e|schedule|seek|be|set|work|accept|research|monitor|integrate|develop"
    r"|educate|adapt|include|keep|take|pick|hire|write)\b|\bshould\b|\brecommend\w*\b"
    r"|\bguidelines?\b|\b\d+\s*[-–]\s*\d+\s*(?:sets|reps|repetitions|sessions|times|x)\b"
    r"|\b\d+\s*(?:x|times|sessions|days)\s+(?:per|a)\s+week\b|\bper\s+week\b|\bper\s+set\b"
    r"|\bsets?\s+of\b|\brepetitions?\b|\bstrategy\b|\bis\s+best\b",
    _I,
)
_CAUTION_RE = re.compile(
    r"\bconsult\w*\b|\bphysician\b|\bdoctor\b|\bclinician'?s?\s+clearance|\bclearance\b"
    r"|\bavoid\w*\b|\bcaution\w*\b|(?<!lower\s)(?<!reduced\s)(?<!reduces\s)\brisks?\b|\binjur\w+\b|\bcontraindicat\w+\b|\bnot\s+a\s+"
    r"(?:substitute|replacement|cure)\b|\bnot\s+(?:replace|a\s+universal)\b|\bshould\s+not\b"
    r"|\brather\s+than\s+(?:a\s+)?(?:replacement|replace|substitute)|\bnot\s+to\s+(?:discard|forego)\b"
    r"|\bdo\s+not\b|\bdon'?t\b|\bnever\b|\bdiscontinue\b|\bseek\s+(?:medical|guidance|advice)"
    r"|\bwarn\w*\b|\bcareful\w*\b|\bsupervision\s+of\b|\bunder\s+the\s+guidance\b|\bprudent\b"
    r"|\bexacerbat\w+\b|\bcounterproductive\b|\btrigger\b|\bdanger\w*\b|\bharm\w*\b|\bspike\b"
    r"|\bnon-negotiable\b|\bcompulsive\b|\blimitations?\b|\buncontrolled\b|\bprecaution\w*\b",
    _I,
)
_MECHANISM_RE = re.compile(
    r"\bBDNF\b|\bneurotrophic\b|\bneurotransmitters?\b|\bserotonin\b|\bdopamine\b"
    r"|\bnorepinephrine\b|\bcortisol\b|\binflammat\w+\b|\bcytokines?\b|\bmyokines?\b"
    r"|\bneuroplasticity\b|\bneurogenesis\b|\bHPA\b|\bIGF-1\b|\bendorphins?\b|\bhippocamp\w*"
    r"|\bamygdala\b|\bmechanisms?\b|\bpathways?\b|\bbrain\b|\bneur\w+\b|\bhormon\w+\b"
    r"|\btestosterone\b|\bnervous\s+system\b|\bself-efficacy\b|\bmastery\b|\bbehavioral\s+"
    r"activation\b|\bbehavioural\s+activation\b|\bblood\s+flow\b|\bstress\s+(?:response|"
    r"systems?|tolerance)\b|\bworks?\s+(?:through|by)\b|\bby\s+(?:providing|repeatedly)\b",
    _I,
)
_DEFINITION_RE = re.compile(
    r"^[A-Z][\w\s\-()’'/]{2,80}?(?:,\s[^,]{3,60},)?\s(?:is|are|refers\s+to|means)\s+(?:a|an|the|"
    r"defined|often\s+called)\b|\balso\s+known\s+as\b|\bis\s+(?:often\s+)?called\b"
    r"|\b(?:a|the)\s+concept\s+called\b|—\s*the\s+\w+(?:'s|’s)\s+(?:ability|capacity)\b"
    r"|\(the\s+\w+(?:'s|’s)\s+(?:ability|capacity)\b|^\w[\w\s\-]{0,40}\s[-–]\s+the\s+\w+(?:'s|’s)"
    r"\s+(?:ability|capacity)\b",
)
_SPEECH_RE = re.compile(
    r"[”\"],?\s+(?:he|she|they|[A-Z][a-z]+)\s+(?:said|says|explained|shared|recalls|added|"
    r"told|notes|admits)\b|\b(?:he|she)\s+(?:says|said|explained|shared)\b",
)
_PERSON_INTRO_RE = re.compile(r"^(?P<name>[A-Z][a-z]{2,}),\s+(?:a|an|\d{1,2})\b")
_PERSON_HEADING_RE = re.compile(r"^(?:case\s+study:\s*)?(?P<name>[A-Z][a-z]{2,})\s+[–—-]\s+\S", _I)
_QUOTED_RE = re.compile(r"^[“\"]|[”\"]$")
_RHETORIC_RE = re.compile(
    r"^(?:why\??|because|so|and|but|yet|now|here'?s|here\s+is|that'?s|this\s+guide"
    r"|in\s+a\s+world|imagine|discover\s+how|learn\s+about|remember|take\s+the\s+first\s+step|until\s+then"
    r"|the\s+result|despite\s+its\s+benefits|these\s+challenges|before\s+diving)\b"
    r"|\bone\s+(?:rep|lift|breath|step)\s+at\s+a\s+time\b|\bjourney\b|\bpath\s+forward\b"
    r"|\bwill\s+have\s+to\s+suffice\b|\bgood\s+enough\b|\bit'?s\s+worth\s+understanding\b"
    r"|\bwe\s+(?:uncover|explore|face)\b|\blet'?s\b|\bpriceless\b|\bmetaphor\w*\b"
    r"|\bradical\b|\bdeclaration\b|\bsanctuary\b|\bbattlefield\b|\bvirtuous\s+cycle\b",
    _I,
)
_CONTENT_WORD_RE = re.compile(r"[A-Za-z][A-Za-z\-]{3,}")


@dataclass(frozen=True)
class SentenceRole:
    role: Role
    roles: tuple[Role, ...]
    item: bool  # a list item (a bulleted line, or a short line under a lead-in)
    evidence: int = 0  # 2: a study, trial, effect size or citation; 1: a result; 0: none

    @property
    def joined(self) -> str:
        return ",".join(self.roles)


def is_reference_like(text: str) -> bool:
    """A bibliographic entry as written ("Gordon, B. R., … (2018). …", "JAMA. 2018;75(6)")."""
    return _REFERENCE_RE.search(text.strip()) is not None


def is_boilerplate(text: str) -> bool:
    """Legal notes, "co-created with AI", credits, bylines, author bios."""
    return _BOILERPLATE_RE.search(text) is not None or _BIO_RE.search(text) is not None


def article_roles(article: Article) -> dict[int, SentenceRole]:
    """Each sentence's role, by its start offset."""
    body = article.body
    back_matter = _back_matter_start(article)
    story_names: set[str] = set()
    for section in article.sections:
        m = _PERSON_HEADING_RE.match(section.title or "")
        if m:
            story_names.add(m.group("name"))
    out: dict[int, SentenceRole] = {}
    lead: SentenceRole | None = None  # the lead-in of the list being read
    for sentence in article.sentences:
        line_start = body.rfind("\n", 0, sentence.start) + 1
        line_end = body.find("\n", sentence.end)
        line = body[line_start : len(body) if line_end < 0 else line_end]
        found = classify(
            sentence,
            line,
            in_back_matter=sentence.start >= back_matter,
            in_intro=_in_opening(article, sentence),
            in_reference=any(r.start <= sentence.start < r.end for r in article.references),
            byline=_is_byline(article, sentence),
            story_names=story_names,
        )
        if found.role == "story":
            m = _PERSON_INTRO_RE.match(sentence.text.strip())
            if m:
                story_names.add(m.group("name"))
        if found.item and lead is not None:
            found = _as_item_of(found, lead)
        elif not found.item:
            lead = found if found.role == "lead_in" else None
        out[sentence.start] = found
    return out


_INHERITED: tuple[Role, ...] = ("caution", "finding")  # what a lead-in passes on to its items


def _as_item_of(item: SentenceRole, lead: SentenceRole) -> SentenceRole:
    """A list item under a lead-in that cautions ("Discontinue exercise … if you
    experience:") is a caution too: "Dizziness, lightheadedness, or fainting." says nothing
    of itself; under a lead-in that reports a finding ("This combined approach showed
    particularly significant effects for:") it is part of the finding. Reference entries
    and boilerplate stay what they are."""
    if item.role in NEVER_EVIDENCE:
        return item
    extra = [r for r in _INHERITED if r in lead.roles and r not in item.roles]
    if not extra:
        return item
    own = [r for r in item.roles if r != "statement"]
    roles = (*own, *extra) if own else tuple(extra)
    return replace(item, role=roles[0], roles=roles)


def classify(
    sentence: Sentence,
    line: str,
    *,
    in_back_matter: bool = False,
    in_intro: bool = False,
    in_reference: bool = False,
    byline: bool = False,
    story_names: Sequence[str] | set[str] = (),
) -> SentenceRole:
    """One sentence's roles, from its text, its line and its section."""
    text = sentence.text.strip()
    section = sentence.section or ""
    stripped_line = line.strip()
    item = _is_item(line, text)
    roles: list[Role] = []
    if in_back_matter or byline or _BOILERPLATE_HEADING_RE.search(section) or is_boilerplate(text):
        return SentenceRole("boilerplate", ("boilerplate",), item)
    if in_reference or is_reference_like(text):
        return SentenceRole("reference", ("reference",), item)
    if stripped_line.endswith(":") and stripped_line.endswith(text) and len(text) < 200:
        roles.append("lead_in")
    story = (
        _STORY_HEADING_RE.search(section) is not None
        or _SPEECH_RE.search(text) is not None
        or _QUOTED_RE.match(text) is not None
        or (_PERSON_INTRO_RE.match(text) is not None and not _STRONG_FINDING_RE.search(text))
        or any(re.search(rf"\b{re.escape(n)}\b", text) for n in story_names)
    )
    if story:
        roles.append("story")
    words = len(_CONTENT_WORD_RE.findall(text))
    cited = _CITATION_RE.search(text) is not None or re.search(r"[a-z%)]\.\d{1,2}$", text)
    strong = _STRONG_FINDING_RE.search(text) is not None or _NUMBER_RE.search(text) is not None
    framing = in_intro and not cited and _NUMBER_RE.search(text) is None
    if (cited or strong) and not story and not framing:  # an opening frames, it reports not
        roles.append("finding")
    if _CAUTION_RE.search(text):
        roles.append("caution")
    if _RECOMMEND_RE.search(text) and not story:
        roles.append("recommendation")
    if _MECHANISM_RE.search(text):
        roles.append("mechanism")
    if _DEFINITION_RE.search(text):
        roles.append("definition")
    if not story and "finding" not in roles and _FINDING_RE.search(text) and words >= 6:
        roles.append("claim")  # says it helps, without a study, a number or a citation
    rhetorical = _RHETORIC_RE.search(text) is not None or (words < 6 and not item)
    closing = _CLOSING_HEADING_RE.search(section) is not None or in_intro
    if rhetorical and not (cited or _NUMBER_RE.search(text)):
        roles.insert(0, "rhetoric")
    elif closing and not (cited or strong) and not roles:
        roles.append("rhetoric")
    if "lead_in" in roles:  # a lead-in is first of all a lead-in
        roles.remove("lead_in")
        roles.insert(0, "lead_in")
    if "story" in roles:
        roles.remove("story")
        roles.insert(0, "story")
    if not roles:
        roles.append("statement")
    evidence = 2 if cited or _STUDY_RE.search(text) else 1 if strong else 0
    return SentenceRole(roles[0], tuple(dict.fromkeys(roles)), item, 0 if story else evidence)


def _is_item(line: str, text: str) -> bool:
    stripped = line.strip()
    return bool(re.match(r"^[ \t]*(?:[•·▪‣◦*\-–]|\d{1,2}[.)])[ \t]+", line)) or (
        stripped == text and not stripped.endswith((".", "?", "!", ":", "”", '"'))
    )


def _in_opening(article: Article, sentence: Sentence) -> bool:
    """Before the first heading, or under the article's own title line."""
    if sentence.section is None:
        return True
    key = re.sub(r"\W+", " ", sentence.section).strip().lower()
    return key == re.sub(r"\W+", " ", article.title).strip().lower()


def _is_byline(article: Article, sentence: Sentence) -> bool:
    """The masthead, the title line and the author/date line before the first paragraph."""
    text = sentence.text.strip()
    first_para = next(
        (s.start for s in article.sentences if len(s.text.split()) >= 12), len(article.body)
    )
    if sentence.start >= first_para:
        return False
    line_start = article.body.rfind("\n", 0, sentence.start) + 1
    line_end = article.body.find("\n", sentence.start)
    whole_line = article.body[line_start : len(article.body) if line_end < 0 else line_end].strip()
    return text.strip('"”') == article.title.strip('"”') or (
        whole_line == text and len(text.split()) < 12 and not text.endswith((".", "!", "?"))
    )


def _back_matter_start(article: Article) -> int:
    """Past the reference list: what follows the last entry is back matter (bio, notes,
    credits, comments), whether the list is numbered or under a heading."""
    if not article.references:
        return len(article.body) + 1
    return max(r.end for r in article.references)
