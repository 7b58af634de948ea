"""Reading and writing: YAML with positions, diagnostics, scenario loading."""
