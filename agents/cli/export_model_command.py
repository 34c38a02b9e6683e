"""``metacot export-model DIR``: the default model (or ``--model``/``--tiny``) as a safetensors checkpoint.

vLLM (and ``vllm serve``) cannot read the bundled SmolLM2 GGUF file, and transformers'
``save_pretrained`` refuses a GGUF-loaded model (its quantizer stays attached although the
weights were de-quantized on load). So the model is rebuilt from its config without the
quantization entry, the loaded state dict is copied in, and the copy is saved with its
tokenizer: ``DIR`` then loads with ``AutoModelForCausalLM.from_pretrained(DIR)``,
``vllm.LLM(DIR)`` or ``vllm serve DIR``. An existing non-empty ``DIR`` is refused.
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path
from typing import Any


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "export-model",
        help="write the default model as a safetensors checkpoint (for vLLM)",
        description=__doc__,
    )
    parser.add_argument("dir", help="output folder (must be new or empty)")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--model", help="a local checkpoint folder or .gguf file (default SmolLM2)")
    which.add_argument("--tiny", action="store_true", help="the tiny random test model")
    parser.set_defaults(func=run)


def export_model(tokenizer: Any, model: Any, folder: Path) -> Path:
    """Save ``model`` (GGUF-loaded or not) and ``tokenizer`` as plain safetensors in ``folder``."""
    from transformers import AutoModelForCausalLM

    config = copy.deepcopy(model.config)
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    # transformers leaves _BaseAutoModelClass.from_config unannotated
    plain = AutoModelForCausalLM.from_config(config, dtype=model.dtype)  # type: ignore[no-untyped-call]
    missing, unexpected = plain.load_state_dict(model.state_dict(), strict=False)
    tied = set(getattr(plain, "_tied_weights_keys", None) or ())
    if unexpected or set(missing) - tied:
        raise ValueError(f"the rebuilt model does not match: missing {missing}, extra {unexpected}")
    plain.save_pretrained(folder, safe_serialization=True)
    tokenizer.save_pretrained(folder)
    return folder


def run(args: argparse.Namespace) -> int:
    folder = Path(args.dir)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        print(f"metacot export-model: {folder} exists and is not an empty folder", file=sys.stderr)
        return 2
    try:
        if args.tiny:
            from metacot_envs.models import tiny_random_causal_lm

            tokenizer, model = tiny_random_causal_lm(seed=0)
        else:
            from metacot_envs.models import load_causal_lm

            tokenizer, model = load_causal_lm(args.model)
    except (OSError, ValueError) as exc:
        print(
            f"metacot export-model: cannot load {args.model or 'SmolLM2'}: {exc}", file=sys.stderr
        )
        return 2
    export_model(tokenizer, model, folder)
    files = ", ".join(sorted(p.name for p in folder.iterdir()))
    print(f"wrote {folder}/: {files}")
    return 0
