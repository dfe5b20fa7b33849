"""Jobs that chain the stages: the ``apigen`` CLI, the main job, corpus runs and documentation coverage."""
