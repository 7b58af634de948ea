"""The pygame game window. The only package that imports pygame; nothing imports it but the CLI.

`app.App` is the Control loop (clock, window, scenes by name); `scenes/` has one
module per screen; `widgets/` the drawing pieces; `theme`, `fonts`, `sound` and
`layout` the shared services; the application logic it shows lives in game/play.
Importing any of it opens no window and loads no font; it only asks pygame not
to print its banner, which learners should never see on a console.
"""

import os

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
