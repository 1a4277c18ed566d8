"""The impact map as one table a manager reads left to right: learning activity -> critical
behaviour -> its success indicators -> operational goals -> strategic goals, one row per
behaviour, so the document needs no diagram tool (Mermaid stays in the Markdown only)."""

from __future__ import annotations

from assistant.planning.plan.export.blocks import Table
from assistant.planning.plan.models import ImpactMap, Link


class _Names:
    """Each element as "ID text", and who links to whom (assumed links marked)."""

    def __init__(self, m: ImpactMap, labels: dict[str, str]) -> None:
        self.t = labels
        self.text = {
            **{a.id: a.text for a in m.activities},
            **{b.id: b.text for b in m.behaviours},
            **{o.id: o.description for o in m.operational_goals},
            **{
                s.id: s.text + (f" ({labels['proposed']})" if s.proposed else "")
                for s in m.strategic_goals
            },
        }
        self.links = m.links

    def cell(self, ids: list[str], assumed: set[str] | None = None) -> str:
        mark = f" ({self.t['assumed']})"
        lines = [f"{i} {self.text[i]}" + (mark if i in (assumed or set()) else "") for i in ids]
        return "\n".join(lines) or self.t["none"]

    def sources(self, target: str, kinds: set[str]) -> tuple[list[str], set[str]]:
        return self._ends([k for k in self.links if k.target == target and k.source in kinds])

    def targets(self, sources: list[str], kinds: set[str]) -> tuple[list[str], set[str]]:
        return self._ends(
            [k for k in self.links if k.source in sources and k.target in kinds], forward=True
        )

    @staticmethod
    def _ends(links: list[Link], *, forward: bool = False) -> tuple[list[str], set[str]]:
        ids = list(dict.fromkeys(k.target if forward else k.source for k in links))
        stated = {k.target if forward else k.source for k in links if not k.assumed}
        return ids, {i for i in ids if i not in stated}


def impact_table(m: ImpactMap, labels: dict[str, str]) -> Table:
    t, names = labels, _Names(m, labels)
    activities = {a.id for a in m.activities}
    operational = {o.id for o in m.operational_goals}
    strategic = {s.id for s in m.strategic_goals}
    rows: list[list[str]] = []
    for b in m.behaviours:
        sources, assumed_sources = names.sources(b.id, activities)
        goals, assumed_goals = names.targets([b.id], operational)
        tops, assumed_tops = names.targets(goals, strategic)
        rows.append(
            [
                names.cell(sources, assumed_sources),
                names.cell([b.id]),
                "\n".join(b.success_indicators) or t["none"],
                names.cell(goals, assumed_goals),
                names.cell(tops, assumed_tops),
            ]
        )
    linked = {k.source for k in m.links} | {k.target for k in m.links}
    for a in m.activities:
        if a.id not in linked:
            rows.append([names.cell([a.id]), t["none"], t["none"], t["none"], t["none"]])
    served = {k.target for k in m.links if k.source in {b.id for b in m.behaviours}}
    for o in m.operational_goals:
        if o.id not in served:
            tops, assumed_tops = names.targets([o.id], strategic)
            none = t["none"]
            rows.append([none, none, none, names.cell([o.id]), names.cell(tops, assumed_tops)])
    header = [t["activity"], t["behaviour"], t["success"], t["operational"], t["strategic"]]
    return Table(header, rows, row_labels=False)
