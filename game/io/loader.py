"""Load one scenario file: YAML with positions -> checked, frozen Scenario.

`load_scenario(path)` never raises for anything in the file: it returns a
LoadResult whose `scenario` is None when any error was found, and whose
`diagnostics` lists every problem at once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from game.engine.conditions import parse_condition
from game.io import checks, codes
from game.io.diagnostics import Diagnostic, has_errors
from game.io.fields import FieldReader, shown
from game.io.glossary import builtin_glossary
from game.io.lint import analysis_diagnostics
from game.io.yaml_source import Document, YMap, YNode, YScalar, YSeq, parse_bytes, read_document
from game.model import format as fmt
from game.model.condition import Condition
from game.model.scenario import (
    Branch,
    Choice,
    Customer,
    Ending,
    Look,
    Node,
    Principle,
    Scenario,
)
from game.model.span import Span


@dataclass
class LoadResult:
    """What loading one file produced: a scenario if it is sound, and every diagnostic."""

    path: str
    scenario: Scenario | None
    diagnostics: list[Diagnostic]
    text: str = ""
    scenario_id: str = ""  # kept when the scenario itself is dropped (see library.py)
    id_span: Span | None = None

    @property
    def ok(self) -> bool:
        return self.scenario is not None and not has_errors(self.diagnostics)

    @property
    def sound(self) -> bool:
        """The file has a scenario id and no errors (whether or not the scenario was kept)."""
        return bool(self.scenario_id) and not has_errors(self.diagnostics)


@dataclass
class References:
    """Names used in the file, with positions, checked once everything is read."""

    targets: list[YScalar] = field(default_factory=list)
    principles: list[YScalar] = field(default_factory=list)
    mistimed: list[tuple[list[YScalar], list[YScalar]]] = field(default_factory=list)
    flags_set: set[str] = field(default_factory=set)
    flag_tests: list[tuple[str, Condition, int]] = field(default_factory=list)
    node_ids: set[str] = field(default_factory=set)
    ending_ids: set[str] = field(default_factory=set)
    walkout: YScalar | None = None
    start: YScalar | None = None


def load_scenario(
    path: Path | str,
    glossary: Mapping[str, Principle] | None = None,
    analyse: bool = True,
) -> LoadResult:
    """Read, check and (if sound) analyse one scenario file."""
    path = Path(path)
    document = read_document(path, str(path))
    return _finish(document, str(path), glossary, analyse)


def load_bytes(
    data: bytes, name: str, glossary: Mapping[str, Principle] | None = None, analyse: bool = True
) -> LoadResult:
    """Like load_scenario, for content already in memory (tests, fuzzing, editors)."""
    return _finish(parse_bytes(data, name), name, glossary, analyse)


def source_hash(text: str) -> str:
    """The one fingerprint of a scenario's text: a byte-order mark or the reader never changes it.

    Records and saved rounds keep it to notice when a file was edited since.
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _finish(
    document: Document,
    name: str,
    glossary: Mapping[str, Principle] | None,
    analyse: bool,
) -> LoadResult:
    diagnostics = list(document.diagnostics)
    if document.root is None:
        return LoadResult(name, None, diagnostics, document.text)
    builder = _Builder(name, diagnostics, glossary if glossary is not None else builtin_glossary())
    scenario = builder.build(document.root, source_hash(document.text))
    if scenario is not None:
        diagnostics.extend(checks.check_references(scenario, builder.refs))
    if scenario is not None and analyse and not has_errors(diagnostics):
        diagnostics.extend(analysis_diagnostics(scenario))
    diagnostics.sort()
    sound = scenario if not has_errors(diagnostics) else None
    sid, id_span = (scenario.id, scenario.id_span) if scenario else ("", None)
    return LoadResult(name, sound, diagnostics, document.text, sid, id_span)


class _Builder:
    """Walks the YAML tree once, building model objects and noting references."""

    def __init__(
        self, name: str, diagnostics: list[Diagnostic], glossary: Mapping[str, Principle]
    ) -> None:
        self.name = name
        self.diagnostics = diagnostics
        self.read = FieldReader(diagnostics)
        self.glossary = glossary
        self.refs = References()

    def build(self, root: YNode, source_hash: str) -> Scenario | None:
        top = self.read.mapping(root, "a scenario file")
        if top is None:
            return None
        self.read.check_keys(top, fmt.TOP, "the scenario")
        self._check_format(top)
        trust = self._trust(top.get("trust"))
        nodes = self._nodes(top.get("nodes"))
        endings = self._endings(top.get("endings"))
        walkout = self.read.text(top, fmt.field(fmt.TOP, "walkout"))
        start = self.read.text(top, fmt.field(fmt.TOP, "start"))
        self.refs.walkout, self.refs.start = _scalar(top.get("walkout")), _scalar(top.get("start"))
        title = self.read.text(top, fmt.field(fmt.TOP, "title"))
        summary = self.read.text(top, fmt.field(fmt.TOP, "summary"))
        customer = self._customer(top.get("customer"))
        sid = self.read.pattern(top, fmt.field(fmt.TOP, "id"), fmt.SLUG, "a valid id")
        if sid is None or walkout is None or start is None or customer is None:
            return None
        if title is None or summary is None:
            return None
        channel = self._channel(top)
        return Scenario(
            id=sid,
            title=title,
            summary=summary,
            customer=customer,
            walkout=walkout,
            start=start,
            nodes=nodes,
            endings=endings,
            trust_start=trust[0],
            leave_at=trust[1],
            difficulty=self.read.integer(top, fmt.field(fmt.TOP, "difficulty")) or 1,
            tags=tuple(w.text for w in self.read.strings(top, fmt.field(fmt.TOP, "tags"))),
            channel=channel,
            setting=self._setting(top, channel),
            principles={**self.glossary, **self._principles(top.get("principles"))},
            debrief=self.read.text(top, fmt.field(fmt.TOP, "debrief")) or "",
            path=self.name,
            source_hash=source_hash,
            span=top.span,
            id_span=(top.get("id") or top).span,
        )

    def _channel(self, top: YMap) -> str:
        item = fmt.field(fmt.TOP, "channel")
        return self.read.one_of(top, item, fmt.CHANNELS) or str(item.default)

    def _setting(self, top: YMap, channel: str) -> str:
        item = fmt.field(fmt.TOP, "setting")
        named = self.read.one_of(top, item, fmt.SETTINGS)
        return named or fmt.SETTING_FOR_CHANNEL.get(channel, fmt.SETTINGS[0])

    def _check_format(self, top: YMap) -> None:
        value = top.get("format")
        if value is None:
            return
        number = value.value if isinstance(value, YScalar) else None
        exact = type(number) is int and number == fmt.FORMAT_VERSION  # not True, not 1.0
        if not exact:
            text = shown(value.text) if isinstance(value, YScalar) else "a list or mapping"
            version = fmt.FORMAT_VERSION
            self.read.report(value, codes.BAD_FORMAT_VERSION, text=text, version=version)

    def _target(self, node: YMap) -> str | None:
        text = self.read.text(node, fmt.field(fmt.BRANCH, "to"))
        value = node.get("to")
        if text is not None and isinstance(value, YScalar):
            self.refs.targets.append(value)
        return text

    def _trust(self, node: YNode | None) -> tuple[int, int]:
        defaults = (50, 15)
        table = self.read.mapping(node, "'trust'")
        if table is None:
            return defaults
        self.read.check_keys(table, fmt.TRUST, "'trust'")
        start = self.read.integer(table, fmt.field(fmt.TRUST, "start"))
        leave_at = self.read.integer(table, fmt.field(fmt.TRUST, "leave_at"))
        start = defaults[0] if start is None else start
        leave_at = defaults[1] if leave_at is None else leave_at
        if leave_at >= start:
            where = table.get("leave_at") or table
            self.read.report(where, codes.LEAVE_AT_NOT_BELOW_START, leave_at=leave_at, start=start)
        return start, leave_at

    def _customer(self, node: YNode | None) -> Customer | None:
        table = self.read.mapping(node, "'customer'")
        if table is None:
            return None
        self.read.check_keys(table, fmt.CUSTOMER, "'customer'")
        name = self.read.text(table, fmt.field(fmt.CUSTOMER, "name"))
        role = self.read.text(table, fmt.field(fmt.CUSTOMER, "role")) or ""
        look = self._look(table.get("look"))
        return Customer(name, role, look) if name is not None else None

    def _look(self, node: YNode | None) -> Look:
        table = self.read.mapping(node, "'look'")
        if table is None:
            return Look()
        self.read.check_keys(table, fmt.LOOK, "'look'")
        values: dict[str, str] = {}
        for item in fmt.LOOK:
            if item.kind == "colour":
                value = self.read.pattern(table, item, fmt.COLOUR, 'a colour like "#3a6ea5"')
            else:
                value = self.read.one_of(table, item, fmt.LOOK_WORDS[item.kind])
            values[item.key] = value or str(item.default)
        return Look(**values)

    def _principles(self, node: YNode | None) -> dict[str, Principle]:
        table = self.read.mapping(node, "'principles'")
        found: dict[str, Principle] = {}
        for key, value in table.entries if table else []:
            entry = self.read.mapping(value, f"principle '{key.text}'")
            if entry is None:
                continue
            self.read.check_keys(entry, fmt.PRINCIPLE, f"principle '{key.text}'")
            name, summary, good, explanation = (
                self.read.text(entry, fmt.field(fmt.PRINCIPLE, "name")),
                self.read.text(entry, fmt.field(fmt.PRINCIPLE, "summary")),
                self.read.boolean(entry, fmt.field(fmt.PRINCIPLE, "good")),
                self.read.text(entry, fmt.field(fmt.PRINCIPLE, "explanation")) or "",
            )
            if name is not None and summary is not None and good is not None:
                found[key.text] = Principle(key.text, name, summary, good, explanation, key.span)
        return found

    def _id(self, key: YScalar, what: str) -> bool:
        if fmt.matches(fmt.ID, key.text):
            return True
        self.read.report(key, codes.BAD_ID, text=shown(key.text), what=what)
        return False

    def _nodes(self, node: YNode | None) -> dict[str, Node]:
        table = self.read.mapping(node, "'nodes'")
        nodes: dict[str, Node] = {}
        if table is not None and not table.entries:
            self.read.report(table, codes.NO_NODES)
        for key, value in table.entries if table else []:
            self.refs.node_ids.add(key.text)
            built = self._node(key, value)
            if built is not None and self._id(key, "node"):
                nodes[key.text] = built
        return nodes

    def _node(self, key: YScalar, value: YNode) -> Node | None:
        entry = self.read.mapping(value, f"node '{key.text}'")
        if entry is None:
            return None
        self.read.check_keys(entry, fmt.NODE, f"node '{key.text}'")
        say = self.read.text(entry, fmt.field(fmt.NODE, "say"))
        speaker = self.read.text(entry, fmt.field(fmt.NODE, "speaker"))
        mood = self.read.one_of(entry, fmt.field(fmt.NODE, "mood"), fmt.MOODS)
        prompt = self.read.text(entry, fmt.field(fmt.NODE, "prompt")) or ""
        choices = self._choices(entry.get("choices"), key.text)
        if say is None or choices is None:
            return None
        return Node(key.text, say, choices, speaker, mood, prompt, key.span)

    def _choices(self, node: YNode | None, owner: str) -> tuple[Choice, ...] | None:
        if node is None:
            return None
        if not isinstance(node, YSeq):
            what = f"'choices' of node '{owner}'"
            self.read.report(node, codes.WRONG_TYPE, what=what, expected="a list")
            return None
        if not 1 <= len(node.items) <= fmt.MAX_CHOICES:
            count, most = len(node.items), fmt.MAX_CHOICES
            self.read.report(node, codes.CHOICE_COUNT, node=owner, count=count, most=most)
        built = [self._choice(item) for item in node.items]
        return tuple(c for c in built if c is not None)

    def _choice(self, node: YNode) -> Choice | None:
        entry = self.read.mapping(node, "a choice")
        if entry is None:
            return None
        self.read.check_keys(entry, fmt.CHOICE, "a choice")
        field_of = {f.key: f for f in fmt.CHOICE}
        say = self.read.text(entry, field_of["say"])
        goto = self._goto(entry.get("goto"))
        trust = self.read.integer(entry, field_of["trust"])
        flags_set = tuple(w.text for w in self.read.flags(entry, field_of["set"]))
        self.refs.flags_set.update(flags_set)
        flags_unset = tuple(w.text for w in self.read.flags(entry, field_of["unset"]))
        principles = self.read.strings(entry, field_of["principles"])
        self.refs.principles.extend(principles)
        mistimed = self.read.strings(entry, field_of["mistimed"])
        self.refs.mistimed.append((principles, mistimed))
        pin = self.read.pattern(entry, field_of["pin"], "|".join(fmt.PINS), "'first' or 'last'")
        if say is None or not goto:
            return None
        return Choice(
            say=say,
            goto=goto,
            trust=trust or 0,
            condition=self._condition(entry.get("if")),
            set=flags_set,
            unset=flags_unset,
            principles=tuple(p.text for p in principles),
            feedback=self.read.text(entry, field_of["feedback"]) or "",
            pin=pin,
            mistimed=tuple(p.text for p in mistimed),
            span=entry.span,
        )

    def _goto(self, node: YNode | None) -> tuple[Branch, ...]:
        if isinstance(node, YScalar) and node.value is not None:
            self.refs.targets.append(node)
            return (Branch(node.text, None, node.span),)
        if not isinstance(node, YSeq) or not node.items:
            if node is not None:
                expected = "an id or a list of branches '- if: ... / to: ...'"
                self.read.report(node, codes.WRONG_TYPE, what="'goto'", expected=expected)
            return ()
        branches = [self._branch(item) for item in node.items]
        self._check_branch_order(node)
        return tuple(b for b in branches if b is not None)

    def _branch(self, node: YNode) -> Branch | None:
        entry = self.read.mapping(node, "a goto branch")
        if entry is None:
            return None
        self.read.check_keys(entry, fmt.BRANCH, "a goto branch")
        target = self._target(entry)
        if target is None:
            return None
        return Branch(target, self._condition(entry.get("if")), entry.span)

    def _check_branch_order(self, node: YSeq) -> None:
        maps = [item for item in node.items if isinstance(item, YMap)]
        for item in maps[:-1]:
            if item.get("if") is None:
                self.read.report(item, codes.BRANCH_WITHOUT_IF)
        if maps and maps[-1].get("if") is not None:
            self.read.report(maps[-1].get("if") or maps[-1], codes.LAST_BRANCH_WITH_IF)

    def _condition(self, node: YNode | None) -> Condition | None:
        if node is None:
            return None
        if not isinstance(node, YScalar) or not isinstance(node.value, str):
            expected = "a condition such as 'trust >= 50'"
            self.read.report(node, codes.WRONG_TYPE, what="'if'", expected=expected)
            return None
        expr, problem = parse_condition(node.value)
        span = node.content_span()
        if problem is not None:
            where = span.shifted(problem.offset)
            self.diagnostics.append(codes.CONDITION_SYNTAX.at(where, problem=problem.message))
        if expr is None:
            return None
        condition = Condition(node.value, expr, span)
        self.refs.flag_tests.extend((t.name, condition, t.offset) for t in condition.flag_tests())
        return condition

    def _endings(self, node: YNode | None) -> dict[str, Ending]:
        table = self.read.mapping(node, "'endings'")
        endings: dict[str, Ending] = {}
        for key, value in table.entries if table else []:
            self.refs.ending_ids.add(key.text)
            entry = self.read.mapping(value, f"ending '{key.text}'")
            if entry is None or not self._id(key, "ending"):
                continue
            self.read.check_keys(entry, fmt.ENDING, f"ending '{key.text}'")
            outcome = self.read.pattern(
                entry, fmt.field(fmt.ENDING, "outcome"), "|".join(fmt.OUTCOMES), "'stay' or 'leave'"
            )
            say = self.read.text(entry, fmt.field(fmt.ENDING, "say"))
            tells = self.read.integer(entry, fmt.field(fmt.ENDING, "tells"))
            lesson = self.read.text(entry, fmt.field(fmt.ENDING, "lesson")) or ""
            if outcome is None or say is None:
                continue
            tells = fmt.DEFAULT_TELLS[outcome] if tells is None else tells
            endings[key.text] = Ending(key.text, outcome, say, tells, lesson, key.span)
        return endings


def _scalar(node: YNode | None) -> YScalar | None:
    return node if isinstance(node, YScalar) and node.value is not None else None
