"""The GRPO experiment trains the bundled SmolLM2: a plain copy of the de-quantized GGUF model."""

import pytest
import torch

pytest.importorskip("trl")


@pytest.mark.llm
def test_load_model__smollm2_is_trainable_and_computes_the_same_logits():
    from transformers.trainer_utils import validate_quantization_for_training

    from agents.integrations.grpo_experiment import load_model
    from metacot_envs.models import load_causal_lm

    tokenizer, model = load_model("smollm2")
    validate_quantization_for_training(model)  # the GGUF-loaded model itself is refused
    _, gguf_model = load_causal_lm()
    ids = torch.tensor([tokenizer("Numbers: 3 5 21", add_special_tokens=False)["input_ids"]])
    with torch.no_grad():
        assert torch.allclose(model(ids).logits, gguf_model(ids).logits, atol=1e-5)
    assert model is not gguf_model
