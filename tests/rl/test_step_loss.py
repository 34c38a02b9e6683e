"""The step-PPO loss: step tokens scored exactly as the model scores them unpadded; PPO clipping."""

from __future__ import annotations

import pytest
import torch

from agents.rl.step_loss import StepPPOLoss, layout, score_steps
from metacot_envs.models import tiny_random_causal_lm


@pytest.fixture(scope="module")
def tiny():
    return tiny_random_causal_lm(seed=0)


def test_score_steps__matches_unpadded_forward_passes(tiny):
    _, model = tiny
    prompts, steps = [[5, 6, 7, 8, 9], [10, 11]], [[12, 13], [14, 15, 16, 17]]
    batch = layout(prompts, steps, pad_id=0)
    log_probs, features, _ = score_steps(model, batch)
    with torch.no_grad():
        for row, (prompt, step) in enumerate(zip(prompts, steps, strict=True)):
            out = model(torch.tensor([prompt + step]), output_hidden_states=True)
            full = out.logits[0].log_softmax(-1)
            expected = [full[len(prompt) - 1 + k, token].item() for k, token in enumerate(step)]
            assert log_probs[row, : len(step)].tolist() == pytest.approx(expected, abs=1e-5)
            assert log_probs[row, len(step) :].abs().sum() == 0
            state = out.hidden_states[-1][0, len(prompt) - 1]
            assert torch.allclose(features[row], state, atol=1e-5)


def test_loss__is_the_clipped_surrogate_with_one_advantage_per_step(tiny):
    _, model = tiny
    batch = layout([[5, 6, 7], [8, 9]], [[12, 13, 14], [15]], pad_id=0)
    with torch.no_grad():
        current = score_steps(model, batch)[0]
    width = batch["response_mask"].shape[1]
    # old log-probs chosen so the ratios are 1.5 (row 0) and 0.5 (row 1) on every token
    batch["old_log_probs"] = (current - torch.log(torch.tensor([[1.5], [0.5]]))) * batch[
        "response_mask"
    ]
    batch["advantage"] = torch.tensor([2.0, -1.0]).view(2, 1, 1).expand(2, width, 1).clone()
    out = StepPPOLoss(model, clip_epsilon=0.2, aggregation="step_mean")(batch)
    # row 0: min(1.5 * 2, 1.2 * 2) = 2.4; row 1: min(0.5 * -1, 0.8 * -1) = -0.8
    assert out.loss_objective.item() == pytest.approx(-(2.4 + -0.8) / 2, rel=1e-4)
    assert out.clip_fraction.item() > 0.5  # torchrl counts padding positions as unclipped
    model.zero_grad()
    out.loss_objective.sum().backward()  # both rows are clipped on the side min() keeps: no gradient
    assert all(p.grad is None or p.grad.abs().sum() == 0 for p in model.parameters())
    batch["old_log_probs"] = current * batch["response_mask"]  # ratio 1: inside the clip range
    model.zero_grad()
    StepPPOLoss(model)(batch).loss_objective.sum().backward()
    assert any(p.grad is not None and p.grad.abs().sum() > 0 for p in model.parameters())
    model.zero_grad()
