"""Errors of calibrating the coder to an evaluator's own coding."""

MESSAGES: dict[str, dict[str, str]] = {
    "calibration.unknown_labels": {
        "en": "These codes are not codebook levels (L1, L2, L3, L4, NONE): {found}.",
        "nl": "Deze codes zijn geen niveaus van het codeboek (L1, L2, L3, L4, NONE): {found}.",
    },
    "calibration.too_few_rows": {
        "en": "{rows} coded comments; calibrating needs at least {minimum}.",
        "nl": "{rows} gecodeerde opmerkingen; kalibreren vraagt er minstens {minimum}.",
    },
    "calibration.one_level": {
        "en": "Every coded comment is {level}; calibrating needs at least two levels.",
        "nl": "Elke gecodeerde opmerking is {level}; kalibreren vraagt minstens twee niveaus.",
    },
    "calibration.too_few_per_level": {
        "en": "Too few coded comments for {levels}: each level you use needs at least "
        "{minimum}. Code more of them, or leave that level out.",
        "nl": "Te weinig gecodeerde opmerkingen voor {levels}: elk niveau dat je gebruikt heeft "
        "er minstens {minimum} nodig. Codeer er meer, of laat dat niveau weg.",
    },
    "calibration.same_columns": {
        "en": "The text column and the label column are the same ('{column}'); "
        "the label column holds your codes (L1-L4, NONE).",
        "nl": "De tekstkolom en de codekolom zijn dezelfde ('{column}'); "
        "de codekolom bevat jouw codes (L1-L4, NONE).",
    },
    "calibration.name_exists": {
        "en": "A calibrated coder named '{name}' exists already; choose another name or "
        "delete it first.",
        "nl": "Er is al een gekalibreerde codeur met de naam '{name}'; kies een andere naam of "
        "verwijder die eerst.",
    },
    "calibration.bad_name": {
        "en": "'{name}' cannot be a coder's name: use 1-63 letters, digits, '-' or '_', "
        "starting with a letter or digit.",
        "nl": "'{name}' kan geen naam van een codeur zijn: gebruik 1-63 letters, cijfers, '-' "
        "of '_', beginnend met een letter of cijfer.",
    },
    "calibration.no_label_column": {
        "en": "Name the column with your codes in the 'label_column' field.",
        "nl": "Noem de kolom met jouw codes in het veld 'label_column'.",
    },
    "calibration.not_found": {
        "en": "No calibrated coder named '{name}'.",
        "nl": "Er is geen gekalibreerde codeur met de naam '{name}'.",
    },
    "calibration.stale": {
        "en": "Coder '{name}' was calibrated on {calibrated_on}; this installation ships "
        "{shipped}. Calibrate it again on the same coded file.",
        "nl": "Codeur '{name}' is gekalibreerd op {calibrated_on}; deze installatie heeft "
        "{shipped}. Kalibreer opnieuw met hetzelfde gecodeerde bestand.",
    },
}
