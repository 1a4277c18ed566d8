"""Reading and writing Dutch and English text: language, sentences, numbers, money, percentages,
periods and durations, dates, people counts, and locale formatting.

Pure domain code on well-kept libraries (Babel, text2num, pysbd, dateparser, py3langid); the
domain rules on top (which words name a period, a people group, a quarter) live in ``lexicons/``
as YAML with a Dutch and an English table each. ``docs/architecture.md`` (Reading text) says
what this replaced.
"""
