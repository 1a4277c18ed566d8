"""How the programme's effect was isolated, as a message says it: the method's cue words
("controlegroep", "the team leads estimate", also by the name the conversation gave the
participants), else the learned model's reading of a sentence (``isolation_model``); a method
the message denies ("Een controlegroep hadden we niet", "isolatie hebben we niet gedaan") is
none.

Held-out (``benchmarks/isolation_eval.py``, 200 messages): cue words 0.510, with the model 0.880
(the model alone 0.935).
"""

from __future__ import annotations

import re

from assistant.figures.clause_model import ClauseModel
from assistant.figures.cues import Cue, find_cues
from assistant.figures.isolation_model import isolation_model
from assistant.roi import IsolationMethod
from assistant.text.language import Language
from assistant.text.money import find_money
from assistant.text.sentences import split_sentences

SURE_ISOLATION = 0.4
"""The isolation model's probability from which its method is taken (chosen on 5-fold CV over
its examples, ``benchmarks/isolation_eval.py --set train-cv``)."""
MODEL_SENTENCES = 20
"""The model reads a message's first 20 sentences (~20 ms each, new ones only): a pasted page
of text costs at most ~0.4 s, not a second per 50 sentences."""


_ABOVE = (
    r"area|regional|region|district|plant|production|operations|site|country|divisional|"
    r"division|senior"
)
_ABOVE_NL = r"regio|productie|operations|plant|fabrieks|district|area|divisie"
"""Managers above the participants' own: "the regional managers estimate", "de
regiomanagers schatten" is management's (a "filiaalmanager" may be a participant or their
own manager: not here)."""
_ABOVE_WHO = rf"(?:{_ABOVE}) managers?|(?:{_ABOVE_NL})managers?"
_MANAGERS = re.compile(
    r"(?:managers?|leidinggevenden?|teamleiders?|supervisors?|team ?leads?|team leaders?)$",
    re.IGNORECASE,
)
"""Participants who are managers themselves: their area managers are their own supervisors."""
_ABOVE_BEFORE = re.compile(rf"\b(?:{_ABOVE})\s+$", re.IGNORECASE)

_STAFF_FUNCTIONS = (
    r"quality|finance|financi\w*|hr|human|people|l&d|learning|training|opleiding\w*|data|"
    r"analytics|insights?|research|onderzoek|compliance|legal|risk|safety|veiligheid|it|kwaliteit"
)
_HEADS = (
    rf"head (?!office|count|of\b|quarters)[^\W\d_]\w*|"
    rf"heads? of (?!(?:the\s+)?(?:{_STAFF_FUNCTIONS})\b)(?:the\s+)?[^\W\d_]\w*|"
    rf"(?<!uit )(?:het|ons|onze|de|hun) hoofd (?!van\b|(?:{_STAFF_FUNCTIONS})\b)[^\W\d_]\w*|"
    rf"hoofd van (?:de|het) (?!(?:{_STAFF_FUNCTIONS})\b)[^\W\d_]\w*"
)
"""The head of the participants' own work ("our head brewer", "head of security" over the
stewards, "het hoofd baanonderhoud" over the greenkeepers): their supervisor. Not the head of a
staff function ("head of quality", "hoofd kwaliteit"), whose judgement is not a line manager's,
nor "uit het hoofd" (from memory)."""

_STAFF_MANAGERS = (
    rf"(?:{_STAFF_FUNCTIONS}|operationeel|operationele|operational)(?:s|-|\s)?managers?|"
    r"kwaliteitsmanagers?|managing (?:director|editor|partner)s?|praktijkhouders?"
)
"""A manager of a staff function ("our HR manager", "de kwaliteitsmanager", "operationeel
manager") or the practice's owners: management, not the participants' own supervisor
(whose compound names their work: "de teamleider", "the salesmanager" of the sales staff)."""

_ESTIMATORS: tuple[tuple[IsolationMethod, str], ...] = (
    (IsolationMethod.PARTICIPANT_ESTIMATE, r"(?:de|the) \w+ (?:zelf|themselves)|zelf|themselves"),
    (IsolationMethod.MANAGEMENT_ESTIMATE, r"management\w*|directie\w*|directors?|director's|"
     r"directeur\w*|\bmt\b|bestuur\w*|board|\bgm\b|general managers?|\bceo\b|\bcoo\b|"
     r"\bcfo\b|executives?|leadership team|senior leaders?|heads? of (?:ops|operations)|"
     r"eigenaars?|eigenaren|(?<!product )owners?|zaakvoerder"),
    (IsolationMethod.MANAGEMENT_ESTIMATE, _ABOVE_WHO),
    (IsolationMethod.MANAGEMENT_ESTIMATE, _STAFF_MANAGERS),
    (IsolationMethod.SUPERVISOR_ESTIMATE, r"leidinggevende\w*|teamleider\w*|\w+chefs?\b|"
     r"afdelingshoofd\w*|teamhoofd\w*|department heads?|heads? of department|"
     r"managers?|"
     r"supervisors?|team ?leads?|shift ?leads?|team leaders?|bedrijfsleider\w*|"
     r"superintendents?|captains?|kapiteins?|(?!opleid|begeleid)\w+leiders?\b|foreman|foremen|"
     r"voorman|voormannen|ploegbaas|ploegbazen|crew leads?|line leads?|"
     r"their (?:team )?leader|hun (?:team)?leider|" + _HEADS),
    (IsolationMethod.PARTICIPANT_ESTIMATE, r"deelnemers|participants|learners|cursisten"),
    (IsolationMethod.EXPERT_ESTIMATE, r"\w*deskundige\w*|\w*experts?|consultants?|auditors?|"
     r"specialists?|specialisten|\w*commissie\w*|committee|expert panel|panel of \w+|"
     r"independent \w+|onafhankelijke \w+"),
)  # fmt: skip


_ESTIMATE = re.compile(
    r"\b(?:schat\w*|geschat|ingeschat|inschatting\w*|denk\w*|verwacht\w*|estimat\w*|reckon\w*|"
    r"think|put|puts|zetten|zet|toe te schrijven|toeschrijv\w*|"
    r"thinks|believe\w*|judge\w*|say|says|zeggen|zegt|volgens|according|attribute|attributes|"
    r"asked|vroegen|gevraagd)\b",
    re.IGNORECASE,
)


_CUSTOMERS = r"(?:klanten|customers|clients|cli[eë]nten|gasten|guests)"
_CUSTOMERS_ASKED = re.compile(
    rf"\b(?:vroegen|gevraagd|asked|surveyed|polled|ondervraagd|enquêteerden)\s+(?:\w+\s+){{0,3}}?"
    rf"{_CUSTOMERS}\b|\b{_CUSTOMERS}\s+(?:\w+\s+){{0,3}}?(?:gevraagd|asked|schatten|estimat\w*|"
    r"zeggen|zeiden|said|say|attribute\w*|credited|gaven aan)\b|"
    r"\b(?:klant\w*(?:enquête|onderzoek|panel)|customer (?:survey|poll|panel)s?)\b",
    re.IGNORECASE,
)
"""Customers asked for the programme's share ("We hebben het de klanten gevraagd", "guests
credited the staff", a share from the customer survey): customer input, not the estimate of
the people they name."""


def _named_group(group: str) -> re.Pattern[str] | None:
    """The participants by their name: its last word ("associates" by "associate"), or, when
    that word also names estimators ("store managers"), the whole name (not "area managers")."""
    words = group.lower().split()
    head = words[-1].rstrip("s")
    if len(head) < 3:
        return None
    pattern = rf"\b{re.escape(head)}\w*\b"
    estimator = any(re.fullmatch(who, words[-1], re.IGNORECASE) for _, who in _ESTIMATORS)
    if estimator and len(words) > 1:
        pattern = r"\b" + r"\s+".join(map(re.escape, words[:-1])) + rf"\s+{re.escape(head)}\w*\b"
    return re.compile(pattern, re.IGNORECASE)


def _first_estimator(clause: str) -> int:
    """Where the first estimator other than the participants is named ("De teamchefs (de
    leidinggevenden van de agenten) schatten": before the agents)."""
    starts = [
        found.start()
        for method, who in _ESTIMATORS
        if method is not IsolationMethod.PARTICIPANT_ESTIMATE
        for found in [re.search(rf"\b(?:{who})\b", clause, re.IGNORECASE)]
        if found
    ]
    return min(starts, default=len(clause))


_METHODS = (
    IsolationMethod.CONTROL_GROUP,
    IsolationMethod.TREND_LINE,
    IsolationMethod.FORECASTING,
    IsolationMethod.SUPERVISOR_ESTIMATE,
    IsolationMethod.PARTICIPANT_ESTIMATE,
    IsolationMethod.CUSTOMER_INPUT,
    IsolationMethod.EXPERT_ESTIMATE,
)


_BY_OTHERS = frozenset({IsolationMethod.SUPERVISOR_ESTIMATE, IsolationMethod.MANAGEMENT_ESTIMATE})

_DENIED = re.compile(
    r"\b(?:niet|geen|no|not|didn'?t|did not|don'?t|never|nooit|without|zonder)\b", re.IGNORECASE
)


_DENIED_AFTER = re.compile(
    r"[\w-]*\s+(?:hadden|hebben|had|was|waren|is)\s+(?:we|wij|er)\s+(?:\w+\s+)?(?:niet|geen)\b",
    re.IGNORECASE,
)


_RELATIVE = re.compile(r"\b(?:that|which|who|die|dat|wie)\b", re.IGNORECASE)
_AND = re.compile(
    r"\b(?:en|and|maar|but|so|dus)\b|,\s*(?:dat|die|dit|deze|that|this|they|these|those|zij|ze)\s+"
    r"(?:was|waren|is|zijn|were|are|vormden|vormen|formed|form|served|dienden|dient)\b",
    re.IGNORECASE,
)
"""A clause joined after the negation: "hebben de training niet gehad en zijn onze
vergelijkingsgroep", "kregen de training niet, dat was onze vergelijkingsgroep" deny the
training, not the comparison group."""


def _denied(text: str, at: int) -> bool:
    """Whether the words just around ``at`` say there was none ("We didn't have a control
    group", "zonder controlegroep", "Een controlegroep hadden we niet"); not a negation
    further on ("a group that did not get the training", "regio's zonder training") or in a
    relative clause before it ("winkels die nog niet meededen (controlegroep)")."""
    start = max(max(text.rfind(mark, 0, at) for mark in ".;:!?\n") + 1, at - 30)
    before = list(_DENIED.finditer(text, start, at))
    if (
        before
        and not _RELATIVE.search(text, start, before[-1].start())
        and not _AND.search(text, before[-1].end(), at)
        and ")" not in text[before[-1].end() : at]
        and "," not in text[before[-1].end() : at]
    ):  # not "winkels die nog niet meededen (controlegroep)", "... niet gehad en zijn onze ...",
        return True  # "de nachtploeg (niet getraind) was de controlegroep", "Helemaal zeker
        # ben ik niet, de vergelijkingswinkels liggen meer in de stad"
    return bool(_DENIED_AFTER.match(text, at))


def _asked(text: str, at: int) -> bool:
    """Whether the cue at ``at`` stands in a question ("Do I need a control group for this?"):
    asked about, not used."""
    end = min((i for i in (text.find(mark, at) for mark in ".!?\n") if i >= 0), default=-1)
    return end >= 0 and text[end] == "?"


def isolation_of(
    text: str,
    group: str | None,
    model: ClauseModel[IsolationMethod] | None = None,
    language: Language = Language.NL,
) -> IsolationMethod | None:
    """The method the cue words name, else the learned model's reading of the sentence it is
    surest names a method, when it is sure enough ("the stores that did not take part", "our
    finance model predicted 410 claims without the course"). Not a method the cue words found
    denied ("Een controlegroep hadden we niet")."""
    named = isolation_named(text, group)
    if named is not None or any(_denied(text, c.start) for c in find_cues(text, "isolating")):
        return named  # "Isolatie hebben we niet gedaan": no method to look for
    model = model or isolation_model()
    denied = {method for method in _METHODS for cue in find_cues(text, method.value)}
    sentences = split_sentences(text, language)[:MODEL_SENTENCES]
    worded = [
        s for s in sentences
        if len(re.findall(r"[^\W\d_]{2,}", s)) >= 4 and not _only_costs(s)
        and not find_cues(s, "other_project")  # "... die tegelijk liep, is een ander project"
    ]  # fmt: skip
    guesses = [model.guess(sentence) for sentence in worded]  # not "ja, klopt", "yes"
    methods = [g for g in guesses if g.label not in denied | {IsolationMethod.NONE}]
    best = max(methods, key=lambda guess: guess.probability, default=None)
    return best.label if best is not None and best.probability >= SURE_ISOLATION else None


_COSTS = ("cost_verbs", "cost_nouns", "cost_labels", "cost_compounds")
_NOT_ONLY_COSTS = (
    "attribution", "decrease", "increase", "benefit_verbs", "benefit_nouns", "value_words",
    "reference_level", "anyway", "isolating", *(method.value for method in _METHODS),
)  # fmt: skip


def _only_costs(sentence: str) -> bool:
    """A sentence of costs and nothing else ("Our consultant is on a £16,000 retainer and spent
    a quarter of it designing the workshop") names no isolation method, whoever it names."""
    return bool(
        find_money(sentence)
        and find_cues(sentence, *_COSTS)
        and not find_cues(sentence, *_NOT_ONLY_COSTS)
    )


def _ours(cues: list[Cue], text: str, named: re.Pattern[str] | None, method: str) -> bool:
    """Whether an estimate by others names the participants ("the team leads estimated", when
    the team leads are the ones who took part)."""
    return (
        named is not None
        and method in _BY_OTHERS
        and all(named.search(text[cue.start : cue.end]) for cue in cues)
    )


_SITES = "|".join(
    rf"{site}s?"
    for site in (
        "depot",
        "site",
        "store",
        "branch(?:e)?",
        "team",
        "ward",
        "region",
        "plant",
        "office",
        "location",
        "unit",
        "clinic",
        "shop",
        "department",
        "group",
        "cent(?:re|er)",
        "yard",
        "hospital",
        "school",
        "hotel",
        "warehouse",
        "station",
        "shift",
    )
) + (
    r"|vestiging(?:en)?|afdeling(?:en)?|filia(?:al|len)|regio(?:'s)?|winkels?|locaties?|"
    r"fabrie(?:k|ken)|kantoo?r(?:en)?|groep(?:en)?|centrum|distributiecentrum|werf|werven|"
    r"ziekenhuis|magazijn|ploeg(?:en)?"
)
"""What a site is called: "the depot", "a comparable centre", "de vestiging", "onze werf"."""
_COMPARED_WITH_A_SITE = re.compile(
    r"\b(?:compared|comparing|compare)\s+(?:it\s+|us\s+|ourselves\s+)?(?:with|to|against)\s+"
    rf"(?:the|our|a)\s+(?:[\w-]+\s+){{0,2}}?(?:{_SITES})\b|"
    r"\b(?:vergeleken|vergelijken|vergelijk)\s+(?:het\s+|dat\s+)?met\s+(?:de|het|onze|ons|een)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_SITES})\b",
    re.IGNORECASE,
)
"""A comparison with a site named by what it is: "We compared with the Westside branch"."""
_NOT_GIVEN_THERE = re.compile(
    r"\b(?:no|without|zonder|geen)\s+(?:the\s+|de\s+)?(?:coaching|training|course|programme|"
    r"program|workshops?|sessions?|cursus|opleiding|programma)\b|"
    r"\b(?:niet|not|didn['’]t|did not|never)\b",
    re.IGNORECASE,
)
"""That the site compared with did not have the programme: "- 28 aides, no coaching"."""


_UNTRAINED_SITE = re.compile(
    rf"\b(?:at|in|bij|op|for|voor)\s+(?:the|de|het|a|an|een|our|onze|ons|that|die|dat)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_SITES})\s*,?\s+(?:without|zonder|that did not|that didn't|"
    r"which did not|which didn't|where no(?:body| one)?|where none|die niet|dat niet|die geen|"
    r"dat geen|waar niemand|waar geen|waar niet)\b",
    re.IGNORECASE,
)
"""A site the programme was not given at, where the KPI was also measured ("while at the depot
without the course it fell by 2%", "in de vestiging zonder training daalde het 1%"): a
comparison group."""


def untrained_site(text: str) -> bool:
    """Whether ``text`` names a site without the programme as where a KPI was measured."""
    return bool(_UNTRAINED_SITE.search(text))


def isolation_named(text: str, group: str | None) -> IsolationMethod | None:
    """The method named ("controlegroep", "trend line"), or whose estimate it is: the managers,
    the participants themselves (also by the name the conversation gave them), an expert."""
    named = _named_group(group) if group else None
    above = not (group and _MANAGERS.search(group.strip()))
    for method in _METHODS:
        cues = [c for c in find_cues(text, method.value) if not _asked(text, c.start)]
        live = [
            cue for cue in cues
            if not _denied(text, cue.start)
            and not (method is IsolationMethod.SUPERVISOR_ESTIMATE and above
                     and _ABOVE_BEFORE.search(text, max(0, cue.start - 20), cue.start))
        ]  # fmt: skip
        if live and _ours(live, text, named, method):
            return IsolationMethod.PARTICIPANT_ESTIMATE
        if live:  # not "We didn't have a control group", "Do I need a control group?"
            return method
    if untrained_site(text):
        return IsolationMethod.CONTROL_GROUP  # "at the depot without the course it fell by 2%"
    compared = _COMPARED_WITH_A_SITE.search(text)
    if compared and _NOT_GIVEN_THERE.search(text, compared.end(), compared.end() + 80):
        return IsolationMethod.CONTROL_GROUP  # "We compared with the Westside branch - 28
    if not _A_SHARE.search(text):
        return None  # "The nurses also say they feel more confident": no share estimated
    said = 0  # aides, no coaching"
    for clause in re.split(r"[.;!?\n]", text):
        start, before, said = said, text[:said], said + len(clause) + 1
        clause = _NOT_THEM.sub(" ", clause)  # "The 5 team leaders (not participants themselves)"
        if not (_ESTIMATE.search(clause) or _ITS_SHARE.match(clause)) or _left_out(text, start):
            continue
        whose = _estimator(clause, named, above=above)
        if whose is None and _PRONOUN.match(clause):
            whose = _last_named(before, named)  # "... each Scrum Master saves. They estimate"
        if whose is not None:
            return whose
    return None


_ITS_SHARE = re.compile(
    r"\s*[^\W\d_][\w' -]{1,30}:\s*(?:ongeveer\s+|about\s+|~)?\d+(?:[.,]\d+)?\s?(?:%|procent)"
)
"""A share under the name of who gave it ("directie: 45% daarvan door de training")."""


def _left_out(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` leaves what it says out ("The nurses also say they
    feel more confident ...; nice, but please don't put a pound figure on it")."""
    start = max(text.rfind(mark, 0, at) for mark in ".!?\n") + 1
    ends = [i for i in (text.find(mark, at) for mark in ".!?\n") if i >= 0]
    sentence = text[start : min(ends, default=len(text))]
    return bool(find_cues(sentence, "left_out"))


_A_SHARE = re.compile(
    r"\d|\b(?:half|helft|third|derde|quarter|kwart|most|meeste|all|alles|geheel|helemaal)\b",
    re.IGNORECASE,
)
"""An estimate says how much: a number, or a share in words ("de helft", "most of it")."""


def _estimator(
    clause: str, named: re.Pattern[str] | None, *, above: bool = True
) -> IsolationMethod | None:
    """Whose estimate a clause with an estimating verb names; regional, area or production
    managers are management ``above`` the participants, else (the participants manage stores
    themselves) their supervisors."""
    if _CUSTOMERS_ASKED.search(clause):
        return IsolationMethod.CUSTOMER_INPUT  # "We hebben het de klanten gevraagd"
    ours = named.search(clause) if named else None
    if ours and ours.start() <= _first_estimator(clause):
        return IsolationMethod.PARTICIPANT_ESTIMATE  # "each associate reckons"
    for method, who in _ESTIMATORS:
        if re.search(rf"\b(?:{who})\b", clause, re.IGNORECASE):
            if who is _ABOVE_WHO and not above:
                return IsolationMethod.SUPERVISOR_ESTIMATE  # the store managers' area managers
            return method
    return None


def _last_named(before: str, named: re.Pattern[str] | None) -> IsolationMethod | None:
    """The estimator a pronoun points back at: the people named last before it, the
    participants by their name or their role word, or an estimator."""
    found = [
        (m.end(), method)
        for method, who in (*_ESTIMATORS[1:], (IsolationMethod.PARTICIPANT_ESTIMATE, _OURS))
        for m in re.finditer(rf"\b(?:{who})\b", before, re.IGNORECASE)
    ]
    if named is not None:
        found += [(m.end(), IsolationMethod.PARTICIPANT_ESTIMATE) for m in named.finditer(before)]
    return max(found, key=lambda f: f[0])[1] if found else None


_OURS = r"deelnemers?|participants?|learners?|cursisten|cursist"

_PRONOUN = re.compile(r"\s*(?:and\s+|en\s+)?(?:they|ze|zij|she|he|hij)\b", re.IGNORECASE)
"""An estimating clause whose subject is a pronoun ("They estimate 70% is due to the
programme", "Ze schatten dat"): the estimate of whom it points back at."""

_NOT_THEM = re.compile(
    r"\([^)]*\b(?:not|niet|geen|no)\b[^)]*\)|\bwho (?:are|were)n'?t\b[^,]*", re.IGNORECASE
)
"""A remark that the estimators are not someone ("the 5 team leaders (not participants
themselves) reckon 40%"): not an estimate by those."""
