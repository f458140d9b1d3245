"""Where kg finds its data: the ontology folder (lexicon, layout, rules, saved queries)."""

from __future__ import annotations

import os
from pathlib import Path


def ontology_dir() -> Path:
    """`KG_ONTOLOGY` if set, else the `ontology/` folder shipped with kg."""
    env = os.environ.get("KG_ONTOLOGY")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for cand in (here / "ontology", here.parent / "ontology"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError("kg's ontology/ folder is missing (set KG_ONTOLOGY to its path)")
