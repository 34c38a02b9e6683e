"""The clipped surrogate of step-level PPO: torchrl's ``GRPOLoss`` fed one row per reasoning step.

A row is one env step: the state's prompt followed by the step's tokens. Its advantage
(one number per *step*, from per-step GAE or discounted returns) is broadcast to every
token of the step, and the per-token importance ratios are clipped as in PPO.

From torchrl: the clipped objective, the aggregation (``prompt_mean`` = the mean over a
step's tokens, then over steps; or ``token_mean``), the k3 KL estimate to the frozen
reference policy, the entropy of :class:`~torchrl.modules.distributions.LLMMaskedCategorical`
and the diagnostics (clip fraction, ESS). Ours: :class:`StepPPOLoss` overrides the one
hook torchrl leaves for custom policies (``_get_cur_log_prob``) to score the step tokens
with a plain transformers causal LM, because torchrl's LLM wrappers expect a chat
``History`` per sample rather than a (prompt, step) pair; :func:`layout` packs the
rows so that all prompts end in one column.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch
from tensordict import TensorDict, TensorDictBase
from torchrl.modules.distributions import LLMMaskedCategorical
from torchrl.objectives.llm import GRPOLoss

IGNORE = -100
"""token id of padding positions in ``response_tokens`` (ignored by the log-probability)"""
BARRED = -1e9
"""logit of a token outside a constrained step's allowed set (finite, so entropies stay finite)"""


def layout(
    prompts: Sequence[Sequence[int]],
    responses: Sequence[Sequence[int]],
    pad_id: int,
    allowed: Sequence[Sequence[Sequence[int]] | None] | None = None,
) -> TensorDict:
    """Pack (prompt, step) rows: prompts left-padded to end in one column, steps right-padded.

    Keys: ``input_ids``, ``attention_mask``, ``position_ids`` ``(B, P+R)``;
    ``response_mask`` and ``response_tokens`` ``(B, R)`` (``IGNORE`` where padded).
    Column ``P-1`` holds every prompt's last token (the state), columns ``P..P+R-1`` the step.
    With ``allowed`` (per row, the allowed token ids at each step position, or None for a
    free row), ``allowed_tokens`` ``(B, R, A)`` lists them (padded by repeating the first), and
    ``constrained`` ``(B, R)`` marks the positions they restrict.
    """
    width = max(len(p) for p in prompts)
    steps = max(max(len(r) for r in responses), 1)
    ids, mask, tokens, valid = [], [], [], []
    for prompt, response in zip(prompts, responses, strict=True):
        left, right = width - len(prompt), steps - len(response)
        ids.append([pad_id] * left + list(prompt) + list(response) + [pad_id] * right)
        mask.append([0] * left + [1] * (len(prompt) + len(response)) + [0] * right)
        tokens.append(list(response) + [IGNORE] * right)
        valid.append([True] * len(response) + [False] * right)
    attention = torch.tensor(mask)
    batch = TensorDict(
        {
            "input_ids": torch.tensor(ids),
            "attention_mask": attention,
            "position_ids": (attention.cumsum(-1) - 1).clamp(min=0),
            "response_tokens": torch.tensor(tokens),
            "response_mask": torch.tensor(valid),
        },
        batch_size=[len(prompts)],
    )
    if allowed is not None and any(rule is not None for rule in allowed):
        most = max(len(ids) for rule in allowed if rule is not None for ids in rule)
        table = torch.zeros((len(prompts), steps, max(most, 1)), dtype=torch.long)
        constrained = torch.zeros(len(prompts), steps, dtype=torch.bool)
        for row, rule in enumerate(allowed):
            for position, step_ids in enumerate(rule or ()):
                padded = list(step_ids) + [step_ids[0]] * (table.shape[-1] - len(step_ids))
                table[row, position] = torch.tensor(padded, dtype=torch.long)
                constrained[row, position] = True
        batch["allowed_tokens"] = table
        batch["constrained"] = constrained
    return batch


def score_steps(
    model: Any, batch: TensorDictBase, temperature: float = 1.0
) -> tuple[torch.Tensor, torch.Tensor, LLMMaskedCategorical]:
    """Per-token log-probabilities of the steps ``(B, R)``, the state features ``(B, H)``, the distribution.

    One forward pass; logits are kept only for the step positions. The policy is
    ``softmax(logits / temperature)``, the distribution the steps were sampled from; at
    constrained positions (``allowed_tokens``, from :func:`layout`) it is renormalised over
    the allowed tokens, as in constrained decoding.
    """
    steps = batch["response_mask"].shape[1]
    width = batch["input_ids"].shape[1] - steps
    out = model(
        input_ids=batch["input_ids"],
        attention_mask=batch["attention_mask"],
        position_ids=batch["position_ids"],
        output_hidden_states=True,
        logits_to_keep=steps + 1,
    )
    logits = out.logits[:, :-1].float() / temperature  # position k predicts step token k
    if "allowed_tokens" in batch.keys():
        permitted = torch.zeros_like(logits, dtype=torch.bool)
        permitted.scatter_(-1, batch["allowed_tokens"], True)
        barred = batch["constrained"].unsqueeze(-1) & ~permitted
        logits = logits.masked_fill(barred, BARRED)
    features = out.hidden_states[-1][:, width - 1]
    dist = LLMMaskedCategorical(logits=logits, mask=batch["response_mask"])
    return dist.log_prob(batch["response_tokens"]), features, dist


class StepPPOLoss(GRPOLoss):  # type: ignore[misc]  # torchrl is untyped: GRPOLoss is Any
    """torchrl's GRPO/PPO clipped loss over (prompt, step) rows scored by a transformers model.

    Reads ``advantage`` ``(B, R, 1)``, ``old_log_probs`` and (with a KL coefficient)
    ``ref_log_probs`` ``(B, R)`` from the batch. After a forward pass,
    :attr:`state_features` holds the policy's hidden state at each row's state, for
    the value head.
    """

    def __init__(
        self,
        model: Any,
        *,
        temperature: float = 1.0,
        clip_epsilon: float = 0.2,
        kl_to_ref_coeff: float = 0.0,
        entropy_coeff: float = 0.0,
        aggregation: str = "step_mean",
    ) -> None:
        if aggregation not in ("step_mean", "token_mean"):
            raise ValueError(f"aggregation must be step_mean or token_mean, got {aggregation!r}")
        super().__init__(
            None,
            clip_epsilon=clip_epsilon,
            kl_to_ref_coeff=kl_to_ref_coeff if kl_to_ref_coeff > 0 else None,
            entropy_bonus=True,
            entropy_coeff=entropy_coeff,
            aggregation="prompt_mean" if aggregation == "step_mean" else "token_mean",
            masking_strategy="generic",
        )
        self.policy_model = model
        self.temperature = temperature
        self.state_features: torch.Tensor | None = None
        self.set_keys(
            action="response_tokens",
            sample_log_prob="old_log_probs",
            ref_log_probs="ref_log_probs",
            advantage="advantage",
        )

    def _get_cur_log_prob(self, tensordict: TensorDictBase) -> tuple[Any, Any, bool]:
        log_probs, features, dist = score_steps(self.policy_model, tensordict, self.temperature)
        self.state_features = features
        return log_probs, dist, False
