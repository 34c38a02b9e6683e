"""Step-level PPO credit assignment: γ and GAE run over reasoning steps, never over tokens."""

from __future__ import annotations

import pytest
import torch

from agents.rl.step_advantages import discounted_returns, gae_advantages, normalize
from agents.rl.step_loss import layout


def gae_by_hand(rewards, values, next_values, terminal_last, gamma, lam):
    """The per-step GAE recursion, written out for one episode."""
    advantages = [0.0] * len(rewards)
    following = 0.0
    for t in reversed(range(len(rewards))):
        last = t == len(rewards) - 1
        bootstrap = 0.0 if (last and terminal_last) else next_values[t]
        delta = rewards[t] + gamma * bootstrap - values[t]
        following = delta + (0.0 if last else gamma * lam * following)
        advantages[t] = following
    return advantages


def test_gae__equals_the_per_step_formula_on_a_hand_built_three_step_episode():
    # three reasoning steps whose texts are 5, 1 and 9 tokens long: the token counts
    # must not enter the advantage, only the three steps do
    rewards, values, gamma, lam = [0.0, 0.2, 1.0], [0.3, 0.5, 0.8], 0.9, 0.95
    advantages, targets = gae_advantages(
        rewards, values, [False, False, True], [False, False, True], [0.0, 0.0, 0.0], gamma, lam
    )
    expected = gae_by_hand(rewards, values, [0.5, 0.8, 0.0], True, gamma, lam)
    assert advantages.tolist() == pytest.approx(expected, abs=1e-6)
    assert targets.tolist() == pytest.approx(
        [a + v for a, v in zip(expected, values, strict=True)], abs=1e-6
    )
    # written out once more, so a per-token discount (γ^tokens) could not pass
    d2 = 1.0 - 0.8
    d1 = 0.2 + gamma * 0.8 - 0.5
    d0 = 0.0 + gamma * 0.5 - 0.3
    a1 = d1 + gamma * lam * d2
    assert advantages.tolist() == pytest.approx([d0 + gamma * lam * a1, a1, d2], abs=1e-6)

    steps = layout([[1, 2], [1, 2, 3], [1, 2, 3, 4]], [[7] * 5, [8], [9] * 9], pad_id=0)
    per_token = advantages.view(-1, 1).expand(-1, steps["response_mask"].shape[1])
    for row, length in enumerate([5, 1, 9]):
        tokens = per_token[row][steps["response_mask"][row]]
        assert len(tokens) == length and torch.all(tokens == advantages[row])


def test_gae__bootstraps_a_truncated_episode_and_cuts_at_episode_ends():
    rewards, values, gamma, lam = [0.0, 0.0, 1.0], [0.1, 0.4, 0.2], 0.8, 1.0
    # episode A = steps 0-1 (truncated after step 1, V(s_2) = 0.7), episode B = step 2 (terminated)
    advantages, _ = gae_advantages(
        rewards, values, [False, True, True], [False, False, True], [0.0, 0.7, 0.0], gamma, lam
    )
    a1 = 0.0 + gamma * 0.7 - 0.4
    a0 = (0.0 + gamma * 0.4 - 0.1) + gamma * lam * a1
    assert advantages.tolist() == pytest.approx([a0, a1, 1.0 - 0.2], abs=1e-6)


def test_discounted_returns__discount_per_step_within_each_episode():
    returns = discounted_returns([0.0, 0.0, 1.0, 0.5, 1.0], [False, False, True, False, True], 0.5)
    assert returns.tolist() == pytest.approx([0.25, 0.5, 1.0, 1.0, 1.0])


def test_normalize__per_group_centres_each_problem_separately():
    values = torch.tensor([1.0, 3.0, 10.0, 30.0])
    grouped = normalize(values, [0, 0, 1, 1], "group")
    assert grouped[:2].tolist() == pytest.approx(grouped[2:].tolist(), abs=1e-4)
    assert grouped.sum().item() == pytest.approx(0.0, abs=1e-5)
    batch = normalize(values, [0, 0, 1, 1], "batch")
    assert batch.mean().item() == pytest.approx(0.0, abs=1e-5)
    assert batch.std().item() == pytest.approx(1.0, abs=1e-4)
    assert torch.equal(normalize(values, [0, 0, 1, 1], "none"), values)
    with pytest.raises(ValueError, match="normalize must be one of"):
        normalize(values, [0, 0, 1, 1], "median")
