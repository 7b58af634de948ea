"""The pygame game window. The only package that imports pygame; nothing imports it but the CLI.

`app.App` is the Control loop (clock, window, scenes by name); `scenes/` has one
module per screen; `widgets/` the drawing pieces; `theme`, `fonts`, `sound`,
`settings`, `layout` and `catalog` the shared services. Importing any of it opens
no window and loads no font.
"""
