"""Run by hand on a checkout, never by the pipeline: the builders of the reference files and maps in data/."""
