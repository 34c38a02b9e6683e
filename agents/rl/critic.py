"""The critic of step-level PPO: a small value head on the policy model's state representation.

This is the one part no library provides for LLM step-level PPO (torchrl's LLM losses
are critic-free). The state ``s_t`` is the prompt of step ``t`` (question + steps so
far); its representation is the policy model's last-layer hidden state at the prompt's
final token, and the head maps it to ``V(s_t)``. By default the head trains on those
features without sending gradients into the language model (``value_trunk_grad``), so
the value loss cannot disturb the policy.
"""

from __future__ import annotations

from typing import cast

import torch
from torch import nn


class ValueHead(nn.Module):
    """``V(s) = w2 · tanh(W1 h + b1) + b2`` on a hidden state ``h`` of the policy model.

    The output layer starts at zero, so the first advantages are plain returns
    rather than the noise of a random critic.
    """

    def __init__(self, hidden_size: int, width: int = 64) -> None:
        super().__init__()
        self.hidden = nn.Linear(hidden_size, width)
        self.out = nn.Linear(width, 1)
        nn.init.zeros_(self.out.weight)
        nn.init.zeros_(self.out.bias)

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        """Values of a batch of state features ``(batch, hidden_size)`` → ``(batch,)``."""
        values = cast(torch.Tensor, self.out(torch.tanh(self.hidden(features.float()))))
        return values.squeeze(-1)
