"""The model card (README.md in the model directory), written from meta.json."""

from __future__ import annotations

import json
from pathlib import Path

DATA_NOTE = (
    "The public NER datasets (People's Daily 1998, MSRA/SIGHAN 2006, Resume, Weibo, "
    "CLUENER2020) were released for research use only and state no licence. A model "
    "trained on them inherits that restriction: use it for research. The data files are "
    "not part of this repository.")


def _scores_table(scores: dict) -> str:
    rows = ["| label | P | R | F1 | gold |", "|---|---|---|---|---|"]
    for label, s in sorted(scores.get("per_label", {}).items()):
        rows.append(f"| {label} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} | {s['gold']} |")
    m = scores.get("micro")
    if m:
        rows.append(f"| **micro** | {m['p']:.3f} | {m['r']:.3f} | {m['f']:.3f} | {m['gold']} |")
    return "\n".join(rows)


def card_text(meta: dict, size_mb: float | None = None) -> str:
    z = meta.get("zhanji", {})
    recipe = z.get("recipe", {})
    lines = [
        f"# {meta.get('name', 'zhanji model')} — zhanji NER tagger",
        "",
        f"spaCy {meta.get('spacy_version', '')} pipeline `{', '.join(meta.get('pipeline', []))}` "
        f"for Chinese (CPU), created {z.get('created', '?')} by {z.get('pipeline', 'zhanji')}.",
        "",
        f"- **Labels**: {', '.join(z.get('labels', []))}",
        f"- **Scripts**: {z.get('scripts', 'simplified')}",
        (f"- **Model**: linear-chain CRF over characters (python-crfsuite; L1 {recipe.get('c1')}, "
         f"L2 {recipe.get('c2')}, {recipe.get('max_iterations')} L-BFGS iterations; features: "
         f"{', '.join(recipe.get('groups', []))})" if recipe.get("arch") == "crf" else
         f"- **Tokeniser**: {recipe.get('tokenizer', '?')} (tok2vec width {recipe.get('width')}, "
         f"depth {recipe.get('depth')}; seed {recipe.get('seed')})"),
        f"- **Training data**: {'; '.join(z.get('training_data', []))}",
        f"- **Training docs / dev docs**: {z.get('n_train_docs')} / {z.get('n_dev_docs')} "
        f"({z.get('dev', '')})",
        f"- **Spans not aligned to tokens**: {z.get('alignment', {}).get('train_misaligned', '?')} "
        f"(train), {z.get('alignment', {}).get('dev_misaligned', '?')} (dev)",
        f"- **Saw the bundled development article** (`../shared/gold/dev.jsonl`): "
        f"{'YES — scores on it are not development figures' if z.get('seen_dev_article') else 'no'}",
        f"- **Training time**: {z.get('train_seconds', '?')} s"
        + (f"; **size**: {size_mb} MB" if size_mb is not None else ""),
        "",
        ("## Scores on the dev split" if recipe.get("arch") == "crf" else "## Scores on the dev split used for early stopping"),
        "",
        _scores_table(z.get("scores", {})),
        "",
    ]
    extra = z.get("card_notes")
    if extra:
        lines += ["## Notes", "", extra.strip(), ""]
    lines += ["## Licence", "",
              "Model weights: MIT, like zhanji. " + DATA_NOTE, ""]
    return "\n".join(lines)


def write_card(model_dir: str | Path) -> Path:
    from pipeline.train.trainer import dir_size_mb

    model_dir = Path(model_dir)
    meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
    path = model_dir / "README.md"
    path.write_text(card_text(meta, dir_size_mb(model_dir)), encoding="utf-8")
    return path
