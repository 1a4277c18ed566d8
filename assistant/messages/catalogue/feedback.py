"""Errors of feedback coding: uploads, jobs, results and agreement with human codes."""

MESSAGES: dict[str, dict[str, str]] = {
    "feedback.too_many": {
        "en": "{count} comments: at most {limit} per request; submit a job instead.",
        "nl": "{count} opmerkingen: hoogstens {limit} per verzoek; start hiervoor een taak.",
    },
    "feedback.empty_job": {
        "en": "A job needs at least one comment.",
        "nl": "Een taak heeft minstens één opmerking nodig.",
    },
    "feedback.not_multipart": {
        "en": "Send the file as multipart/form-data in a 'file' field.",
        "nl": "Stuur het bestand als multipart/form-data in een veld 'file'.",
    },
    "feedback.no_file": {
        "en": "Multipart job submissions need a 'file' field.",
        "nl": "Kies een bestand om te laten coderen.",
    },
    "feedback.column_not_found": {
        "en": "Column '{column}' not found in {source}; columns found: {columns}",
        "nl": "Kolom '{column}' staat niet in {source}; gevonden kolommen: {columns}",
    },
    "feedback.job_source": {"en": "job {job_id}", "nl": "taak {job_id}"},
    "feedback.job_not_found": {
        "en": "No feedback job with id {job_id}.",
        "nl": "Er is geen codeertaak met id {job_id}.",
    },
    "feedback.job_still_active": {
        "en": "Job {job_id} is {status}; cancel it before deleting it.",
        "nl": "Taak {job_id} is {status}; annuleer de taak voordat je hem verwijdert.",
    },
    "feedback.job_not_done": {
        "en": "Job {job_id} is {status}; results exist once it is done.",
        "nl": "Taak {job_id} is {status}; de resultaten zijn er zodra de taak klaar is.",
    },
    "feedback.status.queued": {"en": "queued", "nl": "in de wachtrij"},
    "feedback.status.running": {"en": "running", "nl": "bezig"},
    "feedback.status.done": {"en": "done", "nl": "klaar"},
    "feedback.status.failed": {"en": "failed", "nl": "mislukt"},
    "feedback.status.cancelled": {"en": "cancelled", "nl": "geannuleerd"},
    "feedback.results_format": {
        "en": "Unsupported results format '{format}': use json, csv or xlsx.",
        "nl": "Resultaatformaat '{format}' wordt niet ondersteund: kies json, csv of xlsx.",
    },
    "feedback.file_type": {
        "en": "Unsupported file type '{suffix}' for {name}: use .csv, .xlsx or .jsonl.",
        "nl": "Bestandstype '{suffix}' van {name} wordt niet ondersteund: "
        "gebruik .csv, .xlsx of .jsonl.",
    },
    "feedback.file_not_found": {
        "en": "Input file not found: {path}",
        "nl": "Invoerbestand niet gevonden: {path}",
    },
    "feedback.jsonl_invalid": {
        "en": "{name} line {line} is not valid JSON: {reason}",
        "nl": "Regel {line} van {name} is geen geldige JSON ({reason}).",
    },
    "feedback.jsonl_not_object": {
        "en": "{name} line {line} is not an object.",
        "nl": "Regel {line} van {name} is geen object.",
    },
    "feedback.csv_empty": {
        "en": "{name} is empty: no header row.",
        "nl": "{name} is leeg: er is geen kopregel.",
    },
    "feedback.csv_fields": {
        "en": "{name} record {record} has {found} fields but the header has {expected} "
        "(delimiter {delimiter}): is a comment missing its quotes?",
        "nl": "Regel {record} van {name} heeft {found} velden maar de kopregel heeft er "
        "{expected} (scheidingsteken {delimiter}): mist een opmerking haar aanhalingstekens?",
    },
    "feedback.xlsx_unreadable": {
        "en": "{name} is not a readable .xlsx workbook: {reason}",
        "nl": "{name} is geen leesbare .xlsx-werkmap ({reason}).",
    },
    "feedback.sheet_not_found": {
        "en": "Sheet '{sheet}' not found in {name}; sheets: {sheets}",
        "nl": "Werkblad '{sheet}' staat niet in {name}; werkbladen: {sheets}",
    },
    "feedback.xlsx_no_header": {
        "en": "{name} has an empty first sheet row: no header.",
        "nl": "De eerste rij van {name} is leeg: er is geen kopregel.",
    },
    "feedback.unknown_labels": {
        "en": "Unknown labels: {found}{more}. Allowed: {allowed} "
        "(rows counted from the first data row).",
        "nl": "Onbekende codes: {found}{more}. Toegestaan: {allowed} "
        "(rijen geteld vanaf de eerste gegevensrij).",
    },
    "feedback.label_found": {
        "en": "{value} in {column} (row {rows})",
        "nl": "{value} in {column} (rij {rows})",
    },
    "feedback.labels_found": {
        "en": "{value} in {column} (rows {rows})",
        "nl": "{value} in {column} (rijen {rows})",
    },
    "feedback.more_labels": {"en": "; and {count} more", "nl": "; en nog {count}"},
    "feedback.agreement_lengths": {
        "en": "Gold and predicted codings differ in length.",
        "nl": "De menselijke en de voorspelde codes verschillen in aantal.",
    },
    "feedback.agreement_empty": {
        "en": "No rows with both a gold and a predicted code.",
        "nl": "Geen rijen met zowel een menselijke als een voorspelde code.",
    },
}
