"""Cost categories as the figure reader reads them in whole messages of several cost items.

    .venv/bin/python benchmarks/cost_message_eval.py [--set dev|heldout] [--show-misses]

``datasets/roi_costs/messages_{dev,heldout}.jsonl``: chat messages of 2-5 cost items (160 each,
half Dutch, half English), each item's amount as written and its category, written by a helper
from the category definitions alone (not from the code or the other sets), committed before the
first run. ``dev`` may be tuned on; ``heldout`` is reported, never tuned on.

An item counts as read when the reading has a cost line of its amount (per person or in total
as the message says it), and as right when that line has the item's category. Reports items read,
category accuracy over all items (an item not read is wrong) and over the items read, per
language, and the most frequent confusions.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clause_eval import rows_of  # noqa: E402

from assistant.figures.reader import read  # noqa: E402
from assistant.text.language import Language  # noqa: E402
from assistant.text.money import find_money  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=["dev", "heldout"], default="dev")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    rows = rows_of(ROOT / f"datasets/roi_costs/messages_{args.set}.jsonl")
    items = read_items = right = 0
    right_by_language: Counter[str] = Counter()
    items_by_language: Counter[str] = Counter()
    confusions: Counter[tuple[str, str]] = Counter()
    for row in rows:
        language = Language(row["language"])
        lines = list(read(row["text"], language).costs)
        for item in row["items"]:
            items += 1
            items_by_language[row["language"]] += 1
            found = find_money(item["amount"], language=language)
            amount = found[0].amount if found else None
            line = next((ln for ln in lines if ln.amount == amount), None)
            if line is not None:
                lines.remove(line)
            got = line.category.value if line is not None else "not read"
            read_items += line is not None
            if got == item["category"]:
                right += 1
                right_by_language[row["language"]] += 1
                continue
            confusions[(item["category"], got)] += 1
            if args.show_misses:
                print(f"{row['id']} {item['amount']}: {item['category']} <- {got} | {row['text']}")
    by_language = {
        lang: round(right_by_language[lang] / n, 3) for lang, n in sorted(items_by_language.items())
    }
    print(f"{args.set}: {len(rows)} messages, {items} cost items, {read_items} read")
    print(
        f"category right {right / items:.3f} of all items {by_language}, "
        f"{right / max(1, read_items):.3f} of those read"
    )
    print("confusions (expected, read):", confusions.most_common(12))


if __name__ == "__main__":
    main()
