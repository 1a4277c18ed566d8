"""Errors of the knowledge base (documents, collections, passages) and of chat sessions."""

MESSAGES: dict[str, dict[str, str]] = {
    "kb.embedding_failed": {
        "en": "Embedding request failed: {reason}",
        "nl": "De embeddingdienst gaf geen antwoord; probeer het later opnieuw.",
    },
    "kb.chroma_unavailable": {
        "en": "Chroma is not available: {reason}",
        "nl": "De zoekindex (Chroma) is niet bereikbaar; probeer het later opnieuw.",
    },
    "kb.chroma_in_use": {
        "en": "The embedded Chroma store in {path} is in use by another evalassist process; "
        "stop it, or run a Chroma server (chroma run) and set EVALASSIST_CHROMA_URL so that "
        "processes share one knowledge base.",
        "nl": "De ingebouwde Chroma-opslag in {path} is in gebruik door een ander "
        "evalassist-proces; stop dat, of start een Chroma-server (chroma run) en zet "
        "EVALASSIST_CHROMA_URL zodat processen één kennisbank delen.",
    },
    "kb.nearest_topics": {
        "en": "The nearest topics the sources do cover: {topics}.",
        "nl": "Wat de bronnen wel behandelen en er het dichtst bij ligt: {topics}.",
    },
    "kb.quoted_without_card": {
        "en": "No method card covers exactly this; the closest passages:",
        "nl": "Geen methodekaart behandelt precies dit; de passages die er het dichtst bij liggen:",
    },
    "kb.quoted_from_uploads": {
        "en": "No method card covers this; from your organisation's documents:",
        "nl": "Geen methodekaart behandelt dit; uit de documenten van je organisatie:",
    },
    "kb.no_passages": {
        "en": "{doc_id} contains no usable passages.",
        "nl": "{doc_id} bevat geen bruikbare passages.",
    },
    "kb.shipped_collection": {
        "en": "The collection {collection} holds the shipped articles; "
        "add and remove documents in your organisation's own collection.",
        "nl": "De collectie {collection} bevat de meegeleverde artikelen; "
        "voeg documenten toe aan (of verwijder ze uit) de eigen collectie van je organisatie.",
    },
    "kb.invalid_collection": {
        "en": "Invalid collection {collection}: {reason}",
        "nl": "Ongeldige collectienaam {collection}: gebruik kleine letters, cijfers, - en _.",
    },
    "kb.passage_not_found": {
        "en": "No passage {chunk_id} in the knowledge base.",
        "nl": "Passage {chunk_id} staat niet in de kennisbank.",
    },
    "kb.document_not_found": {
        "en": "No document {doc_id} in collection {collection}.",
        "nl": "Document {doc_id} staat niet in collectie {collection}.",
    },
    "kb.file_name": {
        "en": "Unusable file name: {filename}",
        "nl": "Onbruikbare bestandsnaam: {filename}",
    },
    "kb.not_utf8": {
        "en": "The file is not UTF-8 text.",
        "nl": "Het bestand is geen UTF-8-tekst.",
    },
    "kb.file_type": {
        "en": "Unsupported file type {suffix}; use one of: {supported}.",
        "nl": "Bestandstype {suffix} wordt niet ondersteund; gebruik een van: {supported}.",
    },
    "kb.too_large": {
        "en": "{doc_id} is {size} bytes; the limit is {limit} bytes.",
        "nl": "{doc_id} is {size} bytes; de grens is {limit} bytes.",
    },
    "kb.too_many_chars": {
        "en": "{doc_id} holds more than {limit} characters of text "
        "(limit: EVALASSIST_MAX_DOCUMENT_CHARS); split it into smaller documents.",
        "nl": "{doc_id} bevat meer dan {limit} tekens tekst "
        "(grens: EVALASSIST_MAX_DOCUMENT_CHARS); splits het in kleinere documenten.",
    },
    "kb.too_many_pages": {
        "en": "{doc_id} has {pages} pages; at most {limit} pages of a PDF are read. "
        "Split it into smaller documents.",
        "nl": "{doc_id} heeft {pages} pagina's; van een pdf worden hoogstens {limit} pagina's "
        "gelezen. Splits het in kleinere documenten.",
    },
    "kb.too_many_elements": {
        "en": "{doc_id} holds more than {limit} XML elements, far more than its text needs "
        "(limit: 2 × EVALASSIST_MAX_DOCUMENT_CHARS).",
        "nl": "{doc_id} bevat meer dan {limit} XML-elementen, veel meer dan de tekst nodig "
        "heeft (grens: 2 × EVALASSIST_MAX_DOCUMENT_CHARS).",
    },
    "kb.unreadable": {
        "en": "{doc_id} could not be read as {suffix}: {reason}",
        "nl": "{doc_id} kon niet als {suffix} gelezen worden ({reason}).",
    },
    "kb.no_text": {
        "en": "{doc_id} contains no extractable text.",
        "nl": "{doc_id} bevat geen tekst die te lezen is.",
    },
    "chat.session_not_found": {
        "en": "No chat session with id {session_id}.",
        "nl": "Er is geen chatgesprek met id {session_id}.",
    },
}
