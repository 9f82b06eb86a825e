"""Reports generated from what runs recorded (comparison tables now; plots with the sweep runner)."""
