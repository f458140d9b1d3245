"""Keep the README's examples true: rerun every `$ kg …` command in a fenced block and put its real
output under it. `python tools/readme_examples.py` rewrites README.md; `--check` only says whether
any output differs (exit 1 if so; a build's timing is ignored). An example that fails (non-zero exit
or anything on stderr) stops it with exit 2 and README.md untouched. Commands run from the
repository root with .venv/bin first on PATH; `kg build` examples rebuild graphs/.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.util import atomic_write  # noqa: E402


def _complete(cmd: str) -> bool:
    try:
        shlex.split(cmd)
    except ValueError:
        return False
    return not cmd.endswith("\\")


class ExampleFailed(Exception):
    pass


def run(cmd: str) -> str:
    env = dict(os.environ, PATH=f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}", COLUMNS="200")
    res = subprocess.run(cmd, shell=True, cwd=ROOT, capture_output=True, text=True, env=env)
    if res.returncode != 0 or res.stderr.strip():
        raise ExampleFailed(f"README example failed (exit {res.returncode}): {cmd.splitlines()[0]}\n{res.stderr.strip()}")
    return res.stdout


def _stable(text: str) -> str:
    """The README without what legitimately changes from run to run (a build's seconds)."""
    return "\n".join(line for line in text.split("\n") if not line.startswith("seconds: "))


def refresh(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if not line.startswith("```") or line.strip() != "```" or i >= len(lines) or not lines[i].startswith("$ kg "):
            continue
        # A block of one or more commands: `$ kg …` (possibly over several lines), then its output.
        block_end = i
        while block_end < len(lines) and lines[block_end] != "```":
            block_end += 1
        j = i
        while j < block_end:
            if not lines[j].startswith("$ "):
                j += 1
                continue
            cmd_lines = [lines[j]]
            j += 1
            while not _complete("\n".join(cmd_lines)[2:]) and j < block_end:
                cmd_lines.append(lines[j])
                j += 1
            out.extend(cmd_lines)
            while j < block_end and not lines[j].startswith("$ "):
                j += 1  # the old output
            output = run("\n".join(cmd_lines)[2:]).rstrip("\n")
            if output:
                out.extend(output.split("\n"))
        i = block_end
    return "\n".join(out)


def main() -> int:
    readme = ROOT / "README.md"
    old = readme.read_text(encoding="utf-8")
    try:
        new = refresh(old)
    except ExampleFailed as exc:
        print(exc, file=sys.stderr)
        return 2
    if "--check" in sys.argv:
        if _stable(new) != _stable(old):
            print("README.md examples differ from what kg prints now; run python tools/readme_examples.py")
            return 1
        return 0
    atomic_write(readme, new)
    return 0


if __name__ == "__main__":
    sys.exit(main())
