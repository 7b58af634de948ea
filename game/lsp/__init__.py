"""The language server: our own diagnostics, completion, hover and go-to-definition in any editor.

A front end like the CLI or the window: it uses only game.api (docs/api.md).
features.py answers each question from a text and a position (pure, tested
through the server); server.py speaks LSP over stdio with pygls.
"""
