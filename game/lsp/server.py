"""`make-it-right lsp`: the language server over stdio, built on pygls.

Diagnostics are published on open, change and save; completion, hover and
go-to-definition answer from game/lsp/features.py; a quick fix applies each
did-you-mean (game/lsp/actions.py). LSP positions are 0-based
and count UTF-16 units (unless the editor agreed on another encoding); our
Spans are 1-based and count characters, so every position is converted here.
"""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.workspace import TextDocument

from game import api
from game.lsp import actions, features

NAME = "make-it-right"
DOCS = Path(api.__file__).resolve().parent.parent


def build() -> LanguageServer:
    """A server with every feature registered; nothing runs until it is started."""
    server = LanguageServer(NAME, "1")

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: LanguageServer, params: lsp.DidOpenTextDocumentParams) -> None:
        publish(ls, params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: LanguageServer, params: lsp.DidChangeTextDocumentParams) -> None:
        publish(ls, params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: LanguageServer, params: lsp.DidSaveTextDocumentParams) -> None:
        publish(ls, params.text_document.uri)

    @server.feature(
        lsp.TEXT_DOCUMENT_COMPLETION, lsp.CompletionOptions(trigger_characters=[" ", "["])
    )
    def completion(ls: LanguageServer, params: lsp.CompletionParams) -> lsp.CompletionList:
        text, line, column = _where(ls, params)
        items = [
            lsp.CompletionItem(label=i.label, detail=i.detail)
            for i in features.completions(text, line, column)
        ]
        return lsp.CompletionList(is_incomplete=False, items=items)

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: LanguageServer, params: lsp.HoverParams) -> lsp.Hover | None:
        shown = features.hover(*_where(ls, params))
        if not shown:
            return None
        return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=shown))

    @server.feature(lsp.TEXT_DOCUMENT_DEFINITION)
    def definition(ls: LanguageServer, params: lsp.DefinitionParams) -> lsp.Location | None:
        span = features.definition(*_where(ls, params))
        if span is None:
            return None
        document = ls.workspace.get_text_document(params.text_document.uri)
        return lsp.Location(uri=params.text_document.uri, range=_range(span, document))

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]),
    )
    def code_action(ls: LanguageServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        return actions.quick_fixes(params.text_document.uri, params.context.diagnostics)

    return server


def publish(ls: LanguageServer, uri: str) -> None:
    """Check the document as it is now and send every diagnostic with its range and code."""
    document = ls.workspace.get_text_document(uri)
    found = features.diagnose(document.source, document.path or uri)
    diagnostics = [_diagnostic(d, document) for d in found]
    ls.text_document_publish_diagnostics(
        lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=document.version)
    )
    features.warm(document.source)


def _diagnostic(d: api.Diagnostic, document: TextDocument) -> lsp.Diagnostic:
    error = d.is_error
    message = f"{d.message}\nhint: {d.hint}" if d.hint else d.message
    link = (DOCS / api.doc_link(d.code)).as_uri().replace("%23", "#")
    return lsp.Diagnostic(
        range=_range(d.span, document),
        message=message,
        severity=lsp.DiagnosticSeverity.Error if error else lsp.DiagnosticSeverity.Warning,
        code=d.code,
        code_description=lsp.CodeDescription(href=link),
        source=NAME,
    )


def _range(span: api.Span, document: TextDocument) -> lsp.Range:
    """The span in the editor's units (UTF-16 unless the editor asked otherwise), 0-based."""
    end_line, end_column = span.end
    if span.is_point:
        end_column += 1
    start = lsp.Position(line=span.line - 1, character=span.column - 1)
    end = lsp.Position(line=end_line - 1, character=end_column - 1)
    return document.position_codec.range_to_client_units(
        document.lines, lsp.Range(start=start, end=end)
    )


def _where(ls: LanguageServer, params: lsp.TextDocumentPositionParams) -> tuple[str, int, int]:
    document = ls.workspace.get_text_document(params.text_document.uri)
    at = document.position_codec.position_from_client_units(document.lines, params.position)
    return document.source, at.line + 1, at.character + 1


def run() -> None:
    """Serve one editor over stdin and stdout until it disconnects."""
    build().start_io()
