"""Train the learned relation scorer on annotated pages and write its model (kg/learned.py, kg/training.py).

    python tools/train_relations.py GOLD_DIR... [--out ontology/models/relations.json] [--threshold 0.7]
        [--predicates develops=0.8,fabricatedBy=0.8] [--epochs 12] [--l2 0.0001] [--min-sets 2] [--carried] [--off]

Each GOLD_DIR is a folder of annotation files (tests/gold/README.md) whose parent folder holds the pages.
The same folders give a byte-identical model file. Errors are one line naming the file, exit status 1.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.errors import KgError  # noqa: E402
from kg.learned import model_path  # noqa: E402
from kg.training import EPOCHS, L2, set_examples, train, write_model  # noqa: E402


@click.command()
@click.argument("gold_dirs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), default=None, help="model file (default: ontology/models/relations.json)")
@click.option("--threshold", type=float, default=0.7, show_default=True, help="probability a relation needs")
@click.option("--min-sets", type=int, default=2, show_default=True, help="keep features seen in at least this many sets")
@click.option("--predicates", default=None,
              help="state only these predicates, each at its own threshold: develops=0.8,fabricatedBy=0.8 "
                   "(a predicate without =T gets --threshold)")
@click.option("--epochs", type=int, default=EPOCHS, show_default=True, help="passes of gradient descent")
@click.option("--l2", type=float, default=L2, show_default=True, help="L2 penalty")
@click.option("--carried", is_flag=True,
              help="also pair the words that carry a name from before (該公司, 其), as kg/coref.py resolves them")
@click.option("--off", is_flag=True, help="write the model switched off (enabled = false)")
def main(gold_dirs, out, threshold, min_sets, predicates, epochs, l2, carried, off):
    try:
        preds = None
        if predicates is not None:
            preds = {}
            for item in filter(None, (x.strip() for x in predicates.split(","))):
                name, _, t = item.partition("=")
                try:
                    preds[name.strip()] = float(t) if t else threshold
                except ValueError:
                    raise KgError(f"--predicates: not a threshold: {item}") from None
        examples = []
        for d in sorted(set(gold_dirs), key=str):
            examples += set_examples(d, carried=carried)
        model = train(examples, min_sets=min_sets, threshold=threshold, enabled=not off, epochs=epochs, l2=l2,
                      predicates=preds, carried=carried)
        target = out or model_path()
        write_model(model, target)
    except KgError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(1)
    m = model.meta
    click.echo(f"{target}: {m['pages']} pages of {m['sets']} sets, {m['candidates']} candidates "
               f"({m['positives']} related), {m['features']} features, threshold {threshold}"
               f"{' for ' + ', '.join(f'{p} ({t})' for p, t in model.predicates.items()) if model.predicates else ''}"
               f"{', switched off' if off else ''}")


if __name__ == "__main__":
    main()
