"""Step-level PPO for LLM policies: one action = one reasoning step, γ and GAE per step.

Each env step is one step the model writes (:mod:`agents.rl.step_sampler`); rewards
come from the env per step (terminal correctness, plus PRM shaping or a step cost if
the experiment asks), so discounting and credit assignment run over reasoning steps,
not tokens (:mod:`agents.rl.step_advantages`: torchrl's ``generalized_advantage_estimate``,
or ``reward2go`` for the critic-free variant with batch or group normalisation). The
update is torchrl's clipped surrogate with a k3 KL to the frozen reference model
(:mod:`agents.rl.step_loss`, a ``GRPOLoss`` fed one row per step); the critic is a small
value head on the policy's state features (:mod:`agents.rl.critic`), the one part
written here. Works with the tiny random model (tests), SmolLM2-135M or a local checkpoint.
"""

from __future__ import annotations

from dataclasses import dataclass

from agents.rl.step_advantages import NORMALIZATIONS

ADVANTAGES = ("gae", "mc")


@dataclass
class StepPPOConfig:
    """Step-level PPO hyperparameters."""

    model: str = "tiny"
    """policy model: ``tiny`` (random, for tests), ``smollm2`` (bundled SmolLM2-135M-Instruct) or a local path"""
    tiny_hidden_size: int = 32
    """hidden size of the ``tiny`` model"""
    gamma: float = 1.0
    """discount per reasoning step (not per token); below 1 favours shorter solutions"""
    gae_lambda: float = 0.95
    """GAE λ over steps"""
    advantage: str = "gae"
    """``gae`` (value head critic) or ``mc`` (critic-free: discounted per-step returns, normalised)"""
    normalize: str = "batch"
    """advantage normalisation: ``batch``, ``group`` (episodes on the same problem) or ``none``"""
    problems_per_iteration: int = 4
    """distinct problems per rollout batch"""
    group_size: int = 2
    """episodes per problem in a rollout batch"""
    ppo_epochs: int = 2
    """passes over each rollout batch"""
    minibatch_size: int = 8
    """steps per gradient step"""
    learning_rate: float = 1e-5
    """Adam step size of the language model"""
    value_learning_rate: float = 1e-3
    """Adam step size of the value head"""
    clip_epsilon: float = 0.2
    """PPO clip of the per-token ratio"""
    kl_coef: float = 0.02
    """weight of the k3 KL to the frozen initial model; 0: no reference model"""
    entropy_coef: float = 0.0
    """entropy bonus"""
    value_coef: float = 0.5
    """weight of the value loss"""
    value_trunk_grad: bool = False
    """let the value loss train the language model too (else only the head learns)"""
    max_grad_norm: float = 1.0
    """gradient norm clip"""
    aggregation: str = "step_mean"
    """``step_mean`` (each step weighs the same) or ``token_mean`` (each token does)"""
    temperature: float = 1.0
    """sampling temperature while training (the policy is softmax(logits / temperature))"""
    eval_temperature: float = 0.0
    """temperature of the trained agent in ``metacot evaluate`` (0: greedy)"""
    max_new_tokens: int = 24
    """longest step, in tokens"""
    max_prompt_tokens: int = 768
    """longer prompts keep their end"""
    show_legal_steps: bool = True
    """list the env's legal steps in the prompt when it can enumerate them"""
    legal_only: bool = False
    """decode each step restricted, token by token, to the env's legal steps when it lists them
    (the policy is then the model's distribution over legal steps; free text where none are listed)"""
    generation_batch: int = 16
    """prompts per generate call"""

    def __post_init__(self) -> None:
        if not 0.0 <= self.gamma <= 1.0:
            raise ValueError(f"gamma must be in [0, 1], got {self.gamma}")
        if not 0.0 <= self.gae_lambda <= 1.0:
            raise ValueError(f"gae_lambda must be in [0, 1], got {self.gae_lambda}")
        if self.advantage not in ADVANTAGES:
            raise ValueError(f"advantage must be one of {ADVANTAGES}, got {self.advantage!r}")
        if self.normalize not in NORMALIZATIONS:
            raise ValueError(f"normalize must be one of {NORMALIZATIONS}, got {self.normalize!r}")
        if self.aggregation not in ("step_mean", "token_mean"):
            raise ValueError(
                f"aggregation must be step_mean or token_mean, got {self.aggregation!r}"
            )
        for name in (
            "problems_per_iteration",
            "group_size",
            "ppo_epochs",
            "minibatch_size",
            "max_new_tokens",
            "max_prompt_tokens",
            "generation_batch",
        ):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be positive, got {getattr(self, name)}")
        if self.temperature <= 0:
            raise ValueError(f"temperature must be positive while training, got {self.temperature}")
