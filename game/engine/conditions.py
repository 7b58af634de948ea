"""Tokenizer and recursive-descent parser for the condition language.

    COND := OR          OR  := AND ("or" AND)*      AND := NOT ("and" NOT)*
    NOT  := "not" NOT | ATOM                        ATOM := "(" COND ")" | FLAG | "trust" OP INT

Never evaluated by Python's eval: the result is a tree from game.model.condition.
Errors are values carrying the 0-based offset of the fault inside the string.
Nesting (parentheses and 'not') is limited to MAX_NESTING levels and numbers to
MAX_NUMBER_DIGITS digits, so no condition can exhaust the stack or int().
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from game.model.condition import COMPARISONS, And, Expr, FlagTest, Not, Or, TrustTest

FLAG_PATTERN = re.compile(r"[a-z][a-z0-9-]*\Z")
_TOKEN = re.compile(
    r"\s*(?:(?P<num>[-+]?\d+)|(?P<word>[A-Za-z_][A-Za-z0-9_-]*)"
    r"|(?P<op><=|>=|==|!=|<|>|=)|(?P<paren>[()])|(?P<bad>\S))"
)
KEYWORDS = {"and", "or", "not", "trust"}
MAX_NESTING = 32  # levels of '(' and 'not'; a real condition needs two or three
MAX_NUMBER_DIGITS = 9  # trust runs from 0 to 100


@dataclass(frozen=True)
class Token:
    kind: str  # num, word, op, paren, end
    text: str
    offset: int


@dataclass(frozen=True)
class ConditionError:
    """A syntax problem at `offset` characters into the condition text."""

    offset: int
    message: str


class _Fail(Exception):
    def __init__(self, offset: int, message: str) -> None:
        self.error = ConditionError(offset, message)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    position = 0
    while True:
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            break
        kind = match.lastgroup or "bad"
        start = match.start(kind)
        if kind == "bad":
            raise _Fail(start, f"unexpected character '{match.group(kind)}'")
        tokens.append(Token(kind, match.group(kind), start))
        position = match.end()
    tokens.append(Token("end", "", len(text.rstrip())))
    return tokens


def parse_condition(text: str) -> tuple[Expr | None, ConditionError | None]:
    """Parse `text`; return the tree, or None and the first error."""
    try:
        parser = _Parser(tokenize(text))
        expr = parser.parse()
    except _Fail as fail:
        return None, fail.error
    return expr, None


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.index = 0
        self.depth = 0

    def nest(self) -> None:
        """Enter one more level of '(' or 'not', refusing to go past MAX_NESTING."""
        self.depth += 1
        if self.depth > MAX_NESTING:
            message = f"nested too deeply: more than {MAX_NESTING} levels of '(' and 'not'"
            raise _Fail(self.current.offset, message)

    @property
    def current(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.current
        self.index += 1
        return token

    def at_word(self, word: str) -> bool:
        return self.current.kind == "word" and self.current.text == word

    def parse(self) -> Expr:
        if self.current.kind == "end":
            raise _Fail(0, "empty condition")
        expr = self.parse_or()
        if self.current.kind != "end":
            raise _Fail(self.current.offset, self._unexpected("'and', 'or' or the end"))
        return expr

    def parse_or(self) -> Expr:
        operands = [self.parse_and()]
        while self.at_word("or"):
            self.advance()
            operands.append(self.parse_and())
        return operands[0] if len(operands) == 1 else Or(tuple(operands))

    def parse_and(self) -> Expr:
        operands = [self.parse_not()]
        while self.at_word("and"):
            self.advance()
            operands.append(self.parse_not())
        return operands[0] if len(operands) == 1 else And(tuple(operands))

    def parse_not(self) -> Expr:
        if self.at_word("not"):
            self.nest()
            self.advance()
            inner = self.parse_not()
            self.depth -= 1
            return Not(inner)
        return self.parse_atom()

    def parse_atom(self) -> Expr:
        token = self.current
        if token.kind == "paren" and token.text == "(":
            self.nest()
            self.advance()
            expr = self.parse_or()
            if not (self.current.kind == "paren" and self.current.text == ")"):
                raise _Fail(self.current.offset, self._unexpected("')'"))
            self.advance()
            self.depth -= 1
            return expr
        if token.kind == "word" and token.text == "trust":
            return self.parse_trust()
        if token.kind == "word" and token.text not in KEYWORDS:
            return self.parse_flag()
        raise _Fail(token.offset, self._unexpected("a flag, 'trust', 'not' or '('"))

    def parse_trust(self) -> Expr:
        self.advance()
        op = self.current
        if op.kind != "op":
            raise _Fail(op.offset, self._unexpected("a comparison such as >= after 'trust'"))
        if op.text == "=":
            raise _Fail(op.offset, "'=' is not a comparison; write '==' to test equality")
        self.advance()
        number = self.current
        if number.kind != "num":
            raise _Fail(number.offset, self._unexpected(f"a whole number after '{op.text}'"))
        if len(number.text.lstrip("+-")) > MAX_NUMBER_DIGITS:
            message = (
                f"number is too long: more than {MAX_NUMBER_DIGITS} digits; trust runs 0 to 100"
            )
            raise _Fail(number.offset, message)
        self.advance()
        assert op.text in COMPARISONS
        return TrustTest(op.text, int(number.text))

    def parse_flag(self) -> Expr:
        token = self.advance()
        if not FLAG_PATTERN.match(token.text):
            message = f"'{token.text}' is not a valid flag name (lowercase letters, digits, '-')"
            raise _Fail(token.offset, message)
        if self.current.kind == "op":
            message = f"only 'trust' can be compared; '{token.text}' is a flag"
            raise _Fail(self.current.offset, message)
        return FlagTest(token.text, token.offset)

    def _unexpected(self, wanted: str) -> str:
        token = self.current
        found = "the end of the condition" if token.kind == "end" else f"'{token.text}'"
        return f"expected {wanted}, found {found}"
