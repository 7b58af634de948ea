"""The application layer every front end shares; no pygame, no screen.

A play session (begin, choose, rewind, finish: it records a round exactly
once and marks the scenario completed), the catalog of scenario files, the
player's settings, history data for the History screen, and the workshop's
room flow, timer and what-if replays. The pygame ui, the command line, the
phones' web page and the language server call these; none of them re-derives
what a round did.
"""
