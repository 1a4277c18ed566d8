"""Who took part, as advisors write it.

People counted who are not participants are left out: trainers and hired help, a comparison
group, "their teams", the organisation's own size, a count that changed ("11 fewer leavers").
The rest are counted as written: "4 teams van 7 adviseurs", "three shifts, 14 pickers per
shift", "Ward A had 22, Ward B 19 and Ward C 24", "120 ... minus the 8 agency temps", "31
medewerkers, maar 4 waren met verlof, dus 27". Only a sentence that says who took part is
composed, and only with the arithmetic it states (groups x their size, a list of group sizes, a
named exception); a total the writer gives wins. The numbers are read by
``assistant.text.numbers`` (words too: "Three shifts", "twee teams").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from assistant.figures.amounts import FACULTY, a_part_each, each_of_a_group, names_a, same_group
from assistant.figures.clauses import Message
from assistant.figures.cues import distance, find_cues
from assistant.figures.products import LOST_BEFORE, SO_THAT_IS, count_moves
from assistant.text.dates import is_month_name
from assistant.text.language import Language
from assistant.text.money import find_money
from assistant.text.numbers import DIGITS, DIGITS_OR_WORD, FoundNumber, find_numbers, parse_number
from assistant.text.people import PeopleCount, find_people, is_people, is_person

_TAKE_PART = re.compile(
    r"\b(?:took part|take part|taking part|"
    r"(?:went|go) through(?!\s+(?:\w+\s+){0,3}(?:records|data|figures|numbers|files|books|logs|"
    r"reports|accounts|results|notes|minutes)\b)|attended|attend|attends|"
    r"did it|did the|"
    r"participants?|participated|trained|in scope|completed|deelnemers?|deden mee|deed mee|"
    r"doen mee|meegedaan|gevolgd|volgden|volgde|doorlopen|doorliepen|deelgenomen|namen deel|"
    r"neemt deel|sent|stuurde|stuurden|vaardigden af|getraind|opgeleid|ging om|gaat om|"
    r"joined|doelgroep|aangemeld|ingeschreven|registered|signed up|enrolled)\b|"
    r"\b(?:deden|deed|doen|doet)\b[^.;!?]{0,60}\bmee\b",
    re.IGNORECASE,
)
GROUP_UNITS = (
    r"(?:teams?|[a-z]+teams?|departments?|shifts?|ploegen|ploeg|diensten|dienst|squads?|pods?|cells?|platoons?|filialen|filiaal|vestigingen|"
    r"vestiging|sites?|campuses|campus|wards?|afdelingen|afdeling|restaurants?|stores?|winkels?|"
    r"hotels?|cohorts?|groepen|groep|groups?|lines?|lijnen|lijn|klassen|klas|classes|class|locaties|"
    r"locatie|locations?|depots?|branches|branch|regio'?s|regions?|units?|desks?|scholen|schools?|"
    r"warehouses?|magazijnen|magazijn|plants?|factories|factory|fabrieken|fabriek|offices?|"
    r"kantoren|kantoor|clinics?|[a-z]*klinieken|[a-z]*kliniek|practices?|[a-z]*praktijken|"
    r"[a-z]*praktijk|pharmacies|"
    r"apotheken|apotheek|kitchens?|keukens|keuken|crews?|dealerships?|garages?|showrooms?)"
)
_GROUPS_OF = re.compile(
    rf"^\s+(?:[\w-]+\s+)?{GROUP_UNITS}(?:\s+[\w-]+){{0,2}}\s*(?:(?:van|of|met|with)\s+(?:elk\s+|each\s+)?|"
    r"(?P<comma>,)\s*)$",
    re.IGNORECASE,
)
"""Between a number of groups and their size: "4 teams van [7]", "5 squads, [6] engineers each"
(after a comma only when "each" follows the size)."""
_ACROSS = re.compile(
    r"\b(?:across|from|over|in|at|uit|bij|op|verdeeld over|spread over|spread across)\s+"
    r"(?:(?:our|onze|the|de|all|alle)\s+)?$",
    re.IGNORECASE,
)
_A_GROUP_UNIT = re.compile(rf"(?:[\w-]+\s+)?{GROUP_UNITS}", re.IGNORECASE)


def _where_they_work(text: str, people: PeopleCount) -> bool:
    """ "16 service advisors across 5 dealerships": the places the people said before it work
    at, no count of people."""
    return bool(
        _A_GROUP_UNIT.fullmatch(people.group)
        and _ACROSS.search(text, max(0, people.start - 30), people.start)
        and find_people(text[max(0, people.start - 80) : people.start])
    )


_EACH_AFTER = re.compile(r"^\s+(?:[\w-]+\s+)?(?:each|elk|ieder)\b", re.IGNORECASE)
_PER_GROUP = re.compile(
    rf"^\s+(?:[\w-]+\s+)?(?:per|a|each|elk|in elke?|in each)\s+(?P<unit>{GROUP_UNITS})\b", re.I
)
"""After a group's size: "14 pickers per shift", "12 per filiaal"."""
_GROUPS = re.compile(
    rf"^\s+(?:(?!(?:and|en|in|at|of|van|bij|op|per)\b)[\w-]+\s+)?(?P<unit>{GROUP_UNITS})\b",
    re.IGNORECASE,
)
"""After a number of groups: "3 campuses", "three Amsterdam hotels" (not "19 and Ward C")."""


def unit_counts(text: str, language: Language) -> dict[str, int]:
    """The sites, teams, stores and the like ``text`` counts ("5 sites across QLD", "4
    vestigingen"), by the unit as written; the last count of a unit wins."""
    counts: dict[str, int] = {}
    for number in find_numbers(text, language=language):
        unit = _GROUPS.match(text[number.end :])
        whole = number.value == int(number.value) and 0 < number.value < 1000
        if unit is not None and whole and not _PER_BEFORE.search(text, 0, number.start):
            counts[unit["unit"].lower()] = int(number.value)
    return counts


_PER_BEFORE = re.compile(
    r"\b(?:per|each|elke?|iedere?|the|de|die|deze|those|these|both|beide)\s*$", re.IGNORECASE
)
"""Not a count of units: "14 per site", or "the two remote sites" (some of those counted)."""


def counted(unit: str, units: Mapping[str, int]) -> tuple[int, str] | None:
    """The count of ``unit`` ("site") among ``units`` ({"sites": 5}) and the units as named:
    singular or plural, also a compound ("kliniek" of "14 dierenklinieken"). Of two counts the
    larger: the other is a part of them ("in 2 klinieken werken maar 3 assistenten")."""
    found = [
        (count, name)
        for name, count in units.items()
        if same_group(unit, name) or names_a(name, unit)
    ]
    return max(found, key=lambda found: found[0]) if found else None


def _count_of(unit: str, units: Mapping[str, int]) -> int | None:
    found = counted(unit, units)
    return found[0] if found else None


_ONE = re.compile(
    r"\b(?:one|[eé]én|een|a)\s+(?:[\w-]+\s+)?" + GROUP_UNITS + r"\s+(?:of|van)\s+$", re.I
)
_TOTAL_SAID = re.compile(r"\b(?:samen|together|alleen met de|only the|met de)\s*$", re.IGNORECASE)
_SO_THAT_IS_BEFORE = re.compile(rf"(?:{SO_THAT_IS.pattern})\s*$", re.IGNORECASE)
"""Besides the lexicon's "total" words and "so that's": "samen 52", "reken alleen met de 24"."""
_ALTERNATIVES = re.compile(r"^\s+(?:deelnemers|participants|cursisten|trainees)\b", re.I)
"""Two counts of "deelnemers" in one sentence are two answers to one question, not two groups."""
_EXCEPT = re.compile(
    r"\b(?:minus|min|behalve|except|but|maar|zonder|without|waarvan|of whom|van wie)\s+"
    r"(?:de\s+|the\s+|er\s+)?$",
    re.I,
)
_NOT_THERE = re.compile(
    r"\b(?:niet|not|n't|weren't|wasn't|didn't|verlof|ziek|leave|sick|absent|afwezig|afgehaakt|"
    r"uitgevallen|afgevallen|gestopt|dropped|quit|left|afgemeld|afgezegd|resigned|cancell?ed|"
    r"withdrew|vertrokken|(?:haakten|haakte|vielen|viel)\s+af)\b",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^(?:[^\d.;!?]|\d+(?:e|ste|de|st|nd|rd|th)\b){0,30}$")
"""Between two listed sizes: "8, 11 en 7", ", Ward B ", ", 2e lijn "."""
_NOT_PEOPLE = re.compile(
    r"(?:\s*(?:%|procent|percent|[a-z]\b|e\b|ste\b|st\b|nd\b|rd\b|th\b|uur|uren|hours?|hrs?|"
    r"minut|dag|dagen|days?|weken|weeks?|maand|months?|jaar|jaren|years?|keer|times|x\b|k\b|"
    r"mln|m\b|euro|dollar))",
    re.IGNORECASE,
)
_LABEL_BEFORE = re.compile(
    r"(?<!\de )(?<!\dst )(?<!\dnd )(?<!\drd )(?<!\dth )(?<!first )(?<!second )(?<!eerste )"
    r"(?<!tweede )\b(?:lines?|lijn(?:en)?|ward|nr|no|#|nummer|number)\.?\s*$",
    re.IGNORECASE,
)
"""A number that names a line or ward ("lines 2 and 4"), not one that counts its people ("1e
lijn 14")."""


@dataclass(frozen=True)
class Participants:
    counts: list[int]
    """Who took part; more than one count when the message leaves it open."""
    groups: list[str]
    """The participant groups as named, in order ("monteurs", "team leads")."""


def participants(
    message: Message,
    language: Language,
    group: str | None = None,
    units: Mapping[str, int] | None = None,
    known: int | None = None,
) -> Participants:
    """Who took part in ``message``. ``group`` names the participants as the conversation did,
    so of "16 inkopers" and "twee collega's" the buyers count; ``units`` are the sites, teams or
    stores the conversation counted before ("5 sites"), so "7 per site" can be multiplied;
    ``known`` the participants it counted, so "the 42 auditors each save" is no new count."""
    text = message.text
    everyone = find_people(text, language=language)
    people = [
        p for p in everyone
        if not (
            FACULTY.search(p.group)
            and not _under_participants_label(message, p.start)
            and not _they_took_part(text, p)
        )
        and not under_faculty_label(text, p.start)
        and not _EXTERNAL.search(p.group)
        and not _changed(message, p.start, p.end)
        and not _THEIR_TEAMS.search(text, *_clause_span(message, p.start))
        and not _THEIR_TEAMS.search(text, max(0, p.start - 30), p.start)
        and not _TAUGHT_BY.search(text, max(0, p.start - 40), p.start)
        and not taught_it(text, p)
        and not _left_out_of_it(message, p.start)
        and not _where_they_work(text, p)
        and not LOST_BEFORE.search(text, max(0, p.start - 24), p.start)
        and not _priced(text, p, language)
        and not (group and not same_group(p.group, group) and _whose_time(text, p))
        and a_part_each(text[p.start : _clause_span(message, p.start)[1]], language, known) is None
    ]  # fmt: skip
    people = [_part_of(text, p) for p in people]  # "de helft van onze 84 chauffeurs": 42
    if len(people) > 1:
        people = [p for p in people if not _organisation_size(text, p.start)] or people
    if len(people) > 1:  # "make that 36 participants - two supervisors resigned before it"
        people = [p for p in people if not _dropped_out(message, p)] or people
    people = _after_a_change(text, people)  # "We hadden 40 deelnemers, nu 38": 38
    if group and len({p.count for p in people}) > 1:  # "het waren 16 inkopers; er sloten twee
        ours = [p for p in people if same_group(p.group, group)]  # collega's aan"
        people = ours if len({p.count for p in ours}) == 1 else people
    counts = _summed(text, list(dict.fromkeys(p.count for p in people)), language)
    if counts and (concluded := _bare_count(text, _CONCLUDED)) is not None:
        return Participants([concluded], [p.group for p in people])  # "het zijn er dus 66"
    others = [p for p in everyone if p not in people]
    composed = _composed(message, language, others, units or {})
    if composed is None and not counts:
        composed = _bare_count(text) or _bare_count(text, _TOOK_IT) or _labelled_count(text)
    if composed is None:
        return Participants(counts, [p.group for p in people])
    # "35 staff ... everyone attended except the 2 team managers": the staff took part
    kept = [p for p in people if not _EXCEPT.search(text, max(0, p.start - 40), p.start)]
    return Participants([composed], [p.group for p in kept or people])


_BARE = re.compile(
    r"\b(?:het waren er|het zijn er|er waren er|waren het er|there were|make that|"
    r"maak er|maak daar)\s+(?:(?:maar|only|just|eigenlijk|actually|in fact)\s+)?"
    rf"(?P<num>{DIGITS_OR_WORD})(?=\s*(?:[,.;:!?]|$|\s+(?:in totaal|in total|in all)\b))",
    re.IGNORECASE,
)


_LABELLED = re.compile(
    r"(?:^|(?<=[\n;/,.(|])|(?<=\s-\s))\s*(?:[-•*]\s*)?(?:(?:aantal|number of|no\.? of|# of)\s+)?"
    r"(?:deelnemers|participants|attendees|attended|aanwezig|aanwezigen|cursisten|learners|"
    r"trainees|headcount|head count|opkomst|took part|deelgenomen|namen deel)\s*[:=]\s*"
    r"(?:(?:about|around|ongeveer|circa|ca\.?|zo'n|~)\s*)?"
    rf"(?P<num>{DIGITS})(?!\d|[.,]\d)"
    r"(?=[^\S\n]*(?:$|[,;()/]|\.(?!\d)|(?:in totaal|in total|total|in all)\b))",
    re.IGNORECASE | re.MULTILINE,
)
"""A count under a label that says who took part, without a noun of its own and nothing after
it ("Participants: 22", "Enrolled: 24 / attended: 22", "Aantal deelnemers: 18"); not who
enrolled or signed up, not "Deelnemers: 3 dagdelen van 4 uur"."""


def _labelled_count(text: str) -> int | None:
    counts = {_bare_count(m.group(), _LABELLED) for m in _LABELLED.finditer(text)}
    return counts.pop() if len(counts) == 1 else None


_TOOK_IT = re.compile(
    rf"(?<![\w.,$€£])(?P<num>{DIGITS_OR_WORD})\s+(?:of (?:them|us)\s+)?"
    r"(?:(?:actually|really|eventually|finally|in the end|uiteindelijk|echt|daadwerkelijk)\s+)?"
    r"(?:took it|did it|completed it|finished it|showed up|turned up|took the (?:course|training)|"
    r"attended|deden mee|deden echt mee|deden daadwerkelijk mee|hebben meegedaan|namen deel)\b",
    re.IGNORECASE,
)
"""A count said without its noun before the verb that says they took part ("pest control techs,
25 took it")."""
_CONCLUDED = re.compile(
    r"\b(?:maak er|maak daar|make it|make that|(?:het|dat)\s+(?:zijn|waren)\s+er\s+dus|"
    r"dus\s+(?:het|dat)\s+(?:zijn|waren)\s+er|"
    r"dus\s+(?:zijn|waren)\s+(?:het\s+)?er|so\s+(?:it'?s|it\s+is|that'?s|that\s+is|"
    r"there\s+were|there\s+are|we\s+had|we\s+have)(?:\s+actually)?)\s+"
    rf"(?P<num>{DIGITS_OR_WORD})(?=\s*(?:[,.;:!?]|$|\s+(?:in totaal|in total|in all|"
    r"deelnemers|participants|people|mensen)\b))",
    re.IGNORECASE,
)
"""A count worked out after the parts that make it: "in 2 klinieken werken maar 3 assistenten,
het zijn er dus 66", "two sites only had 3, so it's 66": the total, not the part."""


def _bare_count(text: str, pattern: re.Pattern[str] = _BARE) -> int | None:
    """ "correctie: het waren er 23", "sorry, make that 31.": a count said without its noun,
    which in an ROI conversation is of those who took part."""
    m = pattern.search(text)
    if m is None:
        return None
    try:
        count = parse_number(m["num"])
    except ValueError:
        return None
    return int(count) if count == int(count) and 1 < count < 100_000 else None


_TIMES = re.compile(r"\s*(?:x|×|\*|@|à|at|a|tegen)\s*$", re.IGNORECASE)


def _priced(text: str, people: PeopleCount, language: Language) -> bool:
    """ "14 people x $640", "10 mentors at £200": the count of a cost item, not who took part."""
    after = text[people.end : people.end + 20]
    money = find_money(after, language=language)
    return bool(money) and bool(_TIMES.fullmatch(after[: money[0].start]))


_TIME_OF = re.compile(r"['’]?s?\s+(?:time|hours|pay|salary|salaries|wages)\b", re.IGNORECASE)
_TIME_OF_NL = re.compile(
    r"\b(?:tijd|uren|loon|salaris|loonkosten)\s+van\s+(?:de|onze|ons|die|deze)?\s*$", re.I
)


def _whose_time(text: str, people: PeopleCount) -> bool:
    """ "the two managers' time", "de uren van de 2 teamleiders": people whose time is priced
    as a cost; with the participants named otherwise ("35 staff"), not who took part."""
    after = text[people.end : people.end + 20]
    possessive = people.group.endswith(("'", "’")) or after.startswith(("'s", "’s"))
    return bool(possessive and _TIME_OF.match(after)) or bool(
        _TIME_OF_NL.search(text, max(0, people.start - 40), people.start)
    )


def others_each(said: str, members: str | None) -> PeopleCount | None:
    """ "the two managers' time (2 days each at £240 a day)": so many people other than the
    participants (``members``, as the conversation named them) who each spent the time a rate
    prices; ``None`` when the participants are not named or the time is theirs."""
    if not members or not each_of_a_group(said):
        return None
    counted = [p for p in find_people(said) if p.count > 1]
    if not counted or same_group(counted[-1].group, members) or not _whose_time(said, counted[-1]):
        return None
    return counted[-1]


_PART_OF = re.compile(
    r"\b(?P<part>de helft|half|een derde|a third|one third|twee derde|two thirds|een kwart|"
    r"a quarter|one quarter|driekwart|three quarters)\s+(?:van\s+|of\s+)?(?:al\s+|all\s+)?"
    r"(?:onze|de|het|the|our|ons|those|these|die|deze)?\s*$",
    re.IGNORECASE,
)
_PARTS = {"de helft": 2, "half": 2, "een derde": 3, "a third": 3, "one third": 3, "een kwart": 4,
          "a quarter": 4, "one quarter": 4}  # fmt: skip
_MOST_PARTS = {"twee derde": (2, 3), "two thirds": (2, 3), "driekwart": (3, 4),
               "three quarters": (3, 4)}  # fmt: skip


def _part_of(text: str, people: PeopleCount) -> PeopleCount:
    """A share of the people counted ("Half of our 60 packers did it", "de helft van onze 84
    chauffeurs"): that many took part, when the share divides them whole."""
    part = _PART_OF.search(text, max(0, people.start - 40), people.start)
    if part is None:
        return people
    key = part["part"].lower()
    times, parts = _MOST_PARTS.get(key, (1, _PARTS.get(key, 1)))
    if parts == 1 or people.count * times % parts:
        return people
    return replace(people, count=people.count * times // parts)


def under_faculty_label(text: str, at: int) -> bool:
    """ "trainers: twee eigen senior-monteurs, elk 6 dagen": people on a line labelled by those
    who teach are the faculty, not the participants."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    label = _LABEL.match(line)
    return label is not None and FACULTY.search(label["label"]) is not None


_LABEL = re.compile(r"\s*(?:[-•*]\s*)?(?P<label>[^\W\d][^:\n\d]{0,40}?)\s*:")


_PARTICIPANTS_LABEL = re.compile(
    r"\s*(?:deelnemers|participants|attendees|doelgroep|target group|cursisten|learners)\s*:",
    re.IGNORECASE,
)


_TRAINING = (
    r"(?:[\w-]*training\w*|cursus\w*|course|opleiding\w*|programma|programme|program|workshops?)"
)
_GOT_THE_TRAINING = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:(?:kregen|krijgen|volgden|volgen|got|received|did|took|completed|"
    rf"attended|followed)\b[^.;!?\d]{{0,40}}?\b{_TRAINING}|"
    r"(?:did|attended|followed|volgden|deden)\s+"
    r"(?:(?:all|alle)\s+(?:the\s+|de\s+)?(?:\d+\s+)?|\d+\s+)"  # not "did the sessions"
    r"(?:sessions|sessies|"
    r"workshops|modules|lessons|lessen|classes)|"
    rf"(?:hebben|hadden)\b[^.;!?\d]{{0,40}}?\b{_TRAINING}\s+(?:gehad|gevolgd|gedaan|doorlopen))\b",
    re.IGNORECASE,
)


def _they_took_part(text: str, people: PeopleCount) -> bool:
    """Whether the words after a count of teachers say they took part ("14 instructeurs
    hebben de didactiektraining gehad", "12 trainers took the course"): participants, not the
    programme's faculty."""
    return bool(_GOT_THE_TRAINING.match(text, people.end))


def _under_participants_label(message: Message, at: int) -> bool:
    """Whether the count stands in a sentence that opens "Deelnemers:" ("Deelnemers:
    re-integratiecoaches, 6 teams met elk 8 coaches"): they took part, whatever they are
    called."""
    start = message.sentences[message.clause_at(at).sentence][0]
    return bool(_PARTICIPANTS_LABEL.match(message.text, start))


def _composed(
    message: Message, language: Language, others: list[PeopleCount], units: Mapping[str, int]
) -> int | None:
    """The participants a sentence composes from groups, lists and exceptions; ``None`` when no
    sentence that says who took part does arithmetic on its counts. ``others`` are the people
    counted who are not participants (trainers, a comparison group); ``units`` the groups
    counted before the message."""
    text = message.text
    for index in range(len(message.sentences)):
        start, end = message.sentences[index]
        sentence = text[start:end]
        sized = _sizes_of_groups(sentence, language) or _sizes_by_place(sentence, language)
        worked = _worked_out(sentence, language) or sized  # "14 + 11 + 9 supervisors"
        if worked is None and not (_TAKE_PART.search(sentence) or _SIGNED_UP.search(sentence)):
            continue
        numbers = _latest(sentence, _counts(sentence, language))
        total = _stated_total(sentence, numbers)
        if total is not None:
            return total
        if numbers and _corrected_to(text, start, numbers[0]):
            return int(numbers[0].value)  # "correction: it's 64 operators, I forgot the 4 ..."
        excluded = {p.start - start for p in others}
        counted = {**units, **unit_counts(text[:start], language)}
        base = (
            sized
            or _groups_times_size(sentence, numbers, counted)
            or _each_unit_lists(sentence)
            or _listed(sentence, numbers, excluded)
            or worked
        )
        completed = [n for n in numbers[1:] if _COMPLETED_AFTER.match(sentence, n.end)]
        if completed and _SIGNED_UP.search(sentence, 0, completed[0].start):
            return int(completed[-1].value)  # "62 ingeschreven, 58 hebben alles afgerond"
        taken_off = _excepted(sentence, numbers)
        rest = [n for n in numbers if not _excepts(sentence, n)]
        left = [n for n in rest[1:] if _LEFT_AFTER.match(sentence, n.end)]
        signed_up = _SIGNED_UP.search(sentence, 0, rest[1].start) if len(rest) > 1 else None
        if base is None and signed_up and left and len(rest) == len(left) + 1:
            taken_off += [int(n.value) for n in left]  # "30 signed up and 2 dropped out"
            rest = rest[:1]
        if base is None and taken_off and len(rest) == 1:
            base = int(rest[0].value)  # "the whole department of 120 ..., minus the 8 temps"
        if base is None:
            continue
        if base - sum(taken_off) > 0:  # "per winkel 2 mensen, maar 3 winkels niet": no -1
            return base - sum(taken_off)
    return None


_DURATION = (
    r"(?:uur|uren|hours?|hrs?|minut\w*|mins?|dag|dagen|days?|dagdel\w*|weken|weeks?|maand\w*|"
    r"months?|jaar|jaren|years?|sessions?|sessies?)\b"
)
_TIMES_SIGN = re.compile(
    rf"^\s+(?:(?!{_DURATION})[\w-]+\s+)?(?:{GROUP_UNITS}\s+)?(?:[x×*]|maal|times)\s+$|"
    r"^\s*[×*]\s*$|"
    rf"^\s+(?:[\w-]+\s+)?{GROUP_UNITS}\s+(?:of|van|met elk|met ieder|with|each with)\s+$",
    re.IGNORECASE,
)
"""Between two counts multiplied: "4 shifts × 9", "12 x 8", "9 vestigingen × 5", "7 crews of
6", "6 regio's met elk 4"."""
_PLUS_SIGN = re.compile(r"^\s*\+\s*$")


def _worked_out(sentence: str, language: Language) -> int | None:
    """Counts the writer works out, the last one naming people ("14 + 11 + 9 supervisors",
    "Headcount: 4 shifts × 9 reps", "7 crews of 6 fallers"): products before sums. Only signs
    and groups of people count, so no sentence of words is read as arithmetic."""
    money = [(m.start, m.end) for m in find_money(sentence, language=language)]
    numbers = [  # not ``_counts``: "3 x 10 medewerkers" is no "3 x per week"
        n
        for n in map(_undashed, find_numbers(sentence, language=language))
        if n.value == int(n.value) and 0 < n.value < 100_000
        and not any(s <= n.start < e for s, e in money)
    ]  # fmt: skip
    for first in range(len(numbers) - 1):
        terms, product, last = [], numbers[first].value, numbers[first]
        for n in numbers[first + 1 :]:
            between = sentence[last.end : n.start]
            if _TIMES_SIGN.match(between):
                product *= n.value
            elif _PLUS_SIGN.match(between):
                terms.append(product)
                product = n.value
            else:
                break
            last = n
        after = sentence[last.end :]
        if last is numbers[first] or re.match(rf"[\s-]*{_DURATION}", after, re.I):
            continue  # "4 dagen × 8 uur × € 52 per persoon", "3 × 4-hour sessions": hours
        if not _names_people(after):
            continue
        return int(sum(terms) + product)
    return None


def _sizes_of_groups(sentence: str, language: Language) -> int | None:
    """A number of groups, then as many sizes, the last naming people ("2 groups, 14 and 12
    guides", "3 hotels: 14, 11 en 9 supervisors"): says who took part, their sum."""
    numbers = _counts(sentence, language)
    for index, groups in enumerate(numbers[:-1]):
        if not _GROUPS.match(sentence[groups.end :]):
            continue
        sizes = numbers[index + 1 : index + 1 + int(groups.value)]
        if len(sizes) < 2 or len(sizes) != groups.value:
            continue
        joins = [sentence[a.end : b.start] for a, b in zip(sizes, sizes[1:], strict=False)]
        if not all(_SIZE_JOIN.fullmatch(join) for join in joins):
            continue
        if _names_people(sentence[sizes[-1].end :]):
            return int(sum(n.value for n in sizes))
    return None


def _sizes_by_place(sentence: str, language: Language) -> int | None:
    """People named, then their counts by place ("our delivery managers in Pune and Hyderabad -
    26 in Pune, 19 in Hyderabad", "onze monteurs: 12 in Utrecht en 9 in Breda"): their sum."""
    numbers = _counts(sentence, language)
    places = [
        m.end() for n in numbers
        if (m := _AT_PLACE.match(sentence, n.end)) and not is_month_name(m["place"])
    ]  # fmt: skip
    if len(numbers) < 2 or len(places) != len(numbers):
        return None
    joins = [sentence[end : n.start] for end, n in zip(places, numbers[1:], strict=False)]
    if not all(_SIZE_JOIN.fullmatch(join) for join in joins):
        return None
    named = re.findall(r"[^\W\d_][\w'-]*", sentence[: numbers[0].start])
    return int(sum(n.value for n in numbers)) if any(map(is_people, named)) else None


_AT_PLACE = re.compile(
    r"\s+(?:in|at|bij|op|uit|from)\s+(?:the\s+|de\s+|het\s+)?(?P<place>[A-Z][\w'-]*)"
)


_SIZE_JOIN = re.compile(r"\s*(?:,|\+|,?\s*(?:and|en|plus))\s*", re.IGNORECASE)


def _corrected_to(text: str, start: int, number: FoundNumber) -> bool:
    """A correction that states the count first ("correction: it's 64 operators, I forgot the 4
    relief operators who also did it", "sorry, only 20 people attended, two revisers were on
    holiday"; what follows "correction:", which the figure reader splits off): the others
    explain it; not "it's 12 plus the 3 managers"."""
    at = start + number.start
    stated = _STATED_AS.search(text, max(0, at - 20), at)
    if stated is None:
        return False
    opens = not text[: stated.start()].strip(" ,:;-")  # the rest after "correction:"
    opens = opens and not _ONLY.match(text, stated.start())  # "just 12 engineers and 3 ..."
    return (
        (_CORRECTING.search(text, 0, at) is not None or opens)
        and _PLUS.match(text, start + number.end) is None
        and number.value == number.value.to_integral_value()
    )


_CORRECTING = re.compile(
    r"\b(?:correction|correctie|corrigeer|sorry|typo|oops|actually|eigenlijk|i forgot|vergeten|"
    r"vergat|i mean|ik bedoel)\b",
    re.IGNORECASE,
)
_STATED_AS = re.compile(
    r"\b(?:it's|it is|it was|that's|make that|het zijn|het waren|het is|er waren|only|maar|"
    r"slechts|just)\s+(?:er\s+)?(?:(?:maar|only|just|nog)\s+)?$",
    re.IGNORECASE,
)
_ONLY = re.compile(r"(?:only|just|maar|slechts)\b", re.IGNORECASE)
_PLUS = re.compile(r"\s*(?:[^\W\d_][\w-]*\s+)?(?:plus|\+|en ook|and also|as well as)\b", re.I)


def _counts(sentence: str, language: Language) -> list[FoundNumber]:
    """The numbers that can count people: not money, a share, a duration or an ordinal."""
    money = [(m.start, m.end) for m in find_money(sentence, language=language)]
    return [
        n for n in map(_undashed, find_numbers(sentence, language=language))
        if n.value == int(n.value) and 0 < n.value < 100_000
        and not any(s <= n.start < e for s, e in money)
        and not _NOT_PEOPLE.match(sentence, n.end)
        and not _LABEL_BEFORE.search(sentence, 0, n.start)
    ]  # fmt: skip


def _undashed(number: FoundNumber) -> FoundNumber:
    """ "did it - 15 per site": a dash before a count, not a minus."""
    if number.value < 0 and re.match(r"[-–]\s", number.text):
        return replace(number, value=-number.value)
    return number


def _stated_total(sentence: str, numbers: list[FoundNumber]) -> int | None:
    """ "dus 27 hebben de training gevolgd", "samen 52 mensen": the writer's own total, when the
    sentence also names the parts it adds up."""
    for n in numbers[1:]:
        before = sentence[max(0, n.start - 20) : n.start]
        if _SO_THAT_IS_BEFORE.search(before) or _TOTAL_SAID.search(before):
            return int(n.value)
        if _total_cue(sentence, n):
            return int(n.value)
    return None


def _total_cue(sentence: str, number: FoundNumber) -> bool:
    """A "total" word (``roles.yaml``) right before the count or one word after it: "in totaal
    20", "20 in totaal", "22 people in total"."""
    for cue in find_cues(sentence, "total", start=max(0, number.start - 20), end=number.end + 25):
        if cue.end <= number.start:
            if re.fullmatch(r"\s*(?:of\s*)?", sentence[cue.end : number.start]):
                return True
        elif re.fullmatch(r"\s+(?:[\w-]+\s+)?", sentence[number.end : cue.start]):
            return True
    return False


_IN_A_GROUP = re.compile(
    rf"\s+(?:in|on|from|op|uit|van|bij)\s+(?:(?:the|de|het|our|onze)\s+)?(?:[\w-]+\s+)?"
    rf"[a-z]*{GROUP_UNITS}\b",  # "the general shift", "de nachtdienst"
    re.IGNORECASE,
)
"""More of the same people, named by their group: "3 shifts of 22 operators plus 6 in the
general shift", "plus 4 uit de nachtdienst"."""


def _groups_times_size(
    sentence: str, numbers: list[FoundNumber], units: Mapping[str, int]
) -> int | None:
    """Groups times their size, summed: "Two teams of 11 and one team of 9" is 31; with the
    people added after them ("4 scrumteams van 7 mensen plus 2 product owners": 30)."""
    products, used = _products(sentence, numbers, units)
    if not products:
        return None
    last = max(used)
    added = [
        int(n.value) for n in numbers
        if n.start > last and n.start not in used and _ADDED.search(sentence, 0, n.start)
        and (_names_people(sentence[n.end :]) or _IN_A_GROUP.match(sentence, n.end))
    ]  # fmt: skip
    return sum(products) + sum(added)


def _names_people(after: str) -> bool:
    """Whether the words after a count name people ("2 product owners", "the 4 QA folks")."""
    return any(is_people(w) or is_person(w) for w in re.findall(r"[^\W\d_]+", after)[:3])


_ADDED = re.compile(
    r"(?:\bplus|\+|\bplus de|\bplus the|\ben nog|\band also|\balong with|\btogether with)"
    r"\s+(?:de\s+|the\s+|onze\s+|our\s+)?$",
    re.IGNORECASE,
)


def _products(
    sentence: str, numbers: list[FoundNumber], units: Mapping[str, int]
) -> tuple[list[int], set[int]]:
    """The products of groups and their sizes, and where their numbers stand; "7 per site"
    without the sites counted in its sentence takes their count from ``units``."""
    products: list[int] = []
    used: set[int] = set()
    for first, second in zip(numbers, numbers[1:], strict=False):
        if first.start in used:
            continue
        between = _GROUPS_OF.match(sentence[first.end : second.start])
        if between and (not between["comma"] or _EACH_AFTER.match(sentence[second.end :])):
            products.append(int(first.value * second.value))
            used |= {first.start, second.start}
    for n in numbers:
        if n.start in used:
            continue
        if _ONE.search(sentence, 0, n.start):
            products.append(int(n.value))  # "one team of 9"
            used.add(n.start)
        elif (unit := _EACH_UNIT_HAS.search(sentence, 0, n.start)) and (
            count := _count_of(unit["unit"], units)
        ) is not None:  # "Each dealership has 9 sales execs", "Per kliniek 5 assistenten"
            products.append(int(n.value) * count)
            used.add(n.start)
        elif per := _PER_GROUP.match(sentence[n.end :]):  # "14 pickers per shift": times the
            groups = [g for g in numbers if g is not n and _GROUPS.match(sentence[g.end :])]
            if len(groups) == 1:  # shifts
                products.append(int(n.value * groups[0].value))
                used |= {n.start, groups[0].start}
            elif not groups and (count := _count_of(per["unit"], units)) is not None:
                products.append(int(n.value) * count)  # "5 sites" in a message before
                used.add(n.start)
    return products, used


_EACH_UNIT_HAS = re.compile(
    rf"\b(?:each|every|per|elke?|iedere?)\s+(?P<unit>{GROUP_UNITS})\s*"
    r"(?:has|have|had|heeft|hebben|with|met|telt|deden|doen|namen|zaten|waren|were|are|zijn|"
    r"sent|stuurde|:|,)?\s*(?:(?:about|ongeveer|zo'n)\s+)?$",
    re.IGNORECASE,
)
"""A group's size said after the group, counted earlier in the conversation ("Each dealership
has 9 sales execs" after "our six dealerships")."""
_EACH_OF_UNITS = re.compile(
    r"\b(?:elk|elke|ieder|iedere|each|every one)\s+(?:van|of)\s+(?:(?:onze|de|the|our)\s+)?"
    rf"(?P<units>{DIGITS_OR_WORD})\s+(?:[\w-]+\s+)?{GROUP_UNITS}\b\s*[,:]?",
    re.IGNORECASE,
)
_MEMBER = re.compile(
    r"(?:(?:deden|namen|zaten|waren|were|had)\s+)?(?:(?P<one>de|het|the|an?|[eé]én|one|hun|their)"
    rf"|(?P<count>{DIGITS_OR_WORD}))\s+[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){{0,2}}",
    re.IGNORECASE,
)
_MEMBERS_END = re.compile(
    r"\s+(?:mee|deel|took part|attended|participated|joined|went through)\b.*|[.;!?].*", re.I
)


def _each_unit_lists(sentence: str) -> int | None:
    """ "In elk van onze 9 restaurants deden de chef, de souschef en 2 koks mee": the units
    times the members each one sends, one for each "de"/"the", the number for a count."""
    each = _EACH_OF_UNITS.search(sentence)
    if each is None:
        return None
    rest = _MEMBERS_END.sub("", sentence[each.end() :]).strip()
    items = [i.strip() for i in re.split(r",|\b(?:en|and|plus)\b", rest) if i.strip()]
    members = [_MEMBER.fullmatch(item) for item in items]
    if not items or not all(members):
        return None
    try:
        units = parse_number(each["units"])
        per_unit = sum(1 if m["one"] else parse_number(m["count"]) for m in members if m)
    except ValueError:
        return None
    return int(units * per_unit)


def _listed(sentence: str, numbers: list[FoundNumber], excluded: set[int]) -> int | None:
    """Group sizes listed one after another ("8, 11 en 7", "Ward A had 22, Ward B 19 and Ward C
    24", "20 people in March and 18 in May"): their sum, unless one of them is not counted."""
    counted = [
        n for n in numbers
        if not _excepts(sentence, n) and not _GROUPS.match(sentence[n.end :])
        and not _NOT_THERE.search(re.split(r"[,;]", sentence[n.end :], maxsplit=1)[0])
        and not _SPREAD_OVER.search(sentence, max(0, n.start - 25), n.start)
    ]  # fmt: skip
    # not "three wards" in "three wards took part: Ward A had 22, ...", nor "drie zijn afgehaakt"
    run: list[FoundNumber] = []
    for n in counted:
        if run and _SEPARATOR.match(sentence[run[-1].end : n.start]):
            run.append(n)
            continue
        if len(run) > 1:
            break
        run = [n]
    if len(run) < 2:
        return None
    joins = " ".join(sentence[a.end : b.start] for a, b in zip(run, run[1:], strict=False))
    if not re.search(r",|\b(?:en|and|plus)\b", joins, re.IGNORECASE):
        return None
    if sum(1 for n in run if _ALTERNATIVES.match(sentence[n.end :])) > 1:
        return None  # "Het gaat om 25 deelnemers en om 30 deelnemers": asked, not added
    if any(n.start in excluded for n in run):
        return None  # "20 agents and 2 trainers": the trainers are no group of participants
    return int(sum(n.value for n in run))


_SPREAD_OVER = re.compile(
    r"\b(?:(?:verdeeld|verspreid|gespreid|spread|divided|split)\s+(?:over|across|into|in)|"
    r"across|from|uit)\s+$",
    re.IGNORECASE,
)
"""Before the count of what the people are spread over or come from ("16 deelnemers, verdeeld
over 4 schepen", "32 staff across 4 sites", "86 milkers took part, from 40 farms"): no group of
them."""


_COMPLETED_AFTER = re.compile(
    r"(?:\s+(?!(?:en|and|maar|but)\b)[^\W\d_][\w'-]*){0,3}?\s+(?:(?:have|has|had|hebben|heeft)\s+)?"
    r"(?:(?:het|hem|alles|it|all|the course|de training|de cursus)\s+)*"
    r"(?:completed|finished|afgerond|voltooid|afgemaakt|completed it|made it through|did it|"
    r"took part|attended|showed up|turned up|deden mee|namen deel|meegedaan|mee(?=\W|$))\b",
    re.IGNORECASE,
)
"""A count of those who completed, right after it: "58 hebben alles afgerond", "52 completed",
"17 actually did it", "(uiteindelijk deden er) 21 mee"."""
_LEFT_AFTER = re.compile(
    r"(?:\s+(?!(?:en|and|maar|but)\b)[^\W\d_][\w'-]*){0,3}?\s+(?:(?:have|has|had|hebben|heeft|"
    r"zijn|is|were|was)\s+)?(?:zich\s+)?(?:dropped out|dropped|quit|left|resigned|withdrew|"
    r"afgehaakt|afgevallen|uitgevallen|gestopt|afgemeld|vertrokken|(?:haakten|haakte|vielen|"
    r"viel|meldden zich|meldde zich)\s+af)\b",
    re.IGNORECASE,
)
"""A count of those who left, right after it: "2 dropped out", "3 zijn afgehaakt"."""
_SIGNED_UP = re.compile(
    r"\b(?:signed up|registered|enrolled|aangemeld|ingeschreven|schreven\s+(?:\w+\s+){0,3}?"
    r"zich\s+in|schreef\s+(?:\w+\s+){0,3}?zich\s+in|meldden\s+(?:\w+\s+){0,3}?zich\s+aan|"
    r"started|began|begonnen|gestart|were booked|booked on|op de (?:deelnemers)?lijst|"
    r"on the (?:list|roster))\b",
    re.IGNORECASE,
)
"""Who signed up, before those who then left ("40 signed up and 5 dropped out": 35 took part);
not a final count ("in the end 18 took part, two had dropped out")."""


def _excepts(sentence: str, number: FoundNumber) -> bool:
    return bool(_EXCEPT.search(sentence, 0, number.start))


def _excepted(sentence: str, numbers: list[FoundNumber]) -> list[int]:
    """ "minus the 8 agency temps", "maar 3 coaches ... hebben niet meegedaan": taken off."""
    out = []
    for n in numbers:
        if not _excepts(sentence, n):
            continue
        before = _EXCEPT.search(sentence, 0, n.start)
        plain = before is not None and before.group().lower().startswith(
            ("minus", "min", "behalve", "except")
        )
        if plain or _NOT_THERE.search(sentence, n.end):
            out.append(int(n.value))
    return out


_THEIR_TEAMS = re.compile(
    r"\b(?:hun|die|deze|their|those|these)\s+(?:eigen\s+|own\s+)?(?:teams?|afdelingen|afdeling|"
    r"departments?|units?)\b",
    re.IGNORECASE,
)
"""The participants' teams: "Er werken 400 mensen in die teams" counts who they lead."""


_EXTERNAL = re.compile(
    r"\b(?:externe?|external|outside|ingehuurde|hired|independent|onafhankelijke?)\b", re.IGNORECASE
)
"""Hired help ("twee externe adviseurs", "two external consultants", "two independent vets") does
not take part."""
_TAUGHT_BY = re.compile(
    r"\b(?:gegeven|verzorgd|begeleid|geleid|gedoceerd|gefaciliteerd|uitgevoerd|"
    r"taught|delivered|led|run|facilitated|given|presented|coached)\s+(?:door|by)\s+"
    r"(?:(?:onze|de|our|the)\s+)?$",
    re.IGNORECASE,
)
"""People a programme was given by ("gegeven door 4 ziekenhuisapothekers", "taught by two of
our engineers") teach it, whatever they are called."""
_TAUGHT_IT = re.compile(
    r"\s*,?\s*(?:(?:who|die|zelf|themselves|also|ook|have|hebben)\s+){0,2}"
    r"(?:taught|delivered|ran|led|facilitated|gave|gaven|gaf|verzorgden|leidden|"
    r"gegeven|verzorgd|geleid)\s+(?:it|them|(?:the|de|het|alle|all|daar)\s+(?:[\w-]+\s+)?"
    r"(?:sessions?|sessies?|training\w*|courses?|cursus\w*|workshops?|lessen|lessons|classes|"
    r"modules?|programm?e?|programma))\b(?!\s+(?:an?\s+|een\s+)?(?:\d|score|rating|cijfer))",
    re.IGNORECASE,
)
"""People said to have given it ("two of our senior line supervisors taught it", "3 teamleiders
gaven de sessies") teach it, whatever they are called; not who rated it ("the 24 participants
gave the course an 8.1")."""


def taught_it(text: str, people: PeopleCount) -> bool:
    """Whether ``text`` says right after ``people`` that they gave the programme ("two of our
    senior line supervisors taught it", "3 teamleiders gaven de sessies")."""
    return _TAUGHT_IT.match(text, people.end) is not None


_COMPARED = re.compile(
    r"\b(?:vergelijkings|controle|comparison|control)[\s-]?(?:groep|group)\b|"
    r"\b(?:did(?:n't| not)|do(?:n't| not)|will not|won't) (?:take|attend|do|get|follow|join|go)\b|"
    r"\b(?:not|un)[\s-]?trained\b|\bwithout (?:the |any )?(?:training|course|programme|program)\b|"
    r"\bzonder (?:de |het )?(?:training|cursus|programma|opleiding)\b|"
    r"\bniet (?:getraind|deelgenomen|meegedaan|gevolgd)\b|\b(?:deden|doen|namen|nemen) niet\b|"
    r"\b(?:geen|no) (?:training|cursus|coaching|course|programme|program|opleiding)\b|"
    r"\b(?:aren't|are not|not|isn't|weren't) counted\b|"
    r"\b(?:compared|comparing) (?:it |them |this |that |us |ourselves )?(?:with|to|against)\b|"
    r"\b(?:vergeleken|vergelijken) met\b|"
    r"\b(?:niet meegeteld|tellen niet mee|telt niet mee)\b|"
    r"(?:\b(?:not|no|geen|niet)|n't)\s+(?:(?:the\s+|de\s+)?participants?|deelnemers?|als deelnemer)"
    r"\b|"
    r"\b(?:as|als|ter) (?:a |the |de )?(?:comparison|vergelijking)\b",
    re.IGNORECASE,
)
"""A comparison group or people who did not take part: "een vergelijkingsgroep van 30
medewerkers zonder training", "10 managers who did not take the course"."""


_ORGANISATION = re.compile(
    r"(?:(?:bedrijf|organisatie|onderneming|ziekenhuis|gemeente|company|firm|organi[sz]ation|"
    r"business|hospital|council)\s*(?:of|with|met|van|\([^)\d]{0,15}|,)|we have|we employ|"
    r"employs|hebben we|we hebben|in dienst|workforce|headcount|personeelsbestand)\s*"
    r"(?:of\s*|van\s*)?(?:about|around|some|over|ruim|circa|ca\.?|zo'n|±|~)?\s*$",
    re.IGNORECASE,
)


_NOW = re.compile(
    r"(?:\s+[^\W\d_][\w'’-]*)?\W*(?:but\s+|maar\s+)?(?:nu|now|inmiddels|intussen|by now|"
    r"currently|uiteindelijk|in the end|eventually)"
    r"(?:\s+(?:it'?s|its|it is|they'?re|there are|is het|zijn het er|zijn het|zijn er|het))?"
    r"(?:\s+(?:nog|still|only|maar|just))?\W*",
    re.IGNORECASE,
)
"""Between two counts, what makes the second replace the first: "40 deelnemers, nu 38"."""


_NOW_COUNT = re.compile(_NOW.pattern + r"(?P<num>\d+)(?=\s*(?:[,.;:!?)]|$))", re.IGNORECASE)


def _after_a_change(text: str, people: list[PeopleCount]) -> list[PeopleCount]:
    """A count followed by "now" and another ("40 deelnemers, nu 38 deelnemers", "40
    participants, now 38") is replaced by it, not added to it."""
    ordered = sorted(people, key=lambda p: p.start)
    replaced = {
        id(before)
        for before, after in itertools.pairwise(ordered)
        if _NOW.fullmatch(text, before.end, after.start)
    }
    kept = [p for p in people if id(p) not in replaced]
    return [
        replace(p, count=int(m["num"])) if (m := _NOW_COUNT.match(text, p.end)) else p for p in kept
    ]


def _latest(sentence: str, numbers: list[FoundNumber]) -> list[FoundNumber]:
    """The counts without those a later one replaced ("We hadden 40 deelnemers, nu 38")."""
    return [
        n for n, after in itertools.zip_longest(numbers, numbers[1:])
        if after is None or not _NOW.fullmatch(sentence, n.end, after.start)
    ]  # fmt: skip


def _dropped_out(message: Message, people: PeopleCount) -> bool:
    """ "two supervisors from the Ipswich site resigned", "3 zijn afgehaakt": people who left
    before or during it, by what their clause says after them."""
    _, end = _clause_span(message, people.start)
    said = re.split(r"[,;:.!?]", message.text[people.end : max(end, people.end)], maxsplit=1)[0]
    return bool(_NOT_THERE.search(said))


def _organisation_size(text: str, at: int) -> bool:
    """ "We zijn een softwarebedrijf (±140 man)", "we have 1,200 employees": the organisation's
    size, not who took part (dropped only where another count is left)."""
    return bool(_ORGANISATION.search(text[max(0, at - 60) : at]))


def _left_out_of_it(message: Message, at: int) -> bool:
    """Whether the people counted at ``at`` are, by their clause, outside the programme ("de 15
    opzichters in de buitendienst niet")."""
    start, end = _clause_span(message, at)
    counted = _NEXT_COUNT.search(message.text, at + 1, end)  # "22 techs went through it - the
    end = counted.start() if counted else end  # other 6 ... didn't take part": those 6
    clause = message.text[start:end]
    after = message.text[at : min(end, at + 60)]
    who = _WHO.search(after)  # "7 analisten die niet meededen": outside the programme
    did_not = who is not None and NOT_TAKING_PART.match(after, who.end()) is not None
    away = _AWAY.match(after) is not None  # "two revisers were on holiday"
    sentence_end = message.sentences[message.clause_at(at).sentence][1]
    rest = message.text[at:sentence_end]  # "The 8 regional managers joined ..., don't count
    said = _NOT_COUNTED.search(rest)  # them": said after this count, no other count between
    uncounted = said is not None and not re.search(r"\d", rest[len(rest.split()[0]) : said.start()])
    return bool(
        _COMPARED.search(clause) or _ENDS_NOT.search(clause) or did_not or away or uncounted
    )


_NEXT_COUNT = re.compile(r"(?<=\D)(?<![.,])\d")
"""The next number after a count: what follows it is about those others."""
_NOT_COUNTED = re.compile(
    r"\b(?:don['’]?t|do\s+not|niet)\s+(?:count|include)\s+(?:them|those|these)\b|"
    r"\b(?:they|those|these)\s*(?:['’]re|are|were)\s+not\s+(?:participants|counted|included)\b|"
    r"\btel\s+(?:ze|die|hen|deze)\s+(?:dus\s+)?niet\s+mee\b|"
    r"\b(?:zijn|waren)\s+(?:zelf\s+)?geen\s+deelnemers?\b",
    re.IGNORECASE,
)
"""The sentence that counts people says they are not counted: "The 8 regional managers joined
the last afternoon, don't count them", "they're not participants", "tel die niet mee"."""


_AWAY = re.compile(
    r"[^\d.;!?]{0,30}?\b(?:were|was|are|is|waren|was|zaten|zat|zijn)\s+(?:all\s+|allebei\s+)?"
    r"(?:on\s+|op\s+|met\s+|in\s+)?(?:holiday|vacation|leave|vakantie|verlof|sick|ziek|absent|"
    r"afwezig|away)\b",
    re.IGNORECASE,
)
"""People who were away: "two revisers were on holiday", "3 monteurs waren met vakantie"."""
_ENDS_NOT = re.compile(r"\b(?:niet|not)\s*[.!]?\s*$", re.IGNORECASE)
NOT_TAKING_PART = re.compile(
    r"\b(?:niet|nooit)\s+(?:mee\w*|deel\w*|getraind)\b|"
    r"\bnog\s+niet\s+(?:gehad|gevolgd|getraind)\b|"
    r"\b(?:did\s+not|didn['’]t|never)\s+(?:take\s+part|attend\w*|participat\w*|join\w*|"
    r"get\s+the|do\s+the)\b|"
    r"\buntrained\b|\bnot\s+(?:yet\s+)?trained\b",
    re.IGNORECASE,
)
"""That people or a group did not take part: "deed niet mee", "die niet meededen", "niet
getraind", "who did not take part", "the Leeds site didn't attend", "untrained"."""
_WHO = re.compile(r"\b(?:die|who|that)\s+", re.IGNORECASE)


def _clause_span(message: Message, at: int) -> tuple[int, int]:
    clause = message.clause_at(at)
    return clause.start, clause.end


def _changed(message: Message, start: int, end: int) -> bool:
    """ "11 fewer leavers", "3 extra donors a month": a count that changed, not participants."""
    clause = message.clause_at(start)
    cues = find_cues(message.text, "decrease", "increase", start=clause.start, end=clause.end)
    if any(distance(cue, start, end) <= 12 for cue in cues):
        return True
    return any(m.start() <= start < m.end() for m in count_moves(message.text))  # "vorig jaar
    # vertrokken 14 nieuwe mensen, dit jaar 8": who left, not who took part


def _summed(text: str, counts: list[int], language: Language) -> list[int]:
    """Groups with their total said ("18 operators and 4 maintenance techs took part, 22 in
    total"): the total."""
    if len(counts) < 2:
        return counts
    largest = max(counts)  # "12 monteurs en 8 planners, in totaal 20 mensen": itself a count
    total = largest if 2 * largest == sum(counts) else sum(counts)
    for number in find_numbers(text, language=language):
        if number.value == total and find_cues(
            text, "total", start=max(0, number.start - 15), end=number.end + 15
        ):
            return [total]
    return counts
