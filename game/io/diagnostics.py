"""Diagnostics are values: a stable code, a severity, a message, a position, a hint.

Nothing a trainer writes raises an exception out of the loader; every problem
becomes one of these, and all of a file's problems are reported in one run.
Each kind of problem is a named `Code` descriptor (game/io/codes.py), as in
Yarn Spinner: call sites write `UNKNOWN_KEY.at(span, key=..., where=...)`,
so the code, its default severity and the wording live in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.model.span import Span
from game.words import plural

ERROR = "error"
WARNING = "warning"

# code -> (slug, one-line description). docs/diagnostics.md has a page for each.
CODES: dict[str, str] = {
    "E100": "yaml-syntax",
    "E101": "duplicate-key",
    "E102": "unsupported-tag",
    "E103": "too-large",
    "E104": "not-text",
    "W105": "comment-in-text",
    "E110": "unknown-key",
    "E111": "missing-key",
    "E112": "wrong-type",
    "E113": "out-of-range",
    "E114": "bad-id",
    "E115": "bad-format-version",
    "E120": "dangling-target",
    "E121": "unknown-principle",
    "E122": "id-clash",
    "E123": "bad-walkout",
    "E124": "missing-outcome",
    "E125": "bad-branches",
    "E126": "bad-mistimed",
    "E130": "condition-syntax",
    "E131": "unknown-flag",
    "E140": "duplicate-scenario-id",
    "E150": "unreadable-file",
    "W200": "unreachable",
    "E201": "stuck",
    "E202": "no-exit",
    "W203": "analysis-incomplete",
    # The balance lint (validate only): see docs/scenarios.md, "Balance".
    "W300": "gameable-by-length",
    "W301": "gameable-by-keywords",
    "W302": "gameable-by-greed",
    "W303": "saturates",
    "W304": "keeps-without-owning",
    "W305": "difficulty-mismatch",
    "W306": "gameable-by-position",
    # Spelling (validate only): game/io/spelling.py.
    "W400": "misspelled",
}


DOC_PAGE = "docs/diagnostics.md"


@dataclass(frozen=True)
class Code:
    """One kind of diagnostic: stable code, slug, default severity, message and hint templates.

    Several descriptors may share a code (one per wording); each code's slug
    is in CODES and its section in docs/diagnostics.md.
    """

    code: str
    slug: str
    severity: str
    template: str
    hint: str = ""

    @property
    def doc(self) -> str:
        """Where the code is explained: its section of docs/diagnostics.md."""
        return f"{DOC_PAGE}#{self.code.lower()}-{self.slug}"

    def at(self, span: Span, hint: str | None = None, /, **values: object) -> Diagnostic:
        """This diagnostic at `span`, its message filled from `values`; `hint` replaces the default."""
        message = self.template.format(**values)
        return Diagnostic(
            span, self.severity, self.code, message, self.hint if hint is None else hint
        )


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem in a scenario file, pointing at the key or value at fault."""

    span: Span
    severity: str
    code: str
    message: str
    hint: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    @property
    def slug(self) -> str:
        return CODES.get(self.code, "")

    def __str__(self) -> str:
        text = f"{self.span}: {self.severity}: {self.message} [{self.code}]"
        return f"{text}\n  hint: {self.hint}" if self.hint else text

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.span.file,
            "line": self.span.line,
            "column": self.span.column,
            "end_line": self.span.end[0],
            "end_column": self.span.end[1],
            "severity": self.severity,
            "code": self.code,
            "name": self.slug,
            "message": self.message,
            "hint": self.hint,
        }


def error(span: Span, code: str, message: str, hint: str = "") -> Diagnostic:
    """An error with a code given as text; prefer a Code descriptor's `at`."""
    return Diagnostic(span, ERROR, code, message, hint)


def warning(span: Span, code: str, message: str, hint: str = "") -> Diagnostic:
    """A warning with a code given as text; prefer a Code descriptor's `at`."""
    return Diagnostic(span, WARNING, code, message, hint)


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    """True when any diagnostic is an error (warnings never stop a file)."""
    return any(d.is_error for d in diagnostics)


def summary(diagnostics: list[Diagnostic], files: int) -> str:
    """'3 files checked: 2 errors, 1 warning' — the last line a trainer reads."""
    errors = sum(d.is_error for d in diagnostics)
    warnings = len(diagnostics) - errors
    noun = "file" if files == 1 else "files"
    if not diagnostics:
        return f"{files} {noun} checked: no problems found"
    parts = [plural(errors, "error"), plural(warnings, "warning")]
    return f"{files} {noun} checked: " + ", ".join(parts)
