"""Kept for its old name: scripts/train_classifiers.py fits and stores both learned classifiers.

    python scripts/train_event_classifier.py [--check]
"""

from __future__ import annotations

import runpy
from pathlib import Path

if __name__ == "__main__":
    runpy.run_path(str(Path(__file__).with_name("train_classifiers.py")), run_name="__main__")
