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
    "feedback.csv_unreadable": {
        "en": "{name} line {line} cannot be read as CSV: {reason}",
        "nl": "Regel {line} van {name} is geen leesbare CSV ({reason}).",
    },
    "feedback.too_many_rows": {
        "en": "{name} has more than {limit} rows; one job takes at most {limit} "
        "(limit: EVALASSIST_MAX_JOB_ROWS). Split the file into smaller ones.",
        "nl": "{name} heeft meer dan {limit} rijen; één taak neemt er hoogstens {limit} "
        "(grens: EVALASSIST_MAX_JOB_ROWS). Splits het bestand in kleinere bestanden.",
    },
    "feedback.too_many_columns": {
        "en": "{name} has more than {limit} columns, more than Excel allows.",
        "nl": "{name} heeft meer dan {limit} kolommen, meer dan Excel toestaat.",
    },
    "feedback.cell_too_long": {
        "en": "{where} has a cell of more than {limit} characters "
        "(limit: EVALASSIST_MAX_CELL_CHARS).",
        "nl": "{where} heeft een cel van meer dan {limit} tekens "
        "(grens: EVALASSIST_MAX_CELL_CHARS).",
    },
    "feedback.where.line": {"en": "{name} line {line}", "nl": "Regel {line} van {name}"},
    "feedback.where.row": {"en": "{name} row {row}", "nl": "Rij {row} van {name}"},
    "feedback.where.file": {"en": "{name}", "nl": "{name}"},
    "feedback.sheet_declared_too_large": {
        "en": "Sheet {sheet} of {name} declares {cells} cells ({rows} rows × {columns} "
        "columns), more than the {limit} allowed (limit: EVALASSIST_MAX_SHEET_CELLS).",
        "nl": "Werkblad {sheet} van {name} geeft {cells} cellen op ({rows} rijen × {columns} "
        "kolommen), meer dan de toegestane {limit} (grens: EVALASSIST_MAX_SHEET_CELLS).",
    },
    "feedback.sheet_too_many_cells": {
        "en": "Sheet {sheet} of {name} holds more than {limit} cells "
        "(limit: EVALASSIST_MAX_SHEET_CELLS).",
        "nl": "Werkblad {sheet} van {name} bevat meer dan {limit} cellen "
        "(grens: EVALASSIST_MAX_SHEET_CELLS).",
    },
    "feedback.table_too_many_cells": {
        "en": "{name} holds more than {limit} cells ({columns} columns per row) "
        "(limit: EVALASSIST_MAX_SHEET_CELLS).",
        "nl": "{name} bevat meer dan {limit} cellen ({columns} kolommen per rij) "
        "(grens: EVALASSIST_MAX_SHEET_CELLS).",
    },
    "feedback.xlsx_elements": {
        "en": "{part} in {name} holds more than {limit} XML elements besides its rows, far more "
        "than a sheet needs (limit: EVALASSIST_MAX_SHEET_CELLS).",
        "nl": "{part} in {name} bevat naast de rijen meer dan {limit} XML-elementen, veel meer "
        "dan een werkblad nodig heeft (grens: EVALASSIST_MAX_SHEET_CELLS).",
    },
    "feedback.xlsx_package_elements": {
        "en": "{name} holds more than {limit} XML elements in all, far more than its cells need "
        "(limit: {factor} × EVALASSIST_MAX_SHEET_CELLS).",
        "nl": "{name} bevat in totaal meer dan {limit} XML-elementen, veel meer dan de cellen "
        "nodig hebben (grens: {factor} × EVALASSIST_MAX_SHEET_CELLS).",
    },
    "feedback.xlsx_row_elements": {
        "en": "Row {row} of {part} in {name} holds more than {limit} XML elements, more than "
        "a row of at most 16,384 cells needs.",
        "nl": "Rij {row} van {part} in {name} bevat meer dan {limit} XML-elementen, meer dan "
        "een rij van hoogstens 16.384 cellen nodig heeft.",
    },
    "feedback.xlsx_row_width": {
        "en": "Row {row} of {part} in {name} has more than {limit} columns, more than Excel "
        "allows.",
        "nl": "Rij {row} van {part} in {name} heeft meer dan {limit} kolommen, meer dan Excel "
        "toestaat.",
    },
    "feedback.xlsx_row_number": {
        "en": "{part} in {name} numbers a row beyond {limit}, Excel's last row.",
        "nl": "{part} in {name} nummert een rij voorbij {limit}, de laatste rij van Excel.",
    },
    # Checks of zip packages (XLSX workbooks here, DOCX documents in the knowledge base).
    "upload.not_zip": {
        "en": "{name} is not a valid Office file: it is not a zip archive.",
        "nl": "{name} is geen geldig Office-bestand: het is geen zip-archief.",
    },
    "upload.unpacked_too_large": {
        "en": "{name} unpacks to {size}, more than the {limit} allowed "
        "(limit: EVALASSIST_MAX_UNPACKED_BYTES); it was refused before unpacking.",
        "nl": "{name} wordt uitgepakt {size} groot, meer dan de toegestane {limit} "
        "(grens: EVALASSIST_MAX_UNPACKED_BYTES); het is geweigerd zonder uit te pakken.",
    },
    "upload.ratio_member": {
        "en": "{name} looks like a zip bomb: its part {member} unpacks to {ratio} times its "
        "packed size, more than the {limit} times allowed "
        "(limit: EVALASSIST_MAX_COMPRESSION_RATIO).",
        "nl": "{name} lijkt een zipbom: het onderdeel {member} wordt uitgepakt {ratio} keer zo "
        "groot als ingepakt, meer dan de toegestane {limit} keer "
        "(grens: EVALASSIST_MAX_COMPRESSION_RATIO).",
    },
    "upload.ratio_total": {
        "en": "{name} looks like a zip bomb: it unpacks to {ratio} times its packed size, more "
        "than the {limit} times allowed (limit: EVALASSIST_MAX_COMPRESSION_RATIO).",
        "nl": "{name} lijkt een zipbom: het wordt uitgepakt {ratio} keer zo groot als "
        "ingepakt, meer dan de toegestane {limit} keer (grens: EVALASSIST_MAX_COMPRESSION_RATIO).",
    },
    "upload.xml_doctype": {
        "en": "{name} has a document type declaration in {part}; Office files have none, so "
        "it is refused.",
        "nl": "{name} heeft een documenttypedeclaratie in {part}; Office-bestanden hebben die "
        "niet, dus het is geweigerd.",
    },
    "upload.xml_unreadable": {
        "en": "{name} is damaged: its part {part} is not valid XML: {reason}",
        "nl": "{name} is beschadigd: het onderdeel {part} is geen geldige XML ({reason}).",
    },
    "upload.member_unreadable": {
        "en": "{name} is damaged: its part {part} cannot be unpacked: {reason}",
        "nl": "{name} is beschadigd: het onderdeel {part} kan niet worden uitgepakt ({reason}).",
    },
}
