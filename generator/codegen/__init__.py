"""The codegen stage: validated specs -> ``generated/<api>-client/`` (client, models, package files)."""
