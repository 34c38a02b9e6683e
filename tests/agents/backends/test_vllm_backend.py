"""VLLMBackend against vLLM's real offline engine (CPU build: ``vllm-cpu``), on the exported tiny model.

Skipped where vLLM is not installed (the ``vllm`` extra). The engine runs in this
process (``VLLM_ENABLE_V1_MULTIPROCESSING=0``), so pytest needs no ``__main__`` guard.
"""

import os

import pytest

pytestmark = pytest.mark.require_vllm
os.environ.setdefault("VLLM_ENABLE_V1_MULTIPROCESSING", "0")
os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")
pytest.importorskip("vllm")

from agents.backends import TransformersBackend  # noqa: E402
from agents.backends.vllm_backend import VLLMBackend  # noqa: E402
from agents.cli.export_model_command import export_model  # noqa: E402
from metacot_envs.models import load_causal_lm, tiny_random_causal_lm  # noqa: E402


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    # head size 64: vLLM's CPU attention has no kernel for the default tiny model's 16
    folder = tmp_path_factory.mktemp("tiny") / "model"
    return export_model(*tiny_random_causal_lm(seed=0, hidden_size=128), folder)


@pytest.fixture(scope="module")
def engines(exported):
    tokenizer, model = load_causal_lm(str(exported))
    reference = TransformersBackend(tokenizer_object=tokenizer, model_object=model, chat=False)
    return VLLMBackend(
        str(exported), chat=False, dtype="float32", max_model_len=512, enforce_eager=True
    ), reference


def test_vllm_generate__n_branches_with_token_counts_and_logprobs(engines):
    vllm_backend, _ = engines
    [branch] = vllm_backend.generate(["13-9"], n=4, temperature=1.0, max_new_tokens=6, seed=1)
    assert len(branch) == 4
    assert all(1 <= c.num_tokens <= 6 and c.logprob is not None and c.logprob <= 0 for c in branch)
    again = vllm_backend.generate(["13-9"], n=4, temperature=1.0, max_new_tokens=6, seed=1)
    assert again == [branch]


def test_vllm_greedy_and_score__agree_with_transformers(engines):
    vllm_backend, reference = engines
    ours = vllm_backend.generate(["4 9 10 13"], temperature=0.0, max_new_tokens=8)
    theirs = reference.generate(["4 9 10 13"], temperature=0.0, max_new_tokens=8)
    # same tokens; the tiny word-level tokenizer joins tokens with spaces, and vLLM's
    # incremental detokenizer keeps the one before the first token
    assert ours[0][0].text.strip() == theirs[0][0].text.strip()
    assert ours[0][0].num_tokens == theirs[0][0].num_tokens
    continuations = ["1", "13", "13-9=4"]
    assert vllm_backend.score("4 9 10 13", continuations) == pytest.approx(
        reference.score("4 9 10 13", continuations), abs=1e-2
    )
