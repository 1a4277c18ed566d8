"""Prompt files: ``prompts/<group>/<name>.<lang>.md`` with a strict YAML front matter.

A prompt declares its version and variables; the body uses ``$variable`` placeholders
(``string.Template``, so JSON braces in examples need no escaping). Undeclared or missing
variables are errors, caught by a test that renders every file.
"""

from __future__ import annotations

import functools
import hashlib
import string
from importlib.resources import files
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.yaml_files import load_yaml

Language = Literal["nl", "en"]


class PromptTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z0-9_]+(/[a-z0-9_]+)*$")
    version: str = Field(pattern=r"^\d+\.\d+(\.\d+)?$")
    language: Language
    description: str
    variables: tuple[str, ...] = ()
    body: str
    digest: str = Field(description="sha256 of the whole prompt file, so results name its content")

    @model_validator(mode="after")
    def _placeholders_are_declared(self) -> PromptTemplate:
        used = {
            named or braced
            for _, named, braced, _ in string.Template.pattern.findall(self.body)
            if named or braced
        }
        if used != set(self.variables):
            raise ValueError(
                f"prompt {self.name}: body uses {sorted(used)}, declares {sorted(self.variables)}"
            )
        return self

    @property
    def version_tag(self) -> str:
        return f"{self.name}@{self.version}"

    def render(self, **values: str) -> str:
        missing = set(self.variables) - values.keys()
        extra = values.keys() - set(self.variables)
        if missing or extra:
            raise KeyError(
                f"prompt {self.name}: missing {sorted(missing)}, unexpected {sorted(extra)}"
            )
        return string.Template(self.body).substitute(values)


def prompts_root() -> Path:
    return Path(str(files("prompts")))


def parse_prompt(text: str) -> PromptTemplate:
    if not text.startswith("---\n"):
        raise ValueError("a prompt file starts with a '---' YAML front matter block")
    header, _, body = text[4:].partition("\n---\n")
    meta = load_yaml(header) or {}
    if not isinstance(meta, dict):
        raise ValueError("the front matter must be a mapping")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return PromptTemplate(**meta, body=body.strip() + "\n", digest=digest)


@functools.cache
def load_prompt(name: str, language: Language) -> PromptTemplate:
    """Load ``prompts/<name>.<language>.md`` (cached: prompt files do not change at run time)."""
    path = prompts_root() / f"{name}.{language}.md"
    prompt = parse_prompt(path.read_text(encoding="utf-8"))
    if prompt.name != name or prompt.language != language:
        raise ValueError(f"{path}: front matter says {prompt.name}.{prompt.language}")
    return prompt


def all_prompt_files() -> list[Path]:
    return sorted(prompts_root().rglob("*.md"))
