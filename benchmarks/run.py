"""Run every benchmark in turn (`make bench`). Each reports ratios against a baseline it runs in the
same process, so the numbers compare across machines; see each script's --help for options."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

for script in sorted(HERE.glob("bench_*.py")):
    print(f"== {script.name}", flush=True)
    code = subprocess.call([sys.executable, str(script)], cwd=HERE.parent)
    if code:
        print(f"{script.name} failed with exit code {code}", file=sys.stderr)
        sys.exit(code)
