"""Each key's help text for editors, taken from the JSON Schema so it is written once."""

from __future__ import annotations

from functools import cache

from game.io.schema import build_schema


@cache
def _tables() -> dict[str, dict[str, dict[str, object]]]:
    schema = build_schema()
    tables: dict[str, dict[str, dict[str, object]]] = {"scenario": schema["properties"]}  # type: ignore[dict-item]
    for name, table in schema["$defs"].items():  # type: ignore[attr-defined]
        tables[name] = table.get("properties", {})
    return tables


def keys_of(table: str) -> list[str]:
    """The keys a table (scenario, customer, look, trust, principle, node, choice, branch, ending) takes."""
    return list(_tables().get(table, {}))


def key_help(table: str, key: str) -> str:
    """'**say (choice)**' and the key's description, or '' for a key the table does not take."""
    entry = _tables().get(table, {}).get(key)
    if entry is None:
        return ""
    return f"**{entry.get('title', key)}**\n\n{entry.get('description', '')}"


def values_of(key: str) -> list[tuple[str, str]]:
    """The fixed words a key takes (mood, channel, pin, outcome) with what each means, or [].

    Read from the schema's `enum`, so a new vocabulary completes in the editor
    without a second list. Keys share a vocabulary wherever they appear.
    """
    for table in _tables().values():
        entry = table.get(key, {})
        enum = entry.get("enum")
        if not isinstance(enum, list):
            continue
        words = [str(word) for word in enum]
        notes = entry.get("enumDescriptions")
        about = [str(n) for n in notes] if isinstance(notes, list) else []
        return [(word, about[i] if i < len(about) else "") for i, word in enumerate(words)]
    return []
