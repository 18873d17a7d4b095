"""Loaded by a dashboard server that benchmarks/browser_ab.py starts (this folder on its PYTHONPATH): each script
run's start and end (epoch ms), its thread's CPU and the whole process's (the queries' threads too), a line each in $WTB_RUNLOG, so a browser sample can be split
into the press's way to the server, the server's run and what the browser did after it. Nothing else changes."""

import importlib.abc
import importlib.machinery
import os
import sys
import time

_LOG = os.environ.get("WTB_RUNLOG")


def _patch(module) -> None:
    original = module.ScriptRunner._run_script

    def timed(self, rerun_data, *args, **kwargs):
        start, cpu, process = time.time(), time.thread_time(), time.process_time()
        try:
            return original(self, rerun_data, *args, **kwargs)
        finally:
            with open(_LOG, "a") as out:
                out.write(
                    f"{start * 1000:.1f} {time.time() * 1000:.1f} {(time.thread_time() - cpu) * 1000:.1f} "
                    f"{(time.process_time() - process) * 1000:.1f}\n"
                )

    module.ScriptRunner._run_script = timed


class _Hook(importlib.abc.MetaPathFinder):
    """Patches Streamlit's script runner as it is imported."""

    def find_spec(self, name, path, target=None):
        if name != "streamlit.runtime.scriptrunner.script_runner":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run_module = spec.loader.exec_module

        def exec_module(module):
            run_module(module)
            _patch(module)

        spec.loader.exec_module = exec_module
        return spec


if _LOG:
    sys.meta_path.insert(0, _Hook())
