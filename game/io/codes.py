"""Every kind of diagnostic as a named descriptor: code, slug, default severity, wording.

Call sites use these (`UNKNOWN_KEY.at(key.span, key=..., where=...)`), never a
code string, so a code's severity and message live here once. A code may have
several wordings; all of a code's descriptors share its slug from CODES, and
tests/core/test_codes.py holds the two tables together.
"""

from __future__ import annotations

from game.io.diagnostics import ERROR, WARNING, Code

# E100-E104: reading the file as YAML
YAML_SYNTAX = Code("E100", "yaml-syntax", ERROR, "YAML syntax: {problem}")
YAML_UNPARSED = Code("E100", "yaml-syntax", ERROR, "cannot parse YAML: {reason}")
# E100 in plain words: the mistake named where the fix goes (game/io/yaml_explain.py, yaml_scan.py).
# Their hints are templates too, filled by game/io/yaml_explain.py `plain`.
_QUOTE_IT = "put the text in quotes: {quoted}"
MISSING_COLON = Code(
    "E100", "yaml-syntax", ERROR, "a colon is missing after '{key}'", "write '{key}: ...'"
)
NO_SPACE_AFTER_COLON = Code(
    "E100",
    "yaml-syntax",
    ERROR,
    "a space is missing after the colon of '{key}'",
    "write '{key}: {value}'",
)
INDENTED_TOO_FAR = Code(
    "E100",
    "yaml-syntax",
    ERROR,
    "this line is indented {extra} more than the line {side}",
    "line '{key}' up with '{other}' on line {line}",
)
INDENTED_TOO_LITTLE = Code(
    "E100",
    "yaml-syntax",
    ERROR,
    "this line is indented {extra} less than the line {side}",
    "line '{key}' up with '{other}' on line {line}",
)
COLON_IN_TEXT = Code(
    "E100",
    "yaml-syntax",
    ERROR,
    "a colon followed by a space inside text starts a new key",
    _QUOTE_IT,
)
CURLY_QUOTES = Code(
    "E100",
    "yaml-syntax",
    ERROR,
    "curly quotes are not YAML quotes",
    "use straight quotes (\" or ') or none",
)
TAB_INDENT = Code(
    "E100",
    "yaml-syntax",
    ERROR,
    "a tab character is used for indentation",
    "YAML indentation must use spaces, not tabs",
)
NON_BREAKING_SPACE = Code(
    "E100",
    "yaml-syntax",
    ERROR,
    "a non-breaking space (often pasted from a word processor) is {where}",
    "replace it with an ordinary space",
)
INVISIBLE_CHARACTER = Code(
    "E100",
    "yaml-syntax",
    ERROR,
    "an invisible {name} ({code}) is in '{shown}'",
    "delete it: it cannot be seen, so retype the word around it",
)
UNICODE_MINUS = Code(
    "E100",
    "yaml-syntax",
    ERROR,
    "'{char}' ({name}) is not the minus sign YAML reads, so this is text, not a number",
    "use the ASCII minus sign '-'",
)
INDICATOR_START = Code(
    "E100",
    "yaml-syntax",
    ERROR,
    "a value starting with '{char}' means {meaning} in YAML",
    _QUOTE_IT,
)
RESERVED_START = Code(
    "E100",
    "yaml-syntax",
    ERROR,
    "a value cannot start with '{char}' in YAML (the character is reserved)",
    _QUOTE_IT,
)
UNCLOSED_FLOW = Code(
    "E100",
    "yaml-syntax",
    ERROR,
    "the {what} opened here with '{opening}' is never closed",
    "end it with '{closing}' on the same line",
)
COMMENT_CUTS_FLOW = Code(
    "E100",
    "yaml-syntax",
    ERROR,
    "' #' starts a comment here, so the {what} opened with '{opening}' is never closed",
    "put the value with '#' in quotes: {quoted}",
)
COMMENT_IN_TEXT = Code(
    "W105",
    "comment-in-text",
    WARNING,
    "' #' starts a comment: the rest of this line was dropped from the text",
    "put the text in quotes to keep the '#': {quoted}",
)
DUPLICATE_KEY = Code(
    "E101",
    "duplicate-key",
    ERROR,
    "duplicate key '{key}' (first defined at line {first})",
    "YAML keeps only one of them; merge or rename",
)
UNSUPPORTED_TAG = Code(
    "E102",
    "unsupported-tag",
    ERROR,
    "the tag '{tag}' is not allowed in a scenario",
    "scenarios hold plain text, numbers, lists and mappings; remove the tag",
)
_NO_ALIASES = "remove '&' anchors and '*' aliases; a scenario never needs them"
TOO_MANY_VALUES = Code(
    "E103",
    "too-large",
    ERROR,
    "document is too large: more than {limit:,} values (or aliases that expand too far)",
    _NO_ALIASES,
)
TOO_DEEP = Code(
    "E103",
    "too-large",
    ERROR,
    "nested too deeply: more than {limit} levels of lists and mappings",
    "a scenario needs only a few levels; look for '[' or '{' that never close",
)
FILE_TOO_LARGE = Code(
    "E103",
    "too-large",
    ERROR,
    "file is larger than {megabytes} MB",
    "a scenario is text; split it or remove pasted data",
)
TOO_MANY_KEYS = Code(
    "E103",
    "too-large",
    ERROR,
    "mapping is too large: more than {limit:,} keys",
    "a scenario needs far fewer; look for pasted data or a generator gone wrong",
)
TOO_MANY_ITEMS = Code(
    "E103",
    "too-large",
    ERROR,
    "list is too large: more than {limit:,} entries",
    "a scenario needs far fewer; look for pasted data or a generator gone wrong",
)
SCALAR_TOO_LONG = Code(
    "E103",
    "too-large",
    ERROR,
    "value is too long: more than {limit:,} characters",
    "a scenario's texts are a few sentences; remove pasted data",
)
TOO_MANY_DIGITS = Code(
    "E103",
    "too-large",
    ERROR,
    "number is too long: more than {limit} digits",
    "trust and tells are small whole numbers, like 10 or -5",
)
NOT_TEXT = Code(
    "E104", "not-text", ERROR, "file is not UTF-8 text", "save it as UTF-8 in your editor"
)

# E110-E115: keys and values
UNKNOWN_KEY = Code("E110", "unknown-key", ERROR, "unknown key '{key}' in {where}")
MISSING_KEY = Code("E111", "missing-key", ERROR, "{what} is missing the required key '{key}'")
EMPTY_FILE = Code("E111", "missing-key", ERROR, "file is empty", "start with 'format: 1'")
NOT_A_MAPPING = Code("E112", "wrong-type", ERROR, "{what} must be a mapping of 'key: value' lines")
WRONG_TYPE = Code("E112", "wrong-type", ERROR, "{what} must be {expected}")
NOT_MATCHING = Code("E112", "wrong-type", ERROR, "'{text}' is not {expected}")
TAGGED_NOT_VALUE = Code(
    "E112",
    "wrong-type",
    ERROR,
    "'{text}' cannot be read as {tag}",
    "remove the tag or fix the value",
)
CONTROL_CHARACTER = Code(
    "E112",
    "wrong-type",
    ERROR,
    "{what} contains the control character {char}",
    "text may hold line breaks and tabs, but no other control characters; remove it",
)
TEXT_TOO_LONG = Code(
    "E113",
    "out-of-range",
    ERROR,
    "'{key}' is {length:,} characters long; it may be at most {limit:,}",
    "the screen shows a few sentences at a time; shorten it or split it over nodes",
)
OUT_OF_RANGE = Code("E113", "out-of-range", ERROR, "'{key}' is {number}; {allowed}")
LEAVE_AT_NOT_BELOW_START = Code(
    "E113",
    "out-of-range",
    ERROR,
    "leave_at ({leave_at}) must be below start ({start})",
    "or the customer walks out before a word",
)
NO_NODES = Code("E113", "out-of-range", ERROR, "'nodes' needs at least one node")
CHOICE_COUNT = Code(
    "E113", "out-of-range", ERROR, "node '{node}' has {count} choices; it needs 1 to {most}"
)
BAD_ID = Code(
    "E114",
    "bad-id",
    ERROR,
    "'{text}' is not a valid {what} id",
    "use letters, digits, '-' and '_', starting with a letter or digit",
)
NOT_AN_ID = Code("E114", "bad-id", ERROR, "'{text}' is not {expected}")
BAD_FLAG = Code(
    "E114",
    "bad-id",
    ERROR,
    "'{text}' is not a valid flag name",
    "flags are lowercase letters, digits and '-', starting with a letter",
)
BAD_FORMAT_VERSION = Code(
    "E115",
    "bad-format-version",
    ERROR,
    "unsupported format '{text}'; this game reads format {version}",
    "write 'format: 1'",
)

# E120-E131: references between parts of the file
DANGLING_TARGET = Code(
    "E120", "dangling-target", ERROR, "goto target '{target}' is not a node or an ending"
)
START_IS_ENDING = Code(
    "E120", "dangling-target", ERROR, "start '{start}' is an ending; it must be a node"
)
START_NOT_NODE = Code("E120", "dangling-target", ERROR, "start '{start}' is not a node")
WALKOUT_NOT_ENDING = Code("E120", "dangling-target", ERROR, "walkout '{walkout}' is not an ending")
UNKNOWN_PRINCIPLE = Code("E121", "unknown-principle", ERROR, "unknown principle '{principle}'")
ID_CLASH = Code(
    "E122",
    "id-clash",
    ERROR,
    "'{id}' is both a node and an ending",
    "node and ending ids share one namespace; rename one",
)
WALKOUT_IS_NODE = Code(
    "E123",
    "bad-walkout",
    ERROR,
    "walkout '{walkout}' is a node; it must be an ending with outcome leave",
)
WALKOUT_STAYS = Code(
    "E123",
    "bad-walkout",
    ERROR,
    "walkout ending '{walkout}' has outcome '{outcome}'; it must be leave",
)
MISSING_OUTCOME = Code(
    "E124",
    "missing-outcome",
    ERROR,
    "the scenario has no ending with outcome '{outcome}'",
    "every scenario needs at least one 'stay' and one 'leave' ending",
)
BRANCH_WITHOUT_IF = Code(
    "E125",
    "bad-branches",
    ERROR,
    "only the last goto branch may leave out 'if'; later ones never run",
)
LAST_BRANCH_WITH_IF = Code(
    "E125",
    "bad-branches",
    ERROR,
    "the last goto branch must have no 'if', so the round always goes somewhere",
)
MISTIMED_BAD_HABIT = Code(
    "E126",
    "bad-mistimed",
    ERROR,
    "'{principle}' is a bad habit at any moment, so it is not 'mistimed'",
    "list it under 'principles:'; 'mistimed' is for good moves at the wrong time",
)
MISTIMED_AND_CLAIMED = Code(
    "E126",
    "bad-mistimed",
    ERROR,
    "'{principle}' is under both 'principles' and 'mistimed'",
    "keep it under 'mistimed' if the move came at the wrong moment here",
)
CONDITION_SYNTAX = Code("E130", "condition-syntax", ERROR, "condition: {problem}")
UNKNOWN_FLAG = Code(
    "E131", "unknown-flag", ERROR, "flag '{flag}' is tested here but never set by any choice"
)

# E140-E150: across files, and files that cannot be read
DUPLICATE_SCENARIO_ID = Code(
    "E140",
    "duplicate-scenario-id",
    ERROR,
    "scenario id '{id}' is already used by {other}",
    "every scenario needs its own id",
)
UNREADABLE_FILE = Code("E150", "unreadable-file", ERROR, "cannot read file: {reason}")
NO_SUCH_PATH = Code("E150", "unreadable-file", ERROR, "no such file or folder")
NOT_REGULAR_FILE = Code(
    "E150",
    "unreadable-file",
    ERROR,
    "not a regular file ({kind}); it was not opened",
    "a scenario is a plain .yaml file; remove or rename this one",
)
UNREADABLE_FOLDER = Code("E150", "unreadable-file", ERROR, "cannot read folder: {reason}")

# W200-W203: the analysis of every path through the scenario
UNREACHABLE = Code(
    "W200",
    "unreachable",
    WARNING,
    "{kind} '{name}' can never be reached",
    "check the goto targets, conditions and trust changes leading here",
)
STUCK = Code(
    "E201",
    "stuck",
    ERROR,
    "node '{node}' can be reached with every choice hidden (trust {trust}, {flags})",
    "give the node one choice without 'if'",
)
NO_EXIT = Code(
    "E202",
    "no-exit",
    ERROR,
    "from node '{node}' the player can get trapped: no ending is reachable",
    "add a choice that leads towards an ending",
)
ANALYSIS_INCOMPLETE = Code(
    "W203",
    "analysis-incomplete",
    WARNING,
    "analysis stopped after {states} states; results are partial",
)

# W300-W306: the balance report (validate only; docs/scenarios.md#balance)
_GAMEABLE = "{doing} keeps the customer {stay:.0%} of the time; random play keeps them {random:.0%}{sampled}"
GAMEABLE_BY_LENGTH = Code("W300", "gameable-by-length", WARNING, _GAMEABLE)
GAMEABLE_BY_KEYWORDS = Code("W301", "gameable-by-keywords", WARNING, _GAMEABLE)
GAMEABLE_BY_GREED = Code("W302", "gameable-by-greed", WARNING, _GAMEABLE)
SATURATES = Code(
    "W303",
    "saturates",
    WARNING,
    "trust can reach {trust} at node '{node}' with a decision still to come "
    "(choosing {path}); the trust changes there are lost",
    "lower the trust gains (or losses) on the way here, or move the start of the meter",
)
KEEPS_WITHOUT_OWNING = Code(
    "W304",
    "keeps-without-owning",
    WARNING,
    "the customer can be kept without owning or fixing the mistake: {ways}, "
    "e.g. choosing {path} (ending '{ending}')",
)
DIFFICULTY_MISMATCH = Code(
    "W305",
    "difficulty-mismatch",
    WARNING,
    "difficulty {stated} expects random play to keep the customer {expected} of "
    "the time, but it keeps them {stay:.1%} ({fits})",
)
GAMEABLE_BY_POSITION = Code("W306", "gameable-by-position", WARNING, _GAMEABLE)

# W400: spelling (validate only), against a US English dictionary and game/data/words.txt
MISSPELLED = Code(
    "W400",
    "misspelled",
    WARNING,
    "'{word}' is not in the US English dictionary",
    "correct the spelling, or add the word to game/data/words.txt if it is a name or a brand",
)

ALL: tuple[Code, ...] = tuple(v for v in list(globals().values()) if isinstance(v, Code))
