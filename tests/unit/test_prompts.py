"""Every prompt file parses strictly and renders with exactly its declared variables."""

import re

import pytest

from assistant.prompts import all_prompt_files, load_prompt, parse_prompt

PROMPT_FILES = all_prompt_files()


def test_prompts_exist_in_both_languages() -> None:
    names = {path.name.rsplit(".", 2)[0] for path in PROMPT_FILES}
    for path in PROMPT_FILES:
        stem, language, _ = path.name.rsplit(".", 2)
        assert language in {"nl", "en"}
        twin = path.with_name(f"{stem}.{'en' if language == 'nl' else 'nl'}.md")
        assert twin.exists(), f"{path} has no translation"
    assert names


@pytest.mark.parametrize("path", PROMPT_FILES, ids=lambda p: p.name)
def test_every_prompt_renders(path) -> None:
    prompt = parse_prompt(path.read_text(encoding="utf-8"))
    rendered = prompt.render(**{name: f"<{name}>" for name in prompt.variables})
    for name in prompt.variables:
        assert f"<{name}>" in rendered
    assert not re.search(r"\$[A-Za-z_{]", rendered), "a placeholder was left unrendered"
    group = path.parent.name
    assert load_prompt(prompt.name, prompt.language) == prompt
    assert prompt.name.startswith(group)


HEADER = "---\nname: x\nversion: '1.0'\nlanguage: en\ndescription: d\nvariables: [a]\n---\n"


def test_undeclared_placeholder_is_rejected() -> None:
    text = HEADER + "$a $b\n"
    with pytest.raises(ValueError, match="declares"):
        parse_prompt(text)


def test_missing_value_is_rejected() -> None:
    text = HEADER + "$a\n"
    with pytest.raises(KeyError):
        parse_prompt(text).render()
