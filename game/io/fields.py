"""Typed reads of a positioned YAML mapping against a table of format fields.

Each read returns a value (or the field's default) and records a diagnostic
for anything wrong, so a whole file is checked in one pass.
"""

from __future__ import annotations

import unicodedata

from game.io import codes
from game.io.budgets import TEXT_LIMITS
from game.io.diagnostics import Code, Diagnostic
from game.io.suggest import did_you_mean
from game.io.yaml_source import YMap, YNode, YScalar, YSeq
from game.model import format as fmt
from game.model.format import Field


class FieldReader:
    """Collects diagnostics while reading fields out of YAML mappings."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics

    def report(self, node: YNode, kind: Code, hint: str | None = None, /, **values: object) -> None:
        """Note a diagnostic of `kind` at `node`, its message filled from `values`."""
        self.diagnostics.append(kind.at(node.span, hint, **values))

    def mapping(self, node: YNode | None, what: str) -> YMap | None:
        """`node` as a mapping, or None after reporting that it is not one."""
        if isinstance(node, YMap):
            return node
        if node is not None:
            self.report(node, codes.NOT_A_MAPPING, what=what)
        return None

    def check_keys(self, node: YMap, table: tuple[Field, ...], what: str) -> None:
        """Report unknown keys (with a suggestion) and missing required ones."""
        known = fmt.keys(table)
        for key, _ in node.entries:
            if key.text not in known:
                hint = did_you_mean(key.text, known) or "allowed keys: " + ", ".join(known)
                self.report(key, codes.UNKNOWN_KEY, hint, key=key.text, where=what)
        for item in table:
            if item.required and node.entry(item.key) is None:
                self.report(node, codes.MISSING_KEY, what=what, key=item.key)

    def text(self, node: YMap, item: Field) -> str | None:
        value = node.get(item.key)
        if value is None:
            return item.default if isinstance(item.default, str) else None
        if not isinstance(value, YScalar) or value.value is None:
            self.report(value, codes.WRONG_TYPE, what=f"'{item.key}'", expected="text")
            return None
        text = value.value if isinstance(value.value, str) else value.text
        return text if self._fits(value, item.key, text) else None

    def _fits(self, node: YScalar, key: str, text: str) -> bool:
        """Whether `text` is short enough for the screen and free of control characters."""
        limit = TEXT_LIMITS.get(key)
        if limit is not None and len(text) > limit:
            self.report(node, codes.TEXT_TOO_LONG, key=key, length=len(text), limit=limit)
            return False
        bad = next((ch for ch in text if _is_control(ch)), None)
        if bad is not None:
            self.report(node, codes.CONTROL_CHARACTER, what=f"'{key}'", char=shown(bad))
            return False
        return True

    def integer(self, node: YMap, item: Field) -> int | None:
        value = node.get(item.key)
        if value is None:
            return item.default if isinstance(item.default, int) else None
        number = value.value if isinstance(value, YScalar) else None
        if not isinstance(number, int) or isinstance(number, bool):
            self.report(value, codes.WRONG_TYPE, what=f"'{item.key}'", expected="a whole number")
            return None
        if not _in_range(number, item):
            self.report(
                value, codes.OUT_OF_RANGE, key=item.key, number=number, allowed=_range_text(item)
            )
            return None
        return number

    def boolean(self, node: YMap, item: Field) -> bool | None:
        value = node.get(item.key)
        if value is None:
            return None
        if not isinstance(value, YScalar) or not isinstance(value.value, bool):
            self.report(value, codes.WRONG_TYPE, what=f"'{item.key}'", expected="true or false")
            return None
        return value.value

    def pattern(self, node: YMap, item: Field, regex: str, what: str) -> str | None:
        """A text value that must match `regex` (ids, colours, outcomes)."""
        text = self.text(node, item)
        if text is not None and not fmt.matches(regex, text):
            kind = codes.NOT_AN_ID if item.kind in ("slug", "id", "flags") else codes.NOT_MATCHING
            self.report(node.get(item.key) or node, kind, text=shown(text), expected=what)
            return None
        return text

    def one_of(self, node: YMap, item: Field, words: tuple[str, ...]) -> str | None:
        """A text value that must be one of `words` (a mood, a channel), with a suggestion."""
        text = self.text(node, item)
        if text is None or text in words:
            return text
        listed = ", ".join(words)
        hint = did_you_mean(text, list(words)) or f"one of: {listed}"
        where = node.get(item.key) or node
        self.report(where, codes.NOT_MATCHING, hint, text=shown(text), expected=f"one of {listed}")
        return None

    def strings(self, node: YMap, item: Field) -> list[YScalar]:
        """A list of words; a single word is taken as a list of one."""
        value = node.get(item.key)
        if value is None:
            return []
        if isinstance(value, YScalar) and value.value is not None:
            return [value]
        if not isinstance(value, YSeq):
            self.report(
                value, codes.WRONG_TYPE, what=f"'{item.key}'", expected="a list, like [a, b]"
            )
            return []
        words = []
        for entry in value.items:
            if isinstance(entry, YScalar) and entry.value is not None:
                words.append(entry)
            else:
                what = f"each entry of '{item.key}'"
                self.report(entry, codes.WRONG_TYPE, what=what, expected="a word")
        return words

    def flags(self, node: YMap, item: Field) -> list[YScalar]:
        words = self.strings(node, item)
        for word in words:
            if not fmt.matches(fmt.FLAG, word.text):
                self.report(word, codes.BAD_FLAG, text=shown(word.text))
        return [w for w in words if fmt.matches(fmt.FLAG, w.text)]


def shown(text: str) -> str:
    """`text` for a message: a newline or other control character is written as its escape."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def _is_control(ch: str) -> bool:
    """A control character other than a line break or a tab (NUL, ESC, C1 codes, ...)."""
    return ch not in "\n\t" and unicodedata.category(ch) == "Cc"


def _in_range(number: int, item: Field) -> bool:
    low_ok = item.minimum is None or number >= item.minimum
    return low_ok and (item.maximum is None or number <= item.maximum)


def _range_text(item: Field) -> str:
    if item.minimum is not None and item.maximum is not None:
        if item.minimum == item.maximum:
            return f"it must be {item.minimum}"
        return f"it must be between {item.minimum} and {item.maximum}"
    if item.minimum is not None:
        return f"it must be at least {item.minimum}"
    return f"it must be at most {item.maximum}"
